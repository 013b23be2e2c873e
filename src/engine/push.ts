// The push: which devices are offered the bad file, and when. Devices fall into rings (a
// canary, an early ring, the rest), each offered the content after its bake time; customers
// who hold content back see each ring's window start later; everything stops at the revert,
// or earlier if an automatic halt fires on crash telemetry. A revert reaches everyone at once.
import type { OnCurve } from './availability.js';
import type { LocalClock } from './clock.js';
import { cdfAt, exposureDist, type ExposureDist } from './exposure.js';
import { CLASSES, type PushParams } from './types.js';

export interface Ring {
  share: number;
  /** Minutes after publish when the ring is first offered the content. */
  offset: number;
}

export function ringsOf(p: PushParams): Ring[] {
  const canary = p.canaryShare;
  const early = p.earlyShare;
  const earlyAt = canary > 0 ? p.canaryBakeMinutes : 0;
  const generalAt = earlyAt + (early > 0 ? p.earlyBakeMinutes : 0);
  const rings: Ring[] = [
    { share: canary, offset: 0 },
    { share: early, offset: earlyAt },
    { share: Math.max(0, 1 - canary - early), offset: generalAt },
  ];
  return rings.filter((r) => r.share > 0);
}

/** Exposure per ring for one (region, class, holdback) group. */
export interface ExposureGroup {
  /** Upper bound of each ring in [0, 1) for the ring draw. */
  ringCum: Float64Array;
  ringShare: Float64Array;
  /** Chance an eligible device of the ring is exposed times the eligible share. */
  ringP: Float64Array;
  dists: ExposureDist[];
}

export interface PushPlan {
  rings: Ring[];
  haltAt: number | null;
  contentEnd: number;
  /** Index: groupIndex(region, class, holdback). */
  groups: ExposureGroup[];
}

export const groupIndex = (region: number, cls: number, holdback: number) => (region * CLASSES.length + cls) * 2 + holdback;

function buildGroups(
  p: PushParams, eligible: number, rings: Ring[], end: number, clocks: readonly LocalClock[], curves: readonly OnCurve[],
): ExposureGroup[] {
  const groups: ExposureGroup[] = [];
  const hold = p.holdbackHours * 60;
  for (let r = 0; r < clocks.length; r++) {
    for (let c = 0; c < CLASSES.length; c++) {
      for (let h = 0; h < 2; h++) {
        const dists = rings.map((ring) => exposureDist(curves[c]!, clocks[r]!, ring.offset + h * hold, end, p.pollMinutes, p.connectMinutes));
        let cum = 0;
        groups[groupIndex(r, c, h)] = {
          ringCum: Float64Array.from(rings, (ring) => (cum += ring.share)),
          ringShare: Float64Array.from(rings, (ring) => ring.share),
          ringP: Float64Array.from(dists, (d) => d.p * eligible),
          dists,
        };
      }
    }
  }
  return groups;
}

/**
 * Plans the push. `curves[class]`: who is switched on when (availability.ts).
 * `groupCounts[groupIndex(...)]` holds how many devices each group has; the
 * automatic halt reads the expected crash curve they produce (telemetry is an aggregate of
 * thousands of crashes, where the expectation and one draw differ by well under a minute).
 */
export function planPush(
  p: PushParams, eligible: number, clocks: readonly LocalClock[], groupCounts: Float64Array, curves: readonly OnCurve[],
): PushPlan {
  const rings = ringsOf(p);
  const revert = p.revertMinutes;
  let groups = buildGroups(p, eligible, rings, revert, clocks, curves);
  let haltAt: number | null = null;
  if (p.haltAfterCrashes > 0) {
    const expected = (t: number) => {
      let sum = 0;
      for (let g = 0; g < groups.length; g++) {
        const n = groupCounts[g]!;
        if (n === 0) continue;
        const grp = groups[g]!;
        for (let k = 0; k < grp.dists.length; k++) sum += n * grp.ringShare[k]! * eligible * cdfAt(grp.dists[k]!, t);
      }
      return sum * p.kernelModeShare;
    };
    if (expected(revert) >= p.haltAfterCrashes) {
      let lo = 0;
      let hi = revert;
      while (hi - lo > 0.25) {
        const mid = (lo + hi) / 2;
        if (expected(mid) >= p.haltAfterCrashes) hi = mid;
        else lo = mid;
      }
      haltAt = hi;
    }
  }
  const contentEnd = haltAt === null ? revert : Math.min(revert, haltAt + p.haltDetectionMinutes);
  if (contentEnd < revert) groups = buildGroups(p, eligible, rings, contentEnd, clocks, curves);
  return { rings, haltAt, contentEnd, groups };
}
