import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/calibration/index.js';
import { DEFAULT_FREE, FIT_CLI_DEFAULTS, parseFitArgs } from '../../src/cli/fitArgs.js';

describe('parseFitArgs', () => {
  it('parseFitArgs(["s.json"]): defaults, every target, the default free parameter', () => {
    const r = parseFitArgs(['s.json']);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value).toEqual({
      help: false, scenario: 's.json', free: DEFAULT_FREE.map((key) => ({ key })), targets: [...TARGETS],
      runs: FIT_CLI_DEFAULTS.runs, seed: null, scale: 0.1, replicates: 2, population: 40, workers: null, out: null,
    });
  });

  it('parseFitArgs: flags with "=" or a separate value, ranges on free keys, targets in the order given', () => {
    const r = parseFitArgs(['--runs=50', 's.json', '--free', 'repair.staffPer1000=1:50,repair.staffSpread', '--targets', 'sensors-online-25jul,crashed',
      '--seed', '9', '--scale=0.25', '--replicates', '3', '--population', '10', '--out', 'o.json', '--workers', '3']);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value.runs).toBe(50);
    expect(r.value.free).toEqual([{ key: 'repair.staffPer1000', min: 1, max: 50 }, { key: 'repair.staffSpread' }]);
    expect(r.value.targets.map((t) => t.id)).toEqual(['sensors-online-25jul', 'crashed']);
    expect([r.value.seed, r.value.scale, r.value.replicates, r.value.population, r.value.out, r.value.workers]).toEqual([9, 0.25, 3, 10, 'o.json', 3]);
  });

  it('parseFitArgs: --workers takes a whole number from 1 to 256', () => {
    for (const v of ['0', '257', '1.5', 'all']) {
      const r = parseFitArgs(['s.json', '--workers', v]);
      expect(r.ok ? [] : r.errors).toEqual([`--workers: got "${v}"; expected a whole number from 1 to 256`]);
    }
  });

  it('parseFitArgs: a flag without its value, a second scenario and an empty key are refused by name', () => {
    const r = parseFitArgs(['a.json', 'b.json', '--free', 'x,,y', '--runs']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'b.json: only one scenario file can be given (already have a.json)',
      '--free: got "x,,y"; expected comma-separated keys such as repair.staffPer1000 or repair.staffPer1000=1:50',
      '--runs: needs a value',
    ]);
  });
});
