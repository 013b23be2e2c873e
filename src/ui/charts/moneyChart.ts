// Money lost: on top, the total for every modelled customer, the Fortune-500-like subset, and
// Parametrix's $5.4 billion for the US Fortune 500 on one scale; below, one row per sector, its
// loss (left) and the subset's loss there (right) with Parametrix's sector figures where it
// published them. With an ensemble, whiskers show the band over its runs.
import { pageLocale, tr, ui } from '../pageLocale.js';
import { referenceSource, sectorLabel } from './names.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { moneyTable, type FigureBand, type MoneyRow, type MoneyTable } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, referenceMark, valueBar, waitingLayout, WAITING } from './barParts.js';
import { formatInt, formatUSD } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type Panel, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { appendLines, textWidth } from './svgText.js';

const TITLE = () => tr('chart.money.title');
const ALL = OKABE_ITO.vermillion;
const F500 = OKABE_ITO.blue;
const REPORTED = '#b5b5b5';
const headings = () => [tr('chart.money.heading.all'), tr('chart.money.heading.f500')];
const TOTAL_ROW = 22;

const tableOf = (input: ChartInput | null): MoneyTable | null => {
  const r = input?.runs[0];
  return r?.services ? moneyTable(r.services, r.bands?.money ?? null) : null;
};

const bandText = (b: FigureBand | null) => (b && b.lo !== null && b.hi !== null ? `${formatUSD(b.lo)}–${formatUSD(b.hi)}` : '');

/** The whisker of a band over a bar. */
function whisker(g: G, p: Panel, x: ScaleLinear<number, number>, b: FigureBand | null, y: number): void {
  if (!b || b.lo === null || b.hi === null) return;
  const a = p.x + Math.min(p.w, x(b.lo));
  const c = p.x + Math.min(p.w, x(b.hi));
  g.append('line').attr('x1', a).attr('x2', c).attr('y1', y).attr('y2', y).attr('stroke', INK.text).attr('stroke-width', 1.25);
  for (const e of [a, c]) g.append('line').attr('x1', e).attr('x2', e).attr('y1', y - 4).attr('y2', y + 4).attr('stroke', INK.text).attr('stroke-width', 1.25);
}

function totalsHeight(width: number): number {
  return 24 + 3 * (width < 560 ? TOTAL_ROW + 8 : TOTAL_ROW) + 14;
}

function layoutFor(width: number, t: MoneyTable): { layout: RowLayout; shift: number } {
  const base = rowLayout(width, t.rows.map((r) => sectorLabel(r)), [0.5, 0.5], headings());
  const shift = totalsHeight(width);
  return { layout: { ...base, top: base.top + shift, height: base.height + shift }, shift };
}

function totalRows(t: MoneyTable): [string, number, string, FigureBand | null][] {
  return [
    [tr('chart.money.total.all'), t.total.lossUSD, ALL, t.total.band],
    [tr('chart.money.total.f500', { count: t.fortune500.customers }), t.fortune500.lossUSD, F500, t.fortune500.band],
    [tr('chart.money.total.reported'), t.reported.value, REPORTED, null],
  ];
}

