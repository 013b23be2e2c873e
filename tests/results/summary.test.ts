import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/engine/params.js';
import { hoursUntil, summarize } from '../../src/results/index.js';
import { toSeries } from '../../src/results/series.js';
import { SECTORS } from '../../src/engine/types.js';
import { HAND_PUBLISH, handMade } from '../helpers/handMade.js';

const iso = (h: number) => new Date(HAND_PUBLISH + h * 3600_000).toISOString();

describe('hoursUntil', () => {
  const r = handMade([100, 0, 0, 0], [0, 50, 50, 0]);
  const cum = [0, 50, 100, 100];
  it('hoursUntil interpolates within the bin where the share is reached', () => {
    expect(hoursUntil(r, cum, 100, 0.25)).toBeCloseTo(1.5, 12); // half-way through bin 1 (60-120 min)
    expect(hoursUntil(r, cum, 100, 0.5)).toBeCloseTo(2, 12);
    expect(hoursUntil(r, cum, 100, 0.9)).toBeCloseTo(2.8, 12); // 120 + 60 x 40/50 min
    expect(hoursUntil(r, cum, 100, 1)).toBeCloseTo(3, 12);
  });
  it('hoursUntil is null when the share is never reached, and when nothing crashed', () => {
    expect(hoursUntil(r, [0, 10, 20, 30], 100, 0.5)).toBeNull();
    expect(hoursUntil(r, [0, 0, 0, 0], 0, 0.9)).toBeNull();
  });
  it('hoursUntil grows with the share', () => {
    let prev = -Infinity;
    for (let s = 0.01; s <= 1; s += 0.01) {
      const h = hoursUntil(r, cum, 100, s)!;
      expect(h).toBeGreaterThanOrEqual(prev);
      prev = h;
    }
  });
});

describe('summarize', () => {
  const r = handMade([40, 20, 0, 0, 0], [0, 10, 30, 10, 5]);
  const params = defaultParams();
  it('summarize reads the peak of devices down and when it was', () => {
    const s = summarize(r, params);
    expect(s.peakDown).toBe(50);
    expect(s.peakDownAt).toBe(iso(2));
    expect(s.fleet).toBe(100);
    expect(s.crashed).toBe(60);
    expect(s.stillDownAtEnd).toBe(5);
    expect(s.haltAt).toBeNull();
  });
  it('summarize hoursTo: recovered shares of the crashed devices', () => {
    const s = summarize(r, params);
    expect(s.hoursTo['50']).toBeCloseTo(2 + 20 / 30, 12); // 30 of 60 within bin 2 (10 -> 40)
    expect(s.hoursTo['90']).toBeCloseTo(4 + 4 / 5, 12); // 54 of 60 within bin 4 (50 -> 55)
    expect(s.hoursTo['97']).toBeNull();
    expect(s.hoursTo['99']).toBeNull();
  });
  it('summarize reads the check point at its time, between the ends of the bin that holds it', () => {
    const s = summarize(r, { ...params, run: { ...params.run, checkHours: 2.5 } });
    expect(s.checkAt).toBe(iso(2.5));
    // Half-way through bin 2: down goes 50 -> 20 (35 at 2.5 h), recovered 10 -> 40 (25).
    expect(s.sensorsOnlineAtCheck).toBeCloseTo(0.65, 12);
    expect(s.crashedRecoveredAtCheck).toBeCloseTo(25 / 60, 12);
    const atEnd = summarize(r, { ...params, run: { ...params.run, checkHours: 3 } });
    expect(atEnd.sensorsOnlineAtCheck).toBeCloseTo(0.8, 12);
  });
  it('summarize gives one row per sector', () => {
    const s = summarize(r, params, toSeries(r));
    expect(s.bySector.map((x) => x.sector)).toEqual([...SECTORS]);
    expect(s.bySector[0]!.crashed).toBe(60);
    expect(s.bySector[0]!.hoursTo90).toBeCloseTo(4.8, 12);
    expect(s.bySector[1]!.hoursTo90).toBeNull(); // nothing crashed in that sector
  });
  it('summarize writes the halt time as ISO', () => {
    const s = summarize({ ...r, haltAtMinutes: 30 }, params);
    expect(s.haltAt).toBe(iso(0.5));
  });
});
