import { describe, expect, it } from 'vitest';
import { SCENARIO_VERSION, migrateScenario } from '../../src/scenario/migrate.js';
import { problemText } from '../../src/scenario/problems.js';
import { parseScenarioText, validateScenario } from '../../src/scenario/scenario.js';
import { decodeUrlState, encodeUrlState } from '../../src/scenario/urlState.js';
import { validateOverrides } from '../../src/scenario/validate.js';

describe('migrateScenario', () => {
  it('migrateScenario reads a missing version as the current one (when no old key is in it)', () => {
    const input = { name: 'x' };
    const r = migrateScenario(input);
    expect(r).toEqual({ ok: true, value: { name: 'x', version: SCENARIO_VERSION }, warnings: [] });
    expect(input).toEqual({ name: 'x' }); // input untouched
  });
  it('migrateScenario refuses a newer version with a clear message', () => {
    const r = migrateScenario({ version: SCENARIO_VERSION + 1 });
    expect(r.ok ? [] : r.errors.map(problemText)).toEqual([
      `version: ${SCENARIO_VERSION + 1} is newer than this simulator reads (${SCENARIO_VERSION}); update the simulator`,
    ]);
  });
  it('migrateScenario refuses versions that are not whole numbers from 1', () => {
    for (const v of [0, -1, 1.5, '1', null, [], {}, NaN]) {
      const r = migrateScenario({ version: v });
      expect(r.ok, String(v)).toBe(false);
      if (!r.ok) expect(problemText(r.errors[0]!)).toMatch(/^version: got /);
    }
  });
});

describe('version 1 -> 2: the known-bad list follows the fix', () => {
  const params = (r: ReturnType<typeof validateScenario>) => (r.ok ? r.value.params : r.errors.map(problemText));
  const warnings = (r: ReturnType<typeof validateScenario>) => (r.ok ? r.warnings.map(problemText) : []);

  it('a version 1 file with crash.knownBadMinutes reads it as a delay after the revert, and says so', () => {
    const old = { version: 1, name: 'Late list', params: { crash: { knownBadMinutes: 120 } } };
    const r = validateScenario(old, 'old.json');
    expect(params(r)).toEqual({ 'crash.knownBadDelayMinutes': 42 }); // 120 - 78, July 2024's revert
    expect(warnings(r)).toEqual([
      'old.json: migrated from version 1 to 2',
      'old.json: params.crash.knownBadMinutes: the known-bad list now follows the fix: 120 min after publish is read as crash.knownBadDelayMinutes = 42 min after the revert (78 min)',
    ]);
    expect(r.ok && r.value.version).toBe(SCENARIO_VERSION);
    expect(old.params.crash).toEqual({ knownBadMinutes: 120 }); // the input is not changed
  });

  it('uses the revert the file sets, nested or dotted, and a list before the revert becomes 0 with a warning', () => {
    const r = validateScenario({ version: 1, params: { 'push.revertMinutes': 180, 'crash.knownBadMinutes': 78 } }, 'f');
    expect(params(r)).toEqual({ 'push.revertMinutes': 180, 'crash.knownBadDelayMinutes': 0 });
    expect(warnings(r)[1]).toMatch(/a list before the revert is no longer possible$/);
    const nested = validateScenario({ version: 1, params: { push: { revertMinutes: 30 }, crash: { knownBadMinutes: 90, rebootMinutes: 4 } } }, 'f');
    expect(params(nested)).toEqual({ 'push.revertMinutes': 30, 'crash.rebootMinutes': 4, 'crash.knownBadDelayMinutes': 60 });
  });

  it('a file without a version that still says crash.knownBadMinutes is migrated too; one without it is read silently', () => {
    expect(params(validateScenario({ params: { crash: { knownBadMinutes: 100 } } }, 'f'))).toEqual({ 'crash.knownBadDelayMinutes': 22 });
    const plain = validateScenario({ version: 1, params: { push: { revertMinutes: 30 } } }, 'f');
    expect(warnings(plain)).toEqual([]);
    expect(params(plain)).toEqual({ 'push.revertMinutes': 30 });
  });

  it('an old value that is not a number moves under the new key, whose check names it', () => {
    const r = validateScenario({ version: 1, params: { crash: { knownBadMinutes: 'soon' } } }, 'f');
    expect(params(r)).toEqual(['f: params.crash.knownBadDelayMinutes: got "soon"; expected a whole number from 0 to 20160 (min)']);
  });

  it('the scenario a file was edited from (basedOn) is migrated with its own revert', () => {
    const r = validateScenario({
      version: 1, name: 'x', params: { 'push.revertMinutes': 20 },
      basedOn: { name: 'base', seed: 1, params: { push: { revertMinutes: 60 }, crash: { knownBadMinutes: 90 } } },
    }, 'f');
    expect(r.ok && r.value.basedOn?.params).toEqual({ 'push.revertMinutes': 60, 'crash.knownBadDelayMinutes': 30 });
  });

  it('a version 2 file with the old key is refused, pointing to the new one', () => {
    const r = validateScenario({ version: 2, params: { crash: { knownBadMinutes: 100 } } }, 'f');
    expect(params(r)).toEqual(['f: params.crash.knownBadMinutes: unknown parameter; did you mean crash.knownBadDelayMinutes?']);
  });

  it('an old link (v=1) with crash.knownBadMinutes keeps working; links are written as version 2', () => {
    const r = decodeUrlState('v=1&name=Old+link&push.revertMinutes=60&crash.knownBadMinutes=120');
    expect(r?.ok && r.value.params).toEqual({ 'push.revertMinutes': 60, 'crash.knownBadDelayMinutes': 60 });
    expect(r?.ok && r.warnings.map(problemText)[0]).toBe('link: migrated from version 1 to 2');
    const plain = decodeUrlState('v=1&push.revertMinutes=30');
    expect(plain?.ok && plain.warnings).toEqual([]);
    expect(encodeUrlState({ version: SCENARIO_VERSION, name: 'x', description: '', seed: 1, params: {} })).toMatch(/^v=2&/);
  });

  it('old scenario files keep running: a version 1 file as it was committed gives the same run as its version 2 form', () => {
    // scenarios/*.json were version 1 until the known-bad list followed the fix; none set the old key.
    const v1 = parseScenarioText(JSON.stringify({ version: 1, name: 'Canary', seed: 1, params: { push: { canaryShare: 0.01, haltAfterCrashes: 1000 } } }), 'v1.json');
    const v2 = parseScenarioText(JSON.stringify({ version: 2, name: 'Canary', seed: 1, params: { push: { canaryShare: 0.01, haltAfterCrashes: 1000 } } }), 'v2.json');
    expect(v1).toEqual(v2);
  });
});

describe('--set with a key an older version had', () => {
  it('names the new key', () => {
    const r = validateOverrides({ 'crash.knownBadMinutes': 100 }, '--set');
    expect(r.ok ? [] : r.errors.map(problemText)).toEqual(['--set: crash.knownBadMinutes: unknown parameter; did you mean crash.knownBadDelayMinutes?']);
  });
});
