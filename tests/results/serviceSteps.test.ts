import { describe, expect, it } from 'vitest';
import { stepAt, stepsEndMs, sumByDay, utcDays } from '../../src/results/index.js';

const t0 = Date.UTC(2024, 6, 19, 4, 0);
/** 10-minute steps from 04:00 UTC on 19 Jul for two days and a bit. */
const steps = { stepMinutes: 10, timeMs: Float64Array.from({ length: 300 }, (_, k) => t0 + k * 600_000) };

describe('serviceSteps', () => {
  it('stepAt finds the step holding a time: -1 before, the last after the end', () => {
    expect(stepAt(steps, t0 - 1)).toBe(-1);
    expect(stepAt(steps, t0)).toBe(0);
    expect(stepAt(steps, t0 + 599_999)).toBe(0);
    expect(stepAt(steps, t0 + 600_000)).toBe(1);
    expect(stepAt(steps, t0 + 1e12)).toBe(299);
    expect(stepsEndMs(steps)).toBe(t0 + 300 * 600_000);
  });

  it('utcDays cuts the steps at UTC midnight, the first day starting with the steps', () => {
    const days = utcDays(steps);
    expect(days.map((d) => d.date)).toEqual(['2024-07-19', '2024-07-20', '2024-07-21']);
    expect(days[0]).toEqual({ date: '2024-07-19', from: 0, to: 20 * 6 });
    expect(days[1]).toEqual({ date: '2024-07-20', from: 120, to: 120 + 144 });
    expect(days[2]!.to).toBe(300);
  });

  it('sumByDay adds a column over each day, from an offset', () => {
    const col = new Float64Array(600).fill(1);
    for (let k = 300; k < 600; k++) col[k] = 2;
    const days = utcDays(steps);
    expect(sumByDay(days, col)).toEqual([120, 144, 36]);
    expect(sumByDay(days, col, 300)).toEqual([240, 288, 72]);
  });
});
