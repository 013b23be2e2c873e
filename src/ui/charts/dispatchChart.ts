// Emergency dispatch centres by region: how many could not take calls (left, as a share of the
// region's centres), and the centre-hours their call-taking was impaired, the part unable to
// take calls at all darker (right). Regions in order of UTC offset, like the region chart.
import { tr } from '../pageLocale.js';
import { cityLabel, referenceSource, regionLabel } from './names.js';
import { scaleLinear } from 'd3-scale';
import { dispatchRows, type DispatchRow } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, valueBar, waitingLayout, WAITING } from './barParts.js';
import { formatCount, formatHours, formatInt, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { MEASURE_COLOR, OKABE_ITO } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';

const TITLE = () => tr('chart.dispatch.title');
const headings = () => [tr('chart.dispatch.heading.unable'), tr('chart.dispatch.heading.impaired')];
const UNABLE = MEASURE_COLOR.down;
const IMPAIRED = OKABE_ITO.orange;

const rowsOf = (input: ChartInput | null) => (input?.runs[0]?.services ? dispatchRows(input.runs[0].services) : null);

function layoutFor(width: number, rows: readonly DispatchRow[]): RowLayout {
  return rowLayout(width, rows.map((r) => regionLabel(r)), [0.45, 0.55], headings());
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: DispatchRow[] } {
  const rows = rowsOf(v.input);
  if (!rows) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  if (rows.length === 0) return { layout: waitingLayout(root, width, tr('chart.dispatch.none')), rows: [] };
  const layout = layoutFor(width, rows);
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const xa = scaleLinear().domain([0, 1]).range([0, pa.w * 0.78]);
  const xb = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r.centreHoursImpaired)) * 1.05]).range([0, pb.w * 0.7]).nice();
  const g = root.append('g');
  drawHeadings(g, layout, headings());
  panelAxis(g, layout, pa, xa, rows.length, (d) => `${Math.round(d * 100)}%`);
  panelAxis(g, layout, pb, xb, rows.length, (d) => formatCount(d));
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const rg = g.append('g');
    drawRowLabel(rg, layout, layout.narrow ? tr('chart.regions.rowTitle', { region: regionLabel(row), city: cityLabel(row) }) : regionLabel(row), y0, barY + barH / 2);
    valueBar(rg, pa, xa(row.shareUnable), barY, barH, UNABLE, tr('chart.dispatch.ofCentres', { unable: formatCount(row.unable), centres: formatCount(row.centres) }));
    valueBar(rg, pb, xb(row.centreHoursImpaired), barY, barH, IMPAIRED, tr('chart.dispatch.hours', { n: formatCount(row.centreHoursImpaired) }));
    rg.append('rect').attr('x', pb.x).attr('y', barY).attr('width', Math.min(pb.w, xb(row.centreHoursUnable))).attr('height', barH).attr('fill', UNABLE);
  });
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const im = r.services;
  const e = im?.emergency;
  const subtitle = e
    ? tr(e.hours.max === null ? 'chart.dispatch.subtitleNone' : 'chart.dispatch.subtitle', {
      unable: formatInt(e.unable), centres: formatInt(e.centres), share: formatPercent(e.centres > 0 ? e.unable / e.centres : 0, 0),
      max: e.hours.max === null ? '' : formatHours(e.hours.max), manual: formatInt(e.manualHours), scenario: r.name,
    })
    : tr('chart.dispatch.subtitleWaiting', { scenario: r.name });
  return {
    subtitle,
    source: tr('chart.dispatch.source'),
    note: tr('chart.dispatch.note', { reference: referenceSource('usDispatchCentres') }),
  };
}

const legendItems = (): LegendItem[] => [
  { key: 'unable', label: tr('chart.dispatch.legend.unable'), color: UNABLE, shape: 'bar' },
  { key: 'impaired', label: tr('chart.dispatch.legend.impaired'), color: IMPAIRED, shape: 'bar' },
];

export function createDispatchChart(): Chart {
  return createRowChart<DispatchRow>({
    id: 'dispatch',
    title: TITLE,
    rowNoun: 'region',
    followsCursor: false,
    legendItems,
    sandwichText,
    draw,
    plotHeight: (width, v) => {
      const rows = rowsOf(v.input);
      return rows && rows.length ? layoutFor(width, rows).height : 36;
    },
    hasData: (input) => rowsOf(input) !== null,
    readout(row) {
      const items: ReadoutRow[] = [
        { label: tr('chart.dispatch.readout.centres'), value: formatInt(row.centres) },
        { label: tr('chart.dispatch.readout.unable'), value: formatInt(row.unable), detail: formatPercent(row.shareUnable), color: UNABLE },
        { label: tr('chart.dispatch.readout.mean'), value: formatHours(row.meanHoursUnable) },
        { label: tr('chart.dispatch.readout.longest'), value: formatHours(row.maxHoursUnable) },
        { label: tr('chart.dispatch.readout.centreHoursUnable'), value: formatInt(row.centreHoursUnable), color: UNABLE },
        { label: tr('chart.dispatch.readout.centreHoursImpaired'), value: formatInt(row.centreHoursImpaired), color: IMPAIRED },
      ];
      return { title: tr('chart.regions.rowTitle', { region: regionLabel(row), city: cityLabel(row) }), items };
    },
    table(v) {
      const rows = rowsOf(v.input) ?? [];
      return {
        columns: [
          tr('chart.dispatch.table.region'), tr('chart.dispatch.table.city'), tr('chart.dispatch.table.centres'), tr('chart.dispatch.table.unable'),
          tr('chart.dispatch.table.unableShare'), tr('chart.dispatch.table.centreHoursUnable'), tr('chart.dispatch.table.longest'),
          tr('chart.dispatch.table.centreHoursImpaired'),
        ],
        rows: rows.map((r) => [regionLabel(r), cityLabel(r), Number(r.centres.toFixed(1)), Number(r.unable.toFixed(1)), Number((r.shareUnable * 100).toFixed(1)),
          Number(r.centreHoursUnable.toFixed(1)), Number(r.maxHoursUnable.toFixed(1)), Math.round(r.centreHoursImpaired)]),
      };
    },
  });
}
