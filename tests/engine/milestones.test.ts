import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Milestones, NK, milestoneRank } from '../../src/engine/milestones.js';
import { BACK_SHARES } from '../../src/engine/types.js';
import { logCases } from '../helpers/messages.js';

// Bins 1 minute wide, then 10: like the run's bins, 300 of them over five 64-bin blocks.
const nb = 300;
const edges = Float64Array.from({ length: nb + 1 }, (_, i) => (i <= 100 ? i : 100 + (i - 100) * 10));

/** Milestones from a plain sorted list of the bins of devices back within the run. */
function expected(bins: number[], notBack: number): number[] {
  const back = bins.filter((b) => b !== notBack).sort((a, b) => a - b);
  return BACK_SHARES.map((_, k) => {
    const rank = milestoneRank(k, bins.length);
    return rank <= back.length ? Math.fround(edges[back[rank - 1]! + 1]!) : Infinity;
  });
}

describe('milestoneRank', () => {
  it('milestoneRank asks for ceil(share x crashed) devices, at least one, without rounding up exact products', () => {
    expect(BACK_SHARES.map((_, k) => milestoneRank(k, 10))).toEqual([1, 3, 5, 8, 9, 10]);
    expect(BACK_SHARES.map((_, k) => milestoneRank(k, 1))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(milestoneRank(4, 30)).toBe(27); // 0.9 * 30 is 27.000000000000004 in floating point
  });
});

describe('Milestones', () => {
  it('Milestones.write on 5 devices, one never back, gives the bin ends and Infinity', () => {
    const m = new Milestones(nb, edges);
    const out = new Float32Array(NK);
    m.write(Int32Array.from([250, 70, m.notBack, 3, 70]), 0, 5, out, 0);
    // ranks 1, 2, 3, 4, 5, 5 of 5
    expect(Array.from(out)).toEqual([4, 71, 71, 1610, Infinity, Infinity]);
  });

  it('Milestones.write matches a sorted list for few and many devices, reused without leftovers (seed 11)', () => {
    const m = new Milestones(nb, edges);
    let runs = 0;
    const bin = fc.oneof(fc.integer({ min: 0, max: nb - 1 }), fc.integer({ min: 180, max: 200 }), fc.constant(-1));
    const segment = fc.oneof(fc.array(bin, { minLength: 1, maxLength: 32 }), fc.array(bin, { minLength: 33, maxLength: 400 }));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.nat(20), (segments, pad) => {
        runs++;
        for (const seg of segments) {
          const bins = seg.map((b) => (b < 0 ? m.notBack : b));
          const arr = new Int32Array(pad + bins.length + 3).fill(7);
          arr.set(bins, pad);
          const out = new Float32Array(NK + 2).fill(-1);
          m.write(arr, pad, pad + bins.length, out, 1);
          expect(out[0]).toBe(-1);
          expect(out[NK + 1]).toBe(-1);
          expect(Array.from(out.subarray(1, NK + 1))).toEqual(expected(bins, m.notBack));
        }
      }),
      { numRuns: 80, seed: 11 },
    );
    logCases('milestones over reused scratch', runs);
  });
});
