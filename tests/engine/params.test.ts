import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, PARAM_SPECS, defaultParams, flattenParams, getPath, setPath, withOverrides } from '../../src/engine/params.js';
import { checkValue } from '../../src/scenario/validate.js';
import { checkCrossField } from '../../src/scenario/validate.js';

describe('PARAM_SPECS', () => {
  it('PARAM_SPECS keys are unique and PARAM_BY_KEY finds each', () => {
    expect(new Set(PARAM_SPECS.map((s) => s.key)).size).toBe(PARAM_SPECS.length);
    for (const s of PARAM_SPECS) expect(PARAM_BY_KEY.get(s.key)).toBe(s);
  });

  it('PARAM_SPECS: every default lies in its range and passes checkValue', () => {
    for (const s of PARAM_SPECS) {
      expect(s.min, s.key).toBeLessThan(s.max);
      const r = checkValue(s, s.default);
      expect(r, s.key).toEqual({ value: s.default });
      if (s.kind === 'integer') {
        expect(Number.isInteger(s.default), s.key).toBe(true);
        expect(s.step, s.key).toBe(1);
      }
      expect(s.source.length, s.key).toBeGreaterThan(0);
      expect(s.label.length, s.key).toBeGreaterThan(0);
    }
  });

  it('PARAM_SPECS: the July 2024 push is published 04:09 UTC and reverted 78 minutes later', () => {
    expect(PARAM_BY_KEY.get('push.publishAt')!.default).toBe('2024-07-19T04:09:00Z');
    expect(PARAM_BY_KEY.get('push.revertMinutes')!.default).toBe(78);
  });

  it('PARAM_SPECS: the defaults satisfy the cross-field rules', () => {
    expect(checkCrossField(defaultParams())).toEqual([]);
  });

  it('PARAM_SPECS: sector and region shares of the baseline sum to 1', () => {
    const p = defaultParams();
    expect(Object.values(p.fleet.sectorShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Object.values(p.fleet.regionShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('defaultParams', () => {
  it('defaultParams returns a fresh copy each time', () => {
    const a = defaultParams();
    a.push.revertMinutes = 1;
    expect(defaultParams().push.revertMinutes).toBe(78);
  });
  it('flattenParams(defaultParams()) lists every key with its default', () => {
    const flat = flattenParams(defaultParams());
    expect(Object.keys(flat)).toEqual(PARAM_SPECS.map((s) => s.key));
    for (const s of PARAM_SPECS) expect(flat[s.key]).toBe(s.default);
  });
});

describe('withOverrides', () => {
  it('withOverrides sets nested values by dotted key and keeps the rest', () => {
    const p = withOverrides({ 'push.revertMinutes': 20, 'fleet.sectorShare.rail': 0.5 });
    expect(p.push.revertMinutes).toBe(20);
    expect(p.fleet.sectorShare.rail).toBe(0.5);
    expect(p.fleet.sectorShare.banking).toBe(0.14);
    expect(p.push.publishAt).toBe('2024-07-19T04:09:00Z');
  });
});

describe('getPath / setPath', () => {
  it('getPath reads dotted keys and is undefined for missing levels', () => {
    const o = { a: { b: { c: 3 } } };
    expect(getPath(o, 'a.b.c')).toBe(3);
    expect(getPath(o, 'a.x.c')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
  });
  it('setPath creates levels as needed', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'a.b.c', 1);
    setPath(o, 'a.d', 2);
    expect(o).toEqual({ a: { b: { c: 1 }, d: 2 } });
  });
});
