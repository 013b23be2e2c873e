// Binomial draws: how many of n devices an event with chance p hits, from one draw instead of n.
// Exact methods only: inversion by sequential search while the mean is small (numpy's
// "binomial inversion"), otherwise Hörmann's transformed rejection with squeeze, BTRS
// (W. Hörmann, "The generation of binomial random variates", J. Stat. Comput. Simul. 46, 1993;
// the form below follows TensorFlow's random_binomial_op). Both read uniforms from `rng` only,
// so a draw is as deterministic as the stream.
import type { Random } from './random.js';

/** Number of successes in n trials with chance p each. */
export function binomial(rng: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
}

function inversion(rng: Random, n: number, p: number): number {
  const q = 1 - p;
  const qn = Math.exp(n * Math.log(q));
  const np = n * p;
  // Past this bound the accumulated rounding could walk off the end: start again (very rare).
  const bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
  let x = 0;
  let px = qn;
  let u = rng.next();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = rng.next();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** log(k!) minus its Stirling approximation, for the squeeze in btrs. */
function stirlingTail(k: number): number {
  if (k <= 9) return TAIL[k]!;
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}
const TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

function btrs(rng: Random, n: number, p: number): number {
  const q = 1 - p;
  const sd = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * sd;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / q;
  const alpha = (2.83 + 5.1 / b) * sd;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = rng.next() - 0.5;
    let v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k; // inside the squeeze: accepted at once (most draws)
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const upper = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1)))
      + (n + 1) * Math.log((n - m + 1) / (n - k + 1))
      + (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1))
      + stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
    if (v <= upper) return k;
  }
}
