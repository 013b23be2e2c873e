import { describe, expect, it } from 'vitest';
import { classShare } from '../../src/engine/fleet.js';
import { defaultParams } from '../../src/engine/params.js';
import { SECTOR_INFO } from '../../src/engine/sectors.js';
import { CLASSES, SECTORS } from '../../src/engine/types.js';

describe('SECTOR_INFO and the sectors\' parameters', () => {
  it('SECTOR_INFO lists SECTORS in order; each baseline class mix sums to 1; night shares are shares', () => {
    expect(SECTOR_INFO.map((s) => s.id)).toEqual([...SECTORS]);
    const p = defaultParams();
    for (const s of SECTORS) {
      expect(CLASSES.reduce((a, c) => a + classShare(p.fleet, c)[s], 0), s).toBeCloseTo(1, 12);
      expect(p.repair.nightShare[s]).toBeGreaterThan(0);
      expect(p.repair.nightShare[s]).toBeLessThan(1);
    }
  });
});
