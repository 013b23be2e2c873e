import { REGIONS, SECTORS } from '../../src/engine/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_VERSION } from '../../src/scenario/migrate.js';
import { describe, expect, it } from 'vitest';
import { defaultParams, withOverrides } from '../../src/engine/params.js';
import {
  MAX_DEPTH, MAX_FILE_BYTES, MAX_NAME, baselineScenario, diffFromDefaults, paramsHash, parseScenarioText,
  scenarioToJson, scenarioToParams, validateScenario, type Parsed, type Scenario,
} from '../../src/scenario/scenario.js';
import { SCENARIO_DIR } from '../helpers/baseline.js';
import { namesSourceAndField } from '../helpers/messages.js';
import { problemText } from '../../src/scenario/problems.js';

const SRC = 'test.json';
const parse = (obj: unknown): Parsed<Scenario> => parseScenarioText(JSON.stringify(obj), SRC);
const errorsOf = (r: Parsed<Scenario>): string[] => (r.ok ? [] : r.errors.map(problemText));
const valueOf = (r: Parsed<Scenario>): Scenario => {
  if (!r.ok) throw new Error(r.errors.map(problemText).join('\n'));
  return r.value;
};
/** Exactly one error, naming the source, the field and (when given) a fragment of the value. */
function expectOneError(r: Parsed<Scenario>, field: string, ...fragments: string[]): string {
  expect(r.ok).toBe(false);
  const errors = errorsOf(r);
  expect(errors, errors.join('\n')).toHaveLength(1);
  const msg = errors[0]!;
  expect(msg.startsWith(`${SRC}: ${field}`), msg).toBe(true);
  for (const f of fragments) expect(msg).toContain(f);
  return msg;
}

describe('parseScenarioText', () => {
  const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json'));

  it('parseScenarioText accepts every file in scenarios/', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const r = parseScenarioText(readFileSync(join(SCENARIO_DIR, f), 'utf8'), f);
      expect(r.ok ? [] : r.errors.map(problemText), f).toEqual([]);
      const s = valueOf(r);
      expect(s.version).toBe(SCENARIO_VERSION);
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
  });

  it('parseScenarioText(july-2024.json) is the baseline: no overrides, seed 1', () => {
    const s = valueOf(parseScenarioText(readFileSync(join(SCENARIO_DIR, 'july-2024.json'), 'utf8'), 'july-2024.json'));
    expect(s.params).toEqual({});
    expect(s.seed).toBe(1);
    expect(scenarioToParams(s)).toEqual(defaultParams());
  });

  it('parseScenarioText reads nested and dotted parameters alike', () => {
    const nested = valueOf(parse({ params: { push: { revertMinutes: 30 }, fleet: { sectorShare: { rail: 0.2 } } } }));
    const dotted = valueOf(parse({ params: { 'push.revertMinutes': 30, 'fleet.sectorShare.rail': 0.2 } }));
    expect(nested.params).toEqual({ 'push.revertMinutes': 30, 'fleet.sectorShare.rail': 0.2 });
    expect(dotted.params).toEqual(nested.params);
  });

  it('parseScenarioText fills defaults: name, description, seed 1, no overrides', () => {
    expect(valueOf(parse({}))).toEqual({ version: SCENARIO_VERSION, name: 'Untitled scenario', description: '', seed: 1, params: {} });
  });

  it('parseScenarioText refuses text that is not JSON, naming the source', () => {
    for (const text of ['', '{', '{"name": "x",}', 'NaN', "{'a': 1}", '{"seed": NaN}', '{"seed": Infinity}']) {
      const r = parseScenarioText(text, SRC);
      expect(r.ok, text).toBe(false);
      expect(errorsOf(r)[0]).toMatch(/^test\.json: not valid JSON \(/);
    }
  });

  it('parseScenarioText refuses JSON that is not an object', () => {
    for (const v of [null, 1, 'x', [], [{}], true]) {
      const msg = errorsOf(parse(v))[0]!;
      expect(msg).toContain(`${SRC}: expected a JSON object with version, name, description, seed, params`);
    }
  });

  it(`parseScenarioText refuses files over ${MAX_FILE_BYTES} bytes`, () => {
    const r = parseScenarioText(JSON.stringify({ description: 'x'.repeat(MAX_FILE_BYTES) }), SRC);
    expect(errorsOf(r)).toEqual([expect.stringMatching(/^test\.json: file is \d+ bytes; scenario files are at most 1000000 bytes$/)]);
  });
});

