// Timeline: two panels on one time axis. Above, devices (down now and crashed so far, with the
// 8.5M that Microsoft reported); below, recovery in % (Windows sensors online, CrowdStrike's
// measure, with its "over 97% on 25 July"; and the share of crashed devices back). Separate
// panels, not two y-axes, so no count ever lines up with a percentage by accident.
// One run shows all four measures, and, when agents outside the kernel failed, the sensors offline
// on machines that stayed up as a line of its own; two to four runs show devices down and sensors
// online per run,
// each run in its colour. The July 2024 baseline can sit behind as a grey ghost, with the
// difference to the run shaded, and the device scale stays the baseline's unless the reader
// fits it to the run. Event labels, the reference labels and notes are placed where no line
// and no other label runs (labelPlacer.ts).
import { pageLocale, tr, ui } from '../pageLocale.js';
import { bisectLeft } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { area, line } from 'd3-shape';
import { valueAt, type EventId, type EventMark, type RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { drawAxis, timeScale, timeTickFormat } from './axes.js';
import { decimate } from './decimate.js';
import { formatCount, formatDateTime, formatOffset, formatPercent, zoneLabel } from './format.js';
import { place, type Box, type Obstacles } from './labelPlacer.js';
import type { LegendItem } from './legend.js';
import { INK, MEASURE_COLOR, OKABE_ITO } from './palette.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';
import { drawTimeCursor } from './timeCursor.js';
import { createTimeChart, type G, type TimeGeometry, type TimeLine, type TimeView } from './timeChart.js';

const TITLE = () => tr('chart.timeline.title');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Microsoft, David Weston, "Helping our customers through the CrowdStrike outage", 20 Jul 2024. */
export const MICROSOFT_CRASHED = 8_500_000;
/** George Kurtz (CrowdStrike), 25 Jul 2024: "over 97% of Windows sensors are back online". */
export const CROWDSTRIKE_ONLINE_SHARE = 0.97;
const REF_ONLINE_MS = Date.UTC(2024, 6, 25, 12, 0);
const REAL_PUBLISH_MS = Date.UTC(2024, 6, 19, 4, 9);

/** Colours of compared runs, in order: the first is the run the reader is looking at. */
export const RUN_COLORS = [OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple] as const;
const GHOST = '#a3a3a3';
const LABEL = 11;

type ZoomId = 'h6' | 'd2' | 'all';
const shortEvent = (): Record<EventId, string> => ({
  publish: tr('chart.timeline.eventShort.publish'), 'content-end': tr('chart.timeline.eventShort.reverted'),
  'usb-tool': tr('chart.timeline.eventShort.usbTool'), 'auto-remediation': tr('chart.timeline.eventShort.autoRemediation'),
});

const count = (v: number) => formatCount(v);
const percent = (v: number) => formatPercent(v);

function zoomDomain(r: RunView, zoom: string): [number, number] {
  const start = r.publishAtMs + r.startMinutes * MINUTE;
  const end = r.publishAtMs + r.endMinutes * MINUTE;
  const t0 = r.publishAtMs;
  if (zoom === 'h6') return [Math.max(start, t0 - 30 * MINUTE), Math.min(end, t0 + 6 * HOUR)];
  if (zoom === 'd2') return [start, Math.min(end, t0 + 48 * HOUR)];
  return [start, end];
}

function zoomLabels(input: ChartInput | null): [ZoomId, string][] {
  const run = input?.runs[0];
  const days = run ? Math.round((run.endMinutes / 1440) * 10) / 10 : null;
  return [['h6', tr('chart.timeline.zoom.h6')], ['d2', tr('chart.timeline.zoom.d2')],
    ['all', days ? tr('chart.timeline.zoom.allDays', { days: ui().number(days, 1) }) : tr('chart.timeline.zoom.whole')]];
}

/** Where the 25 July reference sits: the real date when the run starts on 19 July 2024, otherwise
 * the same time after publish, so a what-if with another publish time still has its yardstick. */
function refOnlineMs(publishAtMs: number): number {
  return publishAtMs + (REF_ONLINE_MS - REAL_PUBLISH_MS);
}

const isCompare = (input: ChartInput) => input.runs.length > 1;
/** Whether a run has sensors offline on machines that stayed up (agents outside the kernel that failed): only then is that line drawn. */
const hasAgentOnly = (r: RunView) => r.summary.agentOnlyDownPeak > 0;
/** Where an event's time comes from (src/results/events.ts writes English) in the page's language. */
function citation(source: string): string {
  const keys: Record<string, Parameters<typeof tr>[0]> = {
    'CrowdStrike Preliminary Post Incident Review, 24 Jul 2024': 'chart.event.citation.pir', 'Microsoft, 20-21 Jul 2024': 'chart.event.citation.usbTool',
    'CrowdStrike, 21-22 Jul 2024': 'chart.event.citation.autoRemediation', 'scenario setting': 'chart.event.scenarioSetting',
  };
  const key = keys[source];
  return key ? (tr as (k: string) => string)(key) : source;
}

/** An event's label (src/results/events.ts writes English) in the page's language. */
function eventLabel(label: string): string {
  const keys: Record<string, Parameters<typeof tr>[0]> = {
    'Faulty update published': 'chart.event.publish', 'Update reverted': 'chart.event.reverted',
    'Rollout halted automatically': 'chart.event.halted', 'Reverted on crash telemetry': 'chart.event.revertedOnTelemetry',
    'Microsoft USB recovery tool': 'chart.event.usbTool', 'CrowdStrike automated remediation': 'chart.event.autoRemediation',
  };
  const key = keys[label];
  return key ? (tr as (k: string) => string)(key) : label;
}
const agentOnlyLabel = () => tr('chart.timeline.series.agentOnly');
const ghostOf = (input: ChartInput) => input.ghost ?? null;

function measureLines(r: RunView): TimeLine[] {
  const b = r.bands?.series.columns;
  const band = (k: 'down' | 'crashed' | 'sensorsOnlineShare' | 'crashedRecoveredShare') => (b ? { lo: b[k].lo, hi: b[k].hi } : undefined);
  return [
    {
      key: 'down', legendKey: 'down', run: r, axis: 'count', label: tr('chart.timeline.series.down'), color: MEASURE_COLOR.down, width: 2.25,
      values: r.series.down, band: band('down'), format: count, detail: (v) => tr('chart.timeline.readout.ofFleet', { share: formatPercent(v / Math.max(1, r.fleet)) }), inReadout: true,
    },
    {
      key: 'crashed', legendKey: 'crashed', run: r, axis: 'count', label: tr('chart.timeline.series.crashed'), color: MEASURE_COLOR.crashed, width: 2.25,
      values: r.series.crashed, band: band('crashed'), format: count, inReadout: true,
    },
    ...(hasAgentOnly(r) ? [{
      key: 'agentOnlyDown', legendKey: 'agentOnlyDown', run: r, axis: 'count' as const, label: agentOnlyLabel(), color: MEASURE_COLOR.agentOnlyDown,
      dash: '5 2 1 2', width: 2, values: r.series.agentOnlyDown, format: count,
      detail: (v: number) => `${formatPercent(v / Math.max(1, r.fleet))} of fleet; Windows stays up`, inReadout: true,
    }] : []),
    {
      key: 'sensorsOnline', legendKey: 'sensorsOnline', run: r, axis: 'share', label: tr('chart.timeline.table.sensorsOnline').replace(/ ?[(（]%[)）]$/, ''), color: MEASURE_COLOR.sensorsOnline,
      dash: '7 4', width: 2, values: r.series.sensorsOnlineShare, band: band('sensorsOnlineShare'), format: percent, inReadout: true,
    },
    {
      key: 'crashedRecovered', legendKey: 'crashedRecovered', run: r, axis: 'share', label: tr('chart.timeline.table.crashedRecovered').replace(/ ?[(（]%[)）]$/, ''), color: MEASURE_COLOR.crashedRecovered,
      dash: '2 3', width: 2, values: r.series.crashedRecoveredShare, band: band('crashedRecoveredShare'), format: percent, inReadout: true,
    },
  ];
}

/** A compared run's colour: that of its place among the compared scenarios. */
export const runColor = (r: RunView, i: number) => RUN_COLORS[(r.colorIndex ?? i) % RUN_COLORS.length]!;
/** A run's colour by its colour index, the grey of the baseline drawn behind for -1 (the printed report's swatches). */
export const runSwatchColor = (colorIndex: number): string => (colorIndex < 0 ? GHOST : RUN_COLORS[colorIndex % RUN_COLORS.length]!);

function runLines(r: RunView, i: number): TimeLine[] {
  const color = runColor(r, i);
  const b = r.bands?.series.columns;
  return [
    {
      key: `${r.id}:down`, legendKey: r.id, run: r, axis: 'count', label: `${r.name}: down now`, color, width: 2.25,
      values: r.series.down, band: b ? { lo: b.down.lo, hi: b.down.hi } : undefined, format: count, inReadout: true,
    },
    {
      key: `${r.id}:online`, legendKey: r.id, run: r, axis: 'share', label: `${r.name}: sensors online`, color, width: 2,
      values: r.series.sensorsOnlineShare, band: b ? { lo: b.sensorsOnlineShare.lo, hi: b.sensorsOnlineShare.hi } : undefined,
      format: percent, inReadout: true,
    },
  ];
}

function ghostLines(g: RunView): TimeLine[] {
  return [
    {
      key: 'ghost:down', legendKey: 'ghost', run: g, axis: 'count', label: `${g.name}: down now`, color: GHOST, dash: '5 3', width: 1.5,
      values: g.series.down, format: count, inReadout: true,
    },
    {
      key: 'ghost:online', legendKey: 'ghost', run: g, axis: 'share', label: `${g.name}: sensors online`, color: GHOST, dash: '5 3', width: 1.5,
      values: g.series.sensorsOnlineShare, format: percent, inReadout: true,
    },
  ];
}

function allLines(input: ChartInput): TimeLine[] {
  const ghost = ghostOf(input);
  const own = isCompare(input) ? input.runs.flatMap((r, i) => runLines(r, i)) : measureLines(input.runs[0]!);
  return [...(ghost ? ghostLines(ghost) : []), ...own];
}

function legendItems(input: ChartInput): LegendItem[] {
  const ghost = ghostOf(input);
  const bands = input.runs.find((r) => r.bands)?.bands?.series;
  const items: LegendItem[] = isCompare(input)
    ? input.runs.map((r, i) => ({ key: r.id, label: r.name, color: runColor(r, i) }))
    : [
      { key: 'down', label: tr('chart.timeline.series.down'), color: MEASURE_COLOR.down },
      { key: 'crashed', label: tr('chart.timeline.series.crashed'), color: MEASURE_COLOR.crashed },
      ...(hasAgentOnly(input.runs[0]!) ? [{ key: 'agentOnlyDown', label: tr('chart.timeline.legend.agentOnly'), color: MEASURE_COLOR.agentOnlyDown, dash: '5 2 1 2' }] : []),
      { key: 'sensorsOnline', label: tr('chart.timeline.series.sensorsOnline'), color: MEASURE_COLOR.sensorsOnline, dash: '7 4' },
      { key: 'crashedRecovered', label: tr('chart.timeline.series.crashedRecovered'), color: MEASURE_COLOR.crashedRecovered, dash: '2 3' },
    ];
  if (ghost) items.push({ key: 'ghost', label: tr('chart.timeline.legend.ghost', { name: ghost.name }), color: GHOST, dash: '5 3' });
  if (bands) {
    items.push({
      key: 'bands', label: tr('chart.timeline.legend.bands', { lo: String(bands.percentiles[0]), hi: String(bands.percentiles[1]), count: bands.runs }),
      color: '#c9c9c9', shape: 'bar',
    });
  }
  return items;
}

/** Event labels in rows above the plot: a label goes in the first row where it overlaps no other
 * label and no event line crosses it, and its own line (which runs down from it) crosses none. */
function placeEvents(events: EventMark[], x: (ms: number) => number, pw: number, right: number, narrow: boolean) {
  const rows: { a: number; b: number; ex: number }[][] = [];
  return events.map((e) => {
    const text = narrow ? shortEvent()[e.id] : eventLabel(e.label);
    const w = textWidth(text, LABEL);
    const ex = x(e.timeMs);
    const anchorEnd = ex + 4 + w > pw + right - 2;
    const a = anchorEnd ? ex - 4 - w : ex + 4;
    const b = a + w;
    let row = 0;
    for (;; row++) {
      const here = rows[row] ?? [];
      const clash = here.some((o) => a < o.b + 8 && o.a < b + 8)
        // Lines of labels in rows above (or this row) run down through this row.
        || rows.slice(0, row + 1).some((r) => r.some((o) => o.ex >= a - 3 && o.ex <= b + 3))
        // This label's line runs down through the rows below.
        || rows.slice(row + 1).some((r) => r.some((o) => ex >= o.a - 3 && ex <= o.b + 3));
      if (!clash) break;
    }
    (rows[row] ??= []).push({ a, b, ex });
    return { e, text, ex, row, anchorEnd, a, w };
  });
}

function drawTimeline(root: G, width: number, height: number, v: TimeView): TimeGeometry {
  const input = v.input;
  const main = v.run;
  const tz = input.timeZone;
  const narrow = width < 520;
  const [t0, t1] = zoomDomain(main, v.zoom);
  const left = narrow ? 44 : 58;
  const right = narrow ? 10 : 16;
  const pw = Math.max(50, width - left - right);
  const x = timeScale(tz).domain([t0, t1]).range([0, pw]);
  const xOf = (run: RunView, i: number) => x(main.publishAtMs + (run.series.timeMs[i]! - run.publishAtMs));

  const events = main.events.filter((e) => e.timeMs >= t0 && e.timeMs <= t1);
  const placed = placeEvents(events, x, pw, right, narrow);
  const rowH = 15;
  const rowsUsed = Math.max(1, ...placed.map((p) => p.row + 1));
  // A fitted device scale that leaves out the 8.5M line says so in a row of its own, above the events.
  const fitted = v.switches['fit'] === true;
  const top = 20 + (rowsUsed + (fitted ? 1 : 0)) * rowH;
  const bottom = 42;
  const gap = 34;
  const H = Math.max(140, height - top - bottom);
  const ph1 = Math.round((H - gap) * 0.58);
  const ph2 = H - gap - ph1;
  const y2top = ph1 + gap;

  const lines = allLines(input).filter((l) => !v.hidden.has(l.legendKey));
  const countLines = lines.filter((l) => l.axis === 'count');
  // The bins of a run inside the view (runs are aligned at publish).
  const spanOf = (run: RunView) => {
    const t = run.series.timeMs;
    const shift = main.publishAtMs - run.publishAtMs;
    return [Math.max(0, bisectLeft(t, t0 - shift) - 1), Math.min(t.length - 1, bisectLeft(t, t1 - shift))] as const;
  };
  const span = (l: TimeLine) => spanOf(l.run);
  const maxOf = (ls: TimeLine[]) => {
    let m = 0;
    for (const l of ls) {
      const [i0, i1] = span(l);
      const col = l.band?.hi ?? l.values;
      for (let i = i0; i <= i1; i++) m = Math.max(m, col[i]!);
    }
    return m;
  };
  const ownMax = maxOf(countLines.filter((l) => l.legendKey !== 'ghost'));
  const allMax = maxOf(countLines);
  // The baseline's scale (8.5M) stays unless the reader asks to fit the run: a small outage must look small.
  const hi = fitted ? Math.max(ownMax * 1.08, 10) : Math.max(allMax * 1.05, MICROSOFT_CRASHED * 1.12, 10);
  const yCount: ScaleContinuousNumeric<number, number> = v.switches['log']
    ? scaleLog().domain([Math.max(1, 10 ** (Math.floor(Math.log10(hi)) - 4)), hi]).range([ph1, 0]).clamp(true)
    : scaleLinear().domain([0, hi]).range([ph1, 0]).nice(Math.max(3, Math.round(ph1 / 50)));
  const yShare = scaleLinear().domain([0, 1]).range([y2top + ph2, y2top]);

  const g = root.append('g').attr('transform', `translate(${left},${top})`);
  const countTicks = v.switches['log']
    ? yCount.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
    : yCount.ticks(Math.max(3, Math.round(ph1 / 50)));
  const shareTicks = ph2 < 110 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];

  // Grids, axes and panel titles.
  g.append('g').selectAll('line').data(countTicks).join('line')
    .attr('x1', 0).attr('x2', pw).attr('y1', (d) => yCount(d)).attr('y2', (d) => yCount(d)).attr('stroke', INK.grid);
  g.append('g').selectAll('line').data(shareTicks).join('line')
    .attr('x1', 0).attr('x2', pw).attr('y1', (d) => yShare(d)).attr('y2', (d) => yShare(d)).attr('stroke', INK.grid);
  drawAxis(g, axisLeft(yCount).tickValues(countTicks).tickFormat((d) => formatCount(+d)).tickSize(0).tickPadding(6), 'translate(0,0)');
  drawAxis(g, axisLeft(yShare).tickValues(shareTicks).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(0).tickPadding(6), 'translate(0,0)');
  // d3 steps days by day of the month, so 31 Jul and 1 Aug can land side by side: drop a tick
  // that comes too close to the one before.
  const minGap = narrow ? 60 : 80;
  const timeTicks: Date[] = [];
  for (const t of x.ticks(Math.max(2, Math.floor(pw / (narrow ? 70 : 95))))) {
    const last = timeTicks[timeTicks.length - 1];
    if (!last || x(t) - x(last) >= minGap) timeTicks.push(t);
  }
  drawAxis(g, axisBottom(x).tickValues(timeTicks).tickFormat((d) => timeTickFormat(tz, !narrow)(d as Date)).tickSizeOuter(0),
    `translate(0,${y2top + ph2})`, true);
  g.append('line').attr('x1', 0).attr('x2', pw).attr('y1', ph1).attr('y2', ph1).attr('stroke', INK.axis);
  const compare = isCompare(input);
  g.append('text').attr('x', -left).attr('y', -top + 13).attr('font-size', LABEL).attr('font-weight', 600).attr('fill', INK.text)
    .text(compare ? tr('chart.timeline.series.down') : tr('chart.timeline.axis.devices'));
  g.append('text').attr('x', -left).attr('y', y2top - 10).attr('font-size', LABEL).attr('font-weight', 600).attr('fill', INK.text)
    .text(compare ? tr('chart.timeline.series.sensorsOnline') : tr('chart.timeline.axis.recovery'));
  g.append('text').attr('x', pw).attr('y', y2top + ph2 + 34).attr('text-anchor', 'end').attr('font-size', LABEL)
    .attr('fill', INK.muted).text(tr('chart.timeline.axis.time', { zone: zoneLabel(tz, main.publishAtMs) }));

  // Event lines (both panels) and their labels.
  for (const p of placed) {
    const ly = -top + 20 + (fitted ? rowH : 0) + p.row * rowH + 9;
    g.append('line').attr('x1', p.ex).attr('x2', p.ex).attr('y1', ly - 10).attr('y2', y2top + ph2)
      .attr('stroke', INK.event).attr('stroke-width', 1).attr('stroke-dasharray', '3 3');
    g.append('text').attr('x', p.anchorEnd ? p.ex - 4 : p.ex + 4).attr('y', ly)
      .attr('text-anchor', p.anchorEnd ? 'end' : 'start').attr('font-size', LABEL).attr('fill', INK.text).text(p.text);
  }

  const clip = (id: string, y: number, h: number) => {
    g.append('clipPath').attr('id', id).append('rect').attr('x', 0).attr('y', y - 2).attr('width', pw).attr('height', h + 4);
    return g.append('g').attr('clip-path', `url(#${id})`);
  };
  const seq = ++clipSeq;
  const marks1 = clip(`timeline-clip-${seq}-a`, 0, ph1);
  const marks2 = clip(`timeline-clip-${seq}-b`, y2top, ph2);
  const polylines: [number, number][][] = [];

  // Bands first, then the difference shading, then the lines (the ghost at the back).
  for (const l of lines) {
    if (!l.band) continue;
    const [i0, i1] = span(l);
    const y = l.axis === 'count' ? yCount : yShare;
    const idx = Array.from({ length: i1 - i0 + 1 }, (_, k) => i0 + k);
    const path = area<number>().digits(1).x((i) => xOf(l.run, i)).y0((i) => y(l.band!.lo[i]!)).y1((i) => y(l.band!.hi[i]!))(idx);
    (l.axis === 'count' ? marks1 : marks2).append('path').attr('d', path ?? '').attr('fill', l.color).attr('fill-opacity', 0.16).attr('stroke', 'none');
  }
  const ghost = ghostOf(input);
  const reference = ghost && !v.hidden.has('ghost') ? ghost : null;
  const diffRun = compare ? input.runs[0]! : main;
  if (reference && !v.hidden.has(compare ? diffRun.id : 'down')) {
    // The devices-down difference between the run and the baseline, shaded.
    const [i0, i1] = spanOf(diffRun);
    const idx = Array.from({ length: i1 - i0 + 1 }, (_, k) => i0 + k);
    const refAt = (i: number) => valueAt(reference, reference.series.down, (diffRun.series.timeMs[i]! - diffRun.publishAtMs) / MINUTE);
    const path = area<number>().digits(1).x((i) => xOf(diffRun, i)).y0((i) => yCount(refAt(i))).y1((i) => yCount(diffRun.series.down[i]!))(idx);
    marks1.append('path').attr('d', path ?? '').attr('fill', MEASURE_COLOR.down).attr('fill-opacity', 0.1).attr('stroke', 'none');
  }
  // The 8.5M reference runs behind the lines: where a run crashed about as many, its own line shows.
  const [countLo, countHi] = yCount.domain() as [number, number];
  const refInView = countLines.length > 0 && MICROSOFT_CRASHED <= countHi && MICROSOFT_CRASHED >= countLo;
  if (refInView) {
    const yr = yCount(MICROSOFT_CRASHED);
    marks1.append('line').attr('x1', 0).attr('x2', pw).attr('y1', yr).attr('y2', yr)
      .attr('stroke', INK.reference).attr('stroke-width', 1.25).attr('stroke-dasharray', '2 3');
  }
  for (const l of lines) {
    const [i0, i1] = span(l);
    const y = l.axis === 'count' ? yCount : yShare;
    const px = new Float64Array(l.run.series.timeMs.length);
    for (let i = i0; i <= i1; i++) px[i] = xOf(l.run, i);
    const idx = decimate(px, l.values, i0, i1);
    // One decimal is a tenth of a pixel: enough, and it keeps the exported file small.
    const path = line<number>().digits(1).x((i) => px[i]!).y((i) => y(l.values[i]!))(idx);
    const el = (l.axis === 'count' ? marks1 : marks2).append('path').attr('d', path ?? '').attr('fill', 'none').attr('stroke', l.color)
      .attr('stroke-width', l.width).attr('stroke-linejoin', 'round');
    if (l.dash) el.attr('stroke-dasharray', l.dash);
    polylines.push(idx.map((i) => [px[i]!, Math.min(y(l.values[i]!), l.axis === 'count' ? ph1 : y2top + ph2)] as [number, number]));
  }

  // Event lines cross both panels: labels keep off them too.
  for (const p of placed) polylines.push([[p.ex, 0], [p.ex, y2top + ph2]]);
  const obstacles1: Obstacles = { lines: polylines, boxes: [], bounds: { x: 0, y: 0, w: pw, h: ph1 } };
  const obstacles2: Obstacles = { lines: polylines, boxes: [], bounds: { x: 0, y: y2top, w: pw, h: ph2 } };
  const labelAt = (b: Box, text: string, color: string = INK.reference, weight = 400) =>
    g.append('text').attr('x', b.x).attr('y', b.y + b.h - 3).attr('font-size', LABEL).attr('font-weight', weight).attr('fill', color).text(text);
  const boxAt = (x0: number, yMid: number, text: string): Box => ({ x: x0, y: yMid - LABEL / 2 - 2, w: textWidth(text, LABEL) + 2, h: LABEL + 4 });

  const nothingCrashed = input.runs.every((r) => r.summary.crashed === 0);
  if (nothingCrashed) {
    const text = input.runs.length > 1 ? tr('chart.timeline.noCrashAny') : tr('chart.timeline.noCrash');
    const w = textWidth(text, 13, true);
    g.append('text').attr('x', Math.max(0, (pw - w) / 2)).attr('y', ph1 / 2).attr('font-size', 13).attr('font-weight', 650)
      .attr('fill', INK.text).text(text);
  }

  // 8.5M crashed (Microsoft): a line in the device panel, or a note when the scale is fitted below it.
  if (countLines.length > 0) {
    const top1 = countHi;
    if (refInView) {
      const yr = yCount(MICROSOFT_CRASHED);
      polylines.push([[0, yr], [pw, yr]]);
      const tiny = tr('chart.timeline.ref.crashedTiny');
      const texts = narrow ? [tr('chart.timeline.ref.crashedShort'), tiny] : [tr('chart.timeline.ref.crashed'), tr('chart.timeline.ref.crashedShort'), tiny];
      for (const text of texts) {
        const w = textWidth(text, LABEL) + 2;
        // Right end first (where the lines have come down), then along the line, above or below it.
        const xs = [pw - w - 4, ...Array.from({ length: 9 }, (_, k) => ((8 - k) / 10) * (pw - w)), 4];
        const b = place(xs.flatMap((x0) => [boxAt(x0, yr - 10, text), boxAt(x0, yr + 11, text)]), obstacles1);
        if (b) {
          labelAt(b, text);
          break;
        }
      }
    } else if (!nothingCrashed) {
      const times = Math.max(1, MICROSOFT_CRASHED / Math.max(1, top1));
      const text = tr(compare ? 'chart.timeline.ref.fittedRuns' : 'chart.timeline.ref.fitted', { times: formatCount(times) });
      const short = tr('chart.timeline.ref.fittedShort', { times: formatCount(times) });
      // In its own row above the event labels, where no line runs: the reader must not miss it.
      const chosen = textWidth(text, LABEL, true) <= pw + left - 8 ? text : short;
      g.append('text').attr('x', -left).attr('y', -top + 13 + rowH).attr('font-size', LABEL).attr('font-weight', 600)
        .attr('fill', INK.reference).text(chosen);
    }
  }

  // 25 July: "over 97%" of sensors online, a point in the recovery panel.
  const online = compare ? true : !v.hidden.has('sensorsOnline');
  const refMs = refOnlineMs(main.publishAtMs);
  if (online && refMs >= t0 && refMs <= t1) {
    const rx = x(refMs);
    const ry = yShare(CROWDSTRIKE_ONLINE_SHARE);
    g.append('path').attr('d', `M${rx},${ry - 6}L${rx + 6},${ry}L${rx},${ry + 6}L${rx - 6},${ry}Z`)
      .attr('fill', INK.background).attr('stroke', INK.reference).attr('stroke-width', 1.5);
    obstacles2.boxes.push({ x: rx - 7, y: ry - 7, w: 14, h: 14 });
    const shifted = refMs !== REF_ONLINE_MS;
    const texts = [
      shifted ? tr('chart.timeline.ref.onlineShifted') : tr('chart.timeline.ref.online'),
      tr('chart.timeline.ref.onlineShort'), tr('chart.timeline.ref.onlineShortest'),
    ];
    for (const text of narrow ? texts.slice(1) : texts) {
      const w = textWidth(text, LABEL) + 2;
      const xs = [rx + 10, rx - 10 - w, Math.max(2, rx - w / 2), rx + 30, rx - 30 - w, pw - w - 2, 2];
      const ys = [ry + 16, ry - 14, ry + 30, ry + 44, y2top + ph2 - 12, y2top + ph2 - 26, y2top + 20];
      const b = place(ys.flatMap((yy) => xs.map((xx) => boxAt(xx, yy, text))), obstacles2);
      if (b) {
        labelAt(b, text);
        break;
      }
    }
  }
  return { g, x, yCount, yShare, left, top, pw, ph: y2top + ph2 };
}

