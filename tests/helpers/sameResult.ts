import { expect } from 'vitest';
import type { SimResult } from '../../src/engine/index.js';

type View = ArrayLike<number> & { constructor: unknown };

/**
 * Every field equal; typed arrays element by element with Object.is (fast on the large
 * histograms, where toEqual takes seconds), plain objects inside (SimResult.sites) field by field.
 */
export function expectSameFields<T extends object>(a: T, b: T, path = ''): void {
  expect(Object.keys(a).sort(), path || 'keys').toEqual(Object.keys(b).sort());
  for (const k of Object.keys(a) as (keyof T & string)[]) {
    const x = a[k];
    const y = b[k];
    const name = path + k;
    if (ArrayBuffer.isView(x)) {
      const xv = x as unknown as View;
      const z = y as unknown as View;
      expect(ArrayBuffer.isView(y) && z.constructor === xv.constructor, `${name}: same array type`).toBe(true);
      expect(z.length, name).toBe(xv.length);
      let diff = -1;
      for (let i = 0; i < xv.length; i++) {
        if (!Object.is(xv[i], z[i])) {
          diff = i;
          break;
        }
      }
      expect(diff === -1 ? 'equal' : `${name}[${diff}]: ${xv[diff]} vs ${z[diff]}`).toBe('equal');
    } else if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      expectSameFields(x as object, y as object, `${name}.`);
    } else expect(x, name).toEqual(y);
  }
}

export const expectSameResult: (a: SimResult, b: SimResult) => void = expectSameFields;
