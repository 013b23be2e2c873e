import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CAP_STEP, CapWalker, SiteCurve, capAt, capacityCurve, capacityCurves, curveFrom, flatCurve, nextOpenIndex, nextOpenStep, staffFactor, type WorkHours,
} from '../../src/engine/capacity.js';
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
  const w = work(); // crisis hours 07-22 every day; normal hours weekdays 08-18, weekends 0.4
  it('staffFactor in a crisis is 1 in crisis hours, whatever the weekday', () => {
    expect(staffFactor(sydney, at(0, 15), w, true)).toBe(1);
    expect(staffFactor(sydney, at(1, 7.5), w, true)).toBe(1); // Saturday
    expect(staffFactor(sydney, at(2, 21.5), w, true)).toBe(1); // Sunday
    expect(staffFactor(sydney, at(3, 7.5), w, true)).toBe(1); // Monday, before normal hours
  });
  it('staffFactor in a crisis is the night share outside crisis hours', () => {
    expect(staffFactor(sydney, at(0, 23), w, true)).toBe(0.1);
    expect(staffFactor(sydney, at(1, 6.5), w, true)).toBe(0.1);
  });
  it('staffFactor outside a crisis: 1 in working hours, night share outside them', () => {
    expect(staffFactor(sydney, at(3, 10), w, false)).toBe(1); // Monday
    expect(staffFactor(sydney, at(3, 19), w, false)).toBe(0.1);
    expect(staffFactor(sydney, at(3, 7.5), w, false)).toBe(0.1);
    expect(staffFactor(sydney, at(0, 10), w, false)).toBe(1); // the day of the push is a normal Friday until a site is hit
  });
  it('staffFactor on a weekend outside a crisis is the weekend factor', () => {
    expect(staffFactor(sydney, at(8, 10), w, false)).toBe(0.4); // Saturday 27 July
    expect(staffFactor(sydney, at(8, 20), w, false)).toBe(0.1);
    expect(staffFactor(sydney, at(1, 10), w, false)).toBe(0.4); // Saturday 20 July
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
    const all = capacityCurves(sydney, 14 * 1440, w, shares, true);
    shares.forEach((nightShare, i) => {
      const one = capacityCurve(sydney, 14 * 1440, { ...w, nightShare }, true);
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

describe('SiteCurve', () => {
  const horizon = 14 * 1440;
  const w = work({}, { speedupFrom: 2400, speedup: 1.3 });
  const normal = capacityCurve(sydney, horizon, w, false);
  const crisis = capacityCurve(sydney, horizon, w, true);
  const DAY = 1440 / CAP_STEP;

  it('SiteCurve is the normal curve before the crisis, rises like the crisis curve during it and like the normal one after, without a jump', () => {
    const c = new SiteCurve(normal, crisis);
    c.join(normal, crisis, at(0, 15.2), 3 * DAY); // hit on Friday afternoon, crisis rounded up to the next step
    const cs = Math.ceil(at(0, 15.2) / CAP_STEP);
    expect(c.cs).toBe(cs);
    expect(c.ce).toBe(cs + 3 * DAY);
    for (let k = 0; k <= cs; k++) expect(c.cumAt(k)).toBe(normal.cum[k]);
    for (let k = cs; k < c.ce; k++) expect(c.cumAt(k + 1) - c.cumAt(k)).toBeCloseTo(crisis.cum[k + 1]! - crisis.cum[k]!, 9);
    for (let k = c.ce; k < c.last; k++) expect(c.cumAt(k + 1) - c.cumAt(k)).toBeCloseTo(normal.cum[k + 1]! - normal.cum[k]!, 9);
    // The crisis adds the long days of the weekend: more capacity by Monday than normal hours give.
    expect(c.at(at(3, 0))).toBeGreaterThan(capAt(normal, at(3, 0)) + 20 * 60);
  });

  it('SiteCurve.when inverts SiteCurve.at (property, seed 5)', () => {
    const c = new SiteCurve(normal, crisis);
    fc.assert(fc.property(
      fc.double({ min: -600, max: 10 * 1440, noNaN: true }), fc.integer({ min: 0, max: 5 * DAY }), fc.double({ min: 0, max: horizon, noNaN: true }),
      (from, steps, t) => {
        c.join(normal, crisis, from, steps);
        expect(c.when(c.at(t))).toBeCloseTo(t, 5);
      },
    ), { numRuns: 300, seed: 5 });
  });

  it('SiteCurve with no crisis days is the normal curve; with the crisis from the start and to the end, the crisis curve', () => {
    const c = new SiteCurve(normal, crisis);
    c.join(normal, crisis, 500, 0);
    for (const t of [0, 100, 5000, 20000]) expect(c.at(t)).toBe(capAt(normal, t));
    c.join(normal, crisis, -50, 10_000);
    for (const t of [0, 100, 5000, 20000]) expect(c.at(t)).toBeCloseTo(capAt(crisis, t), 9);
  });

  it('the crisis does not depend on the weekday of the hit: sites hit at 15:00 on a Friday and on a Saturday get the same hours through the crisis, then the Saturday site meets its weekend sooner', () => {
    // What the "crisis from the hit" rule guarantees: a release a day later is not helped by
    // crisis hours landing on other calendar days. Two Sydney sites, hit 24 h apart; work starts
    // when the crisis does (the queue waits for the notice time, and so does the crisis).
    // Without the USB tool's speed-up, which comes at the same time after publish for both.
    const plain = work();
    const n2 = capacityCurve(sydney, horizon, plain, false);
    const c2 = capacityCurve(sydney, horizon, plain, true);
    const fri = new SiteCurve(n2, c2);
    const sat = new SiteCurve(n2, c2);
    fri.join(n2, c2, at(0, 15), 3 * DAY);
    sat.join(n2, c2, at(1, 15), 3 * DAY);
    const worked = (c: SiteCurve, hours: number) => c.at(c.cs * CAP_STEP + hours * 60) - c.at(c.cs * CAP_STEP);
    for (let h = 0; h <= 72; h += 1) expect(worked(sat, h)).toBeCloseTo(worked(fri, h), 9);
    // After it, never more for the Saturday site: its next weekend comes a day sooner after the hit.
    for (let h = 72; h <= 10 * 24; h += 1) expect(worked(sat, h)).toBeLessThanOrEqual(worked(fri, h) + 1e-9);
    expect(worked(sat, 8 * 24)).toBeLessThan(worked(fri, 8 * 24));
  });
});

describe('nextOpenStep', () => {
  // Normal hours open in steps 2-3 and 9; crisis hours in steps 1-5 and 7-8.
  const normal = nextOpenIndex(12, (t) => [2, 3, 9].includes((t - 5) / 10));
  const crisis = nextOpenIndex(12, (t) => [1, 2, 3, 4, 5, 7, 8].includes((t - 5) / 10));
  it('nextOpenStep uses normal hours before the crisis window, crisis hours in it and normal hours after it', () => {
    expect(nextOpenStep(normal, crisis, 0, 6, 8)).toBe(2); // before the window
    expect(nextOpenStep(normal, crisis, 4, 6, 8)).toBe(7); // normal hours closed until the window, which opens at 7
    expect(nextOpenStep(normal, crisis, 6, 6, 8)).toBe(7);
    expect(nextOpenStep(normal, crisis, 8, 6, 8)).toBe(9); // after the window: normal hours
    expect(nextOpenStep(normal, crisis, 10, 6, 8)).toBe(12); // none left
    expect(nextOpenStep(normal, crisis, 0, 0, 0)).toBe(2); // no crisis
  });
});