let clipSeq = 0;

/** The playback cursor: a line across both panels and its time. */
function drawCursor(geom: TimeGeometry, v: TimeView): void {
  drawTimeCursor(geom, v, (ms) => formatDateTime(ms, v.input.timeZone, true));
}

/** Drag handles on the publish and revert lines: dragging one changes that parameter. */
function drawHandles(o: G, geom: TimeGeometry, v: TimeView, chart: Chart): void {
  if (!chart.onEdit || isCompare(v.input)) return;
  const run = v.run;
  const { x, pw, ph } = geom;
  const marks: { id: 'publish' | 'content-end'; key: string; ms: number }[] = [{ id: 'publish', key: 'push.publishAt', ms: run.publishAtMs }];
  if (run.haltAtMinutes === null && run.contentEndMinutes !== null) {
    marks.push({ id: 'content-end', key: 'push.revertMinutes', ms: run.publishAtMs + run.contentEndMinutes * MINUTE });
  }
  for (const m of marks) {
    const mx = x(m.ms);
    if (mx < 0 || mx > pw) continue;
    const name = m.id === 'publish' ? 'publish time' : 'revert';
    const handle = o.append('g').attr('class', 'drag-handle').attr('data-handle', m.id).style('cursor', 'ew-resize');
    handle.append('title').text(`Drag to change the ${name}`);
    handle.append('rect').attr('x', mx - 6).attr('y', 0).attr('width', 12).attr('height', ph).attr('fill', 'transparent');
    handle.append('rect').attr('x', mx - 4).attr('y', -2).attr('width', 8).attr('height', 14).attr('rx', 2)
      .attr('fill', INK.background).attr('stroke', INK.event).attr('stroke-width', 1.25);
    const preview = o.append('g').attr('pointer-events', 'none');
    const el = handle.node()!;
    el.addEventListener('pointerdown', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      el.setPointerCapture(ev.pointerId);
      const startX = ev.clientX;
      const scale = el.ownerSVGElement ? el.ownerSVGElement.getBoundingClientRect().width / Number(el.ownerSVGElement.getAttribute('width') || 1) : 1;
      let value: number | string | null = null;
      const move = (e: PointerEvent) => {
        const nx = Math.max(0, Math.min(pw, mx + (e.clientX - startX) / (scale || 1)));
        const ms = +x.invert(nx);
        preview.selectAll('*').remove();
        preview.append('line').attr('x1', nx).attr('x2', nx).attr('y1', 0).attr('y2', ph).attr('stroke', INK.text).attr('stroke-width', 1.5).attr('stroke-dasharray', '4 3');
        let text: string;
        if (m.id === 'publish') {
          const rounded = Math.round(ms / MINUTE) * MINUTE;
          value = new Date(rounded).toISOString().replace('.000Z', 'Z');
          text = `Publish at ${formatDateTime(rounded, v.input.timeZone, true)}`;
        } else {
          value = Math.max(1, Math.round((ms - run.publishAtMs) / MINUTE));
          text = `Revert after ${formatOffset(value).replace(/^\+/, '')}`;
        }
        const w = textWidth(text, LABEL);
        preview.append('text').attr('x', nx + 6 + w > pw ? nx - 6 - w : nx + 6).attr('y', 24).attr('font-size', LABEL)
          .attr('font-weight', 600).attr('fill', INK.text).text(text);
      };
      const up = () => {
        el.removeEventListener('pointermove', move);
        el.removeEventListener('pointerup', up);
        el.removeEventListener('pointercancel', up);
        preview.selectAll('*').remove();
        if (value !== null) chart.onEdit?.(m.key, value);
      };
      el.addEventListener('pointermove', move);
      el.addEventListener('pointerup', up);
      el.addEventListener('pointercancel', up);
    });
  }
}

