// Flights cancelled per UTC day, for one run or several side by side. Runs published on another
// day are aligned on their own first day (day 1 is the day of each run's push), so a what-if that
// moves the push still lines up day by day. Days run from the push until the day after the last
// cancellation in any run (at least `minDays`).
import type { RunView } from './runView.js';

const DAY_MS = 86_400_000;

export interface FlightDayRun {
  id: string;
  name: string;
  /** Place among the drawn runs (its colour). */
  colorIndex: number;
  cancelled: number[];
  scheduled: number[];
  total: number;
  knockOn: number;
  scheduledPerDay: number;
}

export interface FlightDays {
  /** Day 1, 2, … with the first run's UTC date for each. */
  days: { day: number; date: string }[];
  runs: FlightDayRun[];
  /** Whether the runs' first days are different dates (the days are then aligned per run). */
  shifted: boolean;
}

/** A cancellation count below this is nothing (a fraction of a flight, from expectations). */
const NOTHING = 0.5;

export function flightDays(runs: readonly RunView[], minDays = 4): FlightDays | null {
  const withFlights = runs.map((r, i) => ({ r, i })).filter((x) => x.r.services);
  const first = withFlights[0];
  if (!first || first.i !== 0) return null;
  let last = -1;
  let available = 0;
  for (const { r } of withFlights) {
    const byDay = r.services!.flights.byDay;
    available = Math.max(available, byDay.length);
    byDay.forEach((d, k) => {
      if (d.cancelled >= NOTHING) last = Math.max(last, k);
    });
  }
  const n = Math.min(available, Math.max(minDays, last + 2));
  const firstDates = withFlights.map(({ r }) => r.services!.flights.byDay[0]?.date ?? '');
  const day0 = Date.parse(`${firstDates[0]}T00:00:00Z`);
  return {
    days: Array.from({ length: n }, (_, k) => ({ day: k + 1, date: new Date(day0 + k * DAY_MS).toISOString().slice(0, 10) })),
    runs: withFlights.map(({ r, i }) => {
      const f = r.services!.flights;
      const at = (k: number, key: 'cancelled' | 'scheduled') => f.byDay[k]?.[key] ?? 0;
      return {
        id: r.id, name: r.name, colorIndex: r.colorIndex ?? i,
        cancelled: Array.from({ length: n }, (_, k) => at(k, 'cancelled')),
        scheduled: Array.from({ length: n }, (_, k) => at(k, 'scheduled')),
        total: f.cancelled, knockOn: f.knockOn, scheduledPerDay: f.scheduledPerDay,
      };
    }),
    shifted: firstDates.some((d) => d !== firstDates[0]),
  };
}
