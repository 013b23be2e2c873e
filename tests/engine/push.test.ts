import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onCurve } from '../../src/engine/availability.js';
import { localClock, type LocalClock } from '../../src/engine/clock.js';
import { defaultParams } from '../../src/engine/params.js';
import { groupIndex, planPush, ringsOf } from '../../src/engine/push.js';
import { REGION_INFO } from '../../src/engine/regions.js';
import { CLASSES, REGIONS, type PushParams } from '../../src/engine/types.js';

const PUBLISH = Date.parse('2024-07-19T04:09:00Z');
const clocks: LocalClock[] = REGION_INFO.map((r) => localClock(PUBLISH, r.utcOffsetHours, r.weekend));
const push = (o: Partial<PushParams> = {}): PushParams => ({ ...defaultParams().push, ...o });
/** 10,000 devices in every (region, class) group, half of them holding content back. */
const counts = new Float64Array(REGIONS.length * CLASSES.length * 2).fill(10_000);
const curves = CLASSES.map((c) => onCurve(defaultParams().fleet, c));
/** 14 days, the default run. */
const HORIZON = 14 * 1440;

describe('ringsOf', () => {
  it('ringsOf(July 2024) is one ring with everyone at publish', () => {
    expect(ringsOf(push())).toEqual([{ share: 1, offset: 0 }]);
  });

  it('ringsOf(canary, early) offsets each ring by the bake times before it', () => {
    const rings = ringsOf(push({ canaryShare: 0.01, canaryBakeMinutes: 120, earlyShare: 0.1, earlyBakeMinutes: 240 }));
    expect(rings.map((r) => r.offset)).toEqual([0, 120, 360]);
    expect(rings[0]!.share).toBe(0.01);
    expect(rings[1]!.share).toBe(0.1);
    expect(rings[2]!.share).toBeCloseTo(0.89, 12);
  });

  it('ringsOf without a canary starts the early ring at publish', () => {
    const rings = ringsOf(push({ earlyShare: 0.2, earlyBakeMinutes: 240 }));
    expect(rings.map((r) => r.offset)).toEqual([0, 240]);
    expect(rings.map((r) => r.share)).toEqual([0.2, 0.8]);
  });

  it('ringsOf drops empty rings; shares always sum to 1', () => {
    expect(ringsOf(push({ canaryShare: 1 }))).toEqual([{ share: 1, offset: 0 }]);
    for (const [c, e] of [[0, 0], [0.3, 0], [0, 0.7], [0.25, 0.25], [0.5, 0.5], [0.1, 0.2]]) {
      const rings = ringsOf(push({ canaryShare: c!, earlyShare: e! }));
      expect(rings.every((r) => r.share > 0)).toBe(true);
      expect(rings.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('planPush', () => {
  it('planPush(July 2024) ends the content at the revert, with no halt', () => {
    const plan = planPush(push(), 0.97, clocks, counts, curves, HORIZON);
    expect(plan.detectedAt).toBeNull();
    expect(plan.contentEnd).toBe(78);
    expect(plan.groups.length).toBe(counts.length);
    for (const g of plan.groups) {
      expect(g.ringP.length).toBe(1);
      expect(g.ringP[0]).toBeGreaterThanOrEqual(0);
      expect(g.ringP[0]).toBeLessThanOrEqual(0.97);
      for (const d of g.dists) expect(d.b).toBeLessThanOrEqual(78);
    }
  });

  it('planPush halts earlier with a lower crash threshold, and contentEnd never passes the revert', () => {
    const halts: number[] = [];
    for (const threshold of [10, 1000, 10_000, 100_000, 200_000]) {
      const plan = planPush(push({ haltAfterCrashes: threshold, haltDetectionMinutes: 15 }), 0.97, clocks, counts, curves, HORIZON);
      expect(plan.detectedAt).not.toBeNull();
      expect(plan.contentEnd).toBeLessThanOrEqual(78);
      expect(plan.contentEnd).toBeCloseTo(Math.min(78, plan.detectedAt! + 15), 10);
      halts.push(plan.detectedAt!);
    }
    for (let i = 1; i < halts.length; i++) expect(halts[i]).toBeGreaterThanOrEqual(halts[i - 1]!);
    expect(halts[halts.length - 1]).toBeGreaterThan(halts[0]! + 1);
  });

  it('planPush does not halt when the threshold is more than the push ever crashes', () => {
    const plan = planPush(push({ haltAfterCrashes: 10_000_000 }), 0.97, clocks, counts, curves, HORIZON);
    expect(plan.detectedAt).toBeNull();
    expect(plan.contentEnd).toBe(78);
  });

  it('planPush: after a halt no ring is offered content past contentEnd', () => {
    const plan = planPush(push({ canaryShare: 0.01, earlyShare: 0.1, haltAfterCrashes: 500, haltDetectionMinutes: 15 }), 0.97, clocks, counts, curves, HORIZON);
    expect(plan.detectedAt).not.toBeNull();
    expect(plan.contentEnd).toBeLessThan(78);
    for (const g of plan.groups) {
      expect(g.ringP.length).toBe(3);
      for (const d of g.dists) if (d.p > 0) expect(d.b).toBeLessThanOrEqual(plan.contentEnd!);
      // The early (120 min) and general (360 min) rings are never reached.
      expect(g.ringP[1]).toBe(0);
      expect(g.ringP[2]).toBe(0);
    }
  });

  it('planPush: customers holding content back longer than the exposure window see nothing', () => {
    const plan = planPush(push({ holdbackShare: 0.5, holdbackHours: 24 }), 0.97, clocks, counts, curves, HORIZON);
    for (let r = 0; r < REGIONS.length; r++) {
      for (let c = 0; c < CLASSES.length; c++) {
        expect(plan.groups[groupIndex(r, c, 1)]!.ringP[0]).toBe(0);
        expect(plan.groups[groupIndex(r, c, 0)]!.ringP[0]).toBeGreaterThan(0);
      }
    }
  });

  it('planPush with the revert set to "never" and no threshold: the content is offered to the end of the run, no known-bad list', () => {
    const plan = planPush(push({ revertMinutes: 'never' }), 0.97, clocks, counts, curves, HORIZON);
    expect(plan.contentEnd).toBeNull();
    expect(plan.knownBad).toBeNull();
    expect(plan.halted).toBe(false);
    expect(Math.max(...plan.groups.flatMap((g) => g.dists.map((d) => d.b)))).toBe(HORIZON);
  });

  it('planPush: revert on detection comes the reaction time after the crossing, which a slow canary reaches later', () => {
    const full = planPush(push({ revertMinutes: 'never', haltAfterCrashes: 10_000, haltDetectionMinutes: 30 }), 0.97, clocks, counts, curves, HORIZON);
    expect(full.halted).toBe(true);
    expect(full.contentEnd).toBeCloseTo(full.detectedAt! + 30, 10);
    // The same crossing as with a fixed revert far after it: the tables over the whole run are
    // refined around the crossing, so "never" does not blur when telemetry fires.
    const fixed = planPush(push({ revertMinutes: 78, haltAfterCrashes: 10_000, haltDetectionMinutes: 30 }), 0.97, clocks, counts, curves, HORIZON);
    expect(Math.abs(full.detectedAt! - fixed.detectedAt!)).toBeLessThan(0.5);
    const canary = planPush(push({ revertMinutes: 'never', canaryShare: 0.01, canaryBakeMinutes: 60, haltAfterCrashes: 10_000, haltDetectionMinutes: 30 }),
      0.97, clocks, counts, curves, HORIZON);
    expect(canary.detectedAt!).toBeGreaterThan(full.detectedAt! + 5);
    for (const g of canary.groups) for (const d of g.dists) if (d.p > 0) expect(d.b).toBeLessThanOrEqual(canary.contentEnd!);
  });

  it('planPush: the known-bad list follows the content\'s end (revert or halt) by the delay', () => {
    const revert = planPush(push({ revertMinutes: 180 }), 0.97, clocks, counts, curves, HORIZON, 20);
    expect(revert.knownBad).toBe(200);
    const halt = planPush(push({ revertMinutes: 180, haltAfterCrashes: 1000, haltDetectionMinutes: 15 }), 0.97, clocks, counts, curves, HORIZON, 20);
    expect(halt.halted).toBe(true);
    expect(halt.knownBad).toBeCloseTo(halt.contentEnd! + 20, 10);
    expect(halt.knownBad!).toBeLessThan(revert.knownBad!);
  });

  it('planPush: the known-bad list never precedes the fix, over random pushes (property)', () => {
    fc.assert(fc.property(
      fc.record({
        revert: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.constant('never' as const)),
        canary: fc.double({ min: 0, max: 0.5, noNaN: true }), bake: fc.integer({ min: 0, max: 600 }),
        threshold: fc.integer({ min: 0, max: 300_000 }), reaction: fc.integer({ min: 0, max: 120 }),
        holdback: fc.double({ min: 0, max: 1, noNaN: true }), kernel: fc.double({ min: 0, max: 1, noNaN: true }),
        delay: fc.integer({ min: 0, max: 600 }),
      }),
      (x) => {
        const plan = planPush(push({
          revertMinutes: x.revert, canaryShare: x.canary, canaryBakeMinutes: x.bake, haltAfterCrashes: x.threshold,
          haltDetectionMinutes: x.reaction, holdbackShare: x.holdback, kernelModeShare: x.kernel,
        }), 0.97, clocks, counts, curves, HORIZON, x.delay);
        if (plan.contentEnd === null) return plan.knownBad === null && x.revert === 'never' && !plan.halted;
        const stops = [x.revert === 'never' ? Infinity : x.revert, plan.detectedAt === null ? Infinity : plan.detectedAt + x.reaction];
        return plan.knownBad === plan.contentEnd + x.delay && plan.contentEnd === Math.min(...stops)
          && plan.groups.every((g) => g.dists.every((d) => d.p === 0 || d.b <= plan.contentEnd!));
      },
    ), { numRuns: 40, seed: 7 });
  });

  it('groupIndex numbers every (region, class, holdback) once', () => {
    const seen = new Set<number>();
    for (let r = 0; r < REGIONS.length; r++) for (let c = 0; c < CLASSES.length; c++) for (let h = 0; h < 2; h++) seen.add(groupIndex(r, c, h));
    expect(seen.size).toBe(counts.length);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(counts.length - 1);
  });
});
