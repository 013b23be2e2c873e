// Fuzzing the scenario reader: random JSON, random JavaScript values and valid scenarios with one
// field replaced by something nasty. The reader never throws; it returns a scenario or errors
// that each start with the source and name a field. fast-check seeds are in the titles.
import { SCENARIO_VERSION } from '../../src/scenario/migrate.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAM_SPECS, setPath } from '../../src/engine/params.js';
import { parseScenarioText, scenarioToJson, validateScenario, type Parsed, type Scenario } from '../../src/scenario/scenario.js';
import { overridesArb } from '../helpers/arbitraries.js';
import { logCases, namesSourceAndField } from '../helpers/messages.js';
import { problemText } from '../../src/scenario/problems.js';

const SRC = 'fuzz.json';

function expectWellFormed(r: Parsed<Scenario>): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors.map(problemText)) expect(namesSourceAndField(e, SRC), e.slice(0, 300)).toBe(true);
}

const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nest(depth - 1, leaf) });

/** Values no field accepts as they are, or only in a narrow range. */
const NASTY: unknown[] = [
  true, false, null, [], [1, 2], {}, { a: 1 },
  1e308, -1e308, -1, -0.5, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 32, 0, 1.5,
  'NaN', 'Infinity', '-Infinity', '1e3', '', ' ', '0x10', '<script>alert(1)</script>', 'x'.repeat(100_000),
  '2024-07-19T04:09:00Z', '2024-02-30T04:09:00Z', '\u0000\uFFFF', nest(50, 1),
];
const nastyArb = fc.oneof(fc.constantFrom(...NASTY), fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary', maxLength: 50 }));

const scenarioArb = fc.record({
  name: fc.string({ maxLength: 60, unit: 'grapheme' }),
  description: fc.string({ maxLength: 200 }),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  params: overridesArb,
});

const FIELDS = ['version', 'name', 'description', 'seed', 'params', ...PARAM_SPECS.map((s) => `params.${s.key}`), 'params.push', 'params.fleet.sectorShare', 'params.bogus'];

describe('scenario reader (fuzz)', () => {
  it('parseScenarioText never throws on fc.json() text (seed 101)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        runs++;
        expectWellFormed(parseScenarioText(text, SRC));
      }),
      { numRuns: 500, seed: 101 },
    );
    logCases('scenario JSON (fc.json)', runs);
  });

  it('parseScenarioText never throws on arbitrary text (seed 102)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        runs++;
        expectWellFormed(parseScenarioText(text, SRC));
      }),
      { numRuns: 300, seed: 102 },
    );
    logCases('scenario text (binary strings)', runs);
  });

  it('validateScenario never throws on fc.anything() values, alone or in scenario fields (seed 103)', () => {
    let runs = 0;
    const where = fc.constantFrom('whole', 'name', 'description', 'seed', 'version', 'params', 'params.push', 'params.push.revertMinutes');
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5 }), where, (v, at) => {
        runs++;
        const input = at === 'whole' ? v : (() => {
          const o: Record<string, unknown> = {};
          setPath(o, at, v);
          return o;
        })();
        expectWellFormed(validateScenario(input, SRC));
      }),
      { numRuns: 500, seed: 103 },
    );
    logCases('scenario values (fc.anything)', runs);
  });

  it('validateScenario on objects with scenario-like keys and random values (seed 104)', () => {
    let runs = 0;
    const key = fc.oneof(fc.constantFrom(...PARAM_SPECS.map((s) => s.key)), fc.string({ maxLength: 20 }));
    const input = fc.record({
      version: fc.oneof(fc.constant(1), fc.jsonValue()),
      name: fc.jsonValue(),
      seed: fc.jsonValue(),
      params: fc.dictionary(key, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.double()), { maxKeys: 12 }),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(input, (obj) => {
        runs++;
        expectWellFormed(validateScenario(obj, SRC));
      }),
      { numRuns: 500, seed: 104 },
    );
    logCases('scenario objects with parameter keys', runs);
  });

  it('a valid scenario round-trips through scenarioToJson and parseScenarioText (seed 105)', () => {
    let runs = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        runs++;
        const scenario: Scenario = { version: SCENARIO_VERSION, ...s };
        const first = validateScenario({ ...scenario, params: s.params }, SRC);
        expect(first.ok ? [] : first.errors).toEqual([]);
        const back = parseScenarioText(scenarioToJson(scenario), SRC);
        expect(back).toEqual({ ok: true, value: scenario, warnings: [] });
      }),
      { numRuns: 300, seed: 105 },
    );
    logCases('scenario round trip', runs);
  });

  it('a valid scenario with one field replaced by a nasty value: never throws, errors name the field (seed 106)', () => {
    let runs = 0;
    let refused = 0;
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...FIELDS), nastyArb, (s, field, bad) => {
        runs++;
        const nested: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(s.params)) setPath(nested, k, v);
        const obj: Record<string, unknown> = { version: 1, name: s.name, description: s.description, seed: s.seed, params: nested };
        if (typeof obj.params !== 'object') obj.params = {};
        setPath(obj, field, bad);
        const text = JSON.stringify(obj);
        const r = parseScenarioText(text, SRC);
        expectWellFormed(r);
        if (!r.ok) refused++;
        // A parameter given a non-number (or a number kind given text) is always refused, by name.
        const spec = PARAM_SPECS.find((p) => `params.${p.key}` === field);
        const plain = JSON.parse(JSON.stringify(bad)) as unknown;
        if (spec && spec.kind !== 'datetime' && typeof plain !== 'number') {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors.map(problemText).some((e) => e.startsWith(`${SRC}: ${field}`))).toBe(true);
        }
        if (field === 'name' && typeof plain === 'string' && plain.length > 200) expect(r.ok).toBe(false);
      }),
      { numRuns: 600, seed: 106 },
    );
    logCases(`scenario with one field mutated (${refused} refused)`, runs);
  });
});
