// Service delivered per sector over time: one row per sector, a strip along the time axis shaded
// by how much of its normal service it delivered (darker: less), and beside it the service-hours
// it lost, counted in its own units (hospital-hours, store-hours). Longest below normal first.
// The playback cursor crosses the strips; the read-out gives the share at that moment.
import { pageLocale, tr } from '../pageLocale.js';
import { sectorLabel, serviceUnit } from './names.js';
import { schemeOranges } from 'd3-scale-chromatic';
import { axisTop } from 'd3-axis';
import { sectorServiceAt, sectorServiceRows, stepsEndMs, type SectorServiceRow } from '../../results/index.js';
import type { ServiceImpact } from '../../services/impact.js';
import type { Chart, ChartInput } from './chart.js';
import { drawAxis, timeScale, timeTickFormat } from './axes.js';
import { waitingLayout, WAITING } from './barParts.js';
import { formatCount, formatDateTime, formatHours, formatInt, formatPercent, formatUSD, zoneLabel } from './format.js';
import type { LegendItem } from './legend.js';
import { INK } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';

const TITLE = () => tr('chart.services.title');
/** Bands of the share of normal service delivered: at or above the first is normal. */
export const SERVICE_LIMITS = [0.995, 0.9, 0.75, 0.5, 0.25] as const;
const LEVEL_COLORS = schemeOranges[6]!.slice(1);
const levelLabels = () => ['90–99.5%', '75–90%', '50–75%', '25–50%', tr('chart.services.level.under25')];
const HOUR = 3_600_000;

const headings = (v: RowView | null) => [
  tr('chart.services.heading.share', { zone: v ? zoneLabel(v.input.timeZone, v.run.publishAtMs) : 'UTC' }),
  tr('chart.services.heading.lost'),
];

const impactOf = (input: ChartInput | null): ServiceImpact | null => input?.runs[0]?.services ?? null;
const rowsOf = (im: ServiceImpact) => sectorServiceRows(im, SERVICE_LIMITS);

function legendItems(cursor: boolean): LegendItem[] {
  return [
    ...levelLabels().map((label, i) => ({ key: `level-${i + 1}`, label, color: LEVEL_COLORS[i]!, shape: 'bar' as const })),
    ...(cursor ? [{ key: 'cursor', label: tr('chart.services.cursor'), color: INK.text, shape: 'line' as const }] : []),
  ];
}

/** The time the strips cover: from the steps' start until six hours after the last sector is normal again (at least a day after publish). */
function timeDomain(im: ServiceImpact, publishAtMs: number, rows: readonly SectorServiceRow[]): [number, number] {
  const end = stepsEndMs(im);
  const lastNormal = Math.max(publishAtMs + 24 * HOUR, ...rows.map((r) => (r.normalAtMs ?? publishAtMs) + 6 * HOUR));
  return [im.timeMs[0]!, Math.min(end, lastNormal)];
}

const hoursText = (r: SectorServiceRow) => tr('chart.services.unitHours', { n: formatCount(r.serviceHoursLost), unit: serviceUnit(r.unit) });

function layoutFor(width: number, rows: readonly SectorServiceRow[], v: RowView): RowLayout {
  return rowLayout(width, rows.map((r) => r.label), [0.74, 0.26], headings(v));
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: SectorServiceRow[] } {
  const im = v.run.services;
  if (!im) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  const rows = rowsOf(im);
  const layout = layoutFor(width, rows, v);
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const tz = v.input.timeZone;
  const [t0, t1] = timeDomain(im, v.run.publishAtMs, rows);
  const x = timeScale(tz).domain([t0, t1]).range([0, pa.w]);
  const g = root.append('g');
  drawHeadings(g, layout, headings(v));
  const minGap = layout.narrow ? 56 : 76;
  const ticks: Date[] = [];
  for (const t of x.ticks(Math.max(2, Math.floor(pa.w / minGap)))) {
    const last = ticks[ticks.length - 1];
    if (!last || x(t) - x(last) >= minGap) ticks.push(t);
  }
  const ga = drawAxis(g, axisTop(x).tickValues(ticks).tickFormat((d) => timeTickFormat(tz, false)(d as Date)).tickSize(4), `translate(${pa.x},${layout.top - 6})`);
  ga.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 && x(ticks[0]!) < 20 ? 'start' : 'middle'));
  const bottom = layout.top + rows.length * layout.rowH;
  for (const t of ticks) g.append('line').attr('x1', pa.x + x(t)).attr('x2', pa.x + x(t)).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.grid);
  const publishX = pa.x + x(v.run.publishAtMs);
  g.append('line').attr('x1', publishX).attr('x2', publishX).attr('y1', layout.top - 2).attr('y2', bottom)
    .attr('stroke', INK.event).attr('stroke-dasharray', '3 3');

  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const mid = barY + barH / 2;
    const rg = g.append('g');
    drawRowLabel(rg, layout, sectorLabel(row), y0, mid);
    rg.append('rect').attr('x', pa.x).attr('y', barY).attr('width', pa.w).attr('height', barH).attr('fill', '#f3f4f5');
    for (const seg of row.segments) {
      if (seg.toMs <= t0 || seg.fromMs >= t1) continue;
      const a = x(Math.max(t0, seg.fromMs));
      const b = x(Math.min(t1, seg.toMs));
      // Half a pixel of overlap so neighbouring segments leave no hairline gap.
      rg.append('rect').attr('x', pa.x + a).attr('y', barY).attr('width', Math.max(0.5, b - a + 0.5)).attr('height', barH)
        .attr('fill', LEVEL_COLORS[seg.level - 1]!);
    }
    const text = hoursText(row);
    const size = textWidth(text, 11) <= pb.w ? 11 : 10;
    rg.append('text').attr('x', pb.x).attr('y', mid).attr('dy', '0.35em').attr('font-size', size).attr('fill', INK.text).text(text);
  });
  if (v.cursorMin !== null) {
    const ms = v.run.publishAtMs + v.cursorMin * 60_000;
    if (ms >= t0 && ms <= t1) {
      const cx = pa.x + x(ms);
      g.append('line').attr('x1', cx).attr('x2', cx).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.text).attr('stroke-width', 1.5);
    }
  }
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  return {
    subtitle: tr('chart.services.subtitle', { scenario: r.name }),
    source: tr('chart.services.source'),
    note: tr('chart.services.note', { zone: zoneLabel(input.timeZone, r.publishAtMs) }),
  };
}

