// Timeline: devices down now and crashed so far (left axis, devices), the two recovery measures
// (right axis, %), the event lines (publish, revert or halt, USB tool, automated remediation)
// and the two public reference figures (8.5M crashed; over 97% of sensors online on 25 Jul).
import { bisectLeft } from 'd3-array';
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import type { EventId, RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { drawAxis, timeScale, timeTickFormat } from './axes.js';
import { decimate } from './decimate.js';
import { formatCount, formatDateTime, formatOffset, formatPercent, zoneLabel } from './format.js';
import { INK, MEASURE_COLOR } from './palette.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';
import { createTimeChart, type G, type TimeGeometry, type TimeSeriesDef, type TimeView } from './timeChart.js';

const TITLE = 'How many Windows devices were down, and for how long';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Microsoft, David Weston, "Helping our customers through the CrowdStrike outage", 20 Jul 2024. */
export const MICROSOFT_CRASHED = 8_500_000;
/** George Kurtz (CrowdStrike), 25 Jul 2024: "over 97% of Windows sensors are back online". */
export const CROWDSTRIKE_ONLINE_SHARE = 0.97;
const REF_ONLINE_MS = Date.UTC(2024, 6, 25, 12, 0);
const REAL_PUBLISH_MS = Date.UTC(2024, 6, 19, 4, 9);

type SeriesKey = 'down' | 'crashed' | 'sensorsOnline' | 'crashedRecovered';
type SeriesDef = TimeSeriesDef<SeriesKey>;

const count = (v: number) => formatCount(v);
const percent = (v: number) => formatPercent(v);
const SERIES: readonly SeriesDef[] = [
  {
    key: 'down', label: 'Devices down now', color: MEASURE_COLOR.down, axis: 'count', values: (r) => r.series.down, format: count,
    detail: (v, r) => `${formatPercent(v / Math.max(1, r.fleet))} of fleet`,
  },
  { key: 'crashed', label: 'Crashed so far', color: MEASURE_COLOR.crashed, axis: 'count', values: (r) => r.series.crashed, format: count },
  {
    key: 'sensorsOnline', label: 'Windows sensors online, % of fleet (right axis)', color: MEASURE_COLOR.sensorsOnline,
    dash: '7 4', axis: 'share', values: (r) => r.series.sensorsOnlineShare, format: percent,
  },
  {
    key: 'crashedRecovered', label: 'Crashed devices back, % (right axis)', color: MEASURE_COLOR.crashedRecovered,
    dash: '2 3', axis: 'share', values: (r) => r.series.crashedRecoveredShare, format: percent,
  },
];

type ZoomId = 'h6' | 'd2' | 'all';
const SHORT_EVENT: Record<EventId, string> = {
  publish: 'Published', 'content-end': 'Reverted', 'usb-tool': 'USB tool', 'auto-remediation': 'Auto-fix',
};

type View = TimeView<SeriesKey>;

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
  return [['h6', 'First 6 hours'], ['d2', 'First 2 days'], ['all', days ? `All ${days} days` : 'Whole run']];
}

/** Where the 25 July reference sits: the real date when the run starts on 19 July 2024, otherwise
 * the same time after publish, so a what-if with another publish time still has its yardstick. */
function refOnlineMs(publishAtMs: number): number {
  return publishAtMs + (REF_ONLINE_MS - REAL_PUBLISH_MS);
}

const visibleDefs = (hidden: ReadonlySet<SeriesKey>) => SERIES.filter((d) => !hidden.has(d.key));

let clipSeq = 0;

