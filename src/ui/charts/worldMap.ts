// The world map: each region's share of its Windows devices down at the playback cursor (at the
// peak without one), the night side of the Earth at that moment, and each region's city with its
// local time when the update went out. It shows why Asia-Pacific, in its working afternoon, lost
// the most, while the Americas slept through the push. Up and down arrows read each region;
// left and right move the cursor an hour.
import { tr } from '../pageLocale.js';
import { cityLabel, localClock, regionLabel } from './names.js';
import { scaleThreshold } from 'd3-scale';
import { schemeYlOrRd } from 'd3-scale-chromatic';
import { geoCircle, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import type { Region } from '../../engine/types.js';
import { antisolarPoint, peakMinutes, regionDownAt, type RegionDownRow, type RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { CITY_MARKS } from './countryRegions.js';
import { wireFigureChrome } from './figureChrome.js';
import { formatCount, formatDateTime, formatInt, formatOffset, formatPercent, utcOffsetLabel } from './format.js';
import { inNextFrame } from './frame.js';
import { createLegend, type LegendItem } from './legend.js';
import { INK } from './palette.js';
import { createReadout } from './readout.js';
import { observeWidth, plotWidth } from './resize.js';
import type { G } from './rowChart.js';
import { buildExportSvg, createSandwich, exportMeta, exportWidth, fillSandwich, type SandwichText } from './sandwich.js';
import { worldShapes, type WorldShapes } from './worldShapes.js';
import { textWidth } from './svgText.js';
import { serializeSvg } from '../export/svgExport.js';

const TITLE = () => tr('chart.map.title');
const LIMITS = [0.01, 0.05, 0.15, 0.3, 0.5, 0.7];
const COLORS = schemeYlOrRd[7]!;
/** The colour classes: under 1%, 1–5%… 70% or more (percentages in the page's language). */
const classLabels = (): string[] => [
  tr('chart.map.class.0'),
  ...LIMITS.slice(0, -1).map((lo, i) => `${Math.round(lo * 100)}–${Math.round(LIMITS[i + 1]! * 100)}%`),
  tr('chart.map.class.6'),
];
const color = scaleThreshold<number, string>().domain(LIMITS).range(COLORS);
const NIGHT = '#0b1f3a';
const SEA = '#eef2f6';
const HOUR_MIN = 60;
/** Height of the strip under the map that says which moment it shows. */
const CAPTION = 20;

interface MapState {
  run: RunView;
  /** Minutes after publish shown, and whether it is the cursor's (else the peak). */
  minutes: number;
  fromCursor: boolean;
  rows: RegionDownRow[];
  active: Region | null;
  tz: ChartInput['timeZone'];
}

function legendItems(): LegendItem[] {
  return [
    ...classLabels().map((label, i) => ({ key: `class-${i}`, label, color: COLORS[i]!, shape: 'bar' as const })),
    { key: 'night', label: tr('chart.map.night'), color: '#8c95a3', shape: 'bar' },
    { key: 'city', label: tr('chart.map.city'), color: INK.text, shape: 'dot' },
  ];
}

const momentText = (s: Pick<MapState, 'run' | 'minutes' | 'tz'>) =>
  `${formatDateTime(s.run.publishAtMs + s.minutes * 60_000, s.tz, true)} ${s.tz === 'UTC' ? 'UTC' : ''}`.trim();

let clipSeq = 0;

/** Draws the whole map into `root` (origin at its top left). */
function drawMap(root: G, shapes: WorldShapes, s: MapState, labels: boolean): void {
  const byRegion = new Map(s.rows.map((r) => [r.region, r]));
  const g = root.append('g');
  const sphere = geoPath(shapes.projection).digits(1)({ type: 'Sphere' }) ?? '';
  g.append('path').attr('d', sphere).attr('fill', SEA);
  const seq = ++clipSeq;
  const clips = new Map<string, string>();
  const countries = g.append('g').attr('stroke', '#ffffff').attr('stroke-width', 0.5).attr('stroke-linejoin', 'round');
  for (const c of shapes.countries) {
    const share = byRegion.get(c.region)?.shareDown ?? 0;
    const p = countries.append('path').attr('d', c.d).attr('fill', color(share)).attr('data-region', c.region);
    if (c.clip) {
      let id = clips.get(c.clip);
      if (!id) {
        id = `map-clip-${seq}-${clips.size + 1}`;
        clips.set(c.clip, id);
        g.append('clipPath').attr('id', id).append('path').attr('d', c.clip);
      }
      p.attr('clip-path', `url(#${id})`);
    }
  }
  if (s.active) {
    const outline = g.append('g').attr('fill', 'none').attr('stroke', INK.text).attr('stroke-width', 1.5).attr('pointer-events', 'none');
    for (const c of shapes.countries) {
      if (c.region !== s.active) continue;
      const p = outline.append('path').attr('d', c.d);
      if (c.clip) p.attr('clip-path', `url(#${clips.get(c.clip)})`);
    }
  }
  drawMoment(g.append('g').attr('data-moment', ''), shapes, s, labels);
}

/** What changes with the moment shown: the night side, the cities' labels, the caption. */
function drawMoment(g: G, shapes: WorldShapes, s: MapState, labels: boolean): void {
  const { width, height } = shapes;
  // The night side: a hemisphere centred opposite the sun.
  const ms = s.run.publishAtMs + s.minutes * 60_000;
  const night = geoCircle().center(antisolarPoint(ms)).radius(90)();
  g.append('path').attr('d', geoPath(shapes.projection).digits(1)(night) ?? '').attr('fill', NIGHT).attr('fill-opacity', 0.2)
    .attr('pointer-events', 'none');
  // Cities: a dot, the local time of the push and the share down.
  const narrow = width < 560;
  const marks = g.append('g').attr('pointer-events', 'none');
  for (const r of s.rows) {
    const [x, y] = shapes.cities[r.region];
    const m = CITY_MARKS[r.region];
    const mg = marks.append('g').attr('class', 'map-city').attr('data-region', r.region).attr('data-share', r.shareDown.toFixed(4));
    mg.append('circle').attr('cx', x).attr('cy', y).attr('r', r.region === s.active ? 4.5 : 3).attr('fill', INK.text)
      .attr('stroke', '#ffffff').attr('stroke-width', 1);
    if (!labels) continue;
    // Keep the label inside the map: flip it to the other side of the dot when it would leave.
    const line1 = narrow ? formatPercent(r.shareDown, 0) : tr('chart.map.cityLine', { city: cityLabel(r), time: localClock(s.run.publishAtMs, r.utcOffsetHours) });
    const w = textWidth(line1, narrow ? 10 : 11, true);
    const flip = m.anchor === 'start' ? x + m.dx + w > width - 2 : x + m.dx - w < 2;
    const anchor = flip ? (m.anchor === 'start' ? 'end' : 'start') : m.anchor;
    const dx = flip ? -m.dx : m.dx;
    const t = mg.append('text').attr('x', x + dx).attr('y', y + m.dy).attr('text-anchor', anchor)
      .attr('font-size', narrow ? 10 : 11).attr('fill', INK.text)
      .attr('stroke', '#ffffff').attr('stroke-width', 3).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke');
    if (narrow) t.text(line1);
    else {
      t.append('tspan').attr('x', x + dx).attr('font-weight', 600).text(line1);
      t.append('tspan').attr('x', x + dx).attr('dy', 13).text(tr('chart.map.down', { share: formatPercent(r.shareDown, 0) }));
    }
  }
  // The moment shown, in a strip under the map.
  g.append('text').attr('x', 0).attr('y', height + CAPTION - 5).attr('font-size', narrow ? 11 : 12).attr('font-weight', 600).attr('fill', INK.text)
    .text(tr(s.fromCursor ? (narrow ? 'chart.map.momentNarrow' : 'chart.map.moment') : (narrow ? 'chart.map.peakNarrow' : 'chart.map.peak'),
      { time: momentText(s), offset: formatOffset(s.minutes) }));
}

/** The moment changed: recolour the countries and redraw what changes with it (much cheaper than
 * building the map again, which playback would do every frame). */
function repaint(root: G, shapes: WorldShapes, s: MapState): void {
  const share = new Map<string, number>(s.rows.map((r) => [r.region, r.shareDown]));
  root.selectAll<SVGPathElement, unknown>('path[data-region]').attr('fill', function () {
    return color(share.get(this.getAttribute('data-region') ?? '') ?? 0);
  });
  const moment = root.select<SVGGElement>('g[data-moment]');
  moment.selectAll('*').remove();
  drawMoment(moment, shapes, s, true);
}

function sandwichText(s: MapState): SandwichText {
  return {
    subtitle: tr(s.fromCursor ? 'chart.map.subtitle' : 'chart.map.subtitlePeak', { time: momentText(s), offset: formatOffset(s.minutes), scenario: s.run.name }),
    source: tr('chart.map.source'),
    note: tr('chart.map.note'),
  };
}

function table(s: MapState): TableData {
  const at = momentText(s);
  return {
    columns: [
      tr('chart.map.table.region'), tr('chart.map.table.city'), tr('chart.map.table.offset'), tr('chart.map.table.localPush'),
      tr('chart.map.table.localAt', { time: at }), tr('chart.map.table.devices'), tr('chart.map.table.crashed'), tr('chart.map.table.crashedShare'),
      tr('chart.map.table.downAt', { time: at }), tr('chart.map.table.downAtShare', { time: at }),
    ],
    rows: s.rows.map((r) => [regionLabel(r), cityLabel(r), utcOffsetLabel(r.utcOffsetHours), localClock(s.run.publishAtMs, r.utcOffsetHours),
      localClock(s.run.publishAtMs + s.minutes * 60_000, r.utcOffsetHours), Math.round(r.fleet),
      Math.round(r.crashed), Number((r.crashedShare * 100).toFixed(1)), Math.round(r.down), Number((r.shareDown * 100).toFixed(1))]),
  };
}

export function createWorldMap(): Chart {
  const id = 'map' as const;
  const sw = createSandwich(id, TITLE());
  const legend = createLegend();
  legend.setItems(legendItems(), new Set());
  sw.legendHost.append(legend.element);
  const readout = createReadout(sw.plot);
  const svg = select(sw.svg);
  svg.attr('tabindex', 0).attr('role', 'img').attr('aria-label', tr('chart.map.aria', { title: TITLE() }));
  const layer = svg.append('g');
  let input: ChartInput | null = null;
  let cursorMin: number | null = null;
  let active: Region | null = null;
  /** What the drawn map was built for: a new moment or run only repaints it. */
  let built: { width: number; active: Region | null; tz: string } | null = null;

  const state = (): MapState | null => {
    const run = input?.runs[0];
    if (!run) return null;
    const minutes = cursorMin ?? peakMinutes(run);
    return { run, minutes, fromCursor: cursorMin !== null, rows: regionDownAt(run, minutes), active, tz: input!.timeZone };
  };

  function render(): void {
    layer.selectAll('*').remove();
    built = null;
    const s = state();
    const width = plotWidth(sw.plot);
    if (!s || width <= 0) {
      readout.hide();
      return;
    }
    fillSandwich(sw, sandwichText(s), input!);
    const shapes = worldShapes(width);
    const h = shapes.height + CAPTION;
    svg.attr('width', shapes.width).attr('height', h).attr('viewBox', `0 0 ${shapes.width} ${h}`);
    drawMap(layer, shapes, s, true);
    built = { width, active, tz: s.tz };
    // Pointer: hovering a country reads its region.
    layer.selectAll<SVGPathElement, unknown>('path[data-region]')
      .on('pointerenter', function () {
        setActive(this.getAttribute('data-region') as Region);
      })
      .on('pointerleave', () => setActive(null));
    showReadout(s, shapes);
  }

  /** A new moment, or a new run, on the same map: recolour and redraw only what moves (building the
   * countries again took most of a redraw's time on the main thread). */
  function moment(): void {
    const s = state();
    const width = plotWidth(sw.plot);
    if (!s || !built || built.width !== width || built.active !== active || built.tz !== s.tz) {
      render();
      return;
    }
    fillSandwich(sw, sandwichText(s), input!);
    const shapes = worldShapes(width);
    repaint(layer, shapes, s);
    showReadout(s, shapes);
  }

  function showReadout(s: MapState, shapes: WorldShapes): void {
    const row = s.rows.find((r) => r.region === active);
    if (row) {
      const [x, y] = shapes.cities[row.region];
      readout.show(tr('chart.regions.rowTitle', { region: regionLabel(row), city: cityLabel(row) }), [
        {
          label: tr('chart.map.readout.localPush'),
          value: tr('chart.regions.readout.localWithOffset', { time: localClock(s.run.publishAtMs, row.utcOffsetHours), offset: utcOffsetLabel(row.utcOffsetHours) }),
        },
        { label: tr('chart.map.readout.localAt', { time: momentText(s) }), value: localClock(s.run.publishAtMs + s.minutes * 60_000, row.utcOffsetHours) },
        { label: tr('chart.map.readout.devices'), value: formatInt(row.fleet) },
        { label: tr('chart.map.readout.crashed'), value: formatCount(row.crashed), detail: formatPercent(row.crashedShare) },
        { label: tr('chart.map.readout.down'), value: formatCount(row.down), detail: formatPercent(row.shareDown), color: color(row.shareDown) },
      ], { x, y: Math.max(0, y - 20) });
    } else readout.hide();
  }

  function setActive(r: Region | null): void {
    if (r === active) return;
    active = r;
    render();
  }

  sw.svg.addEventListener('keydown', (ev) => {
    const s = state();
    if (!s) return;
    const order = s.rows.map((r) => r.region);
    const i = active === null ? -1 : order.indexOf(active);
    if (ev.key === 'ArrowDown') setActive(order[Math.min(order.length - 1, i + 1)]!);
    else if (ev.key === 'ArrowUp') setActive(order[Math.max(0, i - 1)]!);
    else if (ev.key === 'Home') setActive(order[0]!);
    else if (ev.key === 'End') setActive(order[order.length - 1]!);
    else if (ev.key === 'Escape') setActive(null);
    else if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
      const step = (ev.shiftKey ? 6 : 1) * HOUR_MIN * (ev.key === 'ArrowRight' ? 1 : -1);
      const next = Math.max(0, Math.min(s.run.endMinutes, Math.round((s.minutes + step) / 10) * 10));
      chart.onSeek?.(next);
    } else return;
    ev.preventDefault();
  });
  sw.svg.addEventListener('blur', () => setActive(null));
  observeWidth(sw.plot, () => render());

  const chart: Chart = {
    id,
    get title() {
      return TITLE();
    },
    element: sw.figure,
    relabel() {
      sw.title.textContent = TITLE();
      svg.attr('aria-label', tr('chart.map.aria', { title: TITLE() }));
      chrome.relabel();
    },
    update(next) {
      input = next;
      moment();
      chrome.refresh(next.runs.length > 0);
    },
    setCursor(minutes) {
      if (minutes === cursorMin) return;
      cursorMin = minutes;
      inNextFrame(moment);
    },
    exportSvg(atWidth, options) {
      const s = state();
      if (!s || !input) throw new Error('No result to export yet');
      const width = atWidth ?? exportWidth(sw.plot.clientWidth);
      const shapes = worldShapes(width - 40);
      const root = buildExportSvg({
        runLine: options?.runLine ?? true,
        width, title: TITLE(), text: sandwichText(s), input, legend: legendItems(), plotHeight: shapes.height + CAPTION,
        drawPlot: (g) => drawMap(select(g), shapes, { ...s, active: null }, true),
      });
      return serializeSvg(root, exportMeta(id, TITLE(), sandwichText(s), input));
    },
    table() {
      const s = state();
      return s ? table(s) : { columns: [], rows: [] };
    },
  };
  chart.exportMeta = () => {
    const s = state();
    return s && input ? exportMeta(id, TITLE(), sandwichText(s), input) : null;
  };
  const chrome = wireFigureChrome(id, sw, chart, () => chart.exportMeta!());
  render();
  return chart;
}

