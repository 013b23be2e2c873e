import { describe, expect, it } from 'vitest';
import { SECTOR_INFO } from '../../src/engine/sectors.js';
import { CLASSES, SECTORS } from '../../src/engine/types.js';

describe('SECTOR_INFO', () => {
  it('SECTOR_INFO lists SECTORS in order; each class mix sums to 1; night shares are shares', () => {
    expect(SECTOR_INFO.map((s) => s.id)).toEqual([...SECTORS]);
    for (const s of SECTOR_INFO) {
      expect(CLASSES.reduce((a, c) => a + s.classMix[c], 0)).toBeCloseTo(1, 12);
      expect(s.nightShare).toBeGreaterThan(0);
      expect(s.nightShare).toBeLessThan(1);
    }
  });
});
