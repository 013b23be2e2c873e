import { describe, expect, it } from 'vitest';
import { Random } from '../../src/engine/random.js';
import { latinHypercube } from '../../src/ensemble/latinHypercube.js';

describe('latinHypercube', () => {
  it('latinHypercube(10, 3): in every dimension exactly one point in each tenth', () => {
    const pts = latinHypercube(10, 3, new Random(1, 'lhs'));
    expect(pts).toHaveLength(10);
    for (let d = 0; d < 3; d++) {
      const strata = pts.map((p) => Math.floor(p[d]! * 10)).sort((a, b) => a - b);
      expect(strata).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const p of pts) expect(p[d]! >= 0 && p[d]! < 1).toBe(true);
    }
  });

  it('latinHypercube: the same stream gives the same points, another stream others', () => {
    const a = latinHypercube(8, 2, new Random(5, 'lhs'));
    expect(latinHypercube(8, 2, new Random(5, 'lhs'))).toEqual(a);
    expect(latinHypercube(8, 2, new Random(6, 'lhs'))).not.toEqual(a);
  });
});
