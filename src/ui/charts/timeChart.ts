// The shell shared by the time charts (x = time): sandwich, zoom buttons, switches, legend
// toggles, hover and keyboard read-out, the playback cursor on its own overlay, export and table.
// Each chart supplies its lines (one per run and measure), how to draw its plot and its texts.
// The plot is redrawn when the data, the size or a view setting changes; moving the cursor
// redraws only the overlay, at most once per animation frame.
import { tr } from '../pageLocale.js';
import { bisectLeft } from 'd3-array';
import type { ScaleContinuousNumeric, ScaleTime } from 'd3-scale';
import { pointer, select, type Selection } from 'd3-selection';
import { valueAt, type RunView } from '../../results/index.js';
import type { Chart, ChartInput, ChartView, TableData } from './chart.js';
import { wireFigureChrome } from './figureChrome.js';
import { formatDateTime, formatOffset } from './format.js';
import { inNextFrame } from './frame.js';
import { createLegend, type LegendItem } from './legend.js';
import { INK } from './palette.js';
import { createReadout, type ReadoutRow } from './readout.js';
import { observeWidth, plotWidth } from './resize.js';
import { buildExportSvg, createSandwich, exportMeta, exportWidth, fillSandwich, type SandwichText } from './sandwich.js';
import { serializeSvg } from '../export/svgExport.js';
import type { ChartId } from '../selectors.js';

export type G = Selection<SVGGElement, unknown, null, undefined>;

const MINUTE = 60_000;

/** One drawn line: a measure of one run. */
export interface TimeLine {
  /** Unique within the chart. */
  key: string;
  /** The legend entry that hides or shows it. */
  legendKey: string;
  run: RunView;
  axis: 'count' | 'share';
  /** Read-out label. */
  label: string;
  color: string;
  dash?: string;
  width: number;
  opacity?: number;
  values: Float64Array;
  /** Percentile band around the line (an ensemble). */
  band?: { lo: Float64Array; hi: Float64Array };
  format(v: number): string;
  detail?(v: number): string | undefined;
  /** Whether the read-out lists it (a faint ghost may not). */
  inReadout: boolean;
}

export interface TimeView {
  input: ChartInput;
  /** The run the reader is looking at (input.runs[0]). */
  run: RunView;
  zoom: string;
  /** Switch states by id (e.g. log: true). */
  switches: Readonly<Record<string, boolean>>;
  hidden: ReadonlySet<string>;
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
  /** Height of everything the cursor crosses (all panels). */
  ph: number;
}

export interface SwitchSpec {
  id: string;
  label: string | (() => string);
  /** Element id of the checkbox (kept stable for links and tests). */
  inputId: string;
}

export interface TimeChartSpec {
  id: ChartId;
  /** A function for a title in the page's language (read again after a language switch). */
  title: string | (() => string);
  /** Zoom choices [id, label]. */
  zooms(input: ChartInput | null): [string, string][];
  defaultZoom: string;
  /** Time domain (epoch ms) of a zoom. */
  domain(run: RunView, zoom: string): [number, number];
  switches: readonly SwitchSpec[];
  legend(input: ChartInput): LegendItem[];
  lines(v: TimeView): TimeLine[];
  draw(root: G, width: number, height: number, v: TimeView): TimeGeometry;
  /** The cursor's static marks (line and time), on screen in the overlay and in exports. */
  drawCursor(geom: TimeGeometry, v: TimeView): void;
  /** Extra interactive marks on the overlay (drag handles); screen only. */
  drawOverlay?(o: G, geom: TimeGeometry, v: TimeView, chart: Chart): void;
  plotHeight(width: number, v: TimeView | null): number;
  sandwichText(input: ChartInput): SandwichText;
  table(input: ChartInput): TableData;
  /** Whether the input holds what the chart draws (default: any run). Exports wait for it. */
  hasData?(input: ChartInput): boolean;
}

/** A line's value at a time on the main run's axis: runs published at another time are aligned at publish. */
export function lineValueAt(line: TimeLine, main: RunView, ms: number): number {
  return valueAt(line.run, line.values, (ms - main.publishAtMs) / MINUTE);
}

