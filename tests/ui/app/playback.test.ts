import { describe, expect, it } from 'vitest';
import { binIndexAt } from '../../../src/ui/app/playback.js';

describe('binIndexAt', () => {
  const edges = [-60, -59, 0, 1, 10, 20];
  it('finds the bin [edge i, edge i+1) holding t, clamped to the ends', () => {
    expect(binIndexAt(edges, 5, -100)).toBe(0);
    expect(binIndexAt(edges, 5, -60)).toBe(0);
    expect(binIndexAt(edges, 5, -59)).toBe(1);
    expect(binIndexAt(edges, 5, 0.5)).toBe(2);
    expect(binIndexAt(edges, 5, 9.99)).toBe(3);
    expect(binIndexAt(edges, 5, 10)).toBe(4);
    expect(binIndexAt(edges, 5, 999)).toBe(4);
  });
});
