// Your organisation's outage over time, two panels on one time axis: above, its devices down
// and crashed so far; below, in %, its devices working and each of its services' output, with
// the global picture (Windows sensors online in the whole modelled fleet) in grey for scale.
// Input: runs[0] is the organisation's run, ghost the global run.
import { bisectLeft } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { serviceOutputLines, type RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { drawAxis, timeScale, timeTickFormat } from './axes.js';
import { runLinePath } from './runLine.js';
import { formatCount, formatDateTime, formatOffset, formatPercent, zoneLabel } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, MEASURE_COLOR, OKABE_ITO } from './palette.js';
import type { SandwichText } from './sandwich.js';
import { serviceName } from './names.js';
import { drawTimeCursor } from './timeCursor.js';
import { tr, ui } from '../pageLocale.js';
import { createTimeChart, type G, type TimeGeometry, type TimeLine, type TimeView } from './timeChart.js';

const TITLE = () => tr('chart.orgCurve.title');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const GLOBAL = '#a3a3a3';
const SERVICE_COLORS = [OKABE_ITO.bluishGreen, OKABE_ITO.orange, OKABE_ITO.skyBlue] as const;
const LABEL = 11;

const count = (v: number) => formatCount(v);
const percent = (v: number) => formatPercent(v);

function domain(r: RunView, zoom: string): [number, number] {
  const start = r.publishAtMs + r.startMinutes * MINUTE;
  const end = r.publishAtMs + r.endMinutes * MINUTE;
  if (zoom === 'd2') return [start, Math.min(end, r.publishAtMs + 48 * HOUR)];
  if (zoom === 'w1') return [start, Math.min(end, r.publishAtMs + 7 * 24 * HOUR)];
  return [start, end];
}

function lines(input: ChartInput): TimeLine[] {
  const r = input.runs[0]!;
  const out: TimeLine[] = [
    { key: 'down', legendKey: 'down', run: r, axis: 'count', label: tr('chart.orgCurve.series.down'), color: MEASURE_COLOR.down, width: 2.25, values: r.series.down,
      format: count, detail: (v) => tr('chart.orgCurve.series.downDetail', { share: formatPercent(v / Math.max(1, r.fleet)) }), inReadout: true },
    { key: 'crashed', legendKey: 'crashed', run: r, axis: 'count', label: tr('chart.orgCurve.series.crashed'), color: MEASURE_COLOR.crashed, width: 2, values: r.series.crashed,
      format: count, inReadout: true },
    { key: 'working', legendKey: 'working', run: r, axis: 'share', label: tr('chart.orgCurve.series.working'), color: MEASURE_COLOR.down, dash: '7 4', width: 2,
      values: r.series.sensorsOnlineShare, format: percent, inReadout: true },
    ...serviceOutputLines(r).map((s, i): TimeLine => ({
      key: `service:${s.id}`, legendKey: `service:${s.id}`, run: r, axis: 'share', label: tr('chart.orgCurve.series.service', { service: serviceName(s) }),
      color: SERVICE_COLORS[i % SERVICE_COLORS.length]!, width: 2.25, values: s.values, format: percent, inReadout: true,
    })),
  ];
  const g = input.ghost;
  if (g) {
    out.push({ key: 'global', legendKey: 'global', run: g, axis: 'share', label: tr('chart.orgCurve.series.global'), color: GLOBAL, dash: '5 3', width: 1.5,
      values: g.series.sensorsOnlineShare, format: percent, inReadout: true });
  }
  return out;
}

function legend(input: ChartInput): LegendItem[] {
  return lines(input).map((l) => ({ key: l.legendKey, label: l.label, color: l.color, ...(l.dash ? { dash: l.dash } : {}) }));
}