/** Draws the plot (axes, marks, references, events, cursor) into `root`; returns the scales. */
function drawTimeline(root: G, width: number, height: number, v: View): TimeGeometry {
  const r = v.run;
  const s = r.series;
  const tz = v.input.timeZone;
  const narrow = width < 520;
  const [t0, t1] = zoomDomain(r, v.zoom);
  const left = narrow ? 40 : 54;
  const right = narrow ? 38 : 48;
  const pw = Math.max(50, width - left - right);
  const x = timeScale(tz).domain([t0, t1]).range([0, pw]);

  // Event labels sit in rows above the plot; a label goes in the first row where it fits.
  const events = r.events.filter((e) => e.timeMs >= t0 && e.timeMs <= t1);
  const labelSize = 11;
  const rowEnds: number[] = [];
  const placed = events.map((e) => {
    const text = narrow ? SHORT_EVENT[e.id] : e.label;
    const w = textWidth(text, labelSize);
    const ex = x(e.timeMs);
    const anchorEnd = ex + 4 + w > pw + right - 2;
    const a = anchorEnd ? ex - 4 - w : ex + 4;
    let row = rowEnds.findIndex((end) => end + 8 < a);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = a + w;
    return { e, text, ex, row, anchorEnd };
  });
  const rowH = 15;
  const top = 20 + Math.max(1, rowEnds.length) * rowH;
  const bottom = 42;
  const ph = Math.max(60, height - top - bottom);

  const i0 = Math.max(0, bisectLeft(s.timeMs, t0) - 1);
  const i1 = Math.min(r.nBins - 1, bisectLeft(s.timeMs, t1));
  const countDefs = visibleDefs(v.hidden).filter((d) => d.axis === 'count');
  let max = 0;
  for (const d of countDefs.length ? countDefs : SERIES.filter((d) => d.axis === 'count')) {
    const col = d.values(r);
    for (let i = i0; i <= i1; i++) max = Math.max(max, col[i]!);
  }
  // Keep the 8.5M yardstick in view unless it would flatten a much smaller run to the floor.
  const showRef = countDefs.length > 0 && max >= MICROSOFT_CRASHED / 20;
  // Headroom above the reference keeps its label clear of the % lines, which end near 100%.
  const hi = Math.max(showRef ? MICROSOFT_CRASHED * 1.2 : 0, max * 1.05, 10);
  const yCount: ScaleContinuousNumeric<number, number> = v.log
    ? scaleLog().domain([Math.max(1, 10 ** (Math.floor(Math.log10(hi)) - 4)), hi]).range([ph, 0]).clamp(true)
    : scaleLinear().domain([0, hi]).range([ph, 0]).nice(Math.max(3, Math.round(ph / 55)));
  const yShare = scaleLinear().domain([0, 1]).range([ph, 0]);

  const g = root.append('g').attr('transform', `translate(${left},${top})`);
  const yTicks = Math.max(3, Math.round(ph / 55));
  const countTicks = v.log
    ? yCount.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
    : yCount.ticks(yTicks);

  // Grid for the device axis only; the % axis reads off its own ticks.
  g.append('g').selectAll('line').data(countTicks).join('line')
    .attr('x1', 0).attr('x2', pw).attr('y1', (d) => yCount(d)).attr('y2', (d) => yCount(d))
    .attr('stroke', INK.grid).attr('stroke-width', 1);

  drawAxis(g, axisLeft(yCount).tickValues(countTicks).tickFormat((d) => formatCount(+d)).tickSize(0).tickPadding(6), 'translate(0,0)');
  drawAxis(g, axisRight(yShare).ticks(5).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(4), `translate(${pw},0)`);
  // d3 steps days by day of the month, so 31 Jul and 1 Aug can land side by side: drop a tick
  // that comes too close to the one before.
  const minGap = narrow ? 60 : 80;
  const timeTicks: Date[] = [];
  for (const t of x.ticks(Math.max(2, Math.floor(pw / (narrow ? 70 : 95))))) {
    const last = timeTicks[timeTicks.length - 1];
    if (!last || x(t) - x(last) >= minGap) timeTicks.push(t);
  }
  drawAxis(
    g,
    axisBottom(x).tickValues(timeTicks).tickFormat((d) => timeTickFormat(tz, !narrow)(d as Date)).tickSizeOuter(0),
    `translate(0,${ph})`,
    true,
  );
  g.append('text').attr('x', -left).attr('y', -top + 13).attr('font-size', 11).attr('fill', INK.muted).text('Devices');
  g.append('text').attr('x', pw + right).attr('y', -top + 13).attr('text-anchor', 'end').attr('font-size', 11)
    .attr('fill', INK.muted).text('Share');
  g.append('text').attr('x', pw).attr('y', ph + 34).attr('text-anchor', 'end').attr('font-size', 11)
    .attr('fill', INK.muted).text(`Time (${zoneLabel(tz, r.publishAtMs)})`);

  // Event lines and their labels.
  for (const p of placed) {
    const ly = -top + 20 + p.row * rowH + 9;
    g.append('line').attr('x1', p.ex).attr('x2', p.ex).attr('y1', ly - 10).attr('y2', ph)
      .attr('stroke', INK.event).attr('stroke-width', 1).attr('stroke-dasharray', '3 3');
    g.append('text').attr('x', p.anchorEnd ? p.ex - 4 : p.ex + 4).attr('y', ly)
      .attr('text-anchor', p.anchorEnd ? 'end' : 'start').attr('font-size', labelSize).attr('fill', INK.text)
      .text(p.text);
  }

  const clipId = `timeline-clip-${++clipSeq}`;
  g.append('clipPath').attr('id', clipId).append('rect').attr('x', 0).attr('y', -2).attr('width', pw).attr('height', ph + 4);
  const marks = g.append('g').attr('clip-path', `url(#${clipId})`);

  // The 8.5M line is drawn after the series (below), so a run that matches it still shows it.
  if (showRef) {
    const yr = yCount(MICROSOFT_CRASHED);
    g.append('text').attr('x', pw - 4).attr('y', yr - 5).attr('text-anchor', 'end').attr('font-size', 11).attr('fill', INK.reference)
      .text(narrow ? '8.5M crashed (Microsoft)' : '8.5M crashed (Microsoft, 20 Jul 2024)');
  } else if (countDefs.length > 0) {
    g.append('text').attr('x', pw - 4).attr('y', ph - 8).attr('text-anchor', 'end').attr('font-size', 11).attr('fill', INK.reference)
      .text(`8.5M crashed in July 2024 (Microsoft): off the scale, ${formatCount(MICROSOFT_CRASHED / Math.max(1, max))}× the highest value shown`);
  }

  const px = new Float64Array(r.nBins);
  for (let i = i0; i <= i1; i++) px[i] = x(s.timeMs[i]!);
  for (const d of visibleDefs(v.hidden)) {
    const col = d.values(r);
    const y = d.axis === 'count' ? yCount : yShare;
    const idx = decimate(px, col, i0, i1);
    // One decimal is a tenth of a pixel: enough, and it keeps the exported file small.
    const path = line<number>().digits(1).x((i) => px[i]!).y((i) => y(col[i]!))(idx);
    const el = marks.append('path').attr('d', path ?? '').attr('fill', 'none').attr('stroke', d.color)
      .attr('stroke-width', d.axis === 'count' ? 2.25 : 2).attr('stroke-linejoin', 'round');
    if (d.dash) el.attr('stroke-dasharray', d.dash);
  }

  if (showRef) {
    const yr = yCount(MICROSOFT_CRASHED);
    marks.append('line').attr('x1', 0).attr('x2', pw).attr('y1', yr).attr('y2', yr)
      .attr('stroke', INK.reference).attr('stroke-width', 1.25).attr('stroke-dasharray', '2 3');
  }

  // 25 July: "over 97%" of sensors online, a point on the % axis.
  const refMs = refOnlineMs(r.publishAtMs);
  if (!v.hidden.has('sensorsOnline') && refMs >= t0 && refMs <= t1) {
    const rx = x(refMs);
    const ry = yShare(CROWDSTRIKE_ONLINE_SHARE);
    g.append('path').attr('d', `M${rx},${ry - 6}L${rx + 6},${ry}L${rx},${ry + 6}L${rx - 6},${ry}Z`)
      .attr('fill', INK.background).attr('stroke', INK.reference).attr('stroke-width', 1.5);
    const shifted = refMs !== REF_ONLINE_MS;
    const long = `over 97% of sensors online, 25 Jul 2024 (CrowdStrike)${shifted ? ', same time after publish' : ''}`;
    const short = '>97% online, 25 Jul (CrowdStrike)';
    const text = !narrow && textWidth(long, 11) <= pw - 4 ? long : textWidth(short, 11) <= pw - 4 ? short : '>97%, 25 Jul';
    const w = textWidth(text, 11);
    // Right of the mark if it fits, else left of it; inside the plot so it never meets an axis label.
    const start = rx + 10 + w <= pw ? rx + 10 : rx - 10 - w;
    const xs = Math.max(2, Math.min(pw - 2 - w, start));
    g.append('text').attr('x', xs).attr('y', ry + 20).attr('font-size', 11).attr('fill', INK.reference).text(text);
  }

  return { g, x, yCount, yShare, left, top, pw, ph };
}

