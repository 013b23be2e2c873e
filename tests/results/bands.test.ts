import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/engine/index.js';
import { bandsOf, percentile, seriesBands, summarize, summaryBands, toSeries } from '../../src/results/index.js';
import { smallParams } from '../helpers/params.js';

describe('bands', () => {
  it('percentile interpolates between order statistics (type 7)', () => {
    const v = Float64Array.from([1, 2, 3, 4, 5]);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile(v, 50)).toBe(3);
    expect(percentile(v, 100)).toBe(5);
    expect(percentile(v, 10)).toBeCloseTo(1.4, 12);
    expect(percentile(Float64Array.from([2, Infinity]), 50)).toBe(Infinity);
    expect(percentile(Float64Array.from([7]), 95)).toBe(7);
  });

  it('percentiles are ordered: lo <= mid <= hi in every bin and every figure, for any runs (fast-check seed 41)', () => {
    const p = smallParams();
    const runs = [1, 2, 3, 4, 5, 6].map((seed) => {
      const r = simulate(p, seed);
      const series = toSeries(r);
      return { series, summary: summarize(r, p, series) };
    });
    fc.assert(fc.property(fc.integer({ min: 0, max: 49 }), fc.integer({ min: 51, max: 100 }), fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
      (lo, hi, pick) => {
        const b = bandsOf(pick.map((i) => runs[i]!), lo, hi);
        for (const col of Object.values(b.series.columns)) {
          for (let i = 0; i < col.mid.length; i++) {
            expect(col.lo[i]!).toBeLessThanOrEqual(col.mid[i]! + 1e-9);
            expect(col.mid[i]!).toBeLessThanOrEqual(col.hi[i]! + 1e-9);
          }
        }
        for (const f of Object.values(b.summary)) {
          if (f.lo !== null && f.mid !== null) expect(f.lo).toBeLessThanOrEqual(f.mid + 1e-9);
          if (f.mid !== null && f.hi !== null) expect(f.mid).toBeLessThanOrEqual(f.hi + 1e-9);
        }
      }), { seed: 41, numRuns: 15 });
  }, 60_000);

  it('a figure not reached in some runs: the percentiles that land on them are null ("not within the run")', () => {
    const base = summarize(simulate(smallParams(), 1), smallParams());
    const reached = { ...base, hoursTo: { ...base.hoursTo, '99': 10 } };
    const open = { ...base, hoursTo: { ...base.hoursTo, '99': null } };
    const b = summaryBands([reached, reached, open, open, open], 5, 95);
    expect(b.hoursTo99.lo).toBe(10);
    expect(b.hoursTo99.mid).toBeNull();
    expect(b.hoursTo99.hi).toBeNull();
  });

  it('refuses bad percentiles and runs with different bins', () => {
    const s = toSeries(simulate(smallParams(), 1));
    expect(() => seriesBands([s], 60, 95)).toThrow(/percentiles/);
    const other = toSeries(simulate({ ...smallParams(), run: { ...smallParams().run, horizonDays: 5 } }, 1));
    expect(() => seriesBands([s, other])).toThrow(/different time bins/);
  });
});