export function createTimeChart(spec: TimeChartSpec): Chart {
  const { id } = spec;
  const titleOf = () => (typeof spec.title === 'function' ? spec.title() : spec.title);
  const labelOf = (s: SwitchSpec) => (typeof s.label === 'function' ? s.label() : s.label);
  const sw = createSandwich(id, titleOf());
  let input: ChartInput | null = null;
  let zoom = spec.defaultZoom;
  const switches: Record<string, boolean> = Object.fromEntries(spec.switches.map((s) => [s.id, false]));
  const hidden = new Set<string>();
  let cursorMin: number | null = null;
  let hoverMs: number | null = null;
  let geom: TimeGeometry | null = null;

  // Controls: zoom buttons and switches.
  const zoomGroup = document.createElement('div');
  zoomGroup.className = 'chart-zoom';
  zoomGroup.setAttribute('role', 'group');
  zoomGroup.setAttribute('aria-label', tr('chart.timeline.zoom.label'));
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
      chart.onView?.(currentView());
    });
    zoomButtons.set(zid, b);
    zoomGroup.append(b);
  }
  sw.controls.append(zoomGroup);
  const switchInputs = new Map<string, HTMLInputElement>();
  const switchTexts = new Map<SwitchSpec, Text>();
  for (const s of spec.switches) {
    const label = document.createElement('label');
    label.className = 'chart-switch';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = s.inputId;
    box.addEventListener('change', () => {
      switches[s.id] = box.checked;
      render();
      chart.onView?.(currentView());
    });
    const text = document.createTextNode(` ${labelOf(s)}`);
    switchTexts.set(s, text);
    label.append(box, text);
    sw.controls.append(label);
    switchInputs.set(s.id, box);
  }

  const legend = createLegend((key) => {
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    render();
  });
  sw.legendHost.append(legend.element);
  const readout = createReadout(sw.plot);

  const svg = select(sw.svg);
  svg.attr('tabindex', 0).attr('role', 'img')
    .attr('aria-label', tr('chart.timeline.aria', { title: titleOf() }));
  const plotLayer = svg.append('g');
  const overlay = svg.append('g');

  const view = (): TimeView | null =>
    (input && input.runs[0] ? { input, run: input.runs[0], zoom, switches, hidden, cursorMin } : null);
  const currentView = (): ChartView => ({ zoom, ...switches });

  function render(): void {
    for (const [zid, b] of zoomButtons) b.setAttribute('aria-pressed', String(zid === zoom));
    for (const [zid, label] of spec.zooms(input)) zoomButtons.get(zid)!.textContent = label;
    for (const [sid, box] of switchInputs) box.checked = switches[sid]!;
    legend.setItems(input ? spec.legend(input) : [], hidden);
    const v = view();
    const width = plotWidth(sw.plot);
    plotLayer.selectAll('*').remove();
    if (!v || width <= 0) {
      geom = null;
      overlay.selectAll('*').remove();
      return;
    }
    const height = spec.plotHeight(width, v);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    geom = spec.draw(plotLayer, width, height, v);
    drawOverlay();
  }

  /** The bin end of the main run nearest to time `ms`. */
  function snap(run: RunView, ms: number): number {
    const t = run.series.timeMs;
    const i = bisectLeft(t, ms);
    if (i <= 0) return t[0]!;
    if (i >= t.length) return t[t.length - 1]!;
    return ms - t[i - 1]! < t[i]! - ms ? t[i - 1]! : t[i]!;
  }

  function drawOverlay(): void {
    overlay.selectAll('*').remove();
    const v = view();
    if (!v || !geom) return;
    const { x, yCount, yShare, left, top, pw, ph } = geom;
    const o = overlay.append('g').attr('transform', `translate(${left},${top})`);
    if (v.cursorMin !== null) spec.drawCursor({ ...geom, g: o }, v);
    const run = v.run;
    const at = hoverMs ?? (cursorMin === null ? null : snap(run, run.publishAtMs + cursorMin * MINUTE));
    const hx = at === null ? 0 : x(at);
    if (at !== null && hx >= 0 && hx <= pw) {
      if (hoverMs !== null) {
        o.append('line').attr('x1', hx).attr('x2', hx).attr('y1', 0).attr('y2', ph).attr('stroke', INK.faint).attr('stroke-width', 1);
      }
      const rows: ReadoutRow[] = [];
      let topY = ph;
      for (const line of spec.lines(v)) {
        if (hidden.has(line.legendKey) || !line.inReadout) continue;
        const val = lineValueAt(line, run, at);
        const y = (line.axis === 'count' ? yCount : yShare)(val);
        topY = Math.min(topY, y);
        o.append('circle').attr('cx', hx).attr('cy', y).attr('r', 4).attr('fill', line.color).attr('stroke', INK.background).attr('stroke-width', 1.5);
        rows.push({ label: line.label, value: line.format(val), detail: line.detail?.(val), color: line.color });
      }
      const tz = v.input.timeZone;
      const heading = `${formatDateTime(at, tz, true)} ${tz === 'UTC' ? 'UTC' : ''} · ${formatOffset((at - run.publishAtMs) / MINUTE)} after publish`;
      readout.show(heading.replace('  ', ' '), rows, { x: left + hx, y: Math.max(0, top + Math.min(topY, ph - 120)) });
    } else readout.hide();
    // Transparent capture surface for pointer hover and clicks (under the drag handles).
    o.append('rect').attr('width', pw).attr('height', ph).attr('fill', 'transparent')
      .on('pointermove', (ev: PointerEvent) => {
        const cur = view();
        if (!cur || !geom) return;
        const [mx] = pointer(ev);
        hoverMs = snap(cur.run, +geom.x.invert(mx));
        drawOverlay();
      })
      .on('pointerleave', () => {
        hoverMs = null;
        drawOverlay();
      })
      .on('click', (ev: MouseEvent) => {
        const cur = view();
        if (!cur || !geom) return;
        const [mx] = pointer(ev);
        chart.onSeek?.(Math.max(0, (snap(cur.run, +geom.x.invert(mx)) - cur.run.publishAtMs) / MINUTE));
      });
    spec.drawOverlay?.(o, { ...geom, g: o }, v, chart);
  }

  // Keyboard read-out: arrows step about 1% of the view, Shift for 10%, Home/End, Escape. The
  // playback scrubber follows, so the rest of the page shows the same moment.
  sw.svg.addEventListener('keydown', (ev) => {
    const v = view();
    if (!v || !geom) return;
    const run = v.run;
    const [t0, t1] = spec.domain(run, zoom);
    const step = ((t1 - t0) / 100) * (ev.shiftKey ? 10 : 1);
    const t = hoverMs ?? snap(run, cursorMin === null ? t0 : run.publishAtMs + cursorMin * MINUTE);
    let next: number | null = null;
    if (ev.key === 'ArrowRight') next = snap(run, Math.min(t1, t + step));
    else if (ev.key === 'ArrowLeft') next = snap(run, Math.max(t0, t - step));
    else if (ev.key === 'Home') next = snap(run, t0);
    else if (ev.key === 'End') next = snap(run, t1);
    else if (ev.key === 'Escape') {
      hoverMs = null;
      drawOverlay();
      return;
    } else return;
    ev.preventDefault();
    // Stay inside the view even where bins straddle its edges: move at least one bin.
    const times = run.series.timeMs;
    const i = bisectLeft(times, t);
    if (next === t && ev.key === 'ArrowRight') next = times[Math.min(times.length - 1, i + 1)]!;
    if (next === t && ev.key === 'ArrowLeft') next = times[Math.max(0, i - 1)]!;
    hoverMs = next;
    drawOverlay();
    chart.onSeek?.(Math.max(0, (next - run.publishAtMs) / MINUTE));
  });
  sw.svg.addEventListener('blur', () => {
    hoverMs = null;
    drawOverlay();
  });

  observeWidth(sw.plot, () => render());

  const chart: Chart = {
    id,
    get title() {
      return titleOf();
    },
    element: sw.figure,
    relabel() {
      sw.title.textContent = titleOf();
      zoomGroup.setAttribute('aria-label', tr('chart.timeline.zoom.label'));
      for (const [s, text] of switchTexts) text.textContent = ` ${labelOf(s)}`;
      svg.attr('aria-label', tr('chart.timeline.aria', { title: titleOf() }));
      chrome.relabel();
    },
    update(next) {
      input = next;
      hoverMs = null;
      fillSandwich(sw, spec.sandwichText(next), next);
      render();
      chrome.refresh(next.runs.length > 0 && (spec.hasData?.(next) ?? true));
    },
    setCursor(minutes) {
      if (minutes === cursorMin) return;
      cursorMin = minutes;
      inNextFrame(drawOverlay);
    },
    setView(next) {
      if (next.zoom !== undefined && zoomButtons.has(next.zoom)) zoom = next.zoom;
      for (const s of spec.switches) if (typeof next[s.id] === 'boolean') switches[s.id] = next[s.id] as boolean;
      render();
    },
    exportSvg(atWidth, options) {
      const v = view();
      if (!v || !(spec.hasData?.(v.input) ?? true)) throw new Error('No result to export yet');
      const width = atWidth ?? exportWidth(sw.plot.clientWidth);
      const text = spec.sandwichText(v.input);
      const root = buildExportSvg({
        runLine: options?.runLine ?? true,
        width, title: titleOf(), text, input: v.input, legend: spec.legend(v.input).filter((l) => !hidden.has(l.key)),
        plotHeight: options?.plotHeight ?? spec.plotHeight(width - 40, v) + 20,
        drawPlot: (g, w, h) => {
          const gm = spec.draw(select(g), w, h, v);
          if (v.cursorMin !== null) spec.drawCursor(gm, v);
        },
      });
      return serializeSvg(root, exportMeta(id, titleOf(), text, v.input));
    },
    table(): TableData {
      return input ? spec.table(input) : { columns: [], rows: [] };
    },
  };
  chart.exportMeta = () => (input && input.runs[0] && (spec.hasData?.(input) ?? true) ? exportMeta(id, titleOf(), spec.sandwichText(input), input) : null);
  const chrome = wireFigureChrome(id, sw, chart, () => chart.exportMeta!());
  render();
  return chart;
}