/** Row times for the table: every 15 min for 6 h, hourly to 2 days, then every 6 h. */
function tableIndices(r: RunView): number[] {
  const out: number[] = [];
  for (let t = 0; t <= r.endMinutes; t += t < 360 ? 15 : t < 2880 ? 60 : 360) {
    const i = bisectLeft(r.binEdges, t) - 1;
    if (i >= 0 && i < r.nBins) out.push(i);
  }
  return out;
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const ghost = ghostOf(input);
  const byId = new Map(r.events.map((e) => [e.id, e]));
  const stop = r.haltAtMinutes === null ? tr('chart.timeline.sourceEvent.revert')
    : r.params.push.revertMinutes === 'never' ? tr('chart.timeline.sourceEvent.revertOnDetection') : tr('chart.timeline.sourceEvent.halt');
  const parts: [EventId, string][] = [['publish', tr('chart.timeline.sourceEvent.publish')], ['content-end', stop],
    ['usb-tool', tr('chart.timeline.sourceEvent.usbTool')], ['auto-remediation', tr('chart.timeline.sourceEvent.autoRemediation')]];
  const bySource = new Map<string, string[]>();
  for (const [id, name] of parts) {
    // A time that never came (no revert, a tool set to "never") has no mark and no source.
    const mark = byId.get(id);
    if (!mark) continue;
    const src = citation(mark.source);
    bySource.set(src, [...(bySource.get(src) ?? []), name]);
  }
  const times = [...bySource].map(([src, names]) => tr('chart.timeline.sourceGroup', { source: src, events: names.join(pageLocale() === 'ja' ? '、' : ', ') })).join('; ');
  const aligned = input.runs.some((x) => x.publishAtMs !== r.publishAtMs) || (ghost !== null && ghost.publishAtMs !== r.publishAtMs)
    ? ' Runs published at another time are drawn from their own publish time, aligned with this one.' : '';
  const bands = input.runs.find((x) => x.bands)?.bands;
  const i = ui();
  const subtitle = isCompare(input)
    ? i.sentences([tr('chart.timeline.subtitleCompare', { n: String(input.runs.length), names: ui().names(input.runs.map((x) => x.name)) }),
      ghost ? tr('chart.timeline.subtitleCompareGhost', { name: ghost.name }) : ''].filter(Boolean))
    : i.sentences([tr('chart.timeline.subtitleRun', { time: formatDateTime(r.publishAtMs, 'UTC'), scenario: r.name }),
      ghost ? tr('chart.timeline.subtitleGhost', { name: ghost.name }) : ''].filter(Boolean));
  return {
    subtitle: r.preview ? i.sentences([tr('chart.timeline.preview'), subtitle]) : subtitle,
    source: tr('chart.timeline.sourceText', { times }),
    note: i.sentences([
      tr('chart.timeline.noteMeasures'),
      !isCompare(input) && hasAgentOnly(r) ? tr('chart.timeline.noteAgentOnly', { label: agentOnlyLabel() }) : '',
      tr('chart.timeline.noteZone', { zone: zoneLabel(input.timeZone, r.publishAtMs) }),
      aligned ? tr('chart.timeline.noteAligned') : '',
      bands ? tr('chart.timeline.noteBands', { lo: String(bands.series.percentiles[0]), hi: String(bands.series.percentiles[1]), count: bands.series.runs }) : '',
    ].filter(Boolean)),
  };
}

