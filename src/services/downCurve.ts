// The share of a site's devices of one class that are down, over time, from the site's recovery
// milestones: nothing down before its first crash, then every crashed device down at once, then
// back along straight lines through the times 10, 25, 50, 75, 90 and 100% of them were back.
// Crashes at a site fall within the push window (78 minutes in July 2024), so treating them as
// simultaneous overstates the first minutes only; with rings they spread over the bake times.
import { BACK_SHARES, CLASSES, type SiteTable } from '../engine/types.js';

const NC = CLASSES.length;
const NK = BACK_SHARES.length;

/** A walker over one (site, class) curve; `availableAt` expects non-decreasing times between `rewind`s. */
export class DownCurve {
  /** Knot times (minutes after publish), back shares and the share of devices up at each; knots after a missing milestone are dropped. */
  readonly t = new Float64Array(NK + 1);
  readonly q = new Float64Array(NK + 1);
  readonly up = new Float64Array(NK + 1);
  /** Change of `up` per minute from knot m to knot m + 1 (0 across a jump or after the last knot). */
  readonly slope = new Float64Array(NK + 1);
  nKnots = 0;
  private i = 0;
  /** Crashed share of the class's devices (0 when nothing crashed or there are no devices). */
  crashedShare = 0;
  firstCrash = Infinity;

  load(table: SiteTable, site: number, cls: number): this {
    const j = site * NC + cls;
    const n = table.devices[j]!;
    const c = table.crashed[j]!;
    this.i = 0;
    if (n <= 0 || c <= 0) {
      this.crashedShare = 0;
      this.firstCrash = Infinity;
      this.nKnots = 0;
      return this;
    }
    this.crashedShare = c / n;
    const t0 = table.firstCrash[j]!;
    this.firstCrash = t0;
    this.t[0] = t0;
    this.q[0] = 0;
    let k = 1;
    for (let m = 0; m < NK; m++) {
      const b = table.backAt[j * NK + m]!;
      if (!Number.isFinite(b)) break; // later milestones were not reached either
      this.t[k] = Math.max(b, this.t[k - 1]!);
      this.q[k] = BACK_SHARES[m]!;
      k++;
    }
    this.nKnots = k;
    for (let m = 0; m < k; m++) this.up[m] = 1 - this.crashedShare * (1 - this.q[m]!);
    for (let m = 0; m < k; m++) {
      const span = m + 1 < k ? this.t[m + 1]! - this.t[m]! : 0;
      this.slope[m] = span > 0 ? (this.up[m + 1]! - this.up[m]!) / span : 0;
    }
    return this;
  }

  rewind(): void {
    this.i = 0;
  }

  /** Share of crashed devices back at minute t (0 before the first crash). */
  backShareAt(t: number): number {
    if (this.nKnots === 0 || t < this.firstCrash) return 0;
    const { t: ts, q } = this;
    const last = this.nKnots - 1;
    let i = this.i;
    if (ts[i]! > t) i = 0; // a rewind was skipped: start again (correct, only slower)
    while (i < last && ts[i + 1]! <= t) i++;
    this.i = i;
    if (i === last) return q[last]!;
    const a = ts[i]!;
    const b = ts[i + 1]!;
    return b > a ? q[i]! + ((q[i + 1]! - q[i]!) * (t - a)) / (b - a) : q[i + 1]!;
  }

  /** Share of the class's devices up at minute t. */
  availableAt(t: number): number {
    if (this.crashedShare === 0 || t < this.firstCrash) return 1;
    return 1 - this.crashedShare * (1 - this.backShareAt(t));
  }

  /**
   * First minute from which at least `share` of the class's devices are up again for good, or
   * Infinity if that never happens within the run; -Infinity when that share never went down.
   */
  availableFrom(share: number): number {
    if (this.crashedShare === 0 || 1 - this.crashedShare >= share) return -Infinity;
    const need = 1 - (1 - share) / this.crashedShare; // back share needed
    const { t, q } = this;
    for (let k = 1; k < this.nKnots; k++) {
      if (q[k]! >= need - 1e-12) {
        const a = t[k - 1]!;
        const b = t[k]!;
        const f = q[k]! > q[k - 1]! ? (need - q[k - 1]!) / (q[k]! - q[k - 1]!) : 1;
        return a + (b - a) * Math.max(0, Math.min(1, f));
      }
    }
    return Infinity;
  }
}