/** The playback cursor: a line and its time. */
function drawCursor(geom: TimeGeometry, v: View): void {
  const { g, x, ph, pw } = geom;
  const ms = v.run.publishAtMs + v.cursorMin! * MINUTE;
  const cx = x(ms);
  if (cx < 0 || cx > pw) return;
  g.append('line').attr('x1', cx).attr('x2', cx).attr('y1', 0).attr('y2', ph)
    .attr('stroke', INK.text).attr('stroke-width', 1.5);
  g.append('text').attr('x', cx + 4).attr('y', ph - 6).attr('font-size', 11).attr('fill', INK.text)
    .text(formatDateTime(ms, v.input.timeZone, true));
}

/** Row times for the table: every 15 min for 6 h, hourly to 2 days, then every 6 h. */
function tableIndices(r: RunView): number[] {
  const out: number[] = [];
  const end = r.endMinutes;
  for (let t = 0; t <= end; t += t < 360 ? 15 : t < 2880 ? 60 : 360) {
    const i = bisectLeft(r.binEdges, t) - 1;
    if (i >= 0 && i < r.nBins) out.push(i);
  }
  return out;
}

const subtitleFor = (r: RunView) =>
  `Windows devices down and crashed after the faulty content update published ${formatDateTime(r.publishAtMs, 'UTC')} UTC, ` +
  `and two measures of recovery. Scenario: ${r.name}.`;

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const byId = new Map(r.events.map((e) => [e.id, e]));
  const parts: [EventId, string][] = [['publish', 'publish'], ['content-end', r.haltAtMinutes === null ? 'revert' : 'halt'],
    ['usb-tool', 'USB tool'], ['auto-remediation', 'automated remediation']];
  const bySource = new Map<string, string[]>();
  for (const [id, name] of parts) {
    const src = byId.get(id)!.source;
    bySource.set(src, [...(bySource.get(src) ?? []), name]);
  }
  const times = [...bySource].map(([src, names]) => `${src} (${names.join(', ')})`).join('; ');
  return {
    subtitle: subtitleFor(r),
    source: `Simulation (outage impact simulator). 8.5M crashed: Microsoft, 20 Jul 2024. Over 97% of sensors online: CrowdStrike, 25 Jul 2024. Event times: ${times}.`,
    note: '"Sensors online" counts Windows sensors online compared with before the update (CrowdStrike\'s measure); ' +
      '"crashed devices back" is the share of crashed devices repaired or recovered. They differ because many sensors never crashed. ' +
      `Times in ${zoneLabel(input.timeZone, r.publishAtMs)}.`,
  };
}

