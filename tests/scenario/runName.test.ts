import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION, baselineScenario, type Scenario } from '../../src/scenario/scenario.js';
import { PARAM_SPECS } from '../../src/engine/params.js';
import { autoRunName, changeText, changedKeys, editedDescription, isEditedFrom, runName } from '../../src/scenario/runName.js';

const base: Scenario = { ...baselineScenario(), name: 'July 2024 baseline', description: 'Reverted at 05:27 UTC.' };
const edited = (params: Scenario['params'], extra: Partial<Scenario> = {}): Scenario => ({ ...base, ...extra, params });

describe('runName', () => {
  it('runName is the scenario name until a value or the seed changes', () => {
    expect(runName(base, base)).toBe('July 2024 baseline');
    expect(isEditedFrom(base, edited({}, { name: 'x' }))).toBe(false);
    expect(runName(base, edited({ 'push.revertMinutes': 20 }))).toBe('July 2024 baseline, edited: revert after 20 min');
    expect(runName(base, edited({}, { seed: 4 }))).toBe('July 2024 baseline, edited: seed 4');
    expect(runName(base, edited({ 'push.revertMinutes': 20, 'push.canaryShare': 0.01, 'repair.staffPer1000': 9 })))
      .toBe('July 2024 baseline, edited: revert after 20 min, canary ring share 0.01, and 1 more');
    expect(changeText('push.publishAt', '2024-07-18T14:09:00Z')).toBe('publish time 2024-07-18 14:09 UTC');
  });

  it('runName prefers a typed name (a current name that differs from the base)', () => {
    expect(runName(base, edited({ 'push.revertMinutes': 20 }, { name: 'Fast revert' }))).toBe('Fast revert');
    expect(autoRunName(base, edited({ 'push.revertMinutes': 20 }, { name: 'Fast revert' }))).toBe('July 2024 baseline, edited: revert after 20 min');
  });

  it('editedDescription says where the run came from and every change with the value it replaced, not the base claims', () => {
    const d = editedDescription(base, edited({ 'push.revertMinutes': 20, 'repair.keyEscrowedShare': 1 }, { seed: 2 }));
    expect(d).toBe('Edited from “July 2024 baseline”: revert after 20 min (was 78 min); keys escrowed 1 (was 0.97); seed 2 (was 1). '
      + 'Every other value is as in “July 2024 baseline”.');
    expect(d).not.toContain('05:27');
  });

  it('editedDescription stays within the file limit when everything changed', () => {
    const all: Scenario['params'] = {};
    for (const s of PARAM_SPECS) if (typeof s.default === 'number') all[s.key] = s.default === s.max ? s.min : s.max;
    const cur = edited(all);
    expect(changedKeys(base, cur).length).toBeGreaterThan(80);
    const d = editedDescription(base, cur);
    expect(d.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(d).toMatch(/; and \d+ more\. Every other value is as in “July 2024 baseline”\.$/);
  });
});
