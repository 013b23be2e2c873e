// Emergency dispatch centres by region: how many could not take calls (left, as a share of the
// region's centres), and the centre-hours their call-taking was impaired, the part unable to
// take calls at all darker (right). Regions in order of UTC offset, like the region chart.
import { scaleLinear } from 'd3-scale';
import { dispatchRows, type DispatchRow } from '../../results/index.js';
import { REFERENCE } from '../../services/reference.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, valueBar, waitingLayout, WAITING } from './barParts.js';
import { formatCount, formatHours, formatInt, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { MEASURE_COLOR, OKABE_ITO } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';

const TITLE = 'Emergency dispatch centres that could not take calls';
const HEADINGS = ['Centres unable to take calls, share of the region\'s centres', 'Centre-hours with call-taking impaired; darker: unable'];
const UNABLE = MEASURE_COLOR.down;
const IMPAIRED = OKABE_ITO.orange;

const rowsOf = (input: ChartInput | null) => (input?.runs[0]?.services ? dispatchRows(input.runs[0].services) : null);

function layoutFor(width: number, rows: readonly DispatchRow[]): RowLayout {
  return rowLayout(width, rows.map((r) => r.label), [0.45, 0.55], HEADINGS);
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: DispatchRow[] } {
  const rows = rowsOf(v.input);
  if (!rows) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  if (rows.length === 0) return { layout: waitingLayout(root, width, 'This run has no emergency dispatch centres.'), rows: [] };
  const layout = layoutFor(width, rows);
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const xa = scaleLinear().domain([0, 1]).range([0, pa.w * 0.78]);
  const xb = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r.centreHoursImpaired)) * 1.05]).range([0, pb.w * 0.7]).nice();
  const g = root.append('g');
  drawHeadings(g, layout, HEADINGS);
  panelAxis(g, layout, pa, xa, rows.length, (d) => `${Math.round(d * 100)}%`);
  panelAxis(g, layout, pb, xb, rows.length, (d) => formatCount(d));
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const rg = g.append('g');
    drawRowLabel(rg, layout, layout.narrow ? `${row.label} (${row.city})` : row.label, y0, barY + barH / 2);
    valueBar(rg, pa, xa(row.shareUnable), barY, barH, UNABLE, `${formatCount(row.unable)} of ${formatCount(row.centres)}`);
    valueBar(rg, pb, xb(row.centreHoursImpaired), barY, barH, IMPAIRED, `${formatCount(row.centreHoursImpaired)} h`);
    rg.append('rect').attr('x', pb.x).attr('y', barY).attr('width', Math.min(pb.w, xb(row.centreHoursUnable))).attr('height', barH).attr('fill', UNABLE);
  });
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const im = r.services;
  const e = im?.emergency;
  const subtitle = e
    ? `${formatInt(e.unable)} of the ${formatInt(e.centres)} modelled dispatch centres (${formatPercent(e.centres > 0 ? e.unable / e.centres : 0, 0)}) could not take calls, ` +
      `${e.hours.max === null ? 'none of them' : `each for at most ${formatHours(e.hours.max)}`}, until calls were rerouted and dispatch went to paper cards; ` +
      `their call-taking then stayed impaired for ${formatInt(e.manualHours)} centre-hours on manual dispatch. Scenario: ${r.name}.`
    : `Emergency dispatch centres unable to take calls, by region. Scenario: ${r.name}.`;
  return {
    subtitle,
    source: 'Simulation (outage impact simulator). Centres are counted as 60 Windows devices each (services.unitDevices.emergency, an assumption); ' +
      'call-taking needs consoles and dispatch servers; the time to reroute calls is services.calls.fallbackMinutes (docs/MODEL.md, section 6).',
    note: `Impaired: unable to take calls, on manual dispatch or degraded. Centres are fractional and counted on the share of customers that ran them on the crashed machines. ` +
      `For scale: ${REFERENCE.usDispatchCentres.source}.`,
  };
}

const legendItems = (): LegendItem[] => [
  { key: 'unable', label: 'Unable to take calls', color: UNABLE, shape: 'bar' },
  { key: 'impaired', label: 'Call-taking impaired (manual dispatch, degraded)', color: IMPAIRED, shape: 'bar' },
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
        { label: 'Dispatch centres', value: formatInt(row.centres) },
        { label: 'Unable to take calls', value: formatInt(row.unable), detail: formatPercent(row.shareUnable), color: UNABLE },
        { label: 'Hours unable, mean per centre', value: formatHours(row.meanHoursUnable) },
        { label: 'Longest unable', value: formatHours(row.maxHoursUnable) },
        { label: 'Centre-hours unable', value: formatInt(row.centreHoursUnable), color: UNABLE },
        { label: 'Centre-hours impaired', value: formatInt(row.centreHoursImpaired), color: IMPAIRED },
      ];
      return { title: `${row.label} (${row.city})`, items };
    },
    table(v) {
      const rows = rowsOf(v.input) ?? [];
      return {
        columns: ['Region', 'City', 'Dispatch centres', 'Unable to take calls', 'Unable (%)', 'Centre-hours unable', 'Longest unable (h)', 'Centre-hours impaired'],
        rows: rows.map((r) => [r.label, r.city, Number(r.centres.toFixed(1)), Number(r.unable.toFixed(1)), Number((r.shareUnable * 100).toFixed(1)),
          Number(r.centreHoursUnable.toFixed(1)), Number(r.maxHoursUnable.toFixed(1)), Math.round(r.centreHoursImpaired)]),
      };
    },
  });
}
