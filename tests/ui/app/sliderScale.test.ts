import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../../src/engine/index.js';
import { SLIDER_STEPS, fromPosition, isLogScale, toPosition } from '../../../src/ui/app/sliderScale.js';

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
