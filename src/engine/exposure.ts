// When does a device of one class in one region take the bad file, if the file is on offer
// from minute a to minute b? A device already on at a picks it up at its next poll (uniform
// over one poll interval); a device that switches on later picks it up a couple of minutes
// after it connects. The result is a distribution: the chance of exposure within [a, b) and
// a quantile table to draw the exposure time from one uniform number.
import { onShare, type OnCurve } from './availability.js';
import type { LocalClock } from './clock.js';

/** Points of each window's CDF table: time is resolved to the window's length over GRID. */
export const GRID = 512;
export const QUANTILES = 1024;

export interface ExposureDist {
  a: number;
  b: number;
  /** Chance of exposure within the window. */
  p: number;
  /** CDF on GRID+1 points spread evenly over [a, b]. */
  cdf: Float64Array;
  /** Exposure time at QUANTILES+1 evenly spaced shares of p. */
  quantile: Float64Array;
}

export const NO_EXPOSURE: ExposureDist = {
  a: 0, b: 0, p: 0, cdf: new Float64Array(GRID + 1), quantile: new Float64Array(QUANTILES + 1),
};

/**
 * `curve`: the class's on-share over the day; `connectMinutes`: how long after switching on a
 * device takes the content (push.connectMinutes).
 */
export function exposureDist(curve: OnCurve, clock: LocalClock, a: number, b: number, pollMinutes: number, connectMinutes: number): ExposureDist {
  if (!(b > a)) return NO_EXPOSURE;
  const on = (t: number) => onShare(curve, clock.hour(t), clock.isWeekend(t));
  const pA = on(a);
  const dt = (b - a) / GRID;
  const cdf = new Float64Array(GRID + 1);
  // Share of the devices off at a that have switched on by t: the running maximum of the
  // rise in the on-share (devices switching off again later were already counted as on).
  let turnedOn = 0;
  for (let i = 0; i <= GRID; i++) {
    const t = a + i * dt;
    const tc = t - connectMinutes;
    if (tc > a && pA < 1) turnedOn = Math.max(turnedOn, Math.min(1, (on(tc) - pA) / (1 - pA)));
    const polled = Math.min(1, (t - a) / pollMinutes);
    cdf[i] = pA * polled + (1 - pA) * turnedOn;
  }
  const p = cdf[GRID]!;
  const quantile = new Float64Array(QUANTILES + 1);
  let j = 0;
  for (let q = 0; q <= QUANTILES; q++) {
    const target = (q / QUANTILES) * p;
    while (j < GRID && cdf[j + 1]! < target) j++;
    const c0 = cdf[j]!;
    const c1 = j < GRID ? cdf[j + 1]! : c0;
    const f = c1 > c0 ? Math.min(1, Math.max(0, (target - c0) / (c1 - c0))) : 0;
    quantile[q] = a + (j + f) * dt;
  }
  return { a, b, p, cdf, quantile };
}

/** Exposure time for a uniform v in [0, 1) (a share of the exposed). */
export function drawExposure(d: ExposureDist, v: number): number {
  const x = v * QUANTILES;
  const i = Math.floor(x);
  const q0 = d.quantile[i]!;
  return q0 + (d.quantile[i + 1]! - q0) * (x - i);
}

/** Chance of having been exposed by minute t (for the expected crash curve). */
export function cdfAt(d: ExposureDist, t: number): number {
  if (d.p === 0 || t <= d.a) return 0;
  if (t >= d.b) return d.p;
  const x = ((t - d.a) / (d.b - d.a)) * GRID;
  const i = Math.floor(x);
  const c0 = d.cdf[i]!;
  return c0 + (d.cdf[i + 1]! - c0) * (x - i);
}
