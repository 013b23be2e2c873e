import { describe, expect, it } from 'vitest';
import { bodyMedian, drawSizes, inverseNormal, normalCdf, sizeAt, sliceMean, type SizeLaw } from '../../src/engine/customerSizes.js';
import { Random } from '../../src/engine/random.js';

const BASELINE: SizeLaw = { sigma: 1.8, tailShare: 0.02, alpha: 1.06, max: 300_000 };
const MEAN = 14_550_000 / 29_000;
const sorted = (a: Float64Array) => Array.from(a).sort((x, y) => x - y);

describe('normal quantile and CDF', () => {
  it('inverseNormal and normalCdf agree with tables and with each other', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 5);
    expect(inverseNormal(1 - 1e-9)).toBeCloseTo(5.997807, 4);
    for (const p of [1e-6, 0.01, 0.2, 0.5, 0.8, 0.99]) expect(normalCdf(inverseNormal(p))).toBeCloseTo(p, 6);
  });
});

describe('customer sizes', () => {
  it('drawSizes(baseline law): the mean is the fleet\'s devices per customer, the median small, the top capped', () => {
    const sizes = drawSizes(new Random(1, 'test'), 29_000, BASELINE, MEAN);
    const s = sorted(sizes);
    expect(s.reduce((a, b) => a + b, 0) / s.length / MEAN).toBeCloseTo(1, 3);
    expect(s[14_500]!).toBeGreaterThan(50);
    expect(s[14_500]!).toBeLessThan(120);
    expect(s[s.length - 1]!).toBeLessThanOrEqual(BASELINE.max);
    // The largest 2% hold about half the fleet, as a power-law top does.
    const top = s.slice(-580).reduce((a, b) => a + b, 0) / s.reduce((a, b) => a + b, 0);
    expect(top).toBeGreaterThan(0.4);
    expect(top).toBeLessThan(0.65);
  });

  it('drawSizes: the same sizes for every seed, in another order (the seed decides who is which size)', () => {
    const a = drawSizes(new Random(1, 'test'), 870, BASELINE, MEAN);
    const b = drawSizes(new Random(2, 'test'), 870, BASELINE, MEAN);
    expect(Array.from(a)).not.toEqual(Array.from(b));
    expect(sorted(a)).toEqual(sorted(b));
  });

  it('drawSizes(baseline law) over 870 airline customers has one of Delta\'s scale (about 77,000 crashed machines) and no second', () => {
    const s = sorted(drawSizes(new Random(1, 'test'), 870, BASELINE, MEAN));
    expect(s[s.length - 1]!).toBeGreaterThan(77_000);
    expect(s[s.length - 2]!).toBeLessThan(77_000);
  });

  it('drawSizes with no tail is the lognormal alone: median mean / exp(sigma^2 / 2)', () => {
    const law = { ...BASELINE, tailShare: 0 };
    expect(bodyMedian(law, 500)).toBeCloseTo(500 / Math.exp(1.62), 9);
    const s = sorted(drawSizes(new Random(3, 'test'), 10_001, law, 500));
    expect(s[5000]! / bodyMedian(law, 500)).toBeCloseTo(1, 2);
  });

  it('sizeAt rises through the body into the tail without a jump, and reaches the cap at the top', () => {
    const m = bodyMedian(BASELINE, MEAN);
    let prev = 0;
    for (let u = 0.001; u < 1; u += 0.001) {
      const x = sizeAt(BASELINE, m, u);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
    }
    const split = 1 - BASELINE.tailShare;
    expect(sizeAt(BASELINE, m, split + 1e-12) / sizeAt(BASELINE, m, split - 1e-12)).toBeCloseTo(1, 6);
    expect(sizeAt(BASELINE, m, 1 - 1e-15)).toBeCloseTo(BASELINE.max, -2);
    // A slice's mean lies between its ends, and the whole range's mean is the mean asked for.
    expect(sliceMean(BASELINE, m, 0.5, 0.6)).toBeGreaterThan(sizeAt(BASELINE, m, 0.5));
    expect(sliceMean(BASELINE, m, 0.5, 0.6)).toBeLessThan(sizeAt(BASELINE, m, 0.6));
  });

  it('drawSizes never gives an empty fleet, even with the body squeezed to nothing', () => {
    const s = drawSizes(new Random(1, 'test'), 50, { sigma: 0, tailShare: 0.5, alpha: 3, max: 100 }, 1000);
    expect(s.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
  });
});
