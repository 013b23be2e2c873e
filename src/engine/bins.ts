// Time bins for the output series: one minute wide around the push (where the crash curve is
// steep), ten minutes wide afterwards. Edges are minutes after the publish time.

export const BIN_START = -60;
export const FINE_END = 6 * 60;
export const COARSE_STEP = 10;
export const FINE_COUNT = FINE_END - BIN_START;

export interface Bins {
  edges: Float64Array;
  n: number;
  /** End of the last bin: events at or after it are beyond the horizon. */
  end: number;
}

export function makeBins(horizonMinutes: number): Bins {
  const coarse = Math.max(0, Math.ceil((horizonMinutes - FINE_END) / COARSE_STEP));
  const n = FINE_COUNT + coarse;
  const edges = new Float64Array(n + 1);
  for (let i = 0; i <= FINE_COUNT; i++) edges[i] = BIN_START + i;
  for (let j = 1; j <= coarse; j++) edges[FINE_COUNT + j] = FINE_END + j * COARSE_STEP;
  return { edges, n, end: edges[n]! };
}

/**
 * Bin index of minute t, for t inside the bins. Before FINE_END the fine index is the smaller of
 * the two, from it on the coarse one, so no branch is needed (the engine books millions of
 * recoveries that fall on either side at random, where a branch is often mispredicted).
 */
export function binIndex(t: number): number {
  // `| 0` truncates: the floor for the fine index (t - BIN_START >= 0); for the coarse index below
  // FINE_END it rounds up instead, which only makes it larger, and the fine index wins anyway.
  // Integer operations throughout keep this a handful of instructions in the engine's loops.
  return Math.min((t - BIN_START) | 0, FINE_COUNT + (((t - FINE_END) / COARSE_STEP) | 0));
}

/** Bin index of minute t, or -1 outside the bins. */
export function binOf(bins: Bins, t: number): number {
  if (t < BIN_START || t >= bins.end) return -1;
  return binIndex(t);
}
