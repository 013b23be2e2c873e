import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { decodeResult, emptySiteTable, encodeResult } from '../../src/results/resultCodec.js';
import { smallParams } from '../helpers/params.js';

describe('resultCodec', () => {
  it('decodeResult(encodeResult(r)) is r, every field, except the per-site table', () => {
    const r = simulate(smallParams(), 4);
    const back = decodeResult(encodeResult(r));
    expect({ ...back, sites: null }).toEqual({ ...r, sites: null });
    for (const [k, v] of Object.entries(r)) {
      if (k === 'sites' || !ArrayBuffer.isView(v)) continue;
      expect((back as unknown as Record<string, unknown>)[k]!.constructor, k).toBe(v.constructor);
    }
    expect(back.sites).toEqual(emptySiteTable());
  });

  it('stores whole-number histograms as 32-bit integers: a fraction of the Float64 size', () => {
    const r = simulate(smallParams(), 4);
    const raw = Object.values(r).reduce((n, v) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
    expect(encodeResult(r).length).toBeLessThan(raw * 0.7);
  });

  it('decodeResult refuses bytes that are not a stored result, with a plain message', () => {
    expect(() => decodeResult(new Uint8Array([1, 2]))).toThrow(/too short/);
    expect(() => decodeResult(new TextEncoder().encode('\u0005\u0000\u0000\u0000{"a":1}'))).toThrow(/not a stored result/);
    const good = encodeResult(simulate(smallParams(), 1));
    expect(() => decodeResult(good.subarray(0, good.length - 100))).toThrow(/runs past the end/);
  });
});
