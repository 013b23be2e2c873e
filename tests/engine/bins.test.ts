import { describe, expect, it } from 'vitest';
import { BIN_START, COARSE_STEP, FINE_COUNT, FINE_END, binIndex, binOf, makeBins } from '../../src/engine/bins.js';

describe('makeBins', () => {
  it('makeBins(14 days) has 1-minute bins from -60 to 360, then 10-minute bins to the horizon', () => {
    const b = makeBins(14 * 1440);
    expect(b.n).toBe(FINE_COUNT + (14 * 1440 - FINE_END) / COARSE_STEP);
    expect(b.edges.length).toBe(b.n + 1);
    expect(b.edges[0]).toBe(BIN_START);
    expect(b.edges[1]).toBe(BIN_START + 1);
    expect(b.edges[60]).toBe(0);
    expect(b.edges[FINE_COUNT]).toBe(FINE_END);
    expect(b.edges[FINE_COUNT + 1]).toBe(FINE_END + COARSE_STEP);
    expect(b.end).toBe(14 * 1440);
    expect(b.edges[b.n]).toBe(b.end);
    for (let i = 0; i < b.n; i++) expect(b.edges[i + 1]! - b.edges[i]!).toBe(i < FINE_COUNT ? 1 : COARSE_STEP);
  });

  it('makeBins rounds a horizon that is not a whole number of bins up', () => {
    const b = makeBins(1.5 * 1440 + 3);
    expect(b.end).toBeGreaterThanOrEqual(1.5 * 1440 + 3);
    expect(b.end - (1.5 * 1440 + 3)).toBeLessThan(COARSE_STEP);
  });

  it('makeBins with a horizon inside the fine bins keeps the fine bins', () => {
    const b = makeBins(100);
    expect(b.n).toBe(FINE_COUNT);
    expect(b.end).toBe(FINE_END);
  });
});

describe('binOf', () => {
  const b = makeBins(2 * 1440);
  it('binOf maps every edge to the bin it starts', () => {
    for (let i = 0; i < b.n; i++) expect(binOf(b, b.edges[i]!)).toBe(i);
  });
  it('binOf maps points inside a bin to that bin', () => {
    for (let i = 0; i < b.n; i++) {
      const mid = (b.edges[i]! + b.edges[i + 1]!) / 2;
      expect(binOf(b, mid)).toBe(i);
      expect(binOf(b, b.edges[i + 1]! - 1e-9)).toBe(i);
    }
  });
  it('binOf is -1 before the first bin and at or after the end', () => {
    expect(binOf(b, BIN_START - 1e-9)).toBe(-1);
    expect(binOf(b, -1e9)).toBe(-1);
    expect(binOf(b, b.end)).toBe(-1);
    expect(binOf(b, b.end + 5)).toBe(-1);
    expect(binOf(b, Infinity)).toBe(-1);
  });
  it('binOf(0) is the first bin after the publish time', () => {
    expect(binOf(b, 0)).toBe(-BIN_START);
    expect(b.edges[binOf(b, 0)]).toBe(0);
  });
});

describe('binIndex', () => {
  it('binIndex is the fine bin before FINE_END and the coarse bin from it, at and around every edge', () => {
    const b = makeBins(14 * 1440);
    const direct = (t: number) => (t < FINE_END ? Math.floor(t - BIN_START) : FINE_COUNT + Math.floor((t - FINE_END) / COARSE_STEP));
    for (let i = 0; i < b.n; i++) {
      const e = b.edges[i]!;
      for (const t of [e, e + 1e-9, (e + b.edges[i + 1]!) / 2, b.edges[i + 1]! - 1e-9]) {
        expect(binIndex(t), `t = ${t}`).toBe(direct(t));
        expect(binIndex(t)).toBe(i);
      }
    }
  });
});
