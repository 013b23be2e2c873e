// Fuzzing links: any query string is read without throwing; a link made from a valid scenario
// reads back as that scenario. fast-check seeds are in the titles.
import { SCENARIO_VERSION } from '../../src/scenario/migrate.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAM_SPECS } from '../../src/engine/params.js';
import { decodeUrlState, encodeUrlState } from '../../src/scenario/urlState.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { overridesArb } from '../helpers/arbitraries.js';
import { logCases } from '../helpers/messages.js';
import { problemText } from '../../src/scenario/problems.js';

const check = (q: string) => {
  const r = decodeUrlState(q);
  if (r && !r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors.map(problemText)) expect(e.startsWith('link: '), e.slice(0, 200)).toBe(true);
  }
  return r;
};

describe('decodeUrlState (fuzz)', () => {
  it('decodeUrlState never throws on random text (seed 201)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 })), (q) => {
        runs++;
        check(q);
      }),
      { numRuns: 1000, seed: 201 },
    );
    logCases('URL query (random text)', runs);
  });

  it('decodeUrlState never throws on queries built from scenario keys and random values (seed 202)', () => {
    let runs = 0;
    const key = fc.oneof(
      fc.constantFrom('v', 'name', 'seed', ...PARAM_SPECS.map((s) => s.key)),
      fc.string({ maxLength: 15 }),
      fc.string({ maxLength: 8 }).map((s) => `push.${s}`),
    );
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom('NaN', 'Infinity', '1e308', '-0', '', '%', '2024-07-19T04:09:00Z', '<script>alert(1)</script>'),
    );
    const pairs = fc.array(fc.tuple(key, value), { maxLength: 12 });
    fc.assert(
      fc.property(pairs, fc.boolean(), (kv, raw) => {
        runs++;
        const q = raw
          ? kv.map(([k, v]) => `${k}=${v}`).join('&')
          : new URLSearchParams(kv).toString();
        const r = check(q);
        if (r?.ok) {
          // Whatever is accepted is a scenario that survives a round trip (-0 comes back as 0).
          const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
          expect(plain(decodeUrlState(encodeUrlState(r.value)))).toEqual(plain({ ...r, value: { ...r.value, description: '' } }));
        }
      }),
      { numRuns: 1000, seed: 202 },
    );
    logCases('URL query (scenario keys)', runs);
  });

  it('decodeUrlState(encodeUrlState(s)) is s for random valid scenarios (seed 203)', () => {
    let runs = 0;
    const scenario = fc.record({
      name: fc.string({ maxLength: 60, unit: 'grapheme' }),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      params: overridesArb,
    });
    fc.assert(
      fc.property(scenario, (s) => {
        runs++;
        const full: Scenario = { version: SCENARIO_VERSION, description: '', ...s };
        expect(decodeUrlState(encodeUrlState(full))).toEqual({ ok: true, value: full, warnings: [] });
      }),
      { numRuns: 300, seed: 203 },
    );
    logCases('URL round trip', runs);
  });
});
