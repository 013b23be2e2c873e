// How unequal organisations' recoveries were: the share of affected organisations (those with a
// crashed Windows device) that had every one of them back, against time after publish. One run:
// one line per size band and the overall line. Scenarios compared: each run's overall line in its
// colour. Draws RunView.orgSpread (src/results/orgSpread.ts); a run drawn before its per-site
// table is in (the baseline built into the page, a preview) says it is still counting.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { ORG_SIZE_BANDS, orgShareAt, orgSpreadHours, type OrgSizeBand, type OrgSpread, type OrgSpreadGroup, type RunView } from '../../results/index.js';
import { tr, ui } from '../pageLocale.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { drawAxis, timeScale } from './axes.js';
import { runLinePath } from './runLine.js';
import { formatInt, formatOffset, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';
import { drawTimeCursor } from './timeCursor.js';
import { createTimeChart, type G, type TimeGeometry, type TimeLine, type TimeView } from './timeChart.js';
import { runColor } from './timelineChart.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LABEL = 11;
const GHOST = '#a3a3a3';
/** Smallest to largest: light to strong, all told apart without colour vision (Okabe & Ito). */
const BAND_COLORS: Readonly<Record<OrgSizeBand, string>> = {
  under100: OKABE_ITO.skyBlue,
  from100: OKABE_ITO.bluishGreen,
  from1000: OKABE_ITO.orange,
  from10000: OKABE_ITO.reddishPurple,
};

const TITLE = () => tr('chart.orgSpread.title');
const isCompare = (input: ChartInput) => input.runs.length > 1;
const bandLabel = (band: OrgSizeBand) => tr(`chart.orgSpread.band.${band}`);
const withN = (label: string, g: OrgSpreadGroup) => tr('chart.orgSpread.withN', { label, n: formatInt(g.affected) });
const percent = (v: number) => formatPercent(v, 0);

function domain(r: RunView, zoom: string): [number, number] {
  const start = r.publishAtMs;
  const end = r.publishAtMs + r.endMinutes * MINUTE;
  if (zoom === 'd2') return [start, Math.min(end, start + 2 * DAY)];
  if (zoom === 'w1') return [start, Math.min(end, start + 7 * DAY)];
  return [start, end];
}

function groupLine(key: string, legendKey: string, run: RunView, label: string, color: string, width: number, g: OrgSpreadGroup, dash?: string): TimeLine {
  return {
    key, legendKey, run, axis: 'share', label, color, width, values: g.share, format: percent, inReadout: true, ...(dash ? { dash } : {}),
    detail: (v) => tr('chart.orgSpread.readout.ofN', { back: formatInt(Math.round(v * g.affected)), n: formatInt(g.affected) }),
  };
}

/** The lines drawn, back to front. */
function lines(input: ChartInput): TimeLine[] {
  const out: TimeLine[] = [];
  const ghost = input.ghost?.orgSpread ? input.ghost : null;
  if (ghost) out.push(groupLine('ghost', 'ghost', ghost, ghost.name, GHOST, 1.5, ghost.orgSpread!.all, '5 3'));
  if (isCompare(input)) {
    input.runs.forEach((r, i) => {
      if (r.orgSpread) out.push(groupLine(`${r.id}:all`, r.id, r, r.name, runColor(r, i), 2.5, r.orgSpread.all));
    });
    return out;
  }
  const r = input.runs[0]!;
  const s = r.orgSpread;
  if (!s) return out;
  for (const g of s.bySize) {
    if (g.affected > 0) out.push(groupLine(g.band, g.band, r, bandLabel(g.band), BAND_COLORS[g.band], 2, g));
  }
  out.push(groupLine('all', 'all', r, tr('chart.orgSpread.all'), INK.text, 3, s.all));
  return out;
}

function legend(input: ChartInput): LegendItem[] {
  const ls = lines(input);
  // The overall line first in the legend, then the bands smallest first, the ghost last.
  const order = (l: TimeLine) => (l.legendKey === 'all' ? -1 : l.legendKey === 'ghost' ? 99 : ORG_SIZE_BANDS.findIndex((b) => b.id === l.legendKey));
  const items = isCompare(input) ? ls : [...ls].sort((a, b) => order(a) - order(b));
  return items.map((l) => {
    const g = groupOf(l);
    const label = l.legendKey === 'ghost' ? tr('chart.timeline.legend.ghost', { name: l.label }) : l.label;
    return { key: l.legendKey, label: g ? withN(label, g) : label, color: l.color, ...(l.dash ? { dash: l.dash } : {}) };
  });
}

/** The group a line draws (to say how many organisations it counts). */
function groupOf(l: TimeLine): OrgSpreadGroup | null {
  const s = l.run.orgSpread;
  if (!s) return null;
  if (l.legendKey === 'all' || l.legendKey === 'ghost' || l.key.endsWith(':all')) return s.all;
  return s.bySize.find((g) => g.band === l.legendKey) ?? null;
}

/** Tick times: whole days (every 1, 2 or 7 of them, as room allows), or every 6 or 12 hours over the first two days. */
function ticks(t0: number, t1: number, pw: number): number[] {
  const span = t1 - t0;
  const want = Math.max(2, Math.floor(pw / 40));
  const steps = span <= 2 * DAY ? [6 * HOUR, 12 * HOUR, DAY] : [DAY, 2 * DAY, 7 * DAY];
  const step = steps.find((s) => span / s <= want) ?? steps[steps.length - 1]!;
  const out: number[] = [];
  for (let t = t0; t <= t1 + 1; t += step) out.push(t);
  return out;
}

function draw(root: G, width: number, height: number, v: TimeView): TimeGeometry {
  const r = v.run;
  const narrow = width < 520;
  const [t0, t1] = domain(r, v.zoom);
  const inHours = t1 - t0 <= 2 * DAY;
  const left = narrow ? 40 : 48;
  const right = narrow ? 10 : 16;
  const top = 22;
  const bottom = 42;
  const pw = Math.max(50, width - left - right);
  const ph = Math.max(120, height - top - bottom);
  const x = timeScale('UTC').domain([t0, t1]).range([0, pw]);
  const y = scaleLinear().domain([0, 1]).range([ph, 0]);
  const g = root.append('g').attr('transform', `translate(${left},${top})`);
  const shareTicks = ph < 160 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  g.append('g').selectAll('line').data(shareTicks).join('line')
    .attr('x1', 0).attr('x2', pw).attr('y1', (d) => y(d)).attr('y2', (d) => y(d)).attr('stroke', INK.grid);
  drawAxis(g, axisLeft(y).tickValues(shareTicks).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(0).tickPadding(6), 'translate(0,0)');
  const tv = ticks(t0, t1, pw);
  const tickText = (ms: number) => String(Math.round((ms - r.publishAtMs) / (inHours ? HOUR : DAY)));
  drawAxis(g, axisBottom(x).tickValues(tv.map((t) => new Date(t))).tickFormat((d) => tickText(+d)).tickSizeOuter(0), `translate(0,${ph})`, true);
  g.append('text').attr('x', -left).attr('y', -9).attr('font-size', LABEL).attr('font-weight', 600).attr('fill', INK.text)
    .text(tr('chart.orgSpread.axis.share'));
  g.append('text').attr('x', pw).attr('y', ph + 34).attr('text-anchor', 'end').attr('font-size', LABEL).attr('fill', INK.muted)
    .text(tr(inHours ? 'chart.orgSpread.axis.hours' : 'chart.orgSpread.axis.days'));
  const all = lines(v.input).filter((l) => !v.hidden.has(l.legendKey));
  if (all.length === 0) {
    const text = tr('chart.orgSpread.counting');
    const w = textWidth(text, 13);
    g.append('text').attr('x', Math.max(0, (pw - w) / 2)).attr('y', ph / 2).attr('font-size', 13).attr('fill', INK.muted).text(text);
  }
  const clipId = `org-spread-clip-${++clipSeq}`;
  g.append('clipPath').attr('id', clipId).append('rect').attr('x', 0).attr('y', -3).attr('width', pw).attr('height', ph + 6);
  const marks = g.append('g').attr('clip-path', `url(#${clipId})`);
  for (const l of all) {
    // Runs published at another time are drawn from their own publish time.
    const d = runLinePath(l.run.series.timeMs, l.values, x, y, r.publishAtMs - l.run.publishAtMs, t0, t1);
    const p = marks.append('path').attr('class', 'org-spread-line').attr('data-line', l.key).attr('d', d)
      .attr('fill', 'none').attr('stroke', l.color).attr('stroke-width', l.width).attr('stroke-linejoin', 'round');
    if (l.dash) p.attr('stroke-dasharray', l.dash);
  }
  return { g, x, yCount: y, yShare: y, left, top, pw, ph };
}

let clipSeq = 0;

function drawCursor(geom: TimeGeometry, v: TimeView): void {
  drawTimeCursor(geom, v, () => formatOffset(v.cursorMin!));
}

/** What the lines say, in figures read off the run: one day and one week after publish. */
function finding(s: OrgSpread, r: RunView): string {
  if (s.all.affected === 0) return tr('chart.orgSpread.noneAffected');
  const at = (g: OrgSpreadGroup, days: number) => percent(orgShareAt(g, r, days * 24));
  const small = s.bySize[0]!;
  const large = s.bySize[s.bySize.length - 1]!;
  const day1 = small.affected > 0 && large.affected > 0
    ? tr('chart.orgSpread.day1Bands', { all: at(s.all, 1), small: at(small, 1), large: at(large, 1) })
    : tr('chart.orgSpread.day1', { all: at(s.all, 1) });
  if (r.endMinutes < 7 * 1440) return day1;
  const week = large.affected > 0
    ? tr('chart.orgSpread.week1Large', { all: at(s.all, 7), large: at(large, 7) })
    : tr('chart.orgSpread.week1', { all: at(s.all, 7) });
  return tr('chart.orgSpread.finding', { day1, week });
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const subtitle = isCompare(input)
    ? tr('chart.orgSpread.subtitleCompare', { n: String(input.runs.length), names: ui().names(input.runs.map((x) => x.name)) })
    : r.orgSpread ? tr('chart.orgSpread.subtitle', { n: formatInt(r.orgSpread.all.affected), finding: finding(r.orgSpread, r), scenario: r.name })
      : tr('chart.orgSpread.subtitleCounting', { scenario: r.name });
  return { subtitle, source: tr('chart.orgSpread.source'), note: tr('chart.orgSpread.note') };
}

/** The table: each line read at the hours files and the command line use. */
function table(input: ChartInput): TableData {
  const r = input.runs[0]!;
  const ls = lines(input).filter((l) => l.legendKey !== 'ghost');
  if (ls.length === 0) return { columns: [], rows: [] };
  const order = legend(input).filter((l) => l.key !== 'ghost');
  return {
    columns: [tr('chart.orgSpread.table.after'), ...order.map((l) => tr('chart.orgSpread.table.share', { label: l.label }))],
    rows: orgSpreadHours(r.endMinutes).map((h) => [
      formatOffset(h * 60),
      ...order.map((item) => {
        const l = ls.find((x) => x.legendKey === item.key)!;
        return Number((orgShareAt(groupOf(l)!, l.run, h) * 100).toFixed(1));
      }),
    ]),
  };
}

export function createOrgSpreadChart(): Chart {
  return createTimeChart({
    id: 'org-spread',
    title: TITLE,
    zooms: (input) => {
      const run = input?.runs[0];
      const days = run ? Math.round((run.endMinutes / 1440) * 10) / 10 : null;
      return [['d2', tr('chart.timeline.zoom.d2')], ['w1', tr('chart.orgSpread.zoom.w1')],
        ['all', days ? tr('chart.timeline.zoom.allDays', { days: ui().number(days, 1) }) : tr('chart.timeline.zoom.whole')]];
    },
    defaultZoom: 'all',
    domain,
    switches: [],
    legend,
    lines: (v) => lines(v.input),
    draw,
    drawCursor,
    plotHeight: (w) => (w < 520 ? 300 : Math.round(Math.min(400, Math.max(320, w * 0.36)))),
    sandwichText,
    table,
    // The baseline built into the page and a preview have no per-site table: nothing to export yet.
    hasData: (input) => Boolean(input.runs[0]?.orgSpread),
  });
}
