// Weighted statistics of particle populations: covariance (for the proposal kernel), its
// Cholesky factor, the normal density (the kernel's), and quantiles.

/** Weighted mean and covariance (row-major d x d) of points with weights summing to anything positive. */
export function weightedMoments(points: readonly Float64Array[], weights: readonly number[]): { mean: Float64Array; cov: Float64Array } {
  const d = points[0]!.length;
  const mean = new Float64Array(d);
  const cov = new Float64Array(d * d);
  let wsum = 0;
  for (let i = 0; i < points.length; i++) {
    wsum += weights[i]!;
    for (let a = 0; a < d; a++) mean[a]! += weights[i]! * points[i]![a]!;
  }
  for (let a = 0; a < d; a++) mean[a]! /= wsum;
  for (let i = 0; i < points.length; i++) {
    const w = weights[i]! / wsum;
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) cov[a * d + b]! += w * (points[i]![a]! - mean[a]!) * (points[i]![b]! - mean[b]!);
    }
  }
  return { mean, cov };
}

/** Lower Cholesky factor of a symmetric positive-definite matrix; null if it is not. */
export function cholesky(m: Float64Array, d: number): Float64Array | null {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i * d + j]!;
      for (let k = 0; k < j; k++) s -= l[i * d + k]! * l[j * d + k]!;
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * d + i] = Math.sqrt(s);
      } else l[i * d + j] = s / l[j * d + j]!;
    }
  }
  return l;
}

/** Density of the normal distribution N(mu, L Lᵀ) at x, L lower triangular (a Cholesky factor). */
export function normalDensity(x: Float64Array, mu: Float64Array, l: Float64Array, d: number): number {
  // Solve L z = x - mu by forward substitution; density = exp(-|z|² / 2) / ((2π)^(d/2) det L).
  let q = 0;
  let det = 1;
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = x[i]! - mu[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * z[k]!;
    z[i] = s / l[i * d + i]!;
    q += z[i]! * z[i]!;
    det *= l[i * d + i]!;
  }
  return Math.exp(-0.5 * q) / (Math.pow(2 * Math.PI, d / 2) * det);
}

/** The weighted quantile q of values (linear in cumulative weight between sorted values). */
export function weightedQuantile(values: readonly number[], weights: readonly number[], q: number): number {
  const idx = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const total = weights.reduce((s, w) => s + w, 0);
  let cum = 0;
  let prevV = values[idx[0]!]!;
  let prevC = 0;
  for (const i of idx) {
    // Each value sits at the middle of its weight, so one heavy particle does not own a whole tail.
    const c = (cum + weights[i]! / 2) / total;
    cum += weights[i]!;
    if (c >= q) return c === prevC ? values[i]! : prevV + ((values[i]! - prevV) * (q - prevC)) / (c - prevC);
    prevV = values[i]!;
    prevC = c;
  }
  return prevV;
}
