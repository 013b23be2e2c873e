// Shares that differ between organisations (or sites): logit-normal, the share whose log-odds
// are normal (Aitchison & Shen, "Logistic-normal distributions", Biometrika 67, 1980). Given its
// mean share and the standard deviation of its log-odds, one uniform number gives one share: a
// fixed number of random draws whatever the parameters, so a change to one share's parameters
// moves no other draw. With sd 0 everyone has the mean; with sd 2 and a mean of 0.97, most have
// 0.99 and more, and a few one half or less.
//
// A share is read from a table of SLICES equal-probability slices, each holding the mean share
// within it: one multiplication and one load per draw (organisations and sites draw hundreds of
// thousands), and the mean of the table is the mean asked for.
import { inverseNormal } from './customerSizes.js';

export interface ShareLaw {
  mean: number;
  sd: number;
  /** Mean share in each of SLICES equal-probability slices, lowest first. */
  table: Float64Array;
}

const SLICES = 1024;
/** Points per slice for its mean. */
const SUB = 8;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** Normal quantiles at the midpoints of SLICES * SUB equal-probability steps, and of COARSE. */
const Z = Float64Array.from({ length: SLICES * SUB }, (_, i) => inverseNormal((i + 0.5) / (SLICES * SUB)));
const COARSE = 256;
const ZC = Float64Array.from({ length: COARSE }, (_, i) => inverseNormal((i + 0.5) / COARSE));

function tableAt(location: number, sd: number): Float64Array {
  const t = new Float64Array(SLICES);
  for (let i = 0; i < SLICES; i++) {
    let s = 0;
    for (let k = 0; k < SUB; k++) s += logistic(location + sd * Z[i * SUB + k]!);
    t[i] = s / SUB;
  }
  return t;
}

const meanOf = (t: Float64Array) => t.reduce((a, b) => a + b, 0) / t.length;

/** The law with this mean share and log-odds sd (its location found by bisection on the mean). */
export function shareLaw(mean: number, sd: number): ShareLaw {
  if (!(sd > 0) || mean <= 0 || mean >= 1) return { mean, sd: 0, table: new Float64Array(SLICES).fill(mean) };
  let lo = -40;
  let hi = 40;
  // The table's mean grows with the location; a coarse table finds it, the full one confirms.
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    let s = 0;
    for (let k = 0; k < COARSE; k++) s += logistic(mid + sd * ZC[k]!);
    if (s / COARSE < mean) lo = mid;
    else hi = mid;
  }
  const table = tableAt((lo + hi) / 2, sd);
  // Scale the small remaining difference away, keeping every share within [0, 1].
  const m = meanOf(table);
  if (m > 0 && m !== mean) {
    const up = mean > m;
    for (let i = 0; i < SLICES; i++) table[i] = up ? 1 - (1 - table[i]!) * ((1 - mean) / (1 - m)) : table[i]! * (mean / m);
  }
  return { mean, sd, table };
}

/** The share at uniform u in [0, 1). */
export function shareAt(law: ShareLaw, u: number): number {
  return law.table[(u * SLICES) | 0]!;
}
