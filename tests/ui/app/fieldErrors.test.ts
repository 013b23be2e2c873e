import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../src/engine/index.js';
import { checkCrossField, validateOverrides } from '../../../src/scenario/validate.js';
import { sortErrors } from '../../../src/ui/app/fieldErrors.js';

describe('sortErrors', () => {
  it('puts each cross-field message under the parameters it names first', () => {
    const msgs = checkCrossField(withOverrides({ 'push.canaryShare': 0.7, 'push.earlyShare': 0.6, 'repair.workdayStartHour': 19 }));
    const { byKey, general } = sortErrors(msgs);
    expect([...byKey.keys()].sort()).toEqual(['push.canaryShare', 'push.earlyShare', 'repair.workdayStartHour']);
    expect(byKey.get('repair.workdayStartHour')).toMatch(/^repair\.workdayStartHour: 19 is not before/);
    expect(general).toEqual([]);
  });

  it('keeps messages that name no single parameter general', () => {
    const zero = Object.fromEntries(['airlines', 'healthcare', 'banking', 'retail', 'emergency', 'government', 'media', 'rail', 'energy', 'manufacturing', 'other']
      .map((s) => [`fleet.sectorShare.${s}`, 0]));
    const { byKey, general } = sortErrors(checkCrossField(withOverrides(zero)));
    expect(byKey.size).toBe(0);
    expect(general[0]).toMatch(/every sector is 0/);
  });

  it('reads value messages too', () => {
    const r = validateOverrides({ 'push.revertMinutes': 0 }, '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(sortErrors(r.errors).byKey.get('push.revertMinutes')).toMatch(/got 0; expected a whole number from 1 to 20160/);
  });
});
