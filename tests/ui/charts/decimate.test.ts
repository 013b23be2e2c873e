import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimate } from '../../../src/ui/charts/decimate.js';

describe('decimate', () => {
  it('decimate keeps every point when each has its own pixel', () => {
    expect(decimate([0, 1, 2, 3], [5, 1, 4, 2], 0, 3)).toEqual([0, 1, 2, 3]);
  });

  it('decimate keeps first, lowest, highest and last of each pixel column, in order', () => {
    const px = [0, 0.2, 0.4, 0.6, 0.8, 1.1];
    const v = [3, 9, 1, 5, 4, 7];
    expect(decimate(px, v, 0, 5)).toEqual([0, 1, 2, 4, 5]);
  });

  it('decimate respects the index range and returns nothing for an empty one', () => {
    expect(decimate([0, 1, 2, 3], [0, 0, 0, 0], 1, 2)).toEqual([1, 2]);
    expect(decimate([0, 1], [0, 0], 1, 0)).toEqual([]);
  });

  it('decimate keeps at most 4 points per pixel and never loses an extreme', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (v, perPx) => {
        const px = v.map((_, i) => i / perPx);
        const idx = decimate(px, v, 0, v.length - 1);
        expect(idx.length).toBeLessThanOrEqual(4 * Math.ceil(v.length / perPx));
        expect([...idx].sort((a, b) => a - b)).toEqual(idx);
        const kept = idx.map((i) => v[i]!);
        expect(Math.max(...kept)).toBe(Math.max(...v));
        expect(Math.min(...kept)).toBe(Math.min(...v));
        expect(idx[0]).toBe(0);
        expect(idx[idx.length - 1]).toBe(v.length - 1);
      }),
      { seed: 19072024, numRuns: 100 },
    );
  });
});
