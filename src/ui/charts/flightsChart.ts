// Flights cancelled per UTC day: one row per day from the push, bars for each run drawn (the
// compared scenarios side by side, each in its colour), and beside them the share of that day's
// scheduled flights. On 19 July 2024, FlightAware's count of all cancellations worldwide is marked.
import { pageLocale, tr, ui } from '../pageLocale.js';
import { referenceSource } from './names.js';
import { scaleLinear } from 'd3-scale';
import { flightDays, type FlightDays } from '../../results/index.js';
import { REFERENCE } from '../../services/reference.js';
import type { Chart, ChartInput } from './chart.js';
import { panelAxis, referenceMark, valueBar, waitingLayout, WAITING, withBars } from './barParts.js';
import { formatCount, formatInt, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { INK } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { RUN_COLORS } from './timelineChart.js';

const colorOf = (i: number) => RUN_COLORS[i % RUN_COLORS.length]!;

const TITLE = () => tr('chart.flights.title');
const headings = () => [tr('chart.flights.heading.count'), tr('chart.flights.heading.share')];
/** FlightAware's figure is for Friday 19 July 2024 only. */
const REFERENCE_DATE = '2024-07-19';
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface DayRow {
  index: number;
  day: number;
  date: string;
}

/** "Fri 19 Jul". */
export function dayText(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (pageLocale() === 'ja') return ui().dateTime(d.getTime(), { timeZone: 'UTC', style: 'day' });
  return `${WEEKDAY[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH[d.getUTCMonth()]}`;
}

/** Fewer cancellations than this are none. */
const NOTHING = 0.5;

const label = (f: FlightDays, d: DayRow) => (f.shifted ? tr('chart.flights.dayN', { n: String(d.day), date: dayText(d.date) }) : dayText(d.date));
const showReference = (f: FlightDays) => f.days[0]?.date === REFERENCE_DATE;

function legendItems(input: ChartInput | null): LegendItem[] {
  const f = input ? flightDays(input.runs) : null;
  if (!f) return [];
  const items: LegendItem[] = f.runs.length > 1
    ? f.runs.map((r) => ({ key: r.id, label: r.name, color: colorOf(r.colorIndex), shape: 'bar' as const }))
    : [{ key: 'cancelled', label: tr('chart.flights.legend'), color: colorOf(0), shape: 'bar' }];
  if (showReference(f)) items.push({ key: 'reference', label: tr('chart.flights.legendReference'), color: INK.reference, shape: 'ring' });
  return items;
}

function layoutFor(width: number, f: FlightDays): RowLayout {
  const rows = f.days.map((d, index) => ({ index, ...d }));
  return withBars(rowLayout(width, rows.map((d) => label(f, d)), [0.6, 0.4], headings()), rows.length, f.runs.length, f.runs.length > 1 ? 9 : 8);
}

function draw(root: G, width: number, v: RowView): { layout: RowLayout; rows: DayRow[] } {
  const f = flightDays(v.input.runs);
  if (!f) return { layout: waitingLayout(root, width, WAITING()), rows: [] };
  const rows: DayRow[] = f.days.map((d, index) => ({ index, ...d }));
  const layout = layoutFor(width, f);
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const ref = showReference(f) ? REFERENCE.flightsCancelled19Jul.value : 0;
  const maxCount = Math.max(10, ref, ...f.runs.flatMap((r) => r.cancelled));
  const maxShare = Math.max(0.05, ...f.runs.flatMap((r) => r.cancelled.map((c, k) => (r.scheduled[k]! > 0 ? c / r.scheduled[k]! : 0))));
  const xa = scaleLinear().domain([0, maxCount * 1.04]).range([0, pa.w]).nice();
  const xb = scaleLinear().domain([0, Math.min(1, maxShare * 1.04)]).range([0, pb.w]).nice();
  const g = root.append('g');
  drawHeadings(g, layout, headings());
  panelAxis(g, layout, pa, xa, rows.length, (x) => formatCount(x));
  panelAxis(g, layout, pb, xb, rows.length, (x) => `${Math.round(x * 100)}%`);
  const k = f.runs.length;
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const inner = layout.rowH - layout.barTop - 8;
    const bh = Math.max(3, Math.floor(inner / k) - (k > 1 ? 1 : 0));
    const mid = y0 + layout.barTop + 4 + inner / 2;
    const rg = g.append('g');
    drawRowLabel(rg, layout, label(f, row), y0, mid);
    f.runs.forEach((r, j) => {
      const y = y0 + layout.barTop + 4 + j * (bh + (k > 1 ? 1 : 0));
      const color = colorOf(r.colorIndex);
      const c = r.cancelled[i]!;
      const sched = r.scheduled[i]!;
      // Less than half a flight is none (the figures are expectations over customers).
      const share = sched > 0 && c >= NOTHING ? c / sched : 0;
      valueBar(rg, pa, xa(c), y, bh, color, formatInt(c), { bold: j === 0 });
      valueBar(rg, pb, xb(share), y, bh, color, formatPercent(share, 0));
    });
    // On the bars' top edge, clear of the value written inside or beside the bar.
    if (i === 0 && ref > 0) referenceMark(rg, pa.x + xa(ref), y0 + layout.barTop + 4, 4.5);
  });
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const f = flightDays(input.runs);
  const r = input.runs[0]!;
  const main = f?.runs[0];
  const subtitle = !f || !main
    ? tr('chart.flights.subtitleWaiting', { scenario: r.name })
    : f.runs.length > 1
      ? tr('chart.flights.subtitleCompare', {
        n: String(f.runs.length), runs: ui().names(f.runs.map((x) => tr('chart.flights.runTotal', { name: x.name, total: formatInt(x.total) }))),
      })
      : tr('chart.flights.subtitle', { total: formatInt(main.total), knockOn: formatInt(main.knockOn), scenario: r.name });
  const p = r.params.services.airlines;
  const share = main ? formatPercent(main.scheduledPerDay / REFERENCE.worldFlightsPerDay.value, 0) : '';
  return {
    subtitle,
    source: tr('chart.flights.source', {
      a: referenceSource('flightsCancelled19Jul'), b: referenceSource('crowdstrikeCancellations5Days'), c: referenceSource('worldFlightsPerDay'),
    }),
    note: ui().sentences([
      main ? tr('chart.flights.noteScheduled', { perDay: formatInt(main.scheduledPerDay), share }) : '',
      tr(f?.shifted ? 'chart.flights.noteRuleShifted' : 'chart.flights.noteRule', { hours: String(p.maxDelayHours) }),
    ].filter(Boolean)),
  };
}