export function createServicesChart(): Chart {
  return createRowChart<SectorServiceRow>({
    id: 'services',
    title: TITLE,
    rowNoun: 'sector',
    legendItems: (_input, cursor) => legendItems(cursor),
    sandwichText,
    draw,
    plotHeight: (width, v) => (v.run.services ? layoutFor(width, rowsOf(v.run.services), v).height : 36),
    hasData: (input) => impactOf(input) !== null,
    readout(row, v) {
      const im = v.run.services!;
      const tz = v.input.timeZone;
      const items: ReadoutRow[] = [];
      if (v.cursorMin !== null) {
        const ms = v.run.publishAtMs + v.cursorMin * 60_000;
        items.push({ label: tr('chart.services.deliveredAt', { time: formatDateTime(ms, tz, true) }), value: formatPercent(sectorServiceAt(im, row.index, ms), 0), color: INK.text });
      }
      items.push(
        { label: tr('chart.services.lowest'), value: formatPercent(row.lowest, 0), detail: row.lowestAtMs === null ? undefined : formatDateTime(row.lowestAtMs, tz, true) },
        { label: tr('chart.services.belowFor'), value: formatHours(row.hoursBelowNormal) },
        {
          label: tr('chart.services.normalAgain'),
          value: row.normalAtMs === null ? tr('chart.services.neverBelow') : row.belowAtEnd ? tr('chart.services.notByEnd') : formatDateTime(row.normalAtMs, tz, true),
        },
        { label: tr('chart.services.lost'), value: hoursText(row) },
        { label: tr('chart.services.money'), value: formatUSD(row.lossUSD) },
        {
          label: pageLocale() === 'ja' ? tr('chart.services.units', { unit: serviceUnit(row.unit) }) : `${row.unit[0]!.toUpperCase()}${row.unit.slice(1)}s`,
          value: formatInt(row.units),
        },
      );
      return { title: sectorLabel(row), items };
    },
    table(v) {
      const im = v.run.services;
      if (!im) return { columns: [], rows: [] };
      const tz = v.input.timeZone;
      const zone = zoneLabel(tz, v.run.publishAtMs);
      const ms = v.cursorMin === null ? null : v.run.publishAtMs + v.cursorMin * 60_000;
      return {
        columns: [
          tr('chart.services.table.sector'), tr('chart.services.table.unit'), tr('chart.services.table.units'), tr('chart.services.table.lost'),
          tr('chart.services.table.lowest'), tr('chart.services.table.lowestAt', { zone }), tr('chart.services.table.hoursBelow'),
          tr('chart.services.table.normalAgain', { zone }), tr('chart.services.table.loss'),
          ...(ms === null ? [] : [tr('chart.services.table.deliveredAt', { time: formatDateTime(ms, tz, true) })]),
        ],
        rows: rowsOf(im).map((r) => [
          sectorLabel(r), serviceUnit(r.unit), Math.round(r.units), Math.round(r.serviceHoursLost), Number((r.lowest * 100).toFixed(1)),
          r.lowestAtMs === null ? '–' : formatDateTime(r.lowestAtMs, tz, true), Number(r.hoursBelowNormal.toFixed(1)),
          r.normalAtMs === null ? tr('chart.services.neverBelow') : r.belowAtEnd ? tr('chart.services.notByEndShort') : formatDateTime(r.normalAtMs, tz, true),
          Math.round(r.lossUSD), ...(ms === null ? [] : [Number((sectorServiceAt(im, r.index, ms) * 100).toFixed(1))]),
        ]),
      };
    },
  });
}