describe('validateScenario', () => {
  it('validateScenario: an unknown top-level field is named with the allowed fields', () => {
    expectOneError(parse({ nmae: 'x' }), 'nmae: unknown field', 'allowed fields are version, name, description, seed, params, basedOn');
  });

  it('validateScenario: an unknown parameter is named with a suggestion', () => {
    expectOneError(parse({ params: { push: { revertminutes: 30 } } }), 'params.push.revertminutes: unknown parameter', 'did you mean push.revertMinutes?');
    expectOneError(parse({ params: { revertMinutes: 30 } }), 'params.revertMinutes: unknown parameter', 'did you mean push.revertMinutes?');
    expectOneError(parse({ params: { push: { speed: 1 } } }), 'params.push.speed: unknown parameter', 'push has push.publishAt');
    expectOneError(parse({ params: { nosuchgroup: { x: 1 } } }), 'params.nosuchgroup.x: unknown parameter', 'groups are push, fleet, crash, repair, vendor, run');
  });

  it('validateScenario: wrong types are named with the value and what is expected', () => {
    expectOneError(parse({ params: { push: { revertMinutes: '30' } } }), 'params.push.revertMinutes', 'got "30"', 'a whole number from 1 to 20160');
    expectOneError(parse({ params: { push: { revertMinutes: true } } }), 'params.push.revertMinutes', 'got true');
    expectOneError(parse({ params: { push: { revertMinutes: null } } }), 'params.push.revertMinutes', 'got null');
    expectOneError(parse({ params: { push: { revertMinutes: [30] } } }), 'params.push.revertMinutes', 'got a list');
    expectOneError(parse({ params: { push: { revertMinutes: { v: 30 } } } }), 'params.push.revertMinutes', 'got an object');
    expectOneError(parse({ name: 5 }), 'name', 'got 5', 'expected text');
    expectOneError(parse({ description: ['a'] }), 'description', 'got a list');
    expectOneError(parse({ seed: '7' }), 'seed', 'got "7"');
    expectOneError(parse({ params: [1, 2] }), 'params', 'got a list', 'expected an object');
    expectOneError(parse({ params: 'push.revertMinutes=30' }), 'params', 'expected an object');
  });

  it('validateScenario refuses "NaN", "Infinity" and other numbers written as text', () => {
    for (const v of ['NaN', 'Infinity', '-Infinity', '1e3', '0x10', '', ' 5 ']) {
      expectOneError(parse({ params: { repair: { staffPer1000: v } } }), 'params.repair.staffPer1000', 'got ', 'expected a number');
    }
  });

  it('validateScenario refuses NaN and Infinity given as values (links and the page pass numbers, not text)', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      const r = validateScenario({ params: { 'repair.staffPer1000': v } }, SRC);
      expect(errorsOf(r)).toHaveLength(1);
      expect(errorsOf(r)[0]).toContain(`${SRC}: params.repair.staffPer1000: got ${String(v)}`);
    }
  });

  it('validateScenario refuses negative, huge and too-small numbers', () => {
    expectOneError(parse({ params: { push: { revertMinutes: -5 } } }), 'params.push.revertMinutes', 'got -5');
    expectOneError(parse({ params: { fleet: { windowsSensors: 1e308 } } }), 'params.fleet.windowsSensors', 'got 1.000e+308', 'from 1000 to 2.000e+8');
    expectOneError(parse({ params: { repair: { staffPer1000: 0 } } }), 'params.repair.staffPer1000', 'got 0', 'from 0.05 to 200');
    expectOneError(parse({ params: { push: { canaryShare: 1.0000001 } } }), 'params.push.canaryShare', 'from 0 to 1');
    expectOneError(parse({ seed: -1 }), 'seed', 'got -1', 'from 0 to 4294967295');
    expectOneError(parse({ seed: 2 ** 32 }), 'seed', 'got 4294967296');
  });

  it('validateScenario accepts the ends of each range', () => {
    expect(valueOf(parse({ params: { push: { revertMinutes: 1 }, fleet: { windowsSensors: 1000, customers: 1 } } })).params['push.revertMinutes']).toBe(1);
    expect(valueOf(parse({ seed: 0 })).seed).toBe(0);
    expect(valueOf(parse({ seed: 4294967295 })).seed).toBe(4294967295);
  });

  it('validateScenario refuses non-integers for integer parameters and the seed', () => {
    expectOneError(parse({ params: { push: { revertMinutes: 30.5 } } }), 'params.push.revertMinutes', 'got 30.5', 'a whole number');
    expectOneError(parse({ params: { fleet: { customers: 100.25 } } }), 'params.fleet.customers', 'a whole number');
    expectOneError(parse({ seed: 1.5 }), 'seed', 'got 1.5', 'a whole number');
    // Numbers kinds take fractions.
    expect(valueOf(parse({ params: { push: { pollMinutes: 7.5 } } })).params['push.pollMinutes']).toBe(7.5);
  });

  it('validateScenario refuses bad date-times and normalises good ones to UTC', () => {
    for (const v of ['2024-07-19', '2024-07-19 04:09:00Z', '19/07/2024 04:09', '2024-07-19T04:09:00', 'yesterday', '1999-12-31T23:59:59Z', '2100-01-01T00:00:01Z', '2024-13-01T00:00:00Z', 1721362140000]) {
      expectOneError(parse({ params: { push: { publishAt: v } } }), 'params.push.publishAt', 'expected a UTC date and time');
    }
    expect(valueOf(parse({ params: { push: { publishAt: '2024-07-19T06:09:00+02:00' } } })).params['push.publishAt']).toBe('2024-07-19T04:09:00Z');
    expect(valueOf(parse({ params: { push: { publishAt: '2024-07-19T04:09Z' } } })).params['push.publishAt']).toBe('2024-07-19T04:09:00Z');
    expect(valueOf(parse({ params: { push: { publishAt: '2024-07-19T04:09:00.250Z' } } })).params['push.publishAt']).toBe('2024-07-19T04:09:00.250Z');
  });

  // Bug (src/scenario/validate.ts, checkValue for datetime): the pattern admits any two-digit day
  // and Date.parse rolls an impossible date over, so 30 February silently becomes 1 March.
  it('validateScenario refuses an impossible calendar date instead of rolling it over (2024-02-30)', () => {
    const r = parse({ params: { push: { publishAt: '2024-02-30T04:09:00Z' } } });
    expect(r.ok ? r.value.params['push.publishAt'] : 'refused').toBe('refused');
  });

  it('validateScenario refuses a value nested 10,000 levels deep anywhere, naming its field, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = i % 2 ? { a: deep } : [deep];
    for (const field of ['version', 'name', 'seed', 'params', 'extra']) {
      const input = { version: 1, name: 'x', description: '', seed: 1, params: {}, [field]: deep };
      const r = validateScenario(input, SRC);
      expect(r.ok).toBe(false);
      expect(errorsOf(r)).toEqual([`${SRC}: ${field}: nested more than 100 levels deep; a scenario file is at most a few levels deep`]);
    }
  });

  it(`validateScenario refuses parameters nested deeper than ${MAX_DEPTH} levels`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    const msg = expectOneError(parse({ params: { push: deep } }), 'params.push.a.a.a', 'nested too deeply');
    expect(msg.length).toBeLessThan(200);
    expect(errorsOf(parse({ params: { a: { b: { c: { d: { e: 1 } } } } } }))[0]).toContain('params.a.b.c.d: nested too deeply');
    expect(errorsOf(parse({ params: { a: { b: { c: { d: 1 } } } } }))[0]).toContain('params.a.b.c.d: unknown parameter');
  });

  it(`validateScenario refuses a name over ${MAX_NAME} characters and a description over 4000`, () => {
    expectOneError(parse({ name: 'n'.repeat(MAX_NAME + 1) }), 'name', `${MAX_NAME + 1} characters`, `at most ${MAX_NAME}`);
    expect(valueOf(parse({ name: 'n'.repeat(MAX_NAME) })).name).toHaveLength(MAX_NAME);
    expectOneError(parse({ description: 'd'.repeat(4001) }), 'description', '4001 characters');
  });

  it('validateScenario: cross-field rules name both parameters', () => {
    expectOneError(parse({ params: { push: { canaryShare: 0.6, earlyShare: 0.5 } } }), 'params.push.canaryShare + params.push.earlyShare', '= 1.1', 'at most 1');
    expectOneError(parse({ params: { push: { revertMinutes: 2880 }, run: { horizonDays: 2, checkHours: 24 } } }), 'params.push.revertMinutes', 'run.horizonDays = 2');
    expectOneError(parse({ params: { run: { horizonDays: 3 } } }), 'params.run.checkHours', '151.85 h is after the end of the run (3 days = 72 h)');
    expectOneError(parse({ params: { repair: { workdayStartHour: 18, workdayEndHour: 18 } } }), 'params.repair.workdayStartHour', 'not before repair.workdayEndHour');
    expectOneError(parse({ params: { repair: { crisisStartHour: 20, crisisEndHour: 8 } } }), 'params.repair.crisisStartHour');
    expectOneError(parse({ params: { fleet: { customers: 5000, windowsSensors: 4000 } } }), 'params.fleet.customers', '5000 customers for 4000 sensors');
    expect(parse({ params: { push: { canaryShare: 0.7, earlyShare: 0.3 } } }).ok).toBe(true);
  });

  it('validateScenario: every sector or every region at 0 is refused', () => {
    const zero = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
    expectOneError(parse({ params: { fleet: { sectorShare: zero(SECTORS) } } }), 'params.fleet.sectorShare', 'every sector is 0');
    expectOneError(parse({ params: { fleet: { regionShare: zero(REGIONS) } } }), 'params.fleet.regionShare', 'every region is 0');
  });

  it('validateScenario reads basedOn, the scenario a file was edited from, and writes it back', () => {
    const s = valueOf(parse({
      name: 'Mine', seed: 3, params: { push: { revertMinutes: 20 } },
      basedOn: { name: 'July 2024 baseline', seed: 1, params: { repair: { staffPer1000: 6 } } },
    }));
    expect(s.basedOn).toEqual({ name: 'July 2024 baseline', seed: 1, params: { 'repair.staffPer1000': 6 } });
    const again = valueOf(parseScenarioText(scenarioToJson(s), 'again.json'));
    expect(again).toEqual(s);
    expect(JSON.parse(scenarioToJson(s)).basedOn).toEqual({ name: 'July 2024 baseline', seed: 1, params: { repair: { staffPer1000: 6 } } });
    // Without it, nothing is written.
    expect(JSON.parse(scenarioToJson(baselineScenario()))).not.toHaveProperty('basedOn');
  });

  it('validateScenario refuses a basedOn that is not a scenario, naming its field', () => {
    expectOneError(parse({ basedOn: 'July' }), 'basedOn', 'expected the scenario this one was edited from');
    expectOneError(parse({ basedOn: { name: 'a', basedOn: { name: 'b' } } }), 'basedOn', 'expected the scenario');
    expectOneError(parse({ basedOn: { params: { push: { revertMinutes: -1 } } } }), 'basedOn.params.push.revertMinutes', 'got -1');
  });

  it('validateScenario lists several errors together, each naming its field', () => {
    const r = parse({ nmae: 'x', seed: 'x', params: { push: { revertMinutes: -1, bogus: 1 }, fleet: { customers: 0.5 } } });
    const errors = errorsOf(r);
    expect(errors).toHaveLength(5);
    for (const f of ['nmae', 'seed', 'params.push.revertMinutes', 'params.push.bogus', 'params.fleet.customers']) {
      expect(errors.some((e) => e.startsWith(`${SRC}: ${f}`)), f).toBe(true);
    }
    expect(errors.every((e) => namesSourceAndField(e, SRC))).toBe(true);
  });

  it('validateScenario accepts markup in a name as plain text and keeps it unchanged', () => {
    const name = '<script>alert(1)</script> & "quotes" \u00e9\u{1F600}';
    const s = valueOf(parse({ name, description: '<img src=x onerror=alert(1)>' }));
    expect(s.name).toBe(name);
    const again = valueOf(parseScenarioText(scenarioToJson(s), 'again.json'));
    expect(again.name).toBe(name);
    expect(again.description).toBe('<img src=x onerror=alert(1)>');
  });

  it('validateScenario: a file without a version is read as the current one; a newer version is refused clearly', () => {
    expect(valueOf(parse({ name: 'x' })).version).toBe(SCENARIO_VERSION);
    expectOneError(parse({ version: 3 }), 'version', '3 is newer than this simulator reads (2)', 'update the simulator');
    expectOneError(parse({ version: '1' }), 'version', 'got "1"');
    expectOneError(parse({ version: 0 }), 'version');
    expect(valueOf(parse({ version: 1 })).version).toBe(SCENARIO_VERSION);
  });

  // Bug (src/scenario/scenario.ts, flattenInput: `out[key] = v`): the key "__proto__" assigns the
  // prototype of the plain object instead of adding a key, so it disappears without an error.
  it('validateScenario reports params.__proto__ as an unknown parameter instead of dropping it', () => {
    for (const text of ['{"params": {"__proto__": 5}}', '{"params": {"__proto__": null}}', '{"params": {"__proto__": [1]}}']) {
      const r = parseScenarioText(text, SRC);
      expect(r.ok, text).toBe(false);
      expect(errorsOf(r)[0]).toContain('params.__proto__: unknown parameter');
    }
  });

  it('validateScenario reports a top-level "__proto__" key as an unknown field', () => {
    expectOneError(parseScenarioText('{"__proto__": {"seed": 5}}', SRC), '__proto__: unknown field');
  });
});

