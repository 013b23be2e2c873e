// Which bin holds minute t, and values read at a time: the one place that knows that series
// rows are bin ends and bins are [edge i, edge i + 1). Everything that reads a series at a
// time (summary, charts, playback, exports, calibration) goes through here.
import type { SimResult } from '../engine/types.js';

type Binned = Pick<SimResult, 'binEdges' | 'nBins'>;

/** Index of the bin holding minute t after publish, clamped to the first and last bin. */
export function binAt(r: Binned, t: number): number {
  const e = r.binEdges;
  let lo = 0;
  let hi = r.nBins - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (e[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * State of a per-bin column at minute t after publish. Rows hold the state at each bin's end, so
 * inside a bin the value moves linearly from the previous row to this one: at the publish time
 * it is the state just before the first crash, not after the first minute's crashes. Before the
 * first bin's end and after the last, the nearest row.
 */
export function valueAt(r: Binned, col: ArrayLike<number>, t: number): number {
  const i = binAt(r, t);
  const a = r.binEdges[i]!;
  const b = r.binEdges[i + 1]!;
  if (i === 0 || t >= b) return col[i]!;
  const prev = col[i - 1]!;
  return prev + (col[i]! - prev) * (Math.max(0, t - a) / (b - a));
}

/** Minutes after publish at which the run ends (the last bin's end). */
export const endMinutes = (r: Binned): number => r.binEdges[r.nBins]!;

/**
 * Hours from publish until `share` of `total` is reached in a cumulative column, linearly
 * interpolated within the bin; null if never reached or when total is 0.
 */
export function hoursUntil(r: Binned, cum: ArrayLike<number>, total: number, share: number): number | null {
  if (total <= 0) return null; // nothing crashed: there is no recovery to time
  const target = share * total;
  let prev = 0;
  for (let i = 0; i < r.nBins; i++) {
    const v = cum[i]!;
    if (v >= target) {
      const a = r.binEdges[i]!;
      const b = r.binEdges[i + 1]!;
      const f = v > prev ? (target - prev) / (v - prev) : 1;
      return (a + (b - a) * f) / 60;
    }
    prev = v;
  }
  return null;
}
