import { describe, expect, it } from 'vitest';
import { cholesky, normalDensity, weightedMoments, weightedQuantile } from '../../src/fit/weighted.js';

describe('weighted statistics', () => {
  it('weightedMoments: weights act as repeated points', () => {
    const { mean, cov } = weightedMoments([Float64Array.of(0, 0), Float64Array.of(2, 4)], [3, 1]);
    expect([...mean]).toEqual([0.5, 1]);
    // Var x = 3/4 * 0.25 + 1/4 * 2.25 = 0.75; cov xy = 1.5; var y = 3.
    expect([...cov]).toEqual([0.75, 1.5, 1.5, 3]);
  });

  it('cholesky: L Lᵀ gives the matrix back; null when not positive definite', () => {
    const m = Float64Array.of(4, 2, 2, 3);
    const l = cholesky(m, 2)!;
    expect([...l].map((x) => +x.toFixed(12))).toEqual([2, 0, 1, +Math.sqrt(2).toFixed(12)]);
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
  });

  it('normalDensity: the standard normal at 0 and 1 in one dimension, and a product of two in two', () => {
    const l1 = Float64Array.of(1);
    expect(normalDensity(Float64Array.of(0), Float64Array.of(0), l1, 1)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 12);
    expect(normalDensity(Float64Array.of(1), Float64Array.of(0), l1, 1)).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 12);
    const l2 = Float64Array.of(2, 0, 0, 0.5);
    const p = normalDensity(Float64Array.of(1, 1), Float64Array.of(0, 0.5), l2, 2);
    const n = (x: number, s: number) => Math.exp(-0.5 * (x / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
    expect(p).toBeCloseTo(n(1, 2) * n(0.5, 0.5), 12);
  });

  it('weightedQuantile: each value sits at the middle of its weight, linear between (equal weights: the median)', () => {
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBe(2);
    // Weights 1, 1, 8 of 10: values at 0.05, 0.15 and 0.6; the median is 0.35/0.45 of the way from 2 to 3.
    expect(weightedQuantile([1, 2, 3], [1, 1, 8], 0.5)).toBeCloseTo(2 + 0.35 / 0.45, 12);
    expect(weightedQuantile([1, 2, 3], [1, 1, 1], 0)).toBe(1);
    expect(weightedQuantile([1, 2, 3], [1, 1, 1], 1)).toBe(3);
    expect(weightedQuantile([1, 3], [1, 1], 0.5)).toBe(2);
  });
});
