// Columns a reader plots: cumulative counts per bin end and the two recovery measures. Sensors
// go offline two ways: with a crashed machine (counted in `down`), and, for agents outside the
// kernel, with a failed agent on a machine that stays up (`agentOnlyDown`, shown apart). Both
// count against "sensors online", CrowdStrike's measure.
import type { SimResult } from '../engine/types.js';

export interface Series {
  /** Bin end times (epoch ms): each row is the state at the end of its bin. */
  timeMs: Float64Array;
  exposed: Float64Array;
  crashed: Float64Array;
  recovered: Float64Array;
  /** Devices down now (crashed and not yet back). */
  down: Float64Array;
  /** Sensors offline now on machines that stayed up: user-mode agents that failed and have not fetched the fix yet. */
  agentOnlyDown: Float64Array;
  /** Windows sensors online compared with before the update: (fleet - down - agentOnlyDown) / fleet. */
  sensorsOnlineShare: Float64Array;
  /** Share of all crashed devices that are back: recovered / total crashed. */
  crashedRecoveredShare: Float64Array;
  /** Down now per group, flattened [group][bin]. */
  downBySector: Float64Array;
  downByRegion: Float64Array;
  downByClass: Float64Array;
}

/** Sums groups of a [group][bin] histogram into one row. */
export function sumGroups(h: Float64Array, nBins: number): Float64Array {
  const out = new Float64Array(nBins);
  for (let g = 0; g * nBins < h.length; g++) for (let b = 0; b < nBins; b++) out[b]! += h[g * nBins + b]!;
  return out;
}

export function cumulative(h: Float64Array): Float64Array {
  const out = new Float64Array(h.length);
  let acc = 0;
  for (let i = 0; i < h.length; i++) out[i] = acc += h[i]!;
  return out;
}

/** Down now per group from per-group crash and recovery histograms. */
function downPerGroup(crashed: Float64Array, recovered: Float64Array, nBins: number): Float64Array {
  const out = new Float64Array(crashed.length);
  for (let g = 0; g * nBins < crashed.length; g++) {
    let down = 0;
    for (let b = 0; b < nBins; b++) {
      const i = g * nBins + b;
      down += crashed[i]! - recovered[i]!;
      out[i] = down;
    }
  }
  return out;
}

export function toSeries(r: SimResult): Series {
  const n = r.nBins;
  const timeMs = new Float64Array(n);
  for (let i = 0; i < n; i++) timeMs[i] = r.publishAtMs + r.binEdges[i + 1]! * 60000;
  const exposed = cumulative(sumGroups(r.exposedByRegion, n));
  const crashed = cumulative(sumGroups(r.crashedBySector, n));
  const recovered = cumulative(sumGroups(r.recoveredBySector, n));
  const down = crashed.map((c, i) => c - recovered[i]!);
  const agentBack = cumulative(sumGroups(r.agentRecoveredByRegion, n));
  const agentOnlyDown = cumulative(sumGroups(r.agentFailedByRegion, n)).map((f, i) => f - agentBack[i]!);
  const total = r.crashed;
  return {
    timeMs, exposed, crashed, recovered, down, agentOnlyDown,
    sensorsOnlineShare: down.map((d, i) => (r.fleet > 0 ? (r.fleet - d - agentOnlyDown[i]!) / r.fleet : 1)),
    crashedRecoveredShare: recovered.map((x) => (total > 0 ? x / total : 1)),
    downBySector: downPerGroup(r.crashedBySector, r.recoveredBySector, n),
    downByRegion: downPerGroup(r.crashedByRegion, r.recoveredByRegion, n),
    downByClass: downPerGroup(r.crashedByClass, r.recoveredByClass, n),
  };
}
