import { describe, expect, it } from 'vitest';
import { finish, mergeInto, newAccumulator, packPrepared, prepare, runSites, simulate, unpackPrepared, withOverrides } from '../../src/engine/index.js';

describe('packPrepared / unpackPrepared', () => {
  it('a prepared run cloned as data and rebuilt runs any sites to the same result, bit for bit', () => {
    const params = withOverrides({ 'fleet.windowsSensors': 200_000, 'fleet.customers': 400, 'run.horizonDays': 4 });
    const prep = prepare(params, 3);
    const copy = unpackPrepared(structuredClone(packPrepared(prep)));
    expect(copy).not.toBe(prep);
    // Half the sites on the original, half on the copy, merged: as one run on one thread.
    const half = Math.floor(prep.fleet.nSites / 2);
    const a = newAccumulator(prep);
    runSites(prep, 0, half, a);
    const b = newAccumulator(copy);
    runSites(copy, half, copy.fleet.nSites, b);
    mergeInto(a, b);
    const split = finish(prep, a);
    const whole = simulate(params, 3);
    expect(split.crashed).toBeGreaterThan(0);
    expect(split.selfRecovered).toBeGreaterThan(0);
    expect(split).toEqual(whole);
    // The rebuilt parts behave as the originals.
    for (let c = 0; c < prep.bootCounts.length; c++) {
      for (const u of [0, 0.3, 0.77, 0.999]) expect(copy.bootCounts[c]!.draw(u)).toBe(prep.bootCounts[c]!.draw(u));
    }
    for (let r = 0; r < prep.clocks.length; r++) {
      for (const t of [0, 600, 5000]) expect(copy.clocks[r]!.hour(t)).toBe(prep.clocks[r]!.hour(t));
    }
  });
});
