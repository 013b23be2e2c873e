import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { onCurve } from '../../src/engine/availability.js';
import { localClock } from '../../src/engine/clock.js';
import { NO_EXPOSURE, QUANTILES, cdfAt, drawExposure, exposureDist } from '../../src/engine/exposure.js';
import { defaultParams } from '../../src/engine/params.js';
import { CLASSES, type DeviceClass } from '../../src/engine/types.js';
import { logCases } from '../helpers/messages.js';

const PUBLISH = Date.parse('2024-07-19T04:09:00Z');
const sydney = localClock(PUBLISH, 10, [6, 0]);
const newYork = localClock(PUBLISH, -4, [6, 0]);
/** The baseline's on/off day of a class. */
const on = (c: DeviceClass) => onCurve(defaultParams().fleet, c);
const LAST_U = 1 - 2 ** -32; // largest value Random.next returns

const isSorted = (a: Float64Array) => a.every((x, i) => i === 0 || x >= a[i - 1]!);

describe('exposureDist', () => {
  it('exposureDist gives p in [0, 1], a rising CDF and rising quantiles for every class', () => {
    for (const clock of [sydney, newYork]) {
      for (const c of CLASSES) {
        const d = exposureDist(on(c), clock, 0, 78, 10, 2);
        expect(d.p).toBeGreaterThan(0);
        expect(d.p).toBeLessThanOrEqual(1);
        expect(d.cdf[0]).toBe(0);
        expect(d.cdf[d.cdf.length - 1]).toBe(d.p);
        expect(isSorted(d.cdf)).toBe(true);
        expect(d.quantile.length).toBe(QUANTILES + 1);
        expect(isSorted(d.quantile)).toBe(true);
        expect(d.quantile[0]).toBeGreaterThanOrEqual(0);
        expect(d.quantile[QUANTILES]).toBeLessThanOrEqual(78);
      }
    }
  });

  it('exposureDist: servers (98% on) are nearly all exposed within one poll interval', () => {
    const d = exposureDist(on('server'), sydney, 0, 78, 10, 2);
    expect(d.p).toBeCloseTo(0.98, 6);
    expect(cdfAt(d, 10)).toBeCloseTo(0.98, 2);
    expect(cdfAt(d, 5)).toBeCloseTo(0.49, 2);
  });

  it('exposureDist: at 00:09 in New York fewer workstations are exposed than at 14:09 in Sydney', () => {
    expect(exposureDist(on('workstation'), newYork, 0, 78, 10, 2).p).toBeLessThan(exposureDist(on('workstation'), sydney, 0, 78, 10, 2).p);
  });

  it('exposureDist: a longer window exposes at least as many devices', () => {
    for (const c of CLASSES) {
      let prev = 0;
      for (const b of [5, 20, 78, 240, 1440, 4000]) {
        const p = exposureDist(on(c), newYork, 0, b, 10, 2).p;
        expect(p).toBeGreaterThanOrEqual(prev - 1e-12);
        prev = p;
      }
    }
  });

  it('exposureDist of an empty or reversed window is NO_EXPOSURE', () => {
    expect(exposureDist(on('workstation'), sydney, 30, 30, 10, 2)).toBe(NO_EXPOSURE);
    expect(exposureDist(on('server'), sydney, 100, 78, 10, 2)).toBe(NO_EXPOSURE);
    expect(NO_EXPOSURE.p).toBe(0);
    expect(cdfAt(NO_EXPOSURE, 50)).toBe(0);
  });

  it('drawExposure stays within [a, b) for any window and uniform draw (seed 20240719)', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...CLASSES),
        fc.constantFrom(sydney, newYork),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 720, noNaN: true }),
        fc.array(fc.oneof(fc.double({ min: 0, max: LAST_U, noNaN: true }), fc.constantFrom(0, LAST_U)), { minLength: 1, maxLength: 20 }),
        (cls, clock, a, len, poll, us) => {
          runs++;
          const b = a + len;
          const d = exposureDist(on(cls), clock, a, b, poll, 2);
          expect(d.p).toBeGreaterThanOrEqual(0);
          expect(d.p).toBeLessThanOrEqual(1);
          expect(isSorted(d.quantile)).toBe(true);
          for (const u of us) {
            const t = drawExposure(d, u);
            expect(t).toBeGreaterThanOrEqual(a);
            expect(t).toBeLessThan(b);
          }
        },
      ),
      { numRuns: 300, seed: 20240719 },
    );
    logCases('exposure draws within [a, b)', runs);
  });

  it('drawExposure follows cdfAt: the share of draws before t matches cdfAt(t) / p', () => {
    const d = exposureDist(on('workstation'), newYork, 0, 600, 10, 2);
    const n = 20_000;
    const draws = Array.from({ length: n }, (_, i) => drawExposure(d, (i + 0.5) / n));
    for (const t of [5, 30, 120, 300, 500]) {
      const share = draws.filter((x) => x < t).length / n;
      expect(share).toBeCloseTo(cdfAt(d, t) / d.p, 2);
    }
  });

  it('cdfAt is 0 at a, p at b and rises in between', () => {
    const d = exposureDist(on('fixed'), sydney, 10, 200, 10, 2);
    expect(cdfAt(d, 10)).toBe(0);
    expect(cdfAt(d, 0)).toBe(0);
    expect(cdfAt(d, 200)).toBe(d.p);
    expect(cdfAt(d, 1e6)).toBe(d.p);
    let prev = 0;
    for (let t = 10; t <= 200; t += 0.7) {
      const x = cdfAt(d, t);
      expect(x).toBeGreaterThanOrEqual(prev - 1e-12);
      prev = x;
    }
  });
});
