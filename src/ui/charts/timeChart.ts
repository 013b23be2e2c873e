// The shell shared by the time charts (x = time): sandwich, zoom buttons, log switch, legend
// toggles, hover and keyboard read-out, the playback cursor on its own overlay, export and table.
// Each chart supplies its series, how to draw its plot and its texts. The plot is redrawn when
// the data, the size or a view setting changes; moving the cursor redraws only the overlay, at
// most once per animation frame.
import { bisectLeft } from 'd3-array';
import type { ScaleContinuousNumeric, ScaleTime } from 'd3-scale';
import { pointer, select, type Selection } from 'd3-selection';
import type { RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { wireFigureChrome } from './figureChrome.js';
import { formatDateTime, formatOffset } from './format.js';
import { inNextFrame } from './frame.js';
import { createLegend, type LegendItem } from './legend.js';
import { INK } from './palette.js';
import { createReadout, type ReadoutRow } from './readout.js';
import { observeWidth } from './resize.js';
import { buildExportSvg, createSandwich, exportMeta, exportWidth, fillSandwich, type SandwichText } from './sandwich.js';
import { serializeSvg } from '../export/svgExport.js';
import type { ChartId } from '../selectors.js';

export type G = Selection<SVGGElement, unknown, null, undefined>;

const MINUTE = 60_000;

export interface TimeSeriesDef<K extends string = string> extends LegendItem {
  key: K;
  axis: 'count' | 'share';
  values(run: RunView): Float64Array;
  /** Read-out value text. */
  format(v: number, run: RunView): string;
  /** Optional second value in the read-out. */
  detail?(v: number, run: RunView): string | undefined;
}

export interface TimeView<K extends string = string> {
  input: ChartInput;
  /** The run the reader is looking at (input.runs[0]). */
  run: RunView;
  zoom: string;
  log: boolean;
  hidden: ReadonlySet<K>;
  cursorMin: number | null;
}

/** Where the plot went: scales and the plot group, for the overlay and the cursor. */
export interface TimeGeometry {
  /** The plot's group (origin at the plot's top left). */
  g: G;
  x: ScaleTime<number, number>;
  yCount: ScaleContinuousNumeric<number, number>;
  yShare: ScaleContinuousNumeric<number, number>;
  left: number;
  top: number;
  pw: number;
  ph: number;
}

export interface TimeChartSpec<K extends string> {
  id: ChartId;
  title: string;
  series: readonly TimeSeriesDef<K>[];
  /** Zoom choices [id, label]. */
  zooms(input: ChartInput | null): [string, string][];
  defaultZoom: string;
  /** Time domain (epoch ms) of a zoom. */
  domain(run: RunView, zoom: string): [number, number];
  /** Label of the log switch, or null for none. */
  logLabel: string | null;
  draw(root: G, width: number, height: number, v: TimeView<K>): TimeGeometry;
  /** The cursor's static marks (line and time), on screen in the overlay and in exports. */
  drawCursor(geom: TimeGeometry, v: TimeView<K>): void;
  plotHeight(width: number): number;
  sandwichText(input: ChartInput): SandwichText;
  table(input: ChartInput): TableData;
}

export function createTimeChart<K extends string>(spec: TimeChartSpec<K>): Chart {
  const { id, title } = spec;
  const sw = createSandwich(id, title);
  let input: ChartInput | null = null;
  let zoom = spec.defaultZoom;
  let log = false;
  const hidden = new Set<K>();
  let cursorMin: number | null = null;
  let hoverIndex: number | null = null;
  let geom: TimeGeometry | null = null;

  // Controls: zoom buttons and the log switch.
  const zoomGroup = document.createElement('div');
  zoomGroup.className = 'chart-zoom';
  zoomGroup.setAttribute('role', 'group');
  zoomGroup.setAttribute('aria-label', 'Time range');
  const zoomButtons = new Map<string, HTMLButtonElement>();
  for (const [zid, label] of spec.zooms(null)) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chart-toggle';
    b.dataset['zoom'] = zid;
    b.textContent = label;
    b.addEventListener('click', () => {
      zoom = zid;
      render();
    });
    zoomButtons.set(zid, b);
    zoomGroup.append(b);
  }
  sw.controls.append(zoomGroup);
  if (spec.logLabel) {
    const logLabel = document.createElement('label');
    logLabel.className = 'chart-switch';
    const logInput = document.createElement('input');
    logInput.type = 'checkbox';
    logInput.id = `${id === 'timeline' ? '' : `${id}-`}log-scale`;
    logInput.addEventListener('change', () => {
      log = logInput.checked;
      render();
    });
    logLabel.append(logInput, document.createTextNode(` ${spec.logLabel}`));
    sw.controls.append(logLabel);
  }

  const legend = createLegend((key) => {
    const k = key as K;
    if (hidden.has(k)) hidden.delete(k);
    else hidden.add(k);
    render();
  });
  sw.legendHost.append(legend.element);
  const readout = createReadout(sw.plot);

  const svg = select(sw.svg);
  svg.attr('tabindex', 0).attr('role', 'img')
    .attr('aria-label', `${title}. Focus and use the left and right arrow keys to read values.`);
  const plotLayer = svg.append('g');
  const overlay = svg.append('g');

  const view = (): TimeView<K> | null =>
    (input && input.runs[0] ? { input, run: input.runs[0], zoom, log, hidden, cursorMin } : null);
  const visible = () => spec.series.filter((d) => !hidden.has(d.key));

  function render(): void {
    for (const [zid, b] of zoomButtons) b.setAttribute('aria-pressed', String(zid === zoom));
    for (const [zid, label] of spec.zooms(input)) zoomButtons.get(zid)!.textContent = label;
    legend.setItems(spec.series, hidden);
    const v = view();
    const width = Math.floor(sw.plot.clientWidth);
    plotLayer.selectAll('*').remove();
    if (!v || width <= 0) {
      geom = null;
      overlay.selectAll('*').remove();
      return;
    }
    const height = spec.plotHeight(width);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    geom = spec.draw(plotLayer, width, height, v);
    drawOverlay();
  }

  /** Index of the bin whose end is nearest to time `ms`. */
  function indexAt(run: RunView, ms: number): number {
    const t = run.series.timeMs;
    const i = bisectLeft(t, ms);
    if (i <= 0) return 0;
    if (i >= t.length) return t.length - 1;
    return ms - t[i - 1]! < t[i]! - ms ? i - 1 : i;
  }

  function drawOverlay(): void {
    overlay.selectAll('*').remove();
    const v = view();
    if (!v || !geom) return;
    const { x, yCount, yShare, left, top, pw, ph } = geom;
    const o = overlay.append('g').attr('transform', `translate(${left},${top})`);
    if (v.cursorMin !== null) spec.drawCursor({ ...geom, g: o }, v);
    const run = v.run;
    const cursorIndex = cursorMin === null ? null : indexAt(run, run.publishAtMs + cursorMin * MINUTE);
    const i = hoverIndex ?? cursorIndex;
    const t = i === null ? null : run.series.timeMs[i]!;
    const hx = t === null ? 0 : x(t);
    if (i !== null && t !== null && hx >= 0 && hx <= pw) {
      if (hoverIndex !== null) {
        o.append('line').attr('x1', hx).attr('x2', hx).attr('y1', 0).attr('y2', ph).attr('stroke', INK.faint).attr('stroke-width', 1);
      }
      const rows: ReadoutRow[] = [];
      let topY = ph;
      for (const d of visible()) {
        const val = d.values(run)[i]!;
        const y = (d.axis === 'count' ? yCount : yShare)(val);
        topY = Math.min(topY, y);
        o.append('circle').attr('cx', hx).attr('cy', y).attr('r', 4).attr('fill', d.color).attr('stroke', INK.background).attr('stroke-width', 1.5);
        rows.push({ label: d.label.replace(/ \(right axis\)$/, ''), value: d.format(val, run), detail: d.detail?.(val, run), color: d.color });
      }
      const tz = v.input.timeZone;
      const heading = `${formatDateTime(t, tz, true)} ${tz === 'UTC' ? 'UTC' : ''} · ${formatOffset((t - run.publishAtMs) / MINUTE)} after publish`;
      readout.show(heading.replace('  ', ' '), rows, { x: left + hx, y: Math.max(0, top + Math.min(topY, ph - 120)) });
    } else readout.hide();
    // Transparent capture surface for pointer hover (last, so it is on top).
    o.append('rect').attr('width', pw).attr('height', ph).attr('fill', 'transparent')
      .on('pointermove', (ev: PointerEvent) => {
        const cur = view();
        if (!cur || !geom) return;
        const [mx] = pointer(ev);
        hoverIndex = indexAt(cur.run, +geom.x.invert(mx));
        drawOverlay();
      })
      .on('pointerleave', () => {
        hoverIndex = null;
        drawOverlay();
      });
  }

  // Keyboard read-out: arrows step about 1% of the view, Shift for 10%, Home/End, Escape.
  sw.svg.addEventListener('keydown', (ev) => {
    const v = view();
    if (!v || !geom) return;
    const run = v.run;
    const [t0, t1] = spec.domain(run, zoom);
    const step = ((t1 - t0) / 100) * (ev.shiftKey ? 10 : 1);
    const cur = hoverIndex ?? indexAt(run, cursorMin === null ? t0 : run.publishAtMs + cursorMin * MINUTE);
    const t = run.series.timeMs[cur]!;
    let next: number | null = null;
    if (ev.key === 'ArrowRight') next = indexAt(run, Math.min(t1, t + step));
    else if (ev.key === 'ArrowLeft') next = indexAt(run, Math.max(t0, t - step));
    else if (ev.key === 'Home') next = indexAt(run, t0);
    else if (ev.key === 'End') next = indexAt(run, t1);
    else if (ev.key === 'Escape') {
      hoverIndex = null;
      drawOverlay();
      return;
    } else return;
    ev.preventDefault();
    // Stay inside the view even where bins straddle its edges.
    const last = run.series.timeMs.length - 1;
    if (next === cur && ev.key === 'ArrowRight') next = Math.min(last, cur + 1);
    if (next === cur && ev.key === 'ArrowLeft') next = Math.max(0, cur - 1);
    hoverIndex = next;
    drawOverlay();
  });
  sw.svg.addEventListener('blur', () => {
    hoverIndex = null;
    drawOverlay();
  });

  observeWidth(sw.plot, () => render());

  const chart: Chart = {
    id,
    title,
    element: sw.figure,
    update(next) {
      input = next;
      hoverIndex = null;
      fillSandwich(sw, spec.sandwichText(next), next);
      render();
      chrome.refresh(next.runs.length > 0);
    },
    setCursor(minutes) {
      if (minutes === cursorMin) return;
      cursorMin = minutes;
      inNextFrame(drawOverlay);
    },
    exportSvg() {
      const v = view();
      if (!v) throw new Error('No result to export yet');
      const width = exportWidth(sw.plot.clientWidth);
      const text = spec.sandwichText(v.input);
      const root = buildExportSvg({
        width, title, text, input: v.input, legend: visible(), plotHeight: spec.plotHeight(width) + 20,
        drawPlot: (g, w, h) => {
          const gm = spec.draw(select(g), w, h, v);
          if (v.cursorMin !== null) spec.drawCursor(gm, v);
        },
      });
      return serializeSvg(root, exportMeta(id, title, text, v.input));
    },
    table(): TableData {
      return input ? spec.table(input) : { columns: [], rows: [] };
    },
  };
  const chrome = wireFigureChrome(id, sw, chart, () => (input && input.runs[0] ? exportMeta(id, title, spec.sandwichText(input), input) : null));
  render();
  return chart;
}
