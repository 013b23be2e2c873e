// How each calibration measure is read off a result. Values at a time go through the one bin
// lookup (src/results/bins.ts); counts are divided by the run's scale so a reduced-scale run is
// compared with full-fleet figures.
import type { SimResult } from '../engine/types.js';
import { endMinutes, valueAt } from '../results/bins.js';
import type { Series } from '../results/series.js';
import type { MeasureId } from './types.js';

export interface MeasureSpec {
  id: MeasureId;
  label: string;
  unit: 'devices' | 'share';
  /** When it is read: never (a whole-run figure), at an instant, or over a window. */
  reads: 'run' | 'instant' | 'window';
  /**
   * The value. `at` is minutes after publish (instant), `[from, to)` (window) or unused (run);
   * `scale` is the run's share of the full fleet.
   */
  read(r: SimResult, series: Series, at: number | readonly [number, number] | null, scale: number): number;
}

const instant = (at: number | readonly [number, number] | null): number => {
  if (typeof at !== 'number') throw new Error('an instant measure needs a time');
  return at;
};

/** Exposures in bins wholly before `from` or starting at or after `to`. */
function exposuresOutside(r: SimResult, from: number, to: number): number {
  const n = r.nBins;
  let out = 0;
  for (let b = 0; b < n; b++) {
    if (!(r.binEdges[b + 1]! <= from || r.binEdges[b]! >= to)) continue;
    for (let g = b; g < r.exposedByRegion.length; g += n) out += r.exposedByRegion[g]!;
  }
  return out;
}

export const MEASURES: Readonly<Record<MeasureId, MeasureSpec>> = {
  crashed: {
    id: 'crashed', label: 'Crashed devices, whole run', unit: 'devices', reads: 'run',
    read: (r, _s, _at, scale) => r.crashed / scale,
  },
  sensorsOnlineShare: {
    id: 'sensorsOnlineShare', label: 'Windows sensors online, compared with before the update', unit: 'share', reads: 'instant',
    read: (r, s, at) => valueAt(r, s.sensorsOnlineShare, instant(at)),
  },
  crashedRecoveredShare: {
    id: 'crashedRecoveredShare', label: 'Share of crashed devices back', unit: 'share', reads: 'instant',
    read: (r, s, at) => valueAt(r, s.crashedRecoveredShare, instant(at)),
  },
  exposuresOutsideWindow: {
    id: 'exposuresOutsideWindow', label: 'Devices taking the file outside the window', unit: 'devices', reads: 'window',
    read: (r, _s, at, scale) => {
      if (at === null || typeof at === 'number') throw new Error('a window measure needs a window');
      return exposuresOutside(r, at[0], at[1]) / scale;
    },
  },
};

/** Whether minute t falls within the run's bins (a value read there means something). */
export function withinRun(r: SimResult, t: number): boolean {
  return t >= r.binEdges[0]! && t <= endMinutes(r);
}
