// Recovery milestones of one class at one site (SiteTable.backAt): from the output bin each of
// its crashed devices came back in, the bin by which each share of BACK_SHARES was back.
// A class of a site has 12 crashed devices at the median and 137,000 at most, so two ways:
// up to SMALL devices, their bins are sorted (insertion sort, a few dozen steps, from `bins`);
// above, the caller counts each device into `hist` (per bin) and `blocks` (per 64 bins) as it
// books it, and `take` walks the blocks, looks into the bins of the blocks where milestones
// fall, and clears only blocks that were used. Both give the same answer.
import { BACK_SHARES } from './types.js';

export const NK = BACK_SHARES.length;
export const SMALL = 32;
export const BLOCK_SHIFT = 6;
const SHIFT = BLOCK_SHIFT;
const BLOCK = 1 << SHIFT;

/** How many of `crashed` devices must be back for share k (at least one). */
export function milestoneRank(k: number, crashed: number): number {
  // The small tolerance keeps e.g. 0.9 * 30 = 27.000000000000004 from asking for 28.
  return Math.max(1, Math.ceil(BACK_SHARES[k]! * crashed - 1e-9));
}

/** milestoneRank for 0..SMALL devices, [crashed * NK + k]. */
const SMALL_RANKS = Int32Array.from({ length: (SMALL + 1) * NK }, (_, i) => milestoneRank(i % NK, Math.floor(i / NK)));

export class Milestones {
  /** Bin value meaning "not back within the run" in `bins`. */
  readonly notBack: number;
  /** Devices back per bin and per block of 64 bins, filled by the caller for large classes. */
  readonly hist: Int32Array;
  readonly blocks: Int32Array;
  private readonly small = new Int32Array(SMALL);
  private readonly ranks = new Int32Array(NK);

  /** `edges`: the run's bin edges (nb + 1 of them). */
  constructor(nb: number, private readonly edges: Float64Array) {
    const nBlocks = (nb + BLOCK - 1) >> SHIFT;
    this.notBack = nBlocks << SHIFT;
    this.hist = new Int32Array(nBlocks << SHIFT);
    this.blocks = new Int32Array(nBlocks);
  }

  /** Adds one device back in bin `bin` to hist and blocks (what the caller's loop does inline). */
  add(bin: number): void {
    this.hist[bin]!++;
    this.blocks[bin >> SHIFT]!++;
  }

  /**
   * Milestones of `crashed` devices whose bins are bins[from..to) (`notBack` for a device not
   * back within the run), into out[off..off+NK): the upper edge of the bin in which the share
   * was reached, Infinity if it was not within the run.
   */
  write(bins: Int32Array, from: number, to: number, out: Float32Array, off: number): void {
    const crashed = to - from;
    if (crashed > SMALL) {
      for (let j = from; j < to; j++) if (bins[j] !== this.notBack) this.add(bins[j]!);
      this.take(crashed, out, off);
      return;
    }
    const { small: s, edges } = this;
    let n = 0;
    for (let j = from; j < to; j++) {
      const v = bins[j]!;
      if (v === this.notBack) continue;
      let i = n++ - 1;
      while (i >= 0 && s[i]! > v) {
        s[i + 1] = s[i]!;
        i--;
      }
      s[i + 1] = v;
    }
    const r0 = crashed * NK;
    for (let k = 0; k < NK; k++) {
      const r = SMALL_RANKS[r0 + k]!;
      out[off + k] = r <= n ? edges[s[r - 1]! + 1]! : Infinity;
    }
  }

  /** Milestones of `crashed` devices counted into hist and blocks (see write); clears both. */
  take(crashed: number, out: Float32Array, off: number): void {
    const { hist, blocks, ranks, edges } = this;
    for (let k = 0; k < NK; k++) ranks[k] = milestoneRank(k, crashed);
    let k = 0;
    let need = ranks[0]!;
    let cum = 0;
    for (let b = 0; b < blocks.length; b++) {
      const c = blocks[b]!;
      if (c === 0) continue;
      blocks[b] = 0;
      const from = b << SHIFT;
      const end = from + BLOCK;
      const after = cum + c;
      if (after < need) {
        cum = after;
        hist.fill(0, from, end);
        continue;
      }
      // Bin by bin up to the last milestone in this block, without testing for empty bins (most
      // are, and a test that goes either way at random costs more than adding a zero); the rest
      // of the block is only cleared.
      let i = from;
      for (; i < end; i++) {
        cum += hist[i]!;
        hist[i] = 0;
        if (cum < need) continue;
        while (cum >= need) {
          out[off + k++] = edges[i + 1]!;
          need = k < NK ? ranks[k]! : Infinity;
        }
        if (after < need) break;
      }
      if (i < end) hist.fill(0, i + 1, end);
      cum = after;
    }
    for (; k < NK; k++) out[off + k] = Infinity;
  }
}
