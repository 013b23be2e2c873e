// The push: which devices are offered the bad file, and when. Devices fall into rings (a
// canary, an early ring, the rest), each offered the content after its bake time; customers
// who hold content back see each ring's window start later; everything stops at the revert,
// or earlier if an automatic halt fires on crash telemetry. A revert reaches everyone at once.
// The known-bad list, which lets a crashed machine heal on a reboot, follows that end.
import type { OnCurve } from './availability.js';
import type { LocalClock } from './clock.js';
import { cdfAt, exposureDist, GRID, type ExposureDist } from './exposure.js';
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
  /** Minutes after publish at which expected crash telemetry passes push.haltAfterCrashes, or null. */
  detectedAt: number | null;
  /** Whether the content was stopped on crash telemetry (before any revert at a set time). */
  halted: boolean;
  /** Minutes after publish at which the content stops going out (revert or halt); null if it never does. */
  contentEnd: number | null;
  /** Minutes after publish from which the bad file is on the known-bad list: the content's end plus the delay; null if never. */
  knownBad: number | null;
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

/** Expected crashes by minute t: what crash telemetry, an aggregate of thousands of reports, shows. */
function expectedCrashes(groups: ExposureGroup[], groupCounts: Float64Array, eligible: number, kernel: number, t: number): number {
  let sum = 0;
  for (let g = 0; g < groups.length; g++) {
    const n = groupCounts[g]!;
    if (n === 0) continue;
    const grp = groups[g]!;
    for (let k = 0; k < grp.dists.length; k++) sum += n * grp.ringShare[k]! * eligible * cdfAt(grp.dists[k]!, t);
  }
  return sum * kernel;
}

/** The search below finds the crossing to a quarter minute; tables over windows up to this long resolve time as finely. */
const FINE_WINDOW = 0.25 * GRID;

/**
 * When expected crash telemetry passes `threshold`, for content on offer until `end` at most, or
 * null if it never does. The exposure tables resolve time in steps of their window over GRID: a
 * crossing early in a long window (revert "never": the whole run) is found again on tables over a
 * window just past it, until they resolve it to the search's precision. How many devices took
 * the file by a time does not depend on how long the window runs after it.
 */
function detect(threshold: number, end: number, build: (end: number) => ExposureGroup[], count: (g: ExposureGroup[], t: number) => number): number | null {
  let groups = build(end);
  if (count(groups, end) < threshold) return null;
  let found = end;
  for (;;) {
    let lo = 0;
    let hi = end;
    while (hi - lo > 0.25) {
      const mid = (lo + hi) / 2;
      if (count(groups, mid) >= threshold) hi = mid;
      else lo = mid;
    }
    found = hi;
    const next = Math.min(end, 2 * hi + 10);
    if (end <= FINE_WINDOW || next > end / 2) return found;
    end = next;
    groups = build(end);
    if (count(groups, end) < threshold) return found;
  }
}

/**
 * Plans the push. `curves[class]`: who is switched on when (availability.ts).
 * `groupCounts[groupIndex(...)]` holds how many devices each group has; the
 * automatic halt reads the expected crash curve they produce (telemetry is an aggregate of
 * thousands of crashes, where the expectation and one draw differ by well under a minute).
 * One mechanism stops the content early: crash telemetry passing push.haltAfterCrashes, then the
 * reaction time push.haltDetectionMinutes. Whether that is called a halt or a revert on
 * detection, devices see the same: nobody takes the file after it. A revert at a set minute
 * (push.revertMinutes) stops it otherwise, whichever comes first; with the revert "never", only
 * telemetry does, and without a threshold the content runs to the end of the run (`horizon`).
 * The known-bad list follows the content's end by crash.knownBadDelayMinutes.
 */
export function planPush(
  p: PushParams, eligible: number, clocks: readonly LocalClock[], groupCounts: Float64Array, curves: readonly OnCurve[], horizon: number, knownBadDelay = 0,
): PushPlan {
  const rings = ringsOf(p);
  const revert = p.revertMinutes === 'never' ? null : p.revertMinutes;
  const offeredUntil = revert ?? horizon;
  const build = (end: number) => buildGroups(p, eligible, rings, end, clocks, curves);
  const detectedAt = p.haltAfterCrashes > 0
    ? detect(p.haltAfterCrashes, offeredUntil, build, (g, t) => expectedCrashes(g, groupCounts, eligible, p.kernelModeShare, t))
    : null;
  const stop = detectedAt === null ? null : detectedAt + p.haltDetectionMinutes;
  const halted = stop !== null && (revert === null || stop < revert);
  const contentEnd = halted ? stop : revert;
  const groups = build(contentEnd === null ? offeredUntil : Math.min(contentEnd, offeredUntil));
  return { rings, detectedAt, halted, contentEnd, knownBad: contentEnd === null ? null : contentEnd + knownBadDelay, groups };
}
