import { describe, expect, it } from 'vitest';
import { shareAt, shareLaw } from '../../src/engine/logitNormal.js';

const tableMean = (t: Float64Array) => t.reduce((a, b) => a + b, 0) / t.length;

describe('shareLaw (logit-normal shares)', () => {
  it('shareLaw(mean, 0) gives everyone the mean; so do means of 0 and 1 whatever the spread', () => {
    for (const [m, sd] of [[0.3, 0], [0, 2], [1, 2]] as const) {
      const law = shareLaw(m, sd);
      for (const u of [0, 0.3, 0.999]) expect(shareAt(law, u)).toBe(m);
    }
  });

  it('shareLaw(mean, sd) keeps the mean, its shares rise with u within [0, 1], and a wider spread is more unequal', () => {
    for (const m of [0.05, 0.3, 0.97]) {
      for (const sd of [0.5, 1.5, 4]) {
        const law = shareLaw(m, sd);
        expect(tableMean(law.table)).toBeCloseTo(m, 9);
        let prev = -1;
        for (let u = 0; u < 1; u += 1 / 4096) {
          const x = shareAt(law, u);
          expect(x).toBeGreaterThanOrEqual(prev);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          prev = x;
        }
      }
      expect(shareAt(shareLaw(m, 3), 0.05)).toBeLessThan(shareAt(shareLaw(m, 1), 0.05));
    }
  });

  it('shareLaw(0.97, 1.5): most organisations find almost every key, a few lose many', () => {
    const law = shareLaw(0.97, 1.5);
    expect(shareAt(law, 0.5)).toBeGreaterThan(0.98);
    expect(shareAt(law, 0.01)).toBeLessThan(0.8);
  });
});
