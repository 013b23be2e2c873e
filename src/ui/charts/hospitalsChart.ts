// Hospitals: how many lost their clinical systems, and for how long. One row per band of outage
// hours (under 1 h, 1–4 h, … 4 days or more), the bar the number of hospitals in it; the share
// disrupted, the median and the planned procedures postponed are in the subtitle and the table.
import { scaleLinear } from 'd3-scale';
import { hospitalTable, type HospitalRow } from '../../results/index.js';
import { REFERENCE } from '../../services/reference.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, valueBar, waitingLayout, WAITING } from './barParts.js';
import { formatCount, formatHours, formatInt, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { MEASURE_COLOR } from './palette.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';

const TITLE = 'Hospitals whose clinical systems went down, and for how long';
const HEADINGS = ['Hospitals, by the hours their clinical systems were impaired (on paper or not at all)'];
const COLOR = MEASURE_COLOR.down;

/** "under 1 h", "4–12 h", "1–2 days", "4 days or more". */
export function hoursBand(from: number, to: number | null): string {
  const t = (h: number) => (h >= 24 && h % 24 === 0 ? `${h / 24}` : `${h}`);
  const unit = (h: number) => (h >= 24 && h % 24 === 0 ? (h === 24 ? 'day' : 'days') : 'h');
  if (to === null) return `${t(from)} ${from >= 24 ? 'days' : 'h'} or more`;
  if (from === 0) return `under ${t(to)} ${unit(to)}`;
  if (from >= 24 && to % 24 === 0) return `${t(from)}–${t(to)} days`;
  return `${from}–${to} h`;
}

/** Hospitals are fractional: below ten, one decimal. */
const units = (x: number) => (x < 10 ? x.toFixed(1) : formatCount(x));

const tableOf = (input: ChartInput | null) => (input?.runs[0]?.services ? hospitalTable(input.runs[0].services) : null);

function layoutFor(width: number, rows: readonly HospitalRow[]): RowLayout {
  return rowLayout(width, rows.map((r) => hoursBand(r.fromHours, r.toHours)), [1], HEADINGS);
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: HospitalRow[] } {
  const t = tableOf(v.input);
  if (!v.run.services) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  if (!t) return { layout: waitingLayout(root, width, 'This run has no hospitals.'), rows: [] };
  const layout = layoutFor(width, t.rows);
  const p = layout.panels[0]!;
  const x = scaleLinear().domain([0, Math.max(1, ...t.rows.map((r) => r.hospitals)) * 1.05]).range([0, p.w * 0.8]).nice();
  const g = root.append('g');
  drawHeadings(g, layout, HEADINGS);
  panelAxis(g, layout, p, x, t.rows.length, (d) => formatCount(d));
  t.rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const rg = g.append('g');
    drawRowLabel(rg, layout, hoursBand(row.fromHours, row.toHours), y0, barY + barH / 2);
    valueBar(rg, p, x(row.hospitals), barY, barH, COLOR, `${units(row.hospitals)} (${formatPercent(row.share, 0)})`);
  });
  return { layout, rows: t.rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const t = tableOf(input);
  const q = t?.outageHours;
  const subtitle = t && q
    ? `${formatInt(t.disrupted)} of the ${formatInt(t.hospitals)} modelled hospitals (${formatPercent(t.shareDisrupted, 0)}) had their clinical systems ` +
      `impaired: half for ${q.p50 === null ? '–' : formatHours(q.p50)} or less, nine in ten for ${q.p90 === null ? '–' : formatHours(q.p90)} or less. ` +
      `${formatInt(t.proceduresPostponed)} planned procedures postponed, ${formatInt(t.hoursOnPaper)} hospital-hours on paper. Scenario: ${r.name}.`
    : `Hospitals whose clinical systems were impaired, by how long. Scenario: ${r.name}.`;
  return {
    subtitle,
    source: 'Simulation (outage impact simulator). Hospitals are counted as 1,000 Windows devices each (services.unitDevices.healthcare, ' +
      'an assumption); clinical systems need their servers and workstations (docs/MODEL.md, section 6).',
    note: `Impaired: clinical systems below normal, on paper downtime procedures or not at all, counted around the clock. ` +
      `Hospitals are fractional (a clinic is part of one) and counted on the share of customers that ran them on the crashed machines. ` +
      `For scale: ${REFERENCE.usHospitals.source}.`,
  };
}

const legendItems = (): LegendItem[] => [{ key: 'hospitals', label: 'Hospitals (share of those disrupted)', color: COLOR, shape: 'bar' }];

export function createHospitalsChart(): Chart {
  return createRowChart<HospitalRow>({
    id: 'hospitals',
    title: TITLE,
    rowNoun: 'band of hours',
    followsCursor: false,
    legendItems,
    sandwichText,
    draw,
    plotHeight: (width, v) => {
      const t = tableOf(v.input);
      return t ? layoutFor(width, t.rows).height : 36;
    },
    hasData: (input) => tableOf(input) !== null,
    readout(row, v) {
      const t = tableOf(v.input)!;
      return {
        title: `Impaired ${hoursBand(row.fromHours, row.toHours)}`,
        items: [
          { label: 'Hospitals', value: units(row.hospitals), detail: `${formatPercent(row.share)} of those disrupted`, color: COLOR },
          { label: 'Of all modelled hospitals', value: formatPercent(t.hospitals > 0 ? row.hospitals / t.hospitals : 0) },
        ],
      };
    },
    table(v) {
      const t = tableOf(v.input);
      if (!t) return { columns: [], rows: [] };
      return {
        columns: ['Hours impaired', 'From (h)', 'To (h)', 'Hospitals', 'Share of disrupted hospitals (%)'],
        rows: [
          ...t.rows.map((r) => [hoursBand(r.fromHours, r.toHours), r.fromHours, r.toHours ?? 'open', Number(r.hospitals.toFixed(1)), Number((r.share * 100).toFixed(1))]),
          ['All disrupted', 0, 'open', Number(t.disrupted.toFixed(1)), 100],
        ],
      };
    },
  });
}
