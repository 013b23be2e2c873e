// The figures a reader asks for first, read off a result and its series.
import type { Params, Sector, SimResult } from '../engine/types.js';
import { SECTORS } from '../engine/types.js';
import { hoursUntil, valueAt } from './bins.js';
import { toSeries, type Series } from './series.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Figures a reader asks for first; derived from a SimResult by `summarize`. */
export interface Summary {
  fleet: number;
  exposed: number;
  crashed: number;
  peakDown: number;
  peakDownAt: string;
  hoursTo: { '50': number | null; '90': number | null; '97': number | null; '99': number | null };
  deviceHoursLost: number;
  checkAt: string;
  sensorsOnlineAtCheck: number;
  crashedRecoveredAtCheck: number;
  stillDownAtEnd: number;
  /** Sensors offline on machines that stayed up (failed user-mode agents): the most at once, and at the check point. */
  agentOnlyDownPeak: number;
  agentOnlyDownAtCheck: number;
  haltAt: string | null;
  bySector: { sector: Sector; fleet: number; crashed: number; deviceHoursLost: number; hoursTo50: number | null; hoursTo90: number | null }[];
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
    agentOnlyDownPeak: series.agentOnlyDown.reduce((m, x) => (x > m ? x : m), 0),
    agentOnlyDownAtCheck: valueAt(r, series.agentOnlyDown, checkMin),
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
        hoursTo50: hoursUntil(r, rec, r.sectorCrashed[s]!, 0.5),
        hoursTo90: hoursUntil(r, rec, r.sectorCrashed[s]!, 0.9),
      };
    }),
  };
}