function draw(root: G, width: number, height: number, v: TimeView): TimeGeometry {
  const r = v.run;
  const tz = v.input.timeZone;
  const narrow = width < 520;
  const [t0, t1] = domain(r, v.zoom);
  const left = narrow ? 44 : 58;
  const right = narrow ? 10 : 16;
  const top = 24;
  const bottom = 42;
  const gap = 34;
  const pw = Math.max(50, width - left - right);
  const H = Math.max(140, height - top - bottom);
  const ph1 = Math.round((H - gap) * 0.5);
  const ph2 = H - gap - ph1;
  const y2top = ph1 + gap;
  const x = timeScale(tz).domain([t0, t1]).range([0, pw]);
  const all = lines(v.input).filter((l) => !v.hidden.has(l.legendKey));
  const maxCount = Math.max(10, ...all.filter((l) => l.axis === 'count').map((l) => Math.max(...l.values)));
  const yCount = scaleLinear().domain([0, maxCount * 1.08]).range([ph1, 0]).nice(4);
  const yShare = scaleLinear().domain([0, 1]).range([y2top + ph2, y2top]);
  const g = root.append('g').attr('transform', `translate(${left},${top})`);
  const countTicks = yCount.ticks(4);
  const shareTicks = ph2 < 110 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  for (const [ticks, y] of [[countTicks, yCount], [shareTicks, yShare]] as const) {
    g.append('g').selectAll('line').data(ticks).join('line').attr('x1', 0).attr('x2', pw).attr('y1', (d) => y(d)).attr('y2', (d) => y(d)).attr('stroke', INK.grid);
  }
  drawAxis(g, axisLeft(yCount).tickValues(countTicks).tickFormat((d) => formatCount(+d)).tickSize(0).tickPadding(6), 'translate(0,0)');
  drawAxis(g, axisLeft(yShare).tickValues(shareTicks).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(0).tickPadding(6), 'translate(0,0)');
  const minGap = narrow ? 60 : 80;
  const timeTicks: Date[] = [];
  for (const t of x.ticks(Math.max(2, Math.floor(pw / (narrow ? 70 : 95))))) {
    const last = timeTicks[timeTicks.length - 1];
    if (!last || x(t) - x(last) >= minGap) timeTicks.push(t);
  }
  drawAxis(g, axisBottom(x).tickValues(timeTicks).tickFormat((d) => timeTickFormat(tz, !narrow)(d as Date)).tickSizeOuter(0), `translate(0,${y2top + ph2})`, true);
  g.append('line').attr('x1', 0).attr('x2', pw).attr('y1', ph1).attr('y2', ph1).attr('stroke', INK.axis);
  g.append('text').attr('x', -left).attr('y', -10).attr('font-size', LABEL).attr('font-weight', 600).attr('fill', INK.text).text(tr('chart.orgCurve.axis.devices'));
  g.append('text').attr('x', -left).attr('y', y2top - 10).attr('font-size', LABEL).attr('font-weight', 600).attr('fill', INK.text)
    .text(tr('chart.orgCurve.axis.share'));
  g.append('text').attr('x', pw).attr('y', y2top + ph2 + 34).attr('text-anchor', 'end').attr('font-size', LABEL).attr('fill', INK.muted)
    .text(tr('chart.timeline.axis.time', { zone: zoneLabel(tz, r.publishAtMs) }));
  const px0 = x(r.publishAtMs);
  if (px0 >= 0 && px0 <= pw) {
    g.append('line').attr('x1', px0).attr('x2', px0).attr('y1', 0).attr('y2', y2top + ph2).attr('stroke', INK.event).attr('stroke-dasharray', '3 3');
    g.append('text').attr('x', px0 + 4).attr('y', 10).attr('font-size', LABEL).attr('fill', INK.text).text(tr('chart.orgCurve.push'));
  }
  const clipId = `org-curve-clip-${++clipSeq}`;
  g.append('clipPath').attr('id', clipId).append('rect').attr('x', 0).attr('y', -2).attr('width', pw).attr('height', y2top + ph2 + 4);
  const marks = g.append('g').attr('clip-path', `url(#${clipId})`);
  for (const l of all) {
    const y = l.axis === 'count' ? yCount : yShare;
    const p = marks.append('path').attr('d', runLinePath(l.run.series.timeMs, l.values, x, y, r.publishAtMs - l.run.publishAtMs, t0, t1))
      .attr('fill', 'none').attr('stroke', l.color).attr('stroke-width', l.width).attr('stroke-linejoin', 'round');
    if (l.dash) p.attr('stroke-dasharray', l.dash);
  }
  return { g, x, yCount, yShare, left, top, pw, ph: y2top + ph2 };
}

let clipSeq = 0;

function drawCursor(geom: TimeGeometry, v: TimeView): void {
  drawTimeCursor(geom, v, (ms) => formatDateTime(ms, v.input.timeZone, true));
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const g = input.ghost;
  const s = r.summary;
  return {
    subtitle: ui().sentences([
      tr('chart.orgCurve.subtitle', {
        crashed: formatCount(s.crashed), fleet: formatCount(s.fleet), share: formatPercent(s.fleet > 0 ? s.crashed / s.fleet : 0), peak: formatCount(s.peakDown),
        back: s.hoursTo['90'] === null ? tr('chart.orgCurve.backNever') : tr('chart.orgCurve.backHours', { hours: String(Math.round(s.hoursTo['90'])) }), name: r.name,
      }),
      ...(g ? [tr('chart.orgCurve.subtitleGhost')] : []),
    ]),
    source: tr('chart.orgCurve.source'),
    note: tr('chart.orgCurve.note', { zone: zoneLabel(input.timeZone, r.publishAtMs) }),
  };
}

function tableIndices(r: RunView): number[] {
  const out: number[] = [];
  for (let t = 0; t <= r.endMinutes; t += t < 360 ? 30 : t < 2880 ? 120 : 360) {
    const i = bisectLeft(r.binEdges, t) - 1;
    if (i >= 0 && i < r.nBins) out.push(i);
  }
  return out;
}

function table(input: ChartInput): TableData {
  const r = input.runs[0]!;
  const tz = input.timeZone;
  const ls = lines(input);
  return {
    columns: [tr('chart.orgCurve.table.time', { zone: zoneLabel(tz, r.publishAtMs) }), tr('chart.orgCurve.table.after'),
      ...ls.map((l) => (l.axis === 'share' ? tr('chart.orgCurve.table.share', { label: l.label }) : l.label))],
    rows: tableIndices(r).map((i) => {
      const ms = r.series.timeMs[i]!;
      return [formatDateTime(ms, tz, true), formatOffset((ms - r.publishAtMs) / MINUTE), ...ls.map((l) => {
        const j = l.run === r ? i : Math.max(0, Math.min(l.run.nBins - 1, bisectLeft(l.run.binEdges, r.binEdges[i + 1]!) - 1));
        const val = l.values[j]!;
        return l.axis === 'share' ? Number((val * 100).toFixed(1)) : Math.round(val);
      })];
    }),
  };
}

export function createOrgCurveChart(): Chart {
  return createTimeChart({
    id: 'org-curve',
    title: TITLE,
    zooms: () => [['d2', tr('chart.timeline.zoom.d2')], ['w1', tr('chart.orgSpread.zoom.w1')], ['all', tr('chart.timeline.zoom.whole')]],
    defaultZoom: 'w1',
    domain,
    switches: [],
    legend,
    lines: (v) => lines(v.input),
    draw,
    drawCursor,
    plotHeight: (w) => (w < 520 ? 380 : Math.round(Math.min(480, Math.max(380, w * 0.42)))),
    sandwichText,
    table,
  });
}
