import { describe, expect, it } from 'vitest';
import { binomial } from '../../src/engine/binomial.js';
import { Random } from '../../src/engine/random.js';

/** Exact binomial probabilities 0..n (in log space, so large n stays finite). */
function pmf(n: number, p: number): number[] {
  const out: number[] = [];
  let logC = 0; // log C(n, k)
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log((n - k + 1) / k);
    out.push(Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p)));
  }
  return out;
}

/** Pearson's chi-square of `draws` against the exact law, cells pooled to expect at least 5 each. */
function chiSquare(draws: number[], n: number, p: number): { stat: number; df: number } {
  const probs = pmf(n, p);
  const counts = new Array<number>(n + 1).fill(0);
  for (const d of draws) counts[d]!++;
  let stat = 0;
  let cells = 0;
  let e = 0;
  let o = 0;
  for (let k = 0; k <= n; k++) {
    e += probs[k]! * draws.length;
    o += counts[k]!;
    if (e >= 5 || k === n) {
      stat += ((o - e) * (o - e)) / Math.max(e, 1e-12);
      cells++;
      e = 0;
      o = 0;
    }
  }
  return { stat, df: cells - 1 };
}

/** Chi-square critical value at 0.1% (Wilson-Hilferty). */
const critical = (df: number) => df * (1 - 2 / (9 * df) + 3.09 * Math.sqrt(2 / (9 * df))) ** 3;

describe('binomial', () => {
  it('binomial(rng, n, p) follows the exact binomial law, by inversion and by rejection (chi-square at 0.1%)', () => {
    const cases: [number, number][] = [[5, 0.3], [20, 0.2], [30, 0.9], [40, 0.5], [100, 0.3], [1000, 0.58], [137_000, 0.58], [500, 0.02]];
    for (const [n, p] of cases) {
      const rng = new Random(7, `binomial/${n}/${p}`);
      const draws = Array.from({ length: 200_000 }, () => binomial(rng, n, p));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d <= n), `${n}, ${p}: whole numbers in 0..n`).toBe(true);
      const { stat, df } = chiSquare(draws, n, p);
      expect(stat, `n ${n}, p ${p}: chi-square ${stat.toFixed(1)} on ${df} df`).toBeLessThan(critical(df));
    }
  });

  it('binomial gives 0 for n = 0 or p = 0 and n for p = 1, without drawing', () => {
    const rng = new Random(1, 'b');
    const ref = new Random(1, 'b');
    expect([binomial(rng, 0, 0.5), binomial(rng, 10, 0), binomial(rng, 10, 1)]).toEqual([0, 0, 10]);
    expect(rng.next()).toBe(ref.next());
  });

  it('binomial with the same stream gives the same draws', () => {
    const a = new Random(3, 'b');
    const b = new Random(3, 'b');
    const xs = Array.from({ length: 200 }, (_, i) => binomial(a, 10 + i * 37, 0.4));
    expect(Array.from({ length: 200 }, (_, i) => binomial(b, 10 + i * 37, 0.4))).toEqual(xs);
  });
});
