// How many reboots a crashed device goes through before one of them fetches the known-bad list,
// given that one does within the tries: a geometric count cut off at the tries, drawn from one
// uniform u by inversion, floor(log(1 - u * selfChance) / log(miss)) + 1.
//
// About four million devices of a full-scale run recover this way, and the logarithm was a third
// of the boot loop's time. The count only steps up at a few values of u, so `BootCount` finds
// those steps once per run, with the formula itself, and a draw compares u with them instead.
// Uniforms come from a 32-bit grid (Random.next), and the formula does not fall as u grows, so
// the step points are found exactly on that grid: the table gives the same count as the formula
// for every uniform the generator can return (a test checks every step and its neighbours).

/** The inversion formula, as the boot loop computed it per device. */
export function bootsByFormula(u: number, selfChance: number, logMiss: number): number {
  return Math.floor(Math.log(1 - u * selfChance) / logMiss) + 1;
}

const GRID = 0x100000000;
/** Cells of the guide table: a draw starts at its cell's count and rarely steps further. */
const GUIDE = 256;

export class BootCount {
  /** steps[b]: the least uniform with more than b boots (b from 1; Infinity past the last). */
  private readonly steps: Float64Array;
  /** guide[g]: the count at uniform g / GUIDE. */
  private readonly guide: Int32Array;

  constructor(selfChance: number, logMiss: number) {
    const boots = (k: number) => bootsByFormula(k / GRID, selfChance, logMiss);
    const first = boots(0);
    const most = boots(GRID - 1);
    // Parameters that let no device recover by rebooting give a class no step (never drawn).
    const ok = Number.isFinite(first) && Number.isFinite(most) && first >= 1 && most >= first && most - first < 10_000;
    const top = ok ? most : 1;
    this.steps = new Float64Array(top + 1).fill(Infinity);
    if (ok) {
      // The least grid point with more than b boots, by bisection: the counts never fall.
      let lo = 0;
      for (let b = first; b < most; b++) {
        let hi = GRID - 1;
        while (lo < hi) {
          const mid = lo + Math.floor((hi - lo) / 2);
          if (boots(mid) > b) hi = mid;
          else lo = mid + 1;
        }
        this.steps[b] = lo / GRID;
      }
      for (let b = 1; b < first; b++) this.steps[b] = 0;
    }
    this.guide = new Int32Array(GUIDE);
    for (let g = 0, b = 1; g < GUIDE; g++) {
      while (this.steps[b]! <= g / GUIDE) b++;
      this.guide[g] = b;
    }
  }

  /** The count for a uniform u in [0, 1) from the generator. */
  draw(u: number): number {
    const steps = this.steps;
    let b = this.guide[(u * GUIDE) | 0]!;
    while (u >= steps[b]!) b++;
    return b;
  }
}
