import { describe, expect, it } from 'vitest';
import { binAt, endMinutes, valueAt } from '../../src/results/index.js';

describe('binAt', () => {
  const r = { binEdges: Float64Array.from([-60, -59, 0, 1, 10, 20]), nBins: 5 };
  it('finds the bin [edge i, edge i+1) holding t, clamped to the ends', () => {
    expect(binAt(r, -100)).toBe(0);
    expect(binAt(r, -60)).toBe(0);
    expect(binAt(r, -59)).toBe(1);
    expect(binAt(r, 0.5)).toBe(2);
    expect(binAt(r, 9.99)).toBe(3);
    expect(binAt(r, 10)).toBe(4);
    expect(binAt(r, 999)).toBe(4);
  });
  it('valueAt reads the state at a time: rows are bin ends, interpolated inside a bin; endMinutes is the last edge', () => {
    const col = [1, 2, 3, 4, 5];
    expect(valueAt(r, col, 0)).toBe(2); // the publish time is the end of the bin before it
    expect(valueAt(r, col, 0.5)).toBe(2.5);
    expect(valueAt(r, col, 10)).toBe(4);
    expect(valueAt(r, col, 15)).toBe(4.5);
    expect(valueAt(r, col, 20)).toBe(5);
    expect(valueAt(r, col, 999)).toBe(5);
    expect(valueAt(r, col, -100)).toBe(1);
    expect(endMinutes(r)).toBe(20);
  });
});
