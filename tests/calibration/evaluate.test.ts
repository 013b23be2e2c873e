// Targets on hand-made results (tests/helpers/handMade.ts: one-hour bins from the publish time),
// where every expected value can be worked out with pencil and paper.
import { describe, expect, it } from 'vitest';
import { combinedDistance, evaluateTarget, evaluateTargets, gapTo, TARGET_BY_ID, type Target } from '../../src/calibration/index.js';
import { toSeries } from '../../src/results/index.js';
import { HAND_PUBLISH, handMade } from '../helpers/handMade.js';

// 200 devices; 60 crash in hour 0 and 40 in hour 1; back: 30, 20, 25, 5 in hours 1-4.
// Crashed recovered share at the end of hours 0-4: 0, 0.3, 0.5, 0.75, 0.8.
// Down: 60, 70, 50, 25, 20, so sensors online: 0.7, 0.65, 0.75, 0.875, 0.9.
const r = handMade([60, 40, 0, 0, 0], [0, 30, 20, 25, 5], 200);
const series = toSeries(r);

const target = (over: Partial<Target>): Target => ({
  id: 't', label: 'test target', measure: 'crashedRecoveredShare', time: { afterPublishMinutes: 180 },
  value: 0.6, range: [0.6, 1], source: { who: 'x', where: 'y', when: 'z' },
  softness: { kind: 'hard', tolerance: 0.05, weight: 1, note: '' }, heldByBaseline: false, ...over,
});

describe('evaluateTarget on a hand-made result', () => {
  it('evaluateTarget(share back at 180 min, at least 0.6): reads 0.5 at the end of hour 2, 2 tolerances short; between bin ends it interpolates', () => {
    const f = evaluateTarget(r, target({}), series);
    expect(f.model).toBe(0.5);
    expect(f.atMinutes).toBe(180);
    expect(evaluateTarget(r, target({ time: { afterPublishMinutes: 150 } }), series).model).toBeCloseTo(0.4, 12);
    expect(f.gap).toBeCloseTo(-0.1, 12);
    expect(f.distance).toBeCloseTo(2, 12);
    expect(f.met).toBe(false);
    expect(f.verdict).toBe('missed');
  });

  it('evaluateTarget: an ISO time is read relative to the result\'s publish time (120 min -> 0.3)', () => {
    const f = evaluateTarget(r, target({ time: { iso: new Date(HAND_PUBLISH + 120 * 60000).toISOString() }, range: [0.25, 0.35] }), series);
    expect(f.atMinutes).toBe(120);
    expect(f.model).toBe(0.3);
    expect(f.met).toBe(true);
    expect(f.distance).toBe(0);
    expect(f.verdict).toBe('met');
  });

  it('evaluateTarget(sensors online at 240 min): 0.875 is met inside [0.85, 0.9] and "near" half a tolerance below [0.9, 1]', () => {
    const met = evaluateTarget(r, target({ measure: 'sensorsOnlineShare', time: { afterPublishMinutes: 240 }, range: [0.85, 0.9] }), series);
    expect(met.model).toBe(0.875);
    expect(met.verdict).toBe('met');
    const near = evaluateTarget(r, target({ measure: 'sensorsOnlineShare', time: { afterPublishMinutes: 240 }, range: [0.9, 1] }), series);
    expect(near.gap).toBeCloseTo(-0.025, 12);
    expect(near.distance).toBeCloseTo(0.5, 12);
    expect(near.verdict).toBe('near');
  });

  it('evaluateTarget(crashed): counts are divided by the scale (100 crashed at scale 0.5 is 200)', () => {
    const t = target({ measure: 'crashed', time: null, value: 150, range: [150, 180], softness: { kind: 'hard', tolerance: 10, weight: 1, note: '' } });
    expect(evaluateTarget(r, t, series).model).toBe(100);
    const f = evaluateTarget(r, t, series, 0.5);
    expect(f.model).toBe(200);
    expect(f.gap).toBe(20);
    expect(f.distance).toBe(2);
  });

  it('evaluateTarget(exposures outside the window): counts bins wholly before its start or from its end on', () => {
    const w = (from: number, to: number) => target({
      measure: 'exposuresOutsideWindow', time: { from: { afterPublishMinutes: from }, to: { afterPublishMinutes: to } },
      value: 0, range: [0, 0], softness: { kind: 'hard', tolerance: 1, weight: 1, note: '' },
    });
    // Exposures: 60 in [0, 60), 40 in [60, 120).
    expect(evaluateTarget(r, w(0, 78), series).model).toBe(0); // [60, 120) straddles 78: inside
    expect(evaluateTarget(r, w(0, 60), series).model).toBe(40);
    expect(evaluateTarget(r, w(60, 300), series).model).toBe(60);
    const f = evaluateTarget(r, w(60, 120), series, 0.5);
    expect(f.model).toBe(120);
    expect(f.distance).toBe(120);
    expect(f.verdict).toBe('missed');
  });

  it('evaluateTarget: a time after the run ends is "outside the run", with no model value and an infinite distance', () => {
    const f = evaluateTarget(r, target({ time: { afterPublishMinutes: 600 } }), series);
    expect(f.model).toBeNull();
    expect(f.gap).toBeNull();
    expect(f.distance).toBe(Infinity);
    expect(f.verdict).toBe('outside the run');
  });

  it('evaluateTargets(r): every published target, in list order, on the hand-made run', () => {
    const fits = evaluateTargets(r);
    expect(fits.map((f) => f.id)).toEqual([...TARGET_BY_ID.keys()]);
    expect(fits.find((f) => f.id === 'crashed')!.model).toBe(100);
    expect(fits.find((f) => f.id === 'no-exposure-outside-window')!.model).toBe(0);
    // The hand-made run lasts 5 hours: 23:00 UTC is beyond it.
    expect(fits.find((f) => f.id === 'floor-friday-23utc')!.verdict).toBe('outside the run');
  });
});

describe('distances', () => {
  it('gapTo: 0 inside the range, signed distance to the nearest end outside', () => {
    expect(gapTo([1, 2], 1.5)).toBe(0);
    expect(gapTo([1, 2], 1)).toBe(0);
    expect(gapTo([1, 2], 0.25)).toBe(-0.75);
    expect(gapTo([1, 2], 3)).toBe(1);
  });

  it('combinedDistance: weighted root mean square (2 at weight 1 and 0 at weight 0.5 give sqrt(4 / 1.5))', () => {
    expect(combinedDistance([{ distance: 2, weight: 1 }, { distance: 0, weight: 0.5 }])).toBeCloseTo(Math.sqrt(4 / 1.5), 12);
    expect(combinedDistance([])).toBe(0);
    expect(combinedDistance([{ distance: Infinity, weight: 1 }])).toBe(Infinity);
  });
});