export function createFlightsChart(): Chart {
  return createRowChart<DayRow>({
    id: 'flights',
    title: TITLE,
    rowNoun: 'day',
    followsCursor: false,
    legendItems: (input) => legendItems(input),
    sandwichText,
    draw,
    plotHeight: (width, v) => {
      const f = flightDays(v.input.runs);
      return f ? layoutFor(width, f).height : 36;
    },
    hasData: (input) => flightDays(input.runs) !== null,
    readout(row, v) {
      const f = flightDays(v.input.runs)!;
      const items: ReadoutRow[] = f.runs.map((r) => {
        const c = r.cancelled[row.index]!;
        const s = r.scheduled[row.index]!;
        return {
          label: f.runs.length > 1 ? r.name : tr('chart.flights.cancelled'), value: formatInt(c),
          detail: tr('chart.flights.ofScheduled', { share: formatPercent(s > 0 ? c / s : 0), scheduled: formatInt(s) }), color: colorOf(r.colorIndex),
        };
      });
      if (row.index === 0 && showReference(f)) {
        items.push({ label: tr('chart.flights.referenceReadout'), value: formatInt(REFERENCE.flightsCancelled19Jul.value), color: INK.reference });
      }
      return { title: tr('chart.flights.readoutTitle', { date: dayText(row.date), year: row.date.slice(0, 4), n: String(row.day) }), items };
    },
    table(v) {
      const f = flightDays(v.input.runs);
      if (!f) return { columns: [], rows: [] };
      return {
        columns: [tr('chart.flights.table.day'), tr('chart.flights.table.date'), ...f.runs.flatMap((r) => {
          const named = (column: string) => (f.runs.length > 1 ? tr('chart.flights.table.run', { name: r.name, column }) : column);
          return [named(tr('chart.flights.table.cancelled')), named(tr('chart.flights.table.scheduled')), named(tr('chart.flights.table.share'))];
        })],
        rows: f.days.map((d, i) => [d.day, d.date, ...f.runs.flatMap((r) => {
          const c = r.cancelled[i]!;
          const s = r.scheduled[i]!;
          return [Math.round(c), Math.round(s), Number((s > 0 ? (c / s) * 100 : 0).toFixed(1))];
        })]),
      };
    },
  });
}
