// A site's recoveries per class and output bin, and its recovery milestones (SiteTable.backAt).
// Each recovery within the run adds one to a per-site histogram that stays in the fastest cache;
// when the site is done, `flush` adds the bins it used into the run's (much larger) group
// histogram, finds on the way the bin in which each share of BACK_SHARES of the class's crashed
// devices was back, and clears them. A run has about 2,400 bins while one class of one site uses
// about 19 of them (baseline median), so used bins are marked in a bit set with a second bit set
// over its words: the walk visits used bins only, in time order, without sorting or scanning.
import { BACK_SHARES } from './types.js';

export const NK = BACK_SHARES.length;

/** How many of `crashed` devices must be back for share k (at least one). */
export function milestoneRank(k: number, crashed: number): number {
  // The small tolerance keeps e.g. 0.9 * 30 = 27.000000000000004 from asking for 28.
  return Math.max(1, Math.ceil(BACK_SHARES[k]! * crashed - 1e-9));
}

export class SiteRecoveries {
  /** Recoveries per [class * nb + bin]. */
  private readonly hist: Int32Array;
  /** Bit per used bin, [class * words + bin >> 5]; bit per non-zero word, [class * tops + word >> 5]. */
  private readonly bits: Int32Array;
  private readonly top: Int32Array;
  private readonly words: number;
  private readonly tops: number;
  private readonly ranks = new Int32Array(NK);

  /** `edges`: the run's bin edges (nb + 1 of them); `nc` classes. */
  constructor(nc: number, private readonly nb: number, private readonly edges: Float64Array) {
    this.words = (nb + 31) >> 5;
    this.tops = (this.words + 31) >> 5;
    this.hist = new Int32Array(nc * nb);
    this.bits = new Int32Array(nc * this.words);
    this.top = new Int32Array(nc * this.tops);
  }

  /** One device of class c back in bin `bin`. */
  add(c: number, bin: number): void {
    const w = bin >> 5;
    this.hist[c * this.nb + bin]!++;
    this.bits[c * this.words + w]! |= 1 << (bin & 31);
    this.top[c * this.tops + (w >> 5)]! |= 1 << (w & 31);
  }

  /**
   * Adds class c's recoveries into `into[off + bin]`, writes its NK milestones for `crashed`
   * crashed devices to out[outOff..outOff+NK) (upper bin edges; Infinity where too few were back
   * within the run) and clears the class.
   */
  flush(c: number, crashed: number, into: Float64Array, off: number, out: Float32Array, outOff: number): void {
    const { hist, bits, top, nb, edges, ranks, words, tops } = this;
    for (let k = 0; k < NK; k++) ranks[k] = milestoneRank(k, crashed);
    const h0 = c * nb;
    const w0 = c * words;
    const t0 = c * tops;
    let k = 0;
    let need = ranks[0]!;
    let cum = 0;
    for (let t = 0; t < tops; t++) {
      let tm = top[t0 + t]!;
      if (tm === 0) continue;
      top[t0 + t] = 0;
      do {
        const tLow = tm & -tm; // lowest set bit first: words, then bins, in time order
        tm ^= tLow;
        const w = (t << 5) | (31 - Math.clz32(tLow));
        let m = bits[w0 + w]!;
        bits[w0 + w] = 0;
        do {
          const low = m & -m;
          m ^= low;
          const bin = (w << 5) | (31 - Math.clz32(low));
          const x = hist[h0 + bin]!;
          hist[h0 + bin] = 0;
          into[off + bin]! += x;
          cum += x;
          while (cum >= need && k < NK) {
            out[outOff + k] = edges[bin + 1]!;
            k++;
            need = k < NK ? ranks[k]! : Infinity;
          }
        } while (m !== 0);
      } while (tm !== 0);
    }
    for (; k < NK; k++) out[outOff + k] = Infinity;
  }
}
