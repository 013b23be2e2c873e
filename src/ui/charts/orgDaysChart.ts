// Your organisation, day by day: for each UTC day from the push, the flights it cancelled (an
// airline) and the money it lost. Input: runs[0] is the organisation's run.
import { scaleLinear } from 'd3-scale';
import { orgDays, type OrgDay } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, valueBar, waitingLayout, WAITING } from './barParts.js';
import { dayText } from './flightsChart.js';
import { formatCount, formatInt, formatPercent, formatUSD } from './format.js';
import type { LegendItem } from './legend.js';
import { OKABE_ITO } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type Panel, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { tr } from '../pageLocale.js';

const TITLE = () => tr('chart.orgDays.title');
const FLIGHTS = OKABE_ITO.blue;
const MONEY = OKABE_ITO.vermillion;

const flies = (v: { input: ChartInput }) => (v.input.runs[0]?.services?.flights.scheduledPerDay ?? 0) > 0;
const headings = (air: boolean) => [...(air ? [tr('chart.orgDays.heading.flights')] : []), tr('chart.orgDays.heading.money')];
const daysOf = (input: ChartInput) => (input.runs[0] ? orgDays(input.runs[0]) : []);

function layoutFor(width: number, rows: readonly OrgDay[], air: boolean): RowLayout {
  return rowLayout(width, rows.map((d) => dayText(d.date)), air ? [0.5, 0.5] : [1], headings(air));
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: OrgDay[] } {
  if (!v.run.services) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  const rows = daysOf(v.input);
  const air = flies(v);
  const layout = layoutFor(width, rows, air);
  const g = root.append('g');
  drawHeadings(g, layout, headings(air));
  const pMoney = layout.panels[air ? 1 : 0]!;
  const pFlights: Panel | null = air ? layout.panels[0]! : null;
  const xm = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r.lossUSD)) * 1.05]).range([0, pMoney.w * 0.8]).nice();
  const xf = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r.flightsCancelled)) * 1.05]).range([0, (pFlights?.w ?? 0) * 0.75]).nice();
  panelAxis(g, layout, pMoney, xm, rows.length, (d) => formatUSD(d));
  if (pFlights) panelAxis(g, layout, pFlights, xf, rows.length, (d) => formatCount(d));
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const rg = g.append('g');
    drawRowLabel(rg, layout, dayText(row.date), y0, barY + barH / 2);
    if (pFlights) {
      const share = row.flightsScheduled > 0 ? row.flightsCancelled / row.flightsScheduled : 0;
      valueBar(rg, pFlights, xf(row.flightsCancelled), barY, barH, FLIGHTS, `${formatInt(row.flightsCancelled)} (${formatPercent(share, 0)})`);
    }
    valueBar(rg, pMoney, xm(row.lossUSD), barY, barH, MONEY, formatUSD(row.lossUSD));
  });
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const im = r.services;
  const days = daysOf(input);
  const f = im?.flights;
  const n = String(days.filter((d) => d.lossUSD >= 1).length);
  const subtitle = !im ? tr('chart.orgDays.subtitleWaiting', { name: r.name })
    : f && f.scheduledPerDay > 0
      ? tr('chart.orgDays.subtitleFlights', { loss: formatUSD(im.lossUSD), cancelled: formatInt(f.cancelled), perDay: formatInt(f.scheduledPerDay), days: n, name: r.name })
      : tr('chart.orgDays.subtitle', { loss: formatUSD(im.lossUSD), days: n, name: r.name });
  return { subtitle, source: tr('chart.orgDays.source'), note: tr('chart.orgDays.note') };
}

const legendItems = (input: ChartInput | null): LegendItem[] => [
  ...(input && flies({ input }) ? [{ key: 'flights', label: tr('chart.orgDays.legend.flights'), color: FLIGHTS, shape: 'bar' as const }] : []),
  { key: 'money', label: tr('chart.orgDays.legend.money'), color: MONEY, shape: 'bar' },
];

export function createOrgDaysChart(): Chart {
  return createRowChart<OrgDay>({
    id: 'org-days',
    title: TITLE,
    rowNoun: 'day',
    followsCursor: false,
    legendItems: (input) => legendItems(input),
    sandwichText,
    draw,
    plotHeight: (width, v) => (v.run.services ? layoutFor(width, daysOf(v.input), flies(v)).height : 36),
    hasData: (input) => Boolean(input.runs[0]?.services),
    readout(row, v) {
      const items: ReadoutRow[] = [];
      if (flies(v)) {
        items.push({ label: tr('chart.orgDays.flights'), value: formatInt(row.flightsCancelled),
          detail: tr('chart.orgDays.ofScheduled', {
            share: formatPercent(row.flightsScheduled > 0 ? row.flightsCancelled / row.flightsScheduled : 0), scheduled: formatInt(row.flightsScheduled),
          }), color: FLIGHTS });
      }
      items.push({ label: tr('chart.orgDays.money'), value: formatUSD(row.lossUSD), color: MONEY });
      return { title: tr('chart.orgDays.readoutTitle', { date: dayText(row.date), year: row.date.slice(0, 4) }), items };
    },
    table(v) {
      const air = flies(v);
      return {
        columns: [tr('chart.flights.table.date'), ...(air ? [tr('chart.flights.table.cancelled'), tr('chart.flights.table.scheduled')] : []), tr('chart.orgDays.table.loss')],
        rows: daysOf(v.input).map((d) => [d.date, ...(air ? [Math.round(d.flightsCancelled), Math.round(d.flightsScheduled)] : []), Math.round(d.lossUSD)]),
      };
    },
  });
}
