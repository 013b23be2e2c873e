import { describe, expect, it } from 'vitest';
import { fromUnit, LOG_RATIO, resolveFree, toUnit, type FreeParam } from '../../src/fit/index.js';

describe('resolveFree', () => {
  it('resolveFree: registry ranges by default, a narrower range when given; log scale for wide positive ranges', () => {
    const r = resolveFree([{ key: 'repair.staffPer1000' }, { key: 'crash.fetchPerBoot.workstation', min: 0.02, max: 0.5 }, { key: 'repair.noticeMinutes', min: 0, max: 600 }]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value).toEqual([
      { key: 'repair.staffPer1000', min: 0.05, max: 200, log: true, integer: false },
      { key: 'crash.fetchPerBoot.workstation', min: 0.02, max: 0.5, log: true, integer: false },
      { key: 'repair.noticeMinutes', min: 0, max: 600, log: false, integer: true },
    ]);
    const narrow = resolveFree([{ key: 'crash.fetchPerBoot.workstation', min: 0.1, max: 0.5 }]);
    expect(narrow.ok && narrow.value[0]!.log).toBe(false); // a factor of 5 is searched linearly
    expect(LOG_RATIO).toBe(20);
  });

  it('resolveFree: refuses unknown keys (with a suggestion), dates, repeats, out-of-registry and empty ranges, and nothing at all', () => {
    const r = resolveFree([
      { key: 'repair.staffPerl000' }, { key: 'push.publishAt' }, { key: 'repair.staffSpread' }, { key: 'repair.staffSpread' },
      { key: 'repair.keyMinutes', min: -1, max: 10 }, { key: 'repair.travelMinutes', min: 50, max: 10 },
    ], '--free');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      '--free repair.staffPerl000: unknown parameter; did you mean repair.staffPer1000?',
      '--free push.publishAt: a date and time cannot be fitted; choose a numeric parameter',
      '--free repair.staffSpread: named twice',
      '--free repair.keyMinutes: got -1 as the range\'s min; expected a number from 0 to 120 (min)',
      '--free repair.travelMinutes: range 50 to 10 is empty; the min must be below the max',
    ]);
    const none = resolveFree([]);
    expect(!none.ok && none.errors[0]).toBe('free: no free parameters; name at least one registry key');
  });
});

describe('toUnit and fromUnit', () => {
  const log: FreeParam = { key: 'repair.staffPer1000', min: 1, max: 100, log: true, integer: false };
  const lin: FreeParam = { key: 'repair.noticeMinutes', min: 0, max: 600, log: false, integer: true };

  it('toUnit/fromUnit: a log range puts each factor of 10 in an equal share (1-100: 10 at 0.5)', () => {
    expect(toUnit(log, 10)).toBeCloseTo(0.5, 12);
    expect(fromUnit(log, 0.5)).toBe(10);
    expect(fromUnit(log, 0)).toBe(1);
    expect(fromUnit(log, 1)).toBe(100);
  });

  it('fromUnit: whole numbers for integer keys, 4 significant digits otherwise, never outside the range', () => {
    expect(fromUnit(lin, 0.5004)).toBe(300);
    expect(toUnit(lin, 150)).toBe(0.25);
    expect(fromUnit(log, 0.123456789)).toBe(Number((Math.pow(100, 0.123456789)).toPrecision(4)));
    expect(fromUnit({ ...log, max: 1.23456 }, 1)).toBeLessThanOrEqual(1.23456);
  });
});
