// What the organisation panel shows about one organisation's run: its figures beside the global
// run's (the same sector's where a figure is counted per sector), its services' output on the
// run's time bins, and its losses and cancellations per UTC day.
import { SECTORS, type Sector, type ServiceId } from '../engine/types.js';
import type { RunView } from './runView.js';
import { stepAt, sumByDay, utcDays } from './serviceSteps.js';

export type OrgFigureKey =
  | 'devices' | 'crashed' | 'crashedShare' | 'peakDown' | 'hoursTo50' | 'hoursTo90' | 'deviceHoursLost'
  | 'serviceHoursLost' | 'flightsCancelled' | 'lossUSD';

export interface OrgFigure {
  key: OrgFigureKey;
  /** The organisation's figure (null: not reached within the run, or not derived yet). */
  org: number | null;
  /** The same figure for the global run: all modelled customers, or its `sector`'s. */
  global: number | null;
  scope: 'all' | 'sector';
}

/** The organisation's figures beside the global run's; flights only for an airline. */
export function orgFigures(org: RunView, sector: Sector, global: RunView | null): OrgFigure[] {
  const s = SECTORS.indexOf(sector);
  const sum = org.summary;
  const g = global?.summary ?? null;
  const out: OrgFigure[] = [
    { key: 'devices', org: sum.fleet, global: g?.fleet ?? null, scope: 'all' },
    { key: 'crashed', org: sum.crashed, global: g?.crashed ?? null, scope: 'all' },
    { key: 'crashedShare', org: sum.fleet > 0 ? sum.crashed / sum.fleet : 0, global: g && g.fleet > 0 ? g.crashed / g.fleet : null, scope: 'all' },
    { key: 'peakDown', org: sum.peakDown, global: g?.peakDown ?? null, scope: 'all' },
    { key: 'hoursTo50', org: sum.hoursTo['50'], global: g ? g.hoursTo['50'] : null, scope: 'all' },
    { key: 'hoursTo90', org: sum.hoursTo['90'], global: g ? g.hoursTo['90'] : null, scope: 'all' },
    { key: 'deviceHoursLost', org: sum.deviceHoursLost, global: g?.deviceHoursLost ?? null, scope: 'all' },
    {
      key: 'serviceHoursLost', org: org.services?.sectors[s]?.serviceHoursLost ?? null,
      global: global?.services?.sectors[s]?.serviceHoursLost ?? null, scope: 'sector',
    },
  ];
  if (sector === 'airlines') {
    out.push({ key: 'flightsCancelled', org: org.services?.flights.cancelled ?? null, global: global?.services?.flights.cancelled ?? null, scope: 'sector' });
  }
  out.push({ key: 'lossUSD', org: org.services?.lossUSD ?? null, global: global?.services?.lossUSD ?? null, scope: 'all' });
  return out;
}

export interface ServiceOutputLine {
  id: ServiceId;
  label: string;
  /** Share of normal output delivered at each bin end of the run (1 = normal). */
  values: Float64Array;
}

/** Each service the run has units of, as a share of normal output on the run's time bins. */
export function serviceOutputLines(r: RunView): ServiceOutputLine[] {
  const im = r.services;
  if (!im) return [];
  const times = r.series.timeMs;
  return im.services.filter((s) => s.units > 0).map((s) => {
    const values = new Float64Array(times.length);
    for (let i = 0; i < times.length; i++) {
      // The step holding the bin's end (the one before it when the end is a step edge).
      const k = stepAt(im, times[i]! - 1);
      values[i] = k < 0 ? 1 : Math.max(0, 1 - s.missing[k]! / s.units);
    }
    return { id: s.id, label: s.label, values };
  });
}

export interface OrgDay {
  date: string;
  flightsCancelled: number;
  flightsScheduled: number;
  lossUSD: number;
}

/** Per UTC day from the push until the day after the last loss or cancellation (at least `minDays`). */
export function orgDays(r: RunView, minDays = 4): OrgDay[] {
  const im = r.services;
  if (!im) return [];
  const days = utcDays(im);
  const n = im.timeMs.length;
  const loss = days.map(() => 0);
  for (let s = 0; s < SECTORS.length; s++) sumByDay(days, im.sectorLoss, s * n).forEach((v, i) => (loss[i]! += v));
  const rows = days.map((d, i): OrgDay => {
    const f = im.flights.byDay.find((x) => x.date === d.date);
    return { date: d.date, flightsCancelled: f?.cancelled ?? 0, flightsScheduled: f?.scheduled ?? 0, lossUSD: loss[i]! };
  });
  let last = -1;
  rows.forEach((x, i) => {
    if (x.lossUSD >= 1 || x.flightsCancelled >= 0.5) last = i;
  });
  return rows.slice(0, Math.min(rows.length, Math.max(minDays, last + 2)));
}
