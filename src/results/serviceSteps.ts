// Reading the service layer's ten-minute steps at a moment, and grouping them by UTC day: the
// one place that knows how a ServiceImpact's columns line up with time. The days are those of
// the flight figures (UTC dates, the first one starting at the hour of the publish time).
import type { ServiceImpact } from '../services/impact.js';

export type Steps = Pick<ServiceImpact, 'timeMs' | 'stepMinutes'>;

const DAY_MS = 86_400_000;

export const stepMsOf = (s: Steps): number => s.stepMinutes * 60_000;

/** Index of the step holding time `ms`: -1 before the first step, the last step after the end. */
export function stepAt(s: Steps, ms: number): number {
  const k = Math.floor((ms - s.timeMs[0]!) / stepMsOf(s));
  if (k < 0) return -1;
  return Math.min(k, s.timeMs.length - 1);
}

/** End of the last step (epoch ms). */
export const stepsEndMs = (s: Steps): number => s.timeMs[s.timeMs.length - 1]! + stepMsOf(s);

export interface StepDay {
  /** UTC date, YYYY-MM-DD. */
  date: string;
  /** Steps [from, to) of the day. */
  from: number;
  to: number;
}

/** The UTC days the steps cover, in order. */
export function utcDays(s: Steps): StepDay[] {
  const out: StepDay[] = [];
  for (let k = 0; k < s.timeMs.length; k++) {
    const date = new Date(Math.floor(s.timeMs[k]! / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    const last = out[out.length - 1];
    if (last && last.date === date) last.to = k + 1;
    else out.push({ date, from: k, to: k + 1 });
  }
  return out;
}

/** Sum of `col[offset + k]` over the steps of each day. */
export function sumByDay(days: readonly StepDay[], col: ArrayLike<number>, offset = 0): number[] {
  return days.map((d) => {
    let acc = 0;
    for (let k = d.from; k < d.to; k++) acc += col[offset + k]!;
    return acc;
  });
}
