import { describe, expect, it } from 'vitest';
import { BootCount, bootsByFormula } from '../../src/engine/bootCount.js';
import { Random } from '../../src/engine/random.js';

const GRID = 2 ** 32;

/** (fetch chance per boot, reboots tried): the defaults' range and the registry's ends. */
const CASES: [number, number][] = [
  [0.15, 15], [0.08, 15], [0.3, 3], [0.5, 1], [0.001, 50], [0.999, 50], [1, 10], [0.05, 50], [0.2, 2],
];

describe('BootCount', () => {
  for (const [fetch, tries] of CASES) {
    const selfChance = 1 - Math.pow(1 - fetch, tries);
    const logMiss = Math.log(1 - Math.min(fetch, 0.999999));
    const count = new BootCount(selfChance, logMiss);
    const formula = (k: number) => bootsByFormula(k / GRID, selfChance, logMiss);

    it(`gives the formula's count around every step (fetch ${fetch}, ${tries} tries)`, () => {
      // Where the count should step up from b boots: u = (1 - miss^b) / selfChance, found here
      // without the table; every grid point near it must agree.
      const miss = 1 - Math.min(fetch, 0.999999);
      let checked = 0;
      for (let b = 1; b < tries; b++) {
        const at = Math.floor(((1 - Math.pow(miss, b)) / selfChance) * GRID);
        for (let k = Math.max(0, at - 64); k <= Math.min(GRID - 1, at + 64); k++) {
          expect(count.draw(k / GRID), `u = ${k} / 2^32`).toBe(formula(k));
          checked++;
        }
      }
      expect(count.draw(0)).toBe(formula(0));
      expect(count.draw((GRID - 1) / GRID)).toBe(formula(GRID - 1));
      if (tries > 1) expect(checked).toBeGreaterThan(64);
    });

    it(`gives the formula's count for generator draws (fetch ${fetch}, ${tries} tries)`, () => {
      const rng = new Random(7, 'boots');
      const seen = new Set<number>();
      for (let i = 0; i < 50_000; i++) {
        const u = rng.next();
        const b = count.draw(u);
        expect(b).toBe(bootsByFormula(u, selfChance, logMiss));
        seen.add(b);
      }
      // The counts stay within the tries.
      for (const b of seen) {
        expect(b).toBeGreaterThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(tries);
      }
    });
  }

  it('stays usable when no device can recover by rebooting (no fetch chance, or no tries)', () => {
    expect(new BootCount(0, Math.log(1)).draw(0.5)).toBe(1);
    expect(new BootCount(0, Math.log(1 - 0.2)).draw(0.99)).toBe(1);
  });
});
