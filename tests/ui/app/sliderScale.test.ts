import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../../src/engine/index.js';
import { SLIDER_STEPS, fromPosition, isLogScale, keyValue, sliderKey, toPosition } from '../../../src/ui/app/sliderScale.js';

describe('sliderScale', () => {
  it('uses a log scale only for ranges spanning orders of magnitude', () => {
    const spec = (k: string) => PARAM_SPECS.find((s) => s.key === k)!;
    expect(isLogScale(spec('fleet.windowsSensors'))).toBe(true);
    expect(isLogScale(spec('push.haltAfterCrashes'))).toBe(true);
    expect(isLogScale(spec('repair.staffPer1000'))).toBe(true);
    expect(isLogScale(spec('push.canaryShare'))).toBe(false);
    expect(isLogScale(spec('run.horizonDays'))).toBe(false);
  });

  it('every slider position gives a value in range, on the step grid', () => {
    for (const s of PARAM_SPECS) {
      if (s.kind === 'datetime') continue;
      for (let pos = 0; pos <= SLIDER_STEPS; pos += 50) {
        const v = fromPosition(s, pos);
        expect(v, `${s.key} @${pos}`).toBeGreaterThanOrEqual(s.min);
        expect(v, `${s.key} @${pos}`).toBeLessThanOrEqual(s.max);
        if (s.kind === 'integer') expect(Number.isInteger(v), `${s.key} @${pos} = ${v}`).toBe(true);
      }
      expect(fromPosition(s, 0)).toBe(s.min);
      expect(fromPosition(s, SLIDER_STEPS)).toBe(s.max);
    }
  });

  it('positions round-trip the defaults closely', () => {
    for (const s of PARAM_SPECS) {
      if (s.kind === 'datetime' || typeof s.default !== 'number') continue;
      const back = fromPosition(s, toPosition(s, s.default));
      const tol = isLogScale(s) ? Math.abs(s.default) * 0.05 + s.step : (s.max - s.min) / SLIDER_STEPS + s.step;
      expect(Math.abs(back - s.default), s.key).toBeLessThanOrEqual(tol);
    }
  });

  it('out-of-range values pin the slider to its ends without changing the value', () => {
    const s = { min: 0, max: 1, step: 0.01 };
    expect(toPosition(s, 2)).toBe(SLIDER_STEPS);
    expect(toPosition(s, -1)).toBe(0);
  });
});

describe('keyValue', () => {
  const numeric = PARAM_SPECS.filter((s) => s.kind !== 'datetime' && typeof s.default === 'number');
  const onGrid = (s: { min: number; step: number }, v: number) => Math.abs((v - s.min) / s.step - Math.round((v - s.min) / s.step)) < 1e-6;

  it('arrow keys move every parameter at its default by at least one step, both ways, unless at an end', () => {
    for (const s of numeric) {
      const v = s.default as number;
      const up = keyValue(s, v, 'up');
      const down = keyValue(s, v, 'down');
      if (v < s.max) expect(up, `${s.key} up from ${v}`).toBeGreaterThan(v);
      else expect(up).toBe(s.max);
      if (v > s.min) expect(down, `${s.key} down from ${v}`).toBeLessThan(v);
      else expect(down).toBe(s.min);
      for (const x of [up, down]) {
        expect(x).toBeGreaterThanOrEqual(s.min);
        expect(x).toBeLessThanOrEqual(s.max);
        expect(onGrid(s, x), `${s.key}: ${x} on the step grid`).toBe(true);
      }
      // On a linear slider an arrow is exactly one step when the value is on the grid.
      if (!isLogScale(s) && onGrid(s, v) && v < s.max) expect(up - v).toBeCloseTo(s.step, 9);
    }
  });

  it('arrow keys (page keys on sliders of more than 3,000 steps) walk a slider from end to end, each press changing the value', () => {
    for (const s of numeric) {
      const key = !isLogScale(s) && (s.max - s.min) / s.step > 3000 ? 'pageUp' : 'up';
      let v = s.min;
      let presses = 0;
      while (v < s.max && presses < 5000) {
        const next = keyValue(s, v, key);
        expect(next, `${s.key} up from ${v}`).toBeGreaterThan(v);
        v = next;
        presses++;
      }
      expect(v, `${s.key} reaches its max`).toBe(s.max);
      const back = keyValue(s, v, 'down');
      expect(back).toBeLessThan(v);
    }
  });

  it('page keys move further than arrows; Home and End go to the ends', () => {
    for (const s of numeric) {
      const v = s.default as number;
      if (v < s.max) expect(keyValue(s, v, 'pageUp'), s.key).toBeGreaterThanOrEqual(keyValue(s, v, 'up'));
      if (v > s.min) expect(keyValue(s, v, 'pageDown'), s.key).toBeLessThanOrEqual(keyValue(s, v, 'down'));
      expect(keyValue(s, v, 'home')).toBe(s.min);
      expect(keyValue(s, v, 'end')).toBe(s.max);
    }
    const share = { min: 0, max: 1, step: 0.01 };
    expect(keyValue(share, 0, 'up')).toBe(0.01);
    expect(keyValue(share, 0, 'pageUp')).toBe(0.1);
    expect(keyValue(share, 0.97, 'down')).toBe(0.96);
    // The fleet on the page's own range: tidy values, about ×2.5 a page.
    const fleet = { min: 1000, max: 60_000_000, step: 1 };
    expect(keyValue(fleet, 14_550_000, 'up')).toBe(15_000_000);
    expect(keyValue(fleet, 14_550_000, 'down')).toBe(14_000_000);
    const page = keyValue(fleet, 14_550_000, 'pageUp');
    expect(page / 14_550_000).toBeGreaterThan(1.8);
    expect(page / 14_550_000).toBeLessThan(3.5);
  });

  it('sliderKey names the keys a slider takes', () => {
    expect(['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Tab'].map(sliderKey))
      .toEqual(['up', 'up', 'down', 'down', 'pageUp', 'pageDown', 'home', 'end', null]);
  });
});