describe('scenarioToJson', () => {
  it('scenarioToJson output re-parses to the same scenario', () => {
    const s: Scenario = {
      version: SCENARIO_VERSION, name: 'Round trip', description: 'Several groups', seed: 42,
      params: { 'push.publishAt': '2024-07-18T14:09:00Z', 'push.revertMinutes': 20, 'fleet.regionShare.anz': 0.2, 'repair.staffPer1000': 11, 'run.checkHours': 165.85 },
    };
    const text = scenarioToJson(s);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text).params).toEqual({ push: { publishAt: '2024-07-18T14:09:00Z', revertMinutes: 20 }, fleet: { regionShare: { anz: 0.2 } }, repair: { staffPer1000: 11 }, run: { checkHours: 165.85 } });
    expect(valueOf(parseScenarioText(text, 'x'))).toEqual(s);
  });

  it('scenarioToJson(baselineScenario()) round-trips', () => {
    const s = baselineScenario();
    expect(valueOf(parseScenarioText(scenarioToJson(s), 'x'))).toEqual(s);
  });
});

describe('diffFromDefaults', () => {
  it('diffFromDefaults lists only the values that differ from the defaults', () => {
    expect(diffFromDefaults(defaultParams())).toEqual({});
    const o = { 'push.revertMinutes': 20, 'fleet.sectorShare.rail': 0.3 };
    expect(diffFromDefaults(withOverrides({ ...o, 'push.pollMinutes': 10 }))).toEqual(o);
  });
});

describe('paramsHash', () => {
  const base: Scenario = { version: SCENARIO_VERSION, name: 'a', description: '', seed: 1, params: {} };
  it('paramsHash depends on the parameter values and the seed, not on the name or on defaults spelled out', () => {
    const h = paramsHash(base);
    expect(h).toMatch(/^[0-9a-f]{8}$/);
    expect(paramsHash({ ...base, name: 'b', description: 'c' })).toBe(h);
    expect(paramsHash({ ...base, params: { 'push.revertMinutes': 78 } })).toBe(h);
    expect(paramsHash({ ...base, params: { 'push.revertMinutes': 79 } })).not.toBe(h);
    expect(paramsHash({ ...base, seed: 2 })).not.toBe(h);
  });
});
