import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, PARAM_SPECS, defaultParams, withOverrides } from '../../src/engine/params.js';
import { checkCrossField, checkValue, expected, validateOverrides } from '../../src/scenario/validate.js';
import { expectedText, problemMessage, problemText } from '../../src/scenario/problems.js';

const spec = (key: string) => PARAM_BY_KEY.get(key)!;

describe('checkValue', () => {
  it('checkValue accepts a value in range and returns it unchanged', () => {
    expect(checkValue(spec('push.revertMinutes'), 30)).toEqual({ value: 30 });
    expect(checkValue(spec('push.canaryShare'), 0)).toEqual({ value: 0 });
    expect(checkValue(spec('push.canaryShare'), 1)).toEqual({ value: 1 });
  });

  it('checkValue refuses each bound crossed by the smallest step', () => {
    for (const s of PARAM_SPECS.filter((x) => x.kind !== 'datetime')) {
      const below = s.kind === 'integer' ? s.min - 1 : s.min - Math.max(1e-9, Math.abs(s.min) * 1e-9);
      const above = s.kind === 'integer' ? s.max + 1 : s.max + Math.max(1e-9, Math.abs(s.max) * 1e-9);
      expect('error' in checkValue(s, below), `${s.key} ${below}`).toBe(true);
      expect('error' in checkValue(s, above), `${s.key} ${above}`).toBe(true);
      expect(checkValue(s, s.min), s.key).toEqual({ value: s.min });
      expect(checkValue(s, s.max), s.key).toEqual({ value: s.max });
    }
  });

  it('checkValue refuses NaN, Infinity and text for numbers, with the value and the range', () => {
    for (const v of [NaN, Infinity, -Infinity, 'NaN', '5', null, undefined, true, [], {}]) {
      const r = checkValue(spec('repair.staffPer1000'), v);
      expect('error' in r).toBe(true);
      if ('error' in r) expect(problemMessage({ source: '', path: '', ...r.error })).toContain('expected a number from 0.05 to 200 (per 1,000 devices)');
    }
  });

  it('checkValue shortens long text in its message', () => {
    const r = checkValue(spec('push.revertMinutes'), 'x'.repeat(100_000));
    expect('error' in r && problemMessage({ source: '', path: '', ...r.error }).length < 200).toBe(true);
  });

  it('expected() describes each kind', () => {
    expect(expectedText(expected(spec('push.revertMinutes')))).toBe('a whole number from 1 to 20160 (min), or "never"');
    expect(expectedText(expected(spec('push.pollMinutes')))).toBe('a number from 1 to 720 (min)');
    expect(expectedText(expected(spec('push.pollMinutes')))).toBe('a number from 1 to 720 (min)');
    expect(expectedText(expected(spec('push.publishAt')))).toContain('UTC date and time');
  });
});

describe('validateOverrides', () => {
  it('validateOverrides returns checked values, or every error with the path prefix', () => {
    expect(validateOverrides({ 'push.revertMinutes': 20 }, 'f.json', 'params.')).toEqual({ ok: true, value: { 'push.revertMinutes': 20 }, warnings: [] });
    const r = validateOverrides({ 'push.revertMinutes': 0, 'push.nope': 1, 'fleet.customers': 2 }, 'x', 'p.');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(2);
      expect(problemText(r.errors[0]!)).toMatch(/^x: p\.push\.revertMinutes: got 0/);
      expect(problemText(r.errors[1]!)).toMatch(/^x: p\.push\.nope: unknown parameter/);
      expect(r.errors[0]).toMatchObject({ source: 'x', path: 'p.push.revertMinutes', code: 'param.invalid', values: { got: '0', min: 1, max: 20160 } });
    }
  });
});

describe('checkCrossField', () => {
  it('checkCrossField(defaults) is empty', () => {
    expect(checkCrossField(defaultParams())).toEqual([]);
  });
  it('checkCrossField lists every broken rule', () => {
    const e = checkCrossField(withOverrides({
      'push.canaryShare': 0.9, 'push.earlyShare': 0.2, 'run.horizonDays': 1, 'push.revertMinutes': 1440,
      'repair.workdayStartHour': 20, 'repair.workdayEndHour': 8, 'repair.crisisStartHour': 22, 'repair.crisisEndHour': 22,
      'fleet.customers': 5000, 'fleet.windowsSensors': 1000,
    }));
    expect(e).toHaveLength(6);
    expect(e.map((m) => problemText(m).split(':')[0])).toEqual([
      'params.push.canaryShare + params.push.earlyShare', 'params.push.revertMinutes', 'params.run.checkHours',
      'params.repair.workdayStartHour', 'params.repair.crisisStartHour', 'params.fleet.customers',
    ]);
  });
  it('checkCrossField allows a check point exactly at the end of the run', () => {
    expect(checkCrossField(withOverrides({ 'run.horizonDays': 2, 'run.checkHours': 48 }))).toEqual([]);
    expect(checkCrossField(withOverrides({ 'run.horizonDays': 2, 'run.checkHours': 48.05 }))).toHaveLength(1);
  });
});

describe('checkCrossField: hours and class mixes', () => {
  it('checkCrossField refuses endpoints attended from an hour not before the hour they are left', () => {
    const e = checkCrossField(withOverrides({ 'crash.endpointAttendedFromHour': 21, 'crash.endpointAttendedToHour': 21 }));
    expect(e.map(problemText)).toEqual(['params.crash.endpointAttendedFromHour: 21 is not before crash.endpointAttendedToHour (21)']);
  });
  it('checkCrossField refuses a sector whose four class shares are all 0, naming all four', () => {
    const e = checkCrossField(withOverrides({
      'fleet.serverShare.media': 0, 'fleet.fixedShare.media': 0, 'fleet.workstationShare.media': 0, 'fleet.vmShare.media': 0,
    }));
    expect(e.map(problemText)).toEqual([
      'params.fleet.serverShare.media + params.fleet.fixedShare.media + params.fleet.workstationShare.media + params.fleet.vmShare.media: every device class of media is 0; at least one must hold devices',
    ]);
    expect(checkCrossField(withOverrides({ 'fleet.serverShare.media': 0, 'fleet.fixedShare.media': 0, 'fleet.vmShare.media': 0 }))).toEqual([]);
  });
});

describe('checkCrossField: services', () => {
  it('checkCrossField refuses a service threshold that stops at or above its full level', () => {
    const e = checkCrossField(withOverrides({ 'services.front.stopBelow': 0.6, 'services.front.fullAt': 0.5 }));
    expect(e).toHaveLength(1);
    expect(problemText(e[0]!)).toContain('params.services.front.stopBelow: 0.6 is not below services.front.fullAt (0.5)');
    expect(checkCrossField(withOverrides({ 'services.core.stopBelow': 0.2, 'services.core.fullAt': 0.95 }))).toEqual([]);
  });
});
