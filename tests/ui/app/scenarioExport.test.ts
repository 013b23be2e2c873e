import { describe, expect, it } from 'vitest';
import { baselineScenario, parseScenarioText, scenarioToJson, type Scenario } from '../../../src/scenario/scenario.js';
import { changedKeys, isEdited, runName, setName, setSeed, setValue, startFrom, typedName } from '../../../src/ui/app/editState.js';
import { editFromImport, scenarioForExport } from '../../../src/ui/app/scenarioExport.js';

const baseline: Scenario = { ...baselineScenario(), name: 'July 2024 baseline', description: 'As it happened: reverted at 05:27 UTC.' };
const bundled = [{ scenario: baseline }];

/** Export, write, read back, import: what a reader does with the file. */
function roundTrip(s: ReturnType<typeof startFrom>) {
  const text = scenarioToJson(scenarioForExport(s));
  const r = parseScenarioText(text, 'x.json');
  if (!r.ok) throw new Error('not readable');
  return { file: r.value, text, edit: editFromImport(r.value, bundled) };
}

describe('scenarioForExport', () => {
  it('an unedited scenario is written as it is, with its own description and no basedOn', () => {
    const s = scenarioForExport(startFrom(baseline));
    expect(s).toEqual({ ...baseline, params: {} });
    expect(s.basedOn).toBeUndefined();
  });

  it('an edited run is written under its run name, says what changed and drops the base claims', () => {
    const edit = setValue(startFrom(baseline), 'push.revertMinutes', 20);
    const s = scenarioForExport(edit);
    expect(s.name).toBe('July 2024 baseline, edited: revert after 20 min');
    expect(s.description).toBe('Edited from “July 2024 baseline”: revert after 20 min (was 78 min). Every other value is as in “July 2024 baseline”.');
    expect(s.description).not.toContain('05:27');
    expect(s.basedOn).toEqual({ name: 'July 2024 baseline', seed: 1, params: {} });
    expect(s.params).toEqual({ 'push.revertMinutes': 20 });
  });

  it('a typed name goes into the file; the description still says what changed', () => {
    const edit = setName(setValue(startFrom(baseline), 'push.revertMinutes', 20), '  Fast revert ');
    expect(typedName(edit)).toBe('Fast revert');
    const s = scenarioForExport(edit);
    expect(s.name).toBe('Fast revert');
    expect(s.description).toMatch(/^Edited from “July 2024 baseline”: revert after 20 min/);
    // Emptied, the name goes back to the automatic one.
    expect(runName(setName(edit, ''))).toBe('July 2024 baseline, edited: revert after 20 min');
  });
});

describe('editFromImport', () => {
  it('re-importing an exported edit restores it: the bundled base, the changed values, the automatic name', () => {
    const before = setSeed(setValue(startFrom(baseline), 'repair.staffPer1000', 9), 3);
    const { edit, file } = roundTrip(before);
    expect(file.name).toBe('July 2024 baseline, edited: repair staff 9 per 1,000 devices, seed 3');
    expect(edit.base).toBe(baseline);
    expect(isEdited(edit)).toBe(true);
    expect(changedKeys(edit)).toEqual(['repair.staffPer1000']);
    expect(edit.current.seed).toBe(3);
    expect(typedName(edit)).toBe('');
    expect(runName(edit)).toBe(file.name);
    // It follows later changes rather than keeping a stale automatic name.
    expect(runName(setValue(edit, 'push.revertMinutes', 20))).toBe('July 2024 baseline, edited: revert after 20 min, repair staff 9 per 1,000 devices, seed 3');
    expect(edit).toEqual(before);
  });

  it('a typed name survives the round trip', () => {
    const { edit } = roundTrip(setName(setValue(startFrom(baseline), 'push.revertMinutes', 20), 'Fast revert'));
    expect(typedName(edit)).toBe('Fast revert');
    expect(isEdited(edit)).toBe(true);
  });

  it('a base that is not bundled becomes the base as the file gives it', () => {
    const own: Scenario = { ...baselineScenario(), name: 'Somebody’s', params: { 'push.canaryShare': 0.05 } };
    const { edit } = roundTrip(setValue(startFrom(own), 'push.revertMinutes', 30));
    expect(edit.base).toEqual({ ...own, description: '' });
    expect(changedKeys(edit)).toEqual(['push.revertMinutes']);
  });

  it('a file without basedOn opens as its own base, unedited', () => {
    const file: Scenario = { ...baselineScenario(), name: 'Plain', params: { 'push.revertMinutes': 30 } };
    const edit = editFromImport(file, bundled);
    expect(edit.base).toEqual(file);
    expect(isEdited(edit)).toBe(false);
  });
});
