// Money lost: on top, the total for every modelled customer, the Fortune-500-like subset, and
// Parametrix's $5.4 billion for the US Fortune 500 on one scale; below, one row per sector, its
// loss (left) and the subset's loss there (right) with Parametrix's sector figures where it
// published them. With an ensemble, whiskers show the band over its runs.
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

const TITLE = 'Money lost, by sector, beside the published estimate';
const ALL = OKABE_ITO.vermillion;
const F500 = OKABE_ITO.blue;
const REPORTED = '#b5b5b5';
const HEADINGS = ['Loss, all modelled customers', 'Loss, Fortune-500-like subset ◇ Parametrix'];
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
  const base = rowLayout(width, t.rows.map((r) => r.label), [0.5, 0.5], HEADINGS);
  const shift = totalsHeight(width);
  return { layout: { ...base, top: base.top + shift, height: base.height + shift }, shift };
}

function totalRows(t: MoneyTable): [string, number, string, FigureBand | null][] {
  return [
    ['All modelled customers', t.total.lossUSD, ALL, t.total.band],
    [`Fortune-500-like (${formatInt(t.fortune500.customers)} customers)`, t.fortune500.lossUSD, F500, t.fortune500.band],
    ['Parametrix: US Fortune 500', t.reported.value, REPORTED, null],
  ];
}

function drawTotals(g: G, width: number, labelW: number, t: MoneyTable): void {
  appendLines(g, 'In all', 0, 13, width, { size: 12, fill: INK.text, weight: 600 });
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
  drawHeadings(g, local, HEADINGS);
  panelAxis(g, local, pa, xa, t.rows.length, (d) => formatUSD(d));
  panelAxis(g, local, pb, xb, t.rows.length, (d) => formatUSD(d));
  t.rows.forEach((row, i) => {
    const y0 = local.top + i * local.rowH;
    const barY = y0 + local.barTop + 5;
    const barH = local.rowH - local.barTop - 10;
    const mid = barY + barH / 2;
    const rg = g.append('g');
    drawRowLabel(rg, local, row.label, y0, mid);
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
  const subtitle = t && top
    ? `${formatUSD(t.total.lossUSD)} lost in all${t.total.band ? ` (${bandText(t.total.band)}, ${t.bands!.percentiles[0]}th to ${t.bands!.percentiles[1]}th percentile of ${t.bands!.runs} runs)` : ''}, ` +
      `most in ${top.label.toLowerCase()} (${formatUSD(top.lossUSD)}). The ${formatInt(t.fortune500.customers)} largest North American customers lost ` +
      `${formatUSD(t.fortune500.lossUSD)}, against Parametrix's ${formatUSD(t.reported.value)} for the US Fortune 500. Scenario: ${r.name}.`
    : `Money lost per sector. Scenario: ${r.name}.`;
  return {
    subtitle,
    source: `Simulation (outage impact simulator). ${t?.reported.source ?? 'Parametrix, 24 Jul 2024'}; sector figures: Parametrix, 24 Jul 2024 ` +
      '(healthcare $1.94B, banking $1.15B, airlines $0.86B). Costs per hour: Gartner (2014) and Ponemon, per cancelled flight: Delta\'s SEC filing (Aug 2024).',
    note: 'US dollars, direct loss from stopped service (no insurance, no discounting). The Fortune-500-like subset is the model\'s largest customers ' +
      'based in North America, as many as CrowdStrike\'s Fortune 500 customers (298). Costs per hour are per 1,000 Windows devices, scaled between sectors ' +
      '(docs/MODEL.md, section 6).' + (t?.bands ? ' Whiskers: the band over the ensemble\'s runs.' : ''),
  };
}

function legendItems(input: ChartInput | null): LegendItem[] {
  const t = tableOf(input);
  return [
    { key: 'all', label: 'All modelled customers', color: ALL, shape: 'bar' },
    { key: 'f500', label: 'Fortune-500-like subset', color: F500, shape: 'bar' },
    { key: 'reported', label: 'Parametrix, 24 Jul 2024', color: INK.reference, shape: 'ring' },
    ...(t?.bands ? [{ key: 'band', label: `${t.bands.percentiles[0]}–${t.bands.percentiles[1]}% of ${t.bands.runs} runs`, color: INK.text, shape: 'line' as const }] : []),
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
        { label: 'All modelled customers', value: formatUSD(row.lossUSD), detail: row.band ? bandText(row.band) : undefined, color: ALL },
        { label: 'Fortune-500-like subset', value: formatUSD(row.fortune500USD), detail: `${row.fortune500Customers} customers`, color: F500 },
      ];
      if (row.reported) items.push({ label: 'Parametrix, US Fortune 500', value: formatUSD(row.reported.value), color: INK.reference });
      return { title: row.label, items };
    },
    table(v) {
      const t = tableOf(v.input);
      if (!t) return { columns: [], rows: [] };
      const b = t.bands;
      const band = (x: FigureBand | null): (string | number)[] => (b ? [x?.lo == null ? '–' : Math.round(x.lo), x?.hi == null ? '–' : Math.round(x.hi)] : []);
      return {
        columns: ['Sector', 'Loss (USD)', ...(b ? [`Loss, p${b.percentiles[0]} (USD)`, `Loss, p${b.percentiles[1]} (USD)`] : []),
          'Fortune-500-like subset (USD)', 'Fortune-500-like customers', 'Parametrix, US Fortune 500 (USD)'],
        rows: [
          ...t.rows.map((r) => [r.label, Math.round(r.lossUSD), ...band(r.band), Math.round(r.fortune500USD), r.fortune500Customers, r.reported ? r.reported.value : '–']),
          ['All sectors', Math.round(t.total.lossUSD), ...band(t.total.band), Math.round(t.fortune500.lossUSD), t.fortune500.customers, t.reported.value],
        ],
      };
    },
  });
}