function table(input: ChartInput): TableData {
  const r = input.runs[0]!;
  const tz = input.timeZone;
  const rows = tableIndices(r);
  const pct = (v: number) => Number((v * 100).toFixed(1));
  const head = [tr('chart.timeline.table.time', { zone: zoneLabel(tz, r.publishAtMs) }), tr('chart.timeline.table.afterPublish')];
  const at = (i: number) => [formatDateTime(r.series.timeMs[i]!, tz, true), formatOffset((r.series.timeMs[i]! - r.publishAtMs) / MINUTE)];
  if (isCompare(input)) {
    const others = input.runs;
    return {
      columns: [...head, ...others.flatMap((x) => [tr('chart.timeline.table.runDown', { name: x.name }), tr('chart.timeline.table.runOnline', { name: x.name })])],
      rows: rows.map((i) => {
        const min = r.binEdges[i + 1]!;
        return [...at(i), ...others.flatMap((x) => {
          const j = Math.min(x.nBins - 1, Math.max(0, bisectLeft(x.binEdges, min) - 1));
          return [Math.round(x.series.down[j]!), pct(x.series.sensorsOnlineShare[j]!)];
        })];
      }),
    };
  }
  const b = r.bands?.series.columns;
  const s = r.series;
  const agents = hasAgentOnly(r);
  return {
    columns: [
      ...head, tr('chart.timeline.table.down'), tr('chart.timeline.table.crashed'), tr('chart.timeline.table.sensorsOnline'),
      tr('chart.timeline.table.crashedRecovered'),
      ...(agents ? [agentOnlyLabel()] : []),
      ...(b ? [`Down now, p${r.bands!.series.percentiles[0]}`, `Down now, p${r.bands!.series.percentiles[1]}`] : []),
    ],
    rows: rows.map((i) => [
      ...at(i), Math.round(s.down[i]!), Math.round(s.crashed[i]!), pct(s.sensorsOnlineShare[i]!), pct(s.crashedRecoveredShare[i]!),
      ...(agents ? [Math.round(s.agentOnlyDown[i]!)] : []),
      ...(b ? [Math.round(b.down.lo[i]!), Math.round(b.down.hi[i]!)] : []),
    ]),
  };
}

export function createTimelineChart(): Chart {
  return createTimeChart({
    id: 'timeline',
    title: TITLE,
    zooms: zoomLabels,
    defaultZoom: 'all',
    domain: zoomDomain,
    switches: [
      { id: 'log', label: () => tr('chart.timeline.logScale'), inputId: 'log-scale' },
      { id: 'fit', label: () => tr('chart.timeline.fitScale'), inputId: 'fit-scale' },
    ],
    legend: legendItems,
    lines: (v) => allLines(v.input),
    draw: drawTimeline,
    drawCursor,
    drawOverlay: drawHandles,
    plotHeight: (w) => (w < 520 ? 400 : Math.round(Math.min(560, Math.max(430, w * 0.52)))),
    sandwichText,
    table,
  });
}
