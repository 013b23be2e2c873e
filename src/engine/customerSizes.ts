// Customer sizes: a lognormal body with a Pareto tail. Firm sizes are lognormal in the middle
// (Gibrat's law) and follow a power law at the top: US firms by employees are close to Zipf, a
// Pareto shape of about 1.06 (Axtell, "Zipf distribution of U.S. firm sizes", Science 293, 2001).
// A lognormal alone has too thin a top: with 29,000 customers it never reaches Delta's 77,000
// Windows machines in a sector of 870 airline customers.
//
// The distribution, in Windows devices per customer:
// - the smallest (1 - tailShare) of customers: lognormal with log-sd `sigma` and median m;
// - the largest tailShare: Pareto with shape `alpha`, from where the lognormal would have put
//   that quantile (so the density has no gap), truncated at `max` devices.
// The median m is whatever makes the mean equal to the fleet's devices per customer, so every
// parameter keeps its meaning whatever the fleet's size (a reduced-scale run has the same sizes).
//
// A sector's n customers take the mean size of each 1/n slice of the distribution, in a random
// order: the sizes follow the assumed distribution exactly (its largest customer is the mean of
// the top 1/n), and the seed decides who is which size. Independent draws would let the largest
// airline vary by a factor of three from seed to seed (a lognormal with log-sd 1.8 over 870
// airline customers gave 29,000-40,000 devices on seeds 1-3, and a Pareto top far more): noise
// about an input no one has observed, which would dominate the spread between seeds.
import type { Random } from './random.js';

export interface SizeLaw {
  sigma: number;
  tailShare: number;
  alpha: number;
  /** Largest customer, in devices. */
  max: number;
}

// Acklam's coefficients, built once: as literals inside the function they were four new arrays
// per call, tens of megabytes of garbage while a full-scale fleet is built.
const IN_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const IN_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const IN_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const IN_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error below
 * 1.2e-9), for p in (0, 1).
 */
export function inverseNormal(p: number): number {
  const a = IN_A;
  const b = IN_B;
  const c = IN_C;
  const d = IN_D;
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** Standard normal CDF (Zelen & Severo 26.2.17, error below 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) * poly;
  return x >= 0 ? 1 - upper : upper;
}

/** Where the tail starts, relative to a median of 1 (the body's quantile 1 - tailShare). */
function tailStart(law: SizeLaw): number {
  return law.tailShare > 0 ? Math.exp(law.sigma * inverseNormal(1 - law.tailShare)) : Infinity;
}

/** Mean of a Pareto(alpha) from x0, truncated at x1 > x0. */
function truncatedParetoMean(x0: number, x1: number, alpha: number): number {
  const r = x0 / x1;
  const norm = 1 - Math.pow(r, alpha);
  if (Math.abs(alpha - 1) < 1e-9) return (x0 * Math.log(x1 / x0)) / norm;
  return (alpha * x0 * (1 - Math.pow(r, alpha - 1))) / ((alpha - 1) * norm);
}

/** Mean customer size (devices) for a body median `m`. */
function meanFor(law: SizeLaw, m: number): number {
  const s = law.sigma;
  const q = law.tailShare;
  if (q <= 0) return m * Math.exp((s * s) / 2);
  // Body: the lognormal's partial mean below its quantile 1 - q.
  const z = inverseNormal(1 - q);
  const body = m * Math.exp((s * s) / 2) * normalCdf(z - s);
  const x0 = m * tailStart(law);
  if (x0 >= law.max) return body + q * law.max; // a tail squeezed to the cap
  return body + q * truncatedParetoMean(x0, law.max, law.alpha);
}

/**
 * The body's median that gives customers `mean` devices on average. The mean grows with the
 * median, so a bisection on its logarithm finds it; if no median reaches `mean` under the cap
 * (max below the mean), the largest tried is returned and the sizes are scaled up later.
 */
export function bodyMedian(law: SizeLaw, mean: number): number {
  if (law.tailShare <= 0) return mean / Math.exp((law.sigma * law.sigma) / 2);
  let lo = Math.log(1e-9 * mean);
  let hi = Math.log(mean);
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (meanFor(law, Math.exp(mid)) < mean) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}

/** Size at quantile u in (0, 1) for a body median m. */
export function sizeAt(law: SizeLaw, m: number, u: number): number {
  const q = law.tailShare;
  if (q <= 0 || u < 1 - q) return m * Math.exp(law.sigma * inverseNormal(u));
  const x0 = m * tailStart(law);
  if (x0 >= law.max) return law.max;
  const f = (u - (1 - q)) / q; // position within the tail, 0 to 1
  return x0 / Math.pow(1 - f * (1 - Math.pow(x0 / law.max, law.alpha)), 1 / law.alpha);
}

/** Gauss-Legendre nodes and weights on [0, 1], 4 points: exact for cubics. */
const GL_X = [0.0694318442029737, 0.3300094782075719, 0.6699905217924281, 0.9305681557970263];
const GL_W = [0.1739274225687269, 0.3260725774312731, 0.3260725774312731, 0.1739274225687269];

/** Mean size over quantiles [ua, ub] for a body median m. */
export function sliceMean(law: SizeLaw, m: number, ua: number, ub: number): number {
  const split = 1 - law.tailShare;
  if (law.tailShare > 0 && ua < split && ub > split) {
    return (sliceMean(law, m, ua, split) * (split - ua) + sliceMean(law, m, split, ub) * (ub - split)) / (ub - ua);
  }
  if (law.tailShare <= 0 || ub <= split) {
    // Body: the lognormal's quantile function is smooth inside a slice.
    let sum = 0;
    for (let k = 0; k < 4; k++) sum += GL_W[k]! * m * Math.exp(law.sigma * inverseNormal(ua + (ub - ua) * GL_X[k]!));
    return sum;
  }
  // Tail: size(f) = x0 (1 - f K)^(-1/alpha) at position f within it; its integral in closed form.
  const x0 = m * tailStart(law);
  if (x0 >= law.max) return law.max;
  // Positions within the tail, kept within [0, 1] against rounding (1 - 0.98 is not 0.02).
  const fa = Math.min(1, Math.max(0, (ua - split) / law.tailShare));
  const fb = Math.min(1, Math.max(fa, (ub - split) / law.tailShare));
  if (fb <= fa) return sizeAt(law, m, ua);
  const a = law.alpha;
  const K = 1 - Math.pow(x0 / law.max, a);
  const integral = Math.abs(a - 1) < 1e-9
    ? (Math.log(1 - fa * K) - Math.log(1 - fb * K)) / K
    : (Math.pow(1 - fa * K, 1 - 1 / a) - Math.pow(1 - fb * K, 1 - 1 / a)) / (K * (1 - 1 / a));
  return (x0 * integral) / (fb - fa);
}

/**
 * `n` customer sizes (devices, not yet whole) with mean `mean`: customer sizes are the mean of
 * each 1/n slice of the distribution (see above), given to the customers in a random order.
 * Draws n - 1 numbers from `rng`.
 */
export function drawSizes(rng: Random, n: number, law: SizeLaw, mean: number): Float64Array {
  const m = bodyMedian(law, mean);
  const out = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += out[i] = sliceMean(law, m, i / n, (i + 1) / n);
  // Parameters at the edge of their ranges can leave no size at all (a body squeezed to
  // nothing): then customers are equal rather than empty.
  if (!(total > 0) || !Number.isFinite(total)) out.fill(mean);
  // Fisher-Yates: which customer gets which slice.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
