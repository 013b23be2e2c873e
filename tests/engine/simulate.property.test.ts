// Property: any valid parameter set (every parameter drawn from its PARAM_SPECS range, with a
// small fleet and a short horizon) and any seed gives a run that finishes and keeps every
// invariant. The fast-check seed is in the title: rerun with it to replay a failure.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finish, mergeInto, newAccumulator, prepare, runSites, simulate, withOverrides } from '../../src/engine/index.js';
import { summarize } from '../../src/results/index.js';
import { checkCrossField } from '../../src/scenario/validate.js';
import { seedArb, smallSimParamsArb } from '../helpers/arbitraries.js';
import { invariantViolations } from '../helpers/invariants.js';
import { logCases } from '../helpers/messages.js';
import { expectSameResult } from '../helpers/sameResult.js';

const FC_SEED = 19072024;

describe('simulate (property)', () => {
  it(`simulate keeps every invariant for random valid parameters and seeds (fc seed ${FC_SEED})`, () => {
    let runs = 0;
    fc.assert(
      fc.property(smallSimParamsArb, seedArb, (overrides, seed) => {
        const params = withOverrides(overrides);
        expect(checkCrossField(params)).toEqual([]);
        runs++;
        const r = simulate(params, seed);
        const bad = invariantViolations(r, params);
        if (bad.length) throw new Error(`${bad.join('\n')}\nparams: ${JSON.stringify(overrides)}`);
        const s = summarize(r, params);
        expect(Number.isFinite(s.peakDown)).toBe(true);
        expect(s.sensorsOnlineAtCheck).toBeGreaterThanOrEqual(0);
        expect(s.sensorsOnlineAtCheck).toBeLessThanOrEqual(1);
        for (const h of Object.values(s.hoursTo)) if (h !== null) expect(h).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150, seed: FC_SEED, endOnFailure: true },
    );
    logCases('simulate invariants on random parameters', runs);
  }, 240_000);

  it(`simulate gives the same result whatever the chunking, for random parameters (fc seed ${FC_SEED + 1})`, () => {
    let runs = 0;
    fc.assert(
      fc.property(smallSimParamsArb, seedArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (overrides, seed, fractions) => {
        runs++;
        const params = withOverrides(overrides);
        const whole = simulate(params, seed);
        const prep = prepare(params, seed);
        const n = prep.fleet.nSites;
        const cuts = [...new Set(fractions.map((f) => Math.floor(f * n)))].sort((a, b) => a - b);
        const bounds = [0, ...cuts, n];
        const total = newAccumulator(prep);
        for (let i = bounds.length - 1; i > 0; i--) {
          const acc = newAccumulator(prep);
          runSites(prep, bounds[i - 1]!, bounds[i]!, acc);
          mergeInto(total, acc);
        }
        expectSameResult(finish(prep, total), whole);
      }),
      { numRuns: 20, seed: FC_SEED + 1, endOnFailure: true },
    );
    logCases('simulate chunking on random parameters', runs);
  }, 240_000);
});
