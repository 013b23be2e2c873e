// The figures a reader asks for first, read off a result and its series.
import type { Params, SimResult, Summary } from './types.js';
import { toSeries, type Series } from './series.js';
import { SECTORS } from './types.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Hours from publish until `share` of `total` is reached in a cumulative series, linearly
 * interpolated within the bin; null if never reached.
 */
export function hoursUntil(r: SimResult, cum: ArrayLike<number>, total: number, share: number): number | null {
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

/** Value of a per-bin series at minute t after publish (the bin containing t). */
function valueAt(r: SimResult, col: ArrayLike<number>, t: number): number {
  let i = 0;
  while (i < r.nBins - 1 && r.binEdges[i + 1]! <= t) i++;
  return col[i]!;
}

export function summarize(r: SimResult, params: Params, series: Series = toSeries(r)): Summary {
  let peak = 0;
  let peakAt = 0;
  for (let i = 0; i < r.nBins; i++) {
    if (series.down[i]! > peak) {
      peak = series.down[i]!;
      peakAt = i;
    }
  }
  const checkMin = params.run.checkHours * 60;
  const total = r.crashed;
  const n = r.nBins;
  return {
    fleet: r.fleet,
    exposed: r.exposed,
    crashed: r.crashed,
    peakDown: peak,
    // With nothing down, the peak is "at publish" rather than at the first bin (before it).
    peakDownAt: peak > 0 ? iso(series.timeMs[peakAt]!) : iso(r.publishAtMs),
    hoursTo: {
      '50': hoursUntil(r, series.recovered, total, 0.5),
      '90': hoursUntil(r, series.recovered, total, 0.9),
      '97': hoursUntil(r, series.recovered, total, 0.97),
      '99': hoursUntil(r, series.recovered, total, 0.99),
    },
    deviceHoursLost: r.deviceHoursLost,
    checkAt: iso(r.publishAtMs + checkMin * 60000),
    sensorsOnlineAtCheck: valueAt(r, series.sensorsOnlineShare, checkMin),
    crashedRecoveredAtCheck: valueAt(r, series.crashedRecoveredShare, checkMin),
    stillDownAtEnd: r.stillDown,
    haltAt: r.haltAtMinutes === null ? null : iso(r.publishAtMs + r.haltAtMinutes * 60000),
    bySector: SECTORS.map((sector, s) => {
      let cum = 0;
      const rec = new Float64Array(n);
      for (let b = 0; b < n; b++) rec[b] = cum += r.recoveredBySector[s * n + b]!;
      return {
        sector,
        fleet: r.sectorFleet[s]!,
        crashed: r.sectorCrashed[s]!,
        deviceHoursLost: r.sectorDeviceHours[s]!,
        hoursTo90: hoursUntil(r, rec, r.sectorCrashed[s]!, 0.9),
      };
    }),
  };
}
