import { expect } from 'vitest';
import type { SimResult } from '../../src/engine/index.js';

/**
 * Every field equal; typed arrays element by element with Object.is (fast on the large
 * histograms, where toEqual takes seconds).
 */
export function expectSameFields<T extends object>(a: T, b: T): void {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const k of Object.keys(a) as (keyof T & string)[]) {
    const x = a[k];
    const y = b[k];
    if (x instanceof Float64Array) {
      expect(y, k).toBeInstanceOf(Float64Array);
      const z = y as Float64Array;
      expect(z.length, k).toBe(x.length);
      const diff = x.findIndex((v, i) => !Object.is(v, z[i]));
      expect(diff === -1 ? 'equal' : `${k}[${diff}]: ${x[diff]} vs ${z[diff]}`).toBe('equal');
    } else expect(x, k).toEqual(y);
  }
}

export const expectSameResult: (a: SimResult, b: SimResult) => void = expectSameFields;
