import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NK, SiteRecoveries, milestoneRank } from '../../src/engine/siteRecoveries.js';
import { BACK_SHARES } from '../../src/engine/types.js';
import { logCases } from '../helpers/messages.js';

/** Milestones from a plain sorted list of recovery bins: the upper edge of the rank-th one. */
function expected(bins: number[], crashed: number, edges: Float64Array): number[] {
  const sorted = [...bins].sort((a, b) => a - b);
  return BACK_SHARES.map((_, k) => {
    const rank = milestoneRank(k, crashed);
    return rank <= sorted.length ? Math.fround(edges[sorted[rank - 1]! + 1]!) : Infinity;
  });
}

describe('milestoneRank', () => {
  it('milestoneRank asks for ceil(share x crashed) devices, at least one, without rounding up exact products', () => {
    expect(BACK_SHARES.map((_, k) => milestoneRank(k, 10))).toEqual([1, 3, 5, 8, 9, 10]);
    expect(BACK_SHARES.map((_, k) => milestoneRank(k, 1))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(milestoneRank(4, 30)).toBe(27); // 0.9 * 30 is 27.000000000000004 in floating point
  });
});

describe('SiteRecoveries', () => {
  // Bins 1 minute wide, then 10: like the run's bins, with 300 bins over five 64-bin blocks.
  const nb = 300;
  const edges = Float64Array.from({ length: nb + 1 }, (_, i) => (i <= 100 ? i : 100 + (i - 100) * 10));

  it('SiteRecoveries.flush on 4 recoveries of 5 crashed gives the bin ends, Infinity for the one never back, and adds the counts', () => {
    const h = new SiteRecoveries(2, nb, edges);
    for (const b of [250, 70, 3, 70]) h.add(1, b);
    const out = new Float32Array(NK);
    const into = new Float64Array(nb + 10).fill(1);
    h.flush(1, 5, into, 10, out, 0);
    // ranks 1, 2, 3, 4, 5, 5 of 5
    expect(Array.from(out)).toEqual([4, 71, 71, 1610, Infinity, Infinity]);
    const added = [...into.entries()].filter(([, v]) => v !== 1).map(([i, v]) => [i - 10, v - 1]);
    expect(added).toEqual([[3, 1], [70, 2], [250, 1]]);
  });

  it('SiteRecoveries reused over many sites and classes matches a sorted list and leaves nothing behind, for few and many bins used (seed 11)', () => {
    let runs = 0;
    const h = new SiteRecoveries(3, nb, edges);
    const site = fc.array(
      fc.record({ c: fc.integer({ min: 0, max: 2 }), bins: fc.array(fc.integer({ min: 0, max: nb - 1 }), { maxLength: 200 }), notBack: fc.integer({ min: 0, max: 20 }) }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(site, { minLength: 1, maxLength: 6 }), (sites) => {
        runs++;
        for (const classes of sites) {
          const byClass = new Map<number, { bins: number[]; notBack: number }>();
          for (const { c, bins, notBack } of classes) byClass.set(c, { bins, notBack });
          for (const [c, { bins }] of byClass) for (const b of bins) h.add(c, b);
          for (const [c, { bins, notBack }] of byClass) {
            const crashed = bins.length + notBack;
            if (crashed === 0) continue;
            const out = new Float32Array(NK + 2).fill(-1);
            const into = new Float64Array(nb);
            h.flush(c, crashed, into, 0, out, 1);
            const counts = new Float64Array(nb);
            for (const b of bins) counts[b]!++;
            expect(Array.from(into)).toEqual(Array.from(counts));
            expect(out[0]).toBe(-1);
            expect(out[NK + 1]).toBe(-1);
            expect(Array.from(out.subarray(1, NK + 1))).toEqual(expected(bins, crashed, edges));
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
    logCases('milestone histogram reuse', runs);
  });
});