function drawTotals(g: G, width: number, labelW: number, t: MoneyTable): void {
  appendLines(g, tr('chart.money.inAll'), 0, 13, width, { size: 12, fill: INK.text, weight: 600 });
  const narrow = width < 560;
  const rows = totalRows(t);
  const lw = narrow ? 0 : Math.floor(Math.min(width * 0.45, Math.max(labelW, ...rows.map(([l]) => textWidth(l, 11) + 14))));
  const p: Panel = { x: lw, w: width - lw };
  const max = Math.max(t.total.lossUSD, t.total.band?.hi ?? 0, t.reported.value, t.fortune500.lossUSD) * 1.05;
  const x = scaleLinear().domain([0, max]).range([0, p.w * 0.72]);
  rows.forEach(([label, value, color, band], i) => {
    const y = 24 + i * (narrow ? TOTAL_ROW + 8 : TOTAL_ROW);
    const h = narrow ? 8 : 12;
    const by = narrow ? y + 12 : y + 3;
    if (narrow) g.append('text').attr('x', 0).attr('y', y + 8).attr('font-size', 11).attr('fill', INK.text).text(label);
    else g.append('text').attr('x', lw - 10).attr('y', by + h / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('font-size', 11).attr('fill', INK.text).text(label);
    const text = band ? `${formatUSD(value)} (${bandText(band)})` : formatUSD(value);
    valueBar(g, p, x(value), by, h, color, text, { bold: i < 2 });
    whisker(g, p, x, band, by + h / 2);
  });
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: MoneyRow[] } {
  const t = tableOf(v.input);
  if (!t) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  const { layout, shift } = layoutFor(width, t);
  drawTotals(root.append('g'), width, layout.labelW, t);
  const g = root.append('g').attr('transform', `translate(0,${shift})`);
  const local = { ...layout, top: layout.top - shift };
  const [pa, pb] = layout.panels as [Panel, Panel];
  const maxA = Math.max(1, ...t.rows.map((r) => Math.max(r.lossUSD, r.band?.hi ?? 0)));
  const maxB = Math.max(1, ...t.rows.map((r) => Math.max(r.fortune500USD, r.reported?.value ?? 0)));
  const xa = scaleLinear().domain([0, maxA * 1.05]).range([0, pa.w * 0.78]).nice();
  const xb = scaleLinear().domain([0, maxB * 1.05]).range([0, pb.w * 0.78]).nice();
  drawHeadings(g, local, headings());
  // Japanese money words are long ("10億ドル"): the ticks carry the number, the headings say US dollars.
  const tick = (d: number) => (pageLocale() === 'ja' ? ui().count(d) : formatUSD(d));
  panelAxis(g, local, pa, xa, t.rows.length, tick);
  panelAxis(g, local, pb, xb, t.rows.length, tick);
  t.rows.forEach((row, i) => {
    const y0 = local.top + i * local.rowH;
    const barY = y0 + local.barTop + 5;
    const barH = local.rowH - local.barTop - 10;
    const mid = barY + barH / 2;
    const rg = g.append('g');
    drawRowLabel(rg, local, sectorLabel(row), y0, mid);
    valueBar(rg, pa, xa(row.lossUSD), barY, barH, ALL, formatUSD(row.lossUSD));
    whisker(rg, pa, xa, row.band, mid);
    valueBar(rg, pb, xb(row.fortune500USD), barY, barH, F500, row.fortune500Customers > 0 ? formatUSD(row.fortune500USD) : '');
    if (row.reported) referenceMark(rg, pb.x + xb(row.reported.value), mid);
  });
  return { layout, rows: t.rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const t = tableOf(input);
  const top = t?.rows[0];
  const values = t && top ? {
    total: formatUSD(t.total.lossUSD), top: pageLocale() === 'ja' ? sectorLabel(top) : top.label.toLowerCase(), topLoss: formatUSD(top.lossUSD),
    customers: formatInt(t.fortune500.customers), f500: formatUSD(t.fortune500.lossUSD), reported: formatUSD(t.reported.value), scenario: r.name,
  } : null;
  const subtitle = t && values
    ? t.total.band && t.bands
      ? tr('chart.money.subtitleBand', {
        ...values,
        band: tr('chart.money.bandNote', { band: bandText(t.total.band), lo: String(t.bands.percentiles[0]), hi: String(t.bands.percentiles[1]), count: t.bands.runs }),
      })
      : tr('chart.money.subtitle', values)
    : tr('chart.money.subtitleWaiting', { scenario: r.name });
  return {
    subtitle,
    source: tr('chart.money.source', { reference: referenceSource('fortune500LossUSD') }),
    note: ui().sentences([tr('chart.money.note'), t?.bands ? tr('chart.money.noteBands') : ''].filter(Boolean)),
  };
}

function legendItems(input: ChartInput | null): LegendItem[] {
  const t = tableOf(input);
  return [
    { key: 'all', label: tr('chart.money.legend.all'), color: ALL, shape: 'bar' },
    { key: 'f500', label: tr('chart.money.legend.f500'), color: F500, shape: 'bar' },
    { key: 'reported', label: tr('chart.money.legend.reported'), color: INK.reference, shape: 'ring' },
    ...(t?.bands ? [{ key: 'band', label: tr('chart.money.legend.band', { lo: String(t.bands.percentiles[0]), hi: String(t.bands.percentiles[1]), count: t.bands.runs }), color: INK.text, shape: 'line' as const }] : []),
  ];
}

export function createMoneyChart(): Chart {
  return createRowChart<MoneyRow>({
    id: 'money',
    title: TITLE,
    rowNoun: 'sector',
    followsCursor: false,
    legendItems: (input) => legendItems(input),
    sandwichText,
    draw,
    plotHeight: (width, v) => {
      const t = tableOf(v.input);
      return t ? layoutFor(width, t).layout.height : 36;
    },
    hasData: (input) => tableOf(input) !== null,
    readout(row) {
      const items: ReadoutRow[] = [
        { label: tr('chart.money.legend.all'), value: formatUSD(row.lossUSD), detail: row.band ? bandText(row.band) : undefined, color: ALL },
        {
          label: tr('chart.money.legend.f500'), value: formatUSD(row.fortune500USD),
          detail: tr('chart.money.readout.customers', { count: row.fortune500Customers }), color: F500,
        },
      ];
      if (row.reported) items.push({ label: tr('chart.money.readout.reported'), value: formatUSD(row.reported.value), color: INK.reference });
      return { title: sectorLabel(row), items };
    },
    table(v) {
      const t = tableOf(v.input);
      if (!t) return { columns: [], rows: [] };
      const b = t.bands;
      const band = (x: FigureBand | null): (string | number)[] => (b ? [x?.lo == null ? '–' : Math.round(x.lo), x?.hi == null ? '–' : Math.round(x.hi)] : []);
      return {
        columns: [
          tr('chart.money.table.sector'), tr('chart.money.table.loss'),
          ...(b ? [tr('chart.money.table.lossP', { p: String(b.percentiles[0]) }), tr('chart.money.table.lossP', { p: String(b.percentiles[1]) })] : []),
          tr('chart.money.table.f500'), tr('chart.money.table.f500Customers'), tr('chart.money.table.reported'),
        ],
        rows: [
          ...t.rows.map((r) => [sectorLabel(r), Math.round(r.lossUSD), ...band(r.band), Math.round(r.fortune500USD), r.fortune500Customers, r.reported ? r.reported.value : '–']),
          [tr('chart.money.table.all'), Math.round(t.total.lossUSD), ...band(t.total.band), Math.round(t.fortune500.lossUSD), t.fortune500.customers, t.reported.value],
        ],
      };
    },
  });
}
