// Hospitals: how many lost their clinical systems, and for how long. One row per band of outage
// hours (under 1 h, 1–4 h, … 4 days or more), the bar the number of hospitals in it; the share
// disrupted, the median and the planned procedures postponed are in the subtitle and the table.
import { tr } from '../pageLocale.js';
import { referenceSource } from './names.js';
import { scaleLinear } from 'd3-scale';
import { hospitalTable, type HospitalRow } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, valueBar, waitingLayout, WAITING } from './barParts.js';
import { formatCount, formatHours, formatInt, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { MEASURE_COLOR } from './palette.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';

const TITLE = () => tr('chart.hospitals.title');
const headings = () => [tr('chart.hospitals.heading')];
const COLOR = MEASURE_COLOR.down;

/** "under 1 h", "4–12 h", "1–2 days", "4 days or more". */
export function hoursBand(from: number, to: number | null): string {
  const t = (h: number) => (h >= 24 && h % 24 === 0 ? `${h / 24}` : `${h}`);
  const unit = (h: number) => (h >= 24 && h % 24 === 0 ? (h === 24 ? tr('chart.hospitals.unit.day') : tr('chart.hospitals.unit.days')) : tr('chart.hospitals.unit.h'));
  if (to === null) return tr('chart.hospitals.band.orMore', { n: t(from), unit: from >= 24 ? tr('chart.hospitals.unit.days') : tr('chart.hospitals.unit.h') });
  if (from === 0) return tr('chart.hospitals.band.under', { n: t(to), unit: unit(to) });
  if (from >= 24 && to % 24 === 0) return tr('chart.hospitals.band.range', { from: t(from), to: t(to), unit: tr('chart.hospitals.unit.days') });
  return tr('chart.hospitals.band.range', { from: String(from), to: String(to), unit: tr('chart.hospitals.unit.h') });
}

/** Hospitals are fractional: below ten, one decimal. */
const units = (x: number) => (x < 10 ? x.toFixed(1) : formatCount(x));

const tableOf = (input: ChartInput | null) => (input?.runs[0]?.services ? hospitalTable(input.runs[0].services) : null);

function layoutFor(width: number, rows: readonly HospitalRow[]): RowLayout {
  return rowLayout(width, rows.map((r) => hoursBand(r.fromHours, r.toHours)), [1], headings());
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: HospitalRow[] } {
  const t = tableOf(v.input);
  if (!v.run.services) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  if (!t) return { layout: waitingLayout(root, width, tr('chart.hospitals.none')), rows: [] };
  const layout = layoutFor(width, t.rows);
  const p = layout.panels[0]!;
  const x = scaleLinear().domain([0, Math.max(1, ...t.rows.map((r) => r.hospitals)) * 1.05]).range([0, p.w * 0.8]).nice();
  const g = root.append('g');
  drawHeadings(g, layout, headings());
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
    ? tr('chart.hospitals.subtitle', {
      disrupted: formatInt(t.disrupted), hospitals: formatInt(t.hospitals), share: formatPercent(t.shareDisrupted, 0),
      p50: q.p50 === null ? '–' : formatHours(q.p50), p90: q.p90 === null ? '–' : formatHours(q.p90),
      postponed: formatInt(t.proceduresPostponed), paper: formatInt(t.hoursOnPaper), scenario: r.name,
    })
    : tr('chart.hospitals.subtitleWaiting', { scenario: r.name });
  return {
    subtitle,
    source: tr('chart.hospitals.source'),
    note: tr('chart.hospitals.note', { reference: referenceSource('usHospitals') }),
  };
}

const legendItems = (): LegendItem[] => [{ key: 'hospitals', label: tr('chart.hospitals.legend'), color: COLOR, shape: 'bar' }];

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
        title: tr('chart.hospitals.readoutTitle', { band: hoursBand(row.fromHours, row.toHours) }),
        items: [
          {
            label: tr('chart.hospitals.readout.hospitals'), value: units(row.hospitals),
            detail: tr('chart.hospitals.readout.ofDisrupted', { share: formatPercent(row.share) }), color: COLOR,
          },
          { label: tr('chart.hospitals.readout.ofAll'), value: formatPercent(t.hospitals > 0 ? row.hospitals / t.hospitals : 0) },
        ],
      };
    },
    table(v) {
      const t = tableOf(v.input);
      if (!t) return { columns: [], rows: [] };
      return {
        columns: [
          tr('chart.hospitals.table.band'), tr('chart.hospitals.table.from'), tr('chart.hospitals.table.to'), tr('chart.hospitals.table.hospitals'),
          tr('chart.hospitals.table.share'),
        ],
        rows: [
          ...t.rows.map((r) => [
            hoursBand(r.fromHours, r.toHours), r.fromHours, r.toHours ?? tr('chart.hospitals.table.open'), Number(r.hospitals.toFixed(1)), Number((r.share * 100).toFixed(1)),
          ]),
          [tr('chart.hospitals.table.all'), 0, tr('chart.hospitals.table.open'), Number(t.disrupted.toFixed(1)), 100],
        ],
      };
    },
  });
}
