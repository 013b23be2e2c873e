import { describe, expect, it } from 'vitest';
import { SCENARIO_VERSION, migrateScenario } from '../../src/scenario/migrate.js';
import { problemText } from '../../src/scenario/problems.js';

describe('migrateScenario', () => {
  it('migrateScenario reads a missing version as the current one', () => {
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
