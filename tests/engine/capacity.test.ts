import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAP_STEP, CapWalker, capAt, capacityCurve, capacityCurves, curveFrom, flatCurve, nextOpenIndex, staffFactor, type WorkHours } from '../../src/engine/capacity.js';
import { localClock } from '../../src/engine/clock.js';
import { defaultParams } from '../../src/engine/params.js';
import { logCases } from '../helpers/messages.js';

const PUBLISH = Date.parse('2024-07-19T04:09:00Z'); // 14:09 Friday in Sydney
const sydney = localClock(PUBLISH, 10, [6, 0]);
/** Minute after publish of local hour `h` on local day `day` (0 = Friday 19 July) in Sydney. */
const at = (day: number, h: number) => (day * 24 + h - (14 + 9 / 60)) * 60;
const work = (o: Partial<ReturnType<typeof defaultParams>['repair']> = {}, extra: Partial<WorkHours> = {}): WorkHours => ({
  repair: { ...defaultParams().repair, ...o }, nightShare: 0.1, speedupFrom: Infinity, speedup: 1, ...extra,
});

describe('staffFactor', () => {
  const w = work(); // crisis days 3 (Fri-Sun, 07-22), then weekdays 08-18, weekends 0.4
  it('staffFactor is 1 in crisis hours, even on the weekend', () => {
    expect(staffFactor(sydney, at(0, 15), w)).toBe(1);
    expect(staffFactor(sydney, at(1, 7.5), w)).toBe(1); // Saturday
    expect(staffFactor(sydney, at(2, 21.5), w)).toBe(1); // Sunday
  });
  it('staffFactor is the night share outside crisis hours', () => {
    expect(staffFactor(sydney, at(0, 23), w)).toBe(0.1);
    expect(staffFactor(sydney, at(1, 6.5), w)).toBe(0.1);
  });
  it('staffFactor after the crisis: 1 in working hours, night share outside them', () => {
    expect(staffFactor(sydney, at(3, 10), w)).toBe(1); // Monday
    expect(staffFactor(sydney, at(3, 19), w)).toBe(0.1);
    expect(staffFactor(sydney, at(3, 7.5), w)).toBe(0.1);
  });
  it('staffFactor on a weekend after the crisis is the weekend factor', () => {
    expect(staffFactor(sydney, at(8, 10), w)).toBe(0.4); // Saturday 27 July
    expect(staffFactor(sydney, at(8, 20), w)).toBe(0.1);
    const short = work({ crisisDays: 1 });
    expect(staffFactor(sydney, at(1, 10), short)).toBe(0.4); // Saturday 20 July
    expect(staffFactor(sydney, at(0, 20), short)).toBe(1); // still the crisis day
  });
});

describe('capacityCurve', () => {
  it('capacityCurve starts at 0 and rises by at most CAP_STEP x speedup per step', () => {
    const c = capacityCurve(sydney, 14 * 1440, work({}, { speedupFrom: 2400, speedup: 1.3 }));
    expect(c.cum[0]).toBe(0);
    for (let i = 1; i < c.cum.length; i++) {
      const d = c.cum[i]! - c.cum[i - 1]!;
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(CAP_STEP * 1.3 + 1e-9);
    }
  });
  it('capacityCurve: a speed-up raises the slope from its start only', () => {
    const plain = capacityCurve(sydney, 3 * 1440, work());
    const fast = capacityCurve(sydney, 3 * 1440, work({}, { speedupFrom: 1440, speedup: 2 }));
    expect(capAt(fast, 1400)).toBeCloseTo(capAt(plain, 1400), 9);
    expect(capAt(fast, 3000) - capAt(fast, 1440)).toBeCloseTo(2 * (capAt(plain, 3000) - capAt(plain, 1440)), 6);
  });
  it('capacityCurves gives, bit for bit, capacityCurve of each night share', () => {
    const w = work({ crisisDays: 2 }, { speedupFrom: 2400, speedup: 1.3 });
    const shares = [0, 0.05, 0.3, 1];
    const all = capacityCurves(sydney, 14 * 1440, w, shares);
    shares.forEach((nightShare, i) => {
      const one = capacityCurve(sydney, 14 * 1440, { ...w, nightShare });
      expect(Array.from(all[i]!.cum)).toEqual(Array.from(one.cum));
      expect(Array.from(all[i]!.inv)).toEqual(Array.from(one.inv));
    });
  });
  it('flatCurve grows one minute per minute', () => {
    const c = flatCurve(1440);
    expect(capAt(c, 0)).toBe(0);
    expect(capAt(c, 123.4)).toBeCloseTo(123.4, 9);
    expect(capAt(c, -5)).toBe(0);
  });
});

describe('capAt', () => {
  it('capAt is 0 before the start, interpolates between steps and stays flat past the end', () => {
    const c = curveFrom(Float64Array.from([0, 10, 10, 30]));
    expect(capAt(c, -1)).toBe(0);
    expect(capAt(c, 5)).toBeCloseTo(5, 12);
    expect(capAt(c, 15)).toBe(10);
    expect(capAt(c, 25)).toBeCloseTo(20, 12);
    expect(capAt(c, 30)).toBe(30);
    expect(capAt(c, 1e9)).toBe(30);
  });
});

describe('CapWalker', () => {
  it('CapWalker.when inverts capAt on a rising curve (seed 42)', () => {
    const curve = capacityCurve(sydney, 14 * 1440, work({}, { speedupFrom: 2400, speedup: 1.3 }));
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 14 * 1440, noNaN: true }), { minLength: 1, maxLength: 50 }), (ts) => {
        runs++;
        const walker = new CapWalker(curve);
        for (const t of [...ts].sort((a, b) => a - b)) expect(walker.when(capAt(curve, t))).toBeCloseTo(t, 6);
      }),
      { numRuns: 200, seed: 42 },
    );
    logCases('CapWalker.when inverts capAt', runs);
  });
  it('CapWalker.when is the first minute a flat stretch is reached', () => {
    const w = new CapWalker(curveFrom(Float64Array.from([0, 10, 10, 30])));
    expect(w.when(0)).toBe(0);
    expect(w.when(10)).toBe(10);
    expect(w.when(20)).toBeCloseTo(25, 12);
  });
  it('CapWalker.when is Infinity past the end of the curve', () => {
    const c = flatCurve(100);
    const last = c.cum[c.cum.length - 1]!;
    const w = new CapWalker(c);
    expect(w.when(last)).toBe((c.cum.length - 1) * CAP_STEP);
    expect(w.when(last + 1e-6)).toBe(Infinity);
    expect(w.when(Infinity)).toBe(Infinity);
  });
});

describe('nextOpenIndex', () => {
  it('nextOpenIndex points each step at the next open step, or n when none is left', () => {
    // Open in steps 2, 3 and 6 (t = 25, 35, 65 at the step midpoints).
    const open = new Set([2, 3, 6]);
    const next = nextOpenIndex(8, (t) => open.has((t - 5) / 10));
    expect(Array.from(next)).toEqual([2, 2, 2, 3, 6, 6, 6, 8, 8]);
  });
});
