// The target list as data: every entry complete, sourced and consistent with the registry.
import { describe, expect, it } from 'vitest';
import { MEASURES, TARGETS, TARGET_BY_ID } from '../../src/calibration/index.js';
import { PARAM_BY_KEY } from '../../src/engine/index.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const PUBLISH = Date.parse(PARAM_BY_KEY.get('push.publishAt')!.default as string);

describe('TARGETS', () => {
  it('TARGETS: ids are unique and TARGET_BY_ID finds each', () => {
    expect(new Set(TARGETS.map((t) => t.id)).size).toBe(TARGETS.length);
    for (const t of TARGETS) expect(TARGET_BY_ID.get(t.id)).toBe(t);
  });

  for (const t of TARGETS) {
    it(`TARGETS ${t.id}: complete, sourced, its value inside its range, its time fits its measure`, () => {
      expect(t.label.length).toBeGreaterThan(10);
      expect(t.source.who.length).toBeGreaterThan(0);
      expect(t.source.where.length).toBeGreaterThan(0);
      expect(t.source.when.length).toBeGreaterThan(0);
      expect(t.softness.note.length).toBeGreaterThan(20);
      expect(t.softness.tolerance).toBeGreaterThan(0);
      expect(t.softness.weight).toBeGreaterThan(0);
      expect(t.range[0]).toBeLessThanOrEqual(t.range[1]);
      expect(t.value).toBeGreaterThanOrEqual(t.range[0]);
      expect(t.value).toBeLessThanOrEqual(t.range[1]);
      const reads = MEASURES[t.measure].reads;
      if (reads === 'run') expect(t.time).toBeNull();
      else if (reads === 'window') expect(t.time !== null && 'from' in t.time).toBe(true);
      else expect(t.time !== null && !('from' in t.time)).toBe(true);
      if (MEASURES[t.measure].unit === 'share') expect(t.range[1]).toBeLessThanOrEqual(1);
      // Record times are ISO UTC on or after the publish time.
      const times = t.time === null ? [] : 'from' in t.time ? [t.time.from, t.time.to] : [t.time];
      for (const x of times) {
        if ('iso' in x) {
          expect(x.iso).toMatch(ISO);
          expect(Date.parse(x.iso)).toBeGreaterThanOrEqual(PUBLISH);
        }
      }
    });
  }

  it('TARGETS sensors-online-25jul: read at the registry check point (run.checkHours after push.publishAt)', () => {
    const t = TARGET_BY_ID.get('sensors-online-25jul')!;
    const hours = PARAM_BY_KEY.get('run.checkHours')!.default as number;
    expect(t.time !== null && 'iso' in t.time && Date.parse(t.time.iso)).toBe(PUBLISH + hours * 3_600_000);
  });

  it('TARGETS no-exposure-outside-window: the window is the registry publish time to the revert', () => {
    const t = TARGET_BY_ID.get('no-exposure-outside-window')!;
    const revert = PARAM_BY_KEY.get('push.revertMinutes')!.default as number;
    if (t.time === null || !('from' in t.time) || !('iso' in t.time.from) || !('iso' in t.time.to)) throw new Error('expected an ISO window');
    expect(Date.parse(t.time.from.iso)).toBe(PUBLISH);
    expect(Date.parse(t.time.to.iso)).toBe(PUBLISH + revert * 60_000);
  });

  it('TARGETS: the soft Sevco targets sit at or above the project floors read at the same time or later', () => {
    const sevcoMon = TARGET_BY_ID.get('sevco-monday-evening')!;
    const floorMon = TARGET_BY_ID.get('floor-monday-evening')!;
    expect(sevcoMon.time).toEqual(floorMon.time);
    // The floor and the soft range overlap, so both can be met at once.
    expect(Math.max(sevcoMon.range[0], floorMon.range[0])).toBeLessThanOrEqual(Math.min(sevcoMon.range[1], floorMon.range[1]));
    expect(TARGET_BY_ID.get('sevco-friday-night')!.softness.kind).toBe('soft');
    expect(sevcoMon.softness.kind).toBe('soft');
  });
});
