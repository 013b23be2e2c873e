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
    const plan = planPush(push(), 0.97, clocks, counts, curves);
    expect(plan.haltAt).toBeNull();
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
      const plan = planPush(push({ haltAfterCrashes: threshold, haltDetectionMinutes: 15 }), 0.97, clocks, counts, curves);
      expect(plan.haltAt).not.toBeNull();
      expect(plan.contentEnd).toBeLessThanOrEqual(78);
      expect(plan.contentEnd).toBeCloseTo(Math.min(78, plan.haltAt! + 15), 10);
      halts.push(plan.haltAt!);
    }
    for (let i = 1; i < halts.length; i++) expect(halts[i]).toBeGreaterThanOrEqual(halts[i - 1]!);
    expect(halts[halts.length - 1]).toBeGreaterThan(halts[0]! + 1);
  });

  it('planPush does not halt when the threshold is more than the push ever crashes', () => {
    const plan = planPush(push({ haltAfterCrashes: 10_000_000 }), 0.97, clocks, counts, curves);
    expect(plan.haltAt).toBeNull();
    expect(plan.contentEnd).toBe(78);
  });

  it('planPush: after a halt no ring is offered content past contentEnd', () => {
    const plan = planPush(push({ canaryShare: 0.01, earlyShare: 0.1, haltAfterCrashes: 500, haltDetectionMinutes: 15 }), 0.97, clocks, counts, curves);
    expect(plan.haltAt).not.toBeNull();
    expect(plan.contentEnd).toBeLessThan(78);
    for (const g of plan.groups) {
      expect(g.ringP.length).toBe(3);
      for (const d of g.dists) if (d.p > 0) expect(d.b).toBeLessThanOrEqual(plan.contentEnd);
      // The early (120 min) and general (360 min) rings are never reached.
      expect(g.ringP[1]).toBe(0);
      expect(g.ringP[2]).toBe(0);
    }
  });

  it('planPush: customers holding content back longer than the exposure window see nothing', () => {
    const plan = planPush(push({ holdbackShare: 0.5, holdbackHours: 24 }), 0.97, clocks, counts, curves);
    for (let r = 0; r < REGIONS.length; r++) {
      for (let c = 0; c < CLASSES.length; c++) {
        expect(plan.groups[groupIndex(r, c, 1)]!.ringP[0]).toBe(0);
        expect(plan.groups[groupIndex(r, c, 0)]!.ringP[0]).toBeGreaterThan(0);
      }
    }
  });

  it('groupIndex numbers every (region, class, holdback) once', () => {
    const seen = new Set<number>();
    for (let r = 0; r < REGIONS.length; r++) for (let c = 0; c < CLASSES.length; c++) for (let h = 0; h < 2; h++) seen.add(groupIndex(r, c, h));
    expect(seen.size).toBe(counts.length);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(counts.length - 1);
  });
});
