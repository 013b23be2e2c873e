// Repair capacity over time. A site's staff work in their local hours: long days during the
// first crisis days (weekend or not), normal days after, fewer people at weekends, a night
// shift in round-the-clock sectors. The curve holds cumulative effective working minutes per
// person, so a site with S people finishes work W (staff-minutes) once the curve has grown by
// W / S. Vendor tools that make each repair quicker raise the curve's slope from their date.
import type { LocalClock } from './clock.js';
import type { RepairParams } from './types.js';

export const CAP_STEP = 10;

export interface CapacityCurve {
  /** cum[i]: effective minutes per person from t = 0 to t = i * CAP_STEP. */
  cum: Float64Array;
  /** 1 / (cum[i + 1] - cum[i]), or 0 where the curve is flat: CapWalker multiplies by it. */
  inv: Float64Array;
}

/** A curve from its cumulative values. */
export function curveFrom(cum: Float64Array): CapacityCurve {
  const inv = new Float64Array(cum.length);
  for (let i = 0; i + 1 < cum.length; i++) {
    const d = cum[i + 1]! - cum[i]!;
    inv[i] = d > 0 ? 1 / d : 0;
  }
  return { cum, inv };
}

export interface WorkHours {
  repair: RepairParams;
  nightShare: number;
  /** From this minute, each minute of work does `speedup` minutes' worth. */
  speedupFrom: number;
  speedup: number;
}

/** Share of a site's staff at work at minute t. */
export function staffFactor(clock: LocalClock, t: number, w: WorkHours): number {
  const r = w.repair;
  const h = clock.hour(t);
  if (clock.dayIndex(t) < r.crisisDays) return h >= r.crisisStartHour && h < r.crisisEndHour ? 1 : w.nightShare;
  if (h >= r.workdayStartHour && h < r.workdayEndHour) return clock.isWeekend(t) ? r.weekendFactor : 1;
  return w.nightShare;
}

/**
 * capacityCurve for several sectors of one region at once (they differ only in their night
 * share): the local clock is read once per step instead of once per step and sector.
 */
export function capacityCurves(clock: LocalClock, horizon: number, w: Omit<WorkHours, 'nightShare'>, nightShares: readonly number[]): CapacityCurve[] {
  const n = Math.ceil(horizon / CAP_STEP) + 1;
  // Share at work per step, with -1 standing for "the night shift" (the sector's night share).
  const day = new Float64Array(n);
  const eff = new Float64Array(n);
  const night = { ...w, nightShare: -1 };
  for (let i = 0; i < n; i++) {
    const mid = (i + 0.5) * CAP_STEP;
    day[i] = staffFactor(clock, mid, night);
    eff[i] = mid >= w.speedupFrom ? w.speedup : 1;
  }
  return nightShares.map((night) => {
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + (day[i]! < 0 ? night : day[i]!) * eff[i]! * CAP_STEP;
    return curveFrom(cum);
  });
}

export function capacityCurve(clock: LocalClock, horizon: number, w: WorkHours): CapacityCurve {
  const n = Math.ceil(horizon / CAP_STEP) + 1;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const mid = (i + 0.5) * CAP_STEP;
    const eff = mid >= w.speedupFrom ? w.speedup : 1;
    cum[i + 1] = cum[i]! + staffFactor(clock, mid, w) * eff * CAP_STEP;
  }
  return curveFrom(cum);
}

/** Round-the-clock capacity (cloud operations). */
export function flatCurve(horizon: number): CapacityCurve {
  const n = Math.ceil(horizon / CAP_STEP) + 1;
  return curveFrom(Float64Array.from({ length: n + 1 }, (_, i) => i * CAP_STEP));
}

/** Curve value at minute t (t before 0 counts as 0). */
export function capAt(c: CapacityCurve, t: number): number {
  if (t <= 0) return 0;
  const x = t / CAP_STEP;
  const i = Math.floor(x);
  const cum = c.cum;
  if (i >= cum.length - 1) return cum[cum.length - 1]!;
  const c0 = cum[i]!;
  return c0 + (cum[i + 1]! - c0) * (x - i);
}

/**
 * Walks a curve forward to find when it reaches given values. Targets must not decrease
 * between calls, so each call costs amortised O(1).
 */
export class CapWalker {
  private i = 0;
  constructor(private readonly curve: CapacityCurve) {}
  /** First minute at which the curve reaches `target`, or Infinity if it never does. */
  when(target: number): number {
    const cum = this.curve.cum;
    const last = cum.length - 1;
    let i = this.i;
    while (i < last && cum[i + 1]! < target) i++;
    this.i = i;
    if (i >= last) return target <= cum[last]! ? last * CAP_STEP : Infinity;
    const d = target - cum[i]!;
    return (i + (d > 0 ? d * this.curve.inv[i]! : 0)) * CAP_STEP;
  }
}

/**
 * For each grid step, the first step at or after it when `open` holds (or n when never): lets a
 * crashed desk find the next time someone is there to reboot it, in O(1).
 */
export function nextOpenIndex(n: number, open: (t: number) => boolean): Int32Array {
  const next = new Int32Array(n + 1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = open((i + 0.5) * CAP_STEP) ? i : next[i + 1]!;
  return next;
}