export function createTimelineChart(): Chart {
  return createTimeChart<SeriesKey>({
    id: 'timeline',
    title: TITLE,
    series: SERIES,
    zooms: zoomLabels,
    defaultZoom: 'all',
    domain: zoomDomain,
    logLabel: 'Log scale (devices)',
    draw: drawTimeline,
    drawCursor,
    plotHeight: (w) => (w < 520 ? 320 : Math.round(Math.min(470, Math.max(340, w * 0.46)))),
    sandwichText,
    table(input): TableData {
      const r = input.runs[0]!;
      const s = r.series;
      const tz = input.timeZone;
      return {
        columns: [
          `Time (${zoneLabel(tz, r.publishAtMs)})`, 'After publish', 'Devices down now', 'Crashed so far',
          'Windows sensors online (%)', 'Crashed devices back (%)',
        ],
        rows: tableIndices(r).map((i) => [
          formatDateTime(s.timeMs[i]!, tz, true),
          formatOffset((s.timeMs[i]! - r.publishAtMs) / MINUTE),
          Math.round(s.down[i]!),
          Math.round(s.crashed[i]!),
          Number((s.sensorsOnlineShare[i]! * 100).toFixed(1)),
          Number((s.crashedRecoveredShare[i]! * 100).toFixed(1)),
        ]),
      };
    },
  });
}
