// Repair capacity over time. A site's staff work in their local hours: long days during the
// crisis (weekend or not), which starts when the site is hit and lasts repair.crisisDays days,
// normal days before and after it, fewer people at weekends, a night shift in round-the-clock
// sectors. The curve holds cumulative effective working minutes per person, so a site with S
// people finishes work W (staff-minutes) once the curve has grown by W / S. Vendor tools that
// make each repair quicker raise the curve's slope from their date.
//
// Every region and sector has two curves, one with normal hours throughout and one with crisis
// hours throughout; a site's own curve (SiteCurve) is the normal one up to its crisis, the crisis
// one during it and the normal one after, joined without a jump. That keeps one pair of curves
// per region and sector however the sites' crises fall, and no curve is built per site.
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

/**
 * Share of a site's staff at work at minute t, in a crisis (long days, every day of the week: the
 * weekday does not matter) or not.
 */
export function staffFactor(clock: LocalClock, t: number, w: WorkHours, crisis: boolean): number {
  const r = w.repair;
  const h = clock.hour(t);
  if (crisis) return h >= r.crisisStartHour && h < r.crisisEndHour ? 1 : w.nightShare;
  if (h >= r.workdayStartHour && h < r.workdayEndHour) return clock.isWeekend(t) ? r.weekendFactor : 1;
  return w.nightShare;
}

/**
 * capacityCurve for several sectors of one region at once (they differ only in their night
 * share): the local clock is read once per step instead of once per step and sector.
 */
export function capacityCurves(
  clock: LocalClock, horizon: number, w: Omit<WorkHours, 'nightShare'>, nightShares: readonly number[], crisis: boolean,
): CapacityCurve[] {
  const n = Math.ceil(horizon / CAP_STEP) + 1;
  // Share at work per step, with -1 standing for "the night shift" (the sector's night share).
  const day = new Float64Array(n);
  const eff = new Float64Array(n);
  const night = { ...w, nightShare: -1 };
  for (let i = 0; i < n; i++) {
    const mid = (i + 0.5) * CAP_STEP;
    day[i] = staffFactor(clock, mid, night, crisis);
    eff[i] = mid >= w.speedupFrom ? w.speedup : 1;
  }
  // Sectors with the same night share get the same curve (shared: curves are only read).
  const byNight = new Map<number, CapacityCurve>();
  return nightShares.map((night) => {
    const known = byNight.get(night);
    if (known) return known;
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + (day[i]! < 0 ? night : day[i]!) * eff[i]! * CAP_STEP;
    const curve = curveFrom(cum);
    byNight.set(night, curve);
    return curve;
  });
}

export function capacityCurve(clock: LocalClock, horizon: number, w: WorkHours, crisis = false): CapacityCurve {
  const n = Math.ceil(horizon / CAP_STEP) + 1;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const mid = (i + 0.5) * CAP_STEP;
    const eff = mid >= w.speedupFrom ? w.speedup : 1;
    cum[i + 1] = cum[i]! + staffFactor(clock, mid, w, crisis) * eff * CAP_STEP;
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
 * One site's capacity: its region and sector's normal curve, with the crisis curve in place from
 * grid step `cs` to step `ce`, each piece shifted so the cumulative minutes run on without a jump:
 *   cum(k) = normal(k)                 for k <= cs
 *          = crisis(k) + offC          for cs <= k <= ce
 *          = normal(k) + offN          for k >= ce
 * One object serves every site of a runner (`join` resets it), so nothing is allocated per site.
 */
export class SiteCurve {
  normal: CapacityCurve;
  crisis: CapacityCurve;
  cs = 0;
  ce = 0;
  offC = 0;
  offN = 0;
  last: number;

  constructor(normal: CapacityCurve, crisis: CapacityCurve) {
    this.normal = normal;
    this.crisis = crisis;
    this.last = normal.cum.length - 1;
  }

  /** The curves of a region and sector, with the crisis from minute `from` (rounded up to the grid) for `steps` grid steps. */
  join(normal: CapacityCurve, crisis: CapacityCurve, from: number, steps: number): void {
    this.normal = normal;
    this.crisis = crisis;
    const last = normal.cum.length - 1;
    this.last = last;
    const cs = Math.min(last, Math.max(0, Math.ceil(from / CAP_STEP)));
    const ce = Math.min(last, cs + steps);
    this.cs = cs;
    this.ce = ce;
    this.offC = normal.cum[cs]! - crisis.cum[cs]!;
    this.offN = crisis.cum[ce]! + this.offC - normal.cum[ce]!;
  }

  /** Cumulative minutes per person at grid step k. */
  cumAt(k: number): number {
    if (k <= this.cs) return this.normal.cum[k]!;
    if (k <= this.ce) return this.crisis.cum[k]! + this.offC;
    return this.normal.cum[k]! + this.offN;
  }

  /** Curve value at minute t (t before 0 counts as 0), like capAt. */
  at(t: number): number {
    if (t <= 0) return 0;
    const x = t / CAP_STEP;
    const i = Math.floor(x);
    if (i >= this.last) return this.cumAt(this.last);
    const seg = i < this.cs ? this.normal.cum : i < this.ce ? this.crisis.cum : this.normal.cum;
    const off = i < this.cs ? 0 : i < this.ce ? this.offC : this.offN;
    const c0 = seg[i]!;
    return c0 + off + (seg[i + 1]! - c0) * (x - i);
  }

  /** First minute at which the curve reaches `target`, or Infinity if it never does (like CapWalker.when, from the start). */
  when(target: number): number {
    const last = this.last;
    // The first step i whose next value reaches the target (binary search: the curve never falls).
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumAt(mid + 1) < target) lo = mid + 1;
      else hi = mid;
    }
    const i = lo;
    if (i >= last) return target <= this.cumAt(last) ? last * CAP_STEP : Infinity;
    const d = target - this.cumAt(i);
    const inv = i < this.cs || i >= this.ce ? this.normal.inv : this.crisis.inv;
    return (i + (d > 0 ? d * inv[i]! : 0)) * CAP_STEP;
  }
}

/**
 * The first grid step at or after `idx` when someone is there, for a site in crisis from step
 * `cs` to step `ce`: `normal` and `crisis` are nextOpenIndex tables for normal and crisis hours.
 */
export function nextOpenStep(normal: Int32Array, crisis: Int32Array, idx: number, cs: number, ce: number): number {
  if (idx < cs) {
    const n = normal[idx]!;
    if (n < cs) return n;
    idx = cs;
  }
  if (idx < ce) {
    const n = crisis[idx]!;
    if (n < ce) return n;
    idx = ce;
  }
  return normal[Math.min(idx, normal.length - 1)]!;
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
