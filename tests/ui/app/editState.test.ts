import { describe, expect, it } from 'vitest';
import { baselineScenario, type Scenario } from '../../../src/scenario/scenario.js';
import {
  changedKeys, differsFromBase, isEdited, reset, setSeed, setValue, startFrom, valueOf,
} from '../../../src/ui/app/editState.js';

const whatIf: Scenario = { ...baselineScenario(), name: 'Canary', params: { 'push.canaryShare': 0.01, 'push.revertMinutes': 30 } };

describe('editState', () => {
  it('starts equal to its base, with nothing changed', () => {
    const s = startFrom(whatIf);
    expect(changedKeys(s)).toEqual([]);
    expect(isEdited(s)).toBe(false);
    expect(s.current).not.toBe(s.base);
    expect(s.current.params).not.toBe(s.base.params);
  });

  it('setValue keeps only values that differ from the defaults', () => {
    let s = startFrom(whatIf);
    s = setValue(s, 'push.revertMinutes', 78); // the default
    expect(s.current.params).toEqual({ 'push.canaryShare': 0.01 });
    expect(differsFromBase(s, 'push.revertMinutes')).toBe(true);
    expect(valueOf(s.current, 'push.revertMinutes')).toBe(78);
    s = setValue(s, 'repair.staffPer1000', 9);
    expect(Object.keys(s.current.params)).toEqual(['push.canaryShare', 'repair.staffPer1000']);
    expect(changedKeys(s)).toEqual(['push.revertMinutes', 'repair.staffPer1000']);
    expect(whatIf.params['push.revertMinutes']).toBe(30); // inputs never mutated
  });

  it('compares datetimes by instant', () => {
    const s = setValue(startFrom(baselineScenario()), 'push.publishAt', '2024-07-19T04:09:00.000Z');
    expect(s.current.params['push.publishAt']).toBeUndefined();
    expect(changedKeys(s)).toEqual([]);
  });

  it('reset returns to the base; the seed counts as an edit', () => {
    let s = setSeed(setValue(startFrom(whatIf), 'push.canaryShare', 0.2), 7);
    expect(isEdited(s)).toBe(true);
    s = reset(s);
    expect(s.current).toEqual(whatIf);
    expect(isEdited(setSeed(s, 7))).toBe(true);
  });

  it('refuses unknown keys', () => {
    expect(() => setValue(startFrom(whatIf), 'push.nope', 1)).toThrow(/unknown parameter/);
  });
});
