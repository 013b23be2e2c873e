// Weighted quantiles and histograms: hospitals and dispatch centres are counted in fractional
// units (a site's devices over the devices per unit), so each value carries a weight.

/** Value below which share q of the total weight lies (nearest rank); null when there is no weight. */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, q: number): number | null {
  const idx = Array.from({ length: values.length }, (_, i) => i).filter((i) => weights[i]! > 0);
  if (idx.length === 0) return null;
  idx.sort((a, b) => values[a]! - values[b]!);
  let total = 0;
  for (const i of idx) total += weights[i]!;
  const target = q * total;
  let acc = 0;
  for (const i of idx) {
    acc += weights[i]!;
    if (acc >= target - 1e-9 * total) return values[i]!;
  }
  return values[idx[idx.length - 1]!]!;
}

export interface HistogramBin {
  fromHours: number;
  /** Upper end (exclusive); null for the open last bin. */
  toHours: number | null;
  units: number;
}

/** Weight of values in each [edges[i], edges[i+1]) bin, the last bin open-ended. */
export function weightedHistogram(values: ArrayLike<number>, weights: ArrayLike<number>, edges: readonly number[]): HistogramBin[] {
  const bins: HistogramBin[] = edges.map((e, i) => ({ fromHours: e, toHours: edges[i + 1] ?? null, units: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(weights[i]! > 0) || v < edges[0]!) continue;
    let b = edges.length - 1;
    while (b > 0 && v < edges[b]!) b--;
    bins[b]!.units += weights[i]!;
  }
  return bins;
}

export interface Quantiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  max: number | null;
}

/** The 10th, 50th and 90th weighted percentiles and the largest value with weight. */
export function quantiles(values: readonly number[], weights: readonly number[]): Quantiles {
  let max: number | null = null;
  values.forEach((v, i) => {
    if (weights[i]! > 0 && (max === null || v > max)) max = v;
  });
  return { p10: weightedQuantile(values, weights, 0.1), p50: weightedQuantile(values, weights, 0.5), p90: weightedQuantile(values, weights, 0.9), max };
}
