// Determinism: the same seed gives the same result bit for bit, however the sites are split
// into chunks and in whatever order the chunks are merged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finish, mergeInto, newAccumulator, prepare, runSites, simulate, type SimResult } from '../../src/engine/index.js';
import { expectSameResult } from '../helpers/sameResult.js';
import { logCases } from '../helpers/messages.js';
import { smallParams } from '../helpers/params.js';

const params = smallParams({ 'fleet.windowsSensors': 60_000, 'fleet.customers': 200, 'run.horizonDays': 6, 'run.checkHours': 100 });

/** Runs the sites in chunks split at `cuts`, each into its own accumulator, merged in `order`. */
function chunked(seed: number, cuts: number[], reverse: boolean): SimResult {
  const prep = prepare(params, seed);
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < prep.fleet.nSites).sort((a, b) => a - b), prep.fleet.nSites];
  const accs = bounds.slice(1).map((to, i) => {
    const acc = newAccumulator(prep);
    runSites(prep, bounds[i]!, to, acc);
    return acc;
  });
  if (reverse) accs.reverse();
  const total = newAccumulator(prep);
  for (const acc of accs) mergeInto(total, acc);
  return finish(prep, total);
}

describe('simulate', () => {
  const a = simulate(params, 7);

  it('simulate with the same seed gives an identical SimResult', () => {
    expectSameResult(simulate(params, 7), a);
  });

  it('simulate with another seed gives another result', () => {
    const b = simulate(params, 8);
    expect(b.seed).toBe(8);
    expect(Array.from(b.crashedBySector)).not.toEqual(Array.from(a.crashedBySector));
    expect(b.deviceHoursLost).not.toBe(a.deviceHoursLost);
  });

  it('simulate does not depend on chunkSites or progress callbacks', () => {
    const fractions: number[] = [];
    const b = simulate(params, 7, { chunkSites: 3, onProgress: (f) => fractions.push(f) });
    expectSameResult(b, a);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('runSites in one chunk equals simulate', () => {
    expectSameResult(chunked(7, [], false), a);
  });

  it('runSites in uneven chunks merged with mergeInto, in order and in reverse, equals one chunk', () => {
    const n = prepare(params, 7).fleet.nSites;
    const cuts = [1, 2, 17, Math.floor(n / 3), Math.floor(n / 3) + 1, n - 5];
    expectSameResult(chunked(7, cuts, false), a);
    expectSameResult(chunked(7, cuts, true), a);
  });

  it('runSites: any split of the sites merged in any order gives the same result (seed 314)', () => {
    const n = prepare(params, 7).fleet.nSites;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: n }), { maxLength: 8 }), fc.boolean(), (cuts, reverse) => {
        runs++;
        expectSameResult(chunked(7, cuts, reverse), a);
      }),
      { numRuns: 10, seed: 314 },
    );
    logCases('chunk splits merged in any order', runs);
  });

  it('mergeInto adds counts and arrays field by field', () => {
    const prep = prepare(params, 1);
    const x = newAccumulator(prep);
    const y = newAccumulator(prep);
    x.crashed = 2;
    y.crashed = 3;
    x.agentExposedByRegion[5] = 1;
    y.agentExposedByRegion[5] = 4;
    y.sectorDownMinutes[0] = 7;
    mergeInto(x, y);
    expect(x.crashed).toBe(5);
    expect(x.agentExposedByRegion[5]).toBe(5);
    expect(x.sectorDownMinutes[0]).toBe(7);
    expect(y.crashed).toBe(3);
  });
});
