import { describe, expect, it } from 'vitest';
import { cumulative, sumGroups, toSeries } from '../../src/results/series.js';
import { HAND_PUBLISH, handMade } from '../helpers/handMade.js';

describe('sumGroups', () => {
  it('sumGroups adds the rows of a [group][bin] histogram', () => {
    expect(Array.from(sumGroups(Float64Array.from([1, 2, 3, 10, 20, 30]), 3))).toEqual([11, 22, 33]);
  });
});

describe('cumulative', () => {
  it('cumulative is the running sum', () => {
    expect(Array.from(cumulative(Float64Array.from([1, 0, 2, 5])))).toEqual([1, 1, 3, 8]);
    expect(cumulative(new Float64Array(0)).length).toBe(0);
  });
});

describe('toSeries', () => {
  const r = handMade([40, 20, 0, 0, 0], [0, 10, 30, 10, 5]);
  const s = toSeries(r);
  it('toSeries times are bin ends in epoch ms', () => {
    expect(Array.from(s.timeMs)).toEqual([1, 2, 3, 4, 5].map((h) => HAND_PUBLISH + h * 3600_000));
  });
  it('toSeries counts are cumulative; down is crashed minus recovered', () => {
    expect(Array.from(s.crashed)).toEqual([40, 60, 60, 60, 60]);
    expect(Array.from(s.exposed)).toEqual([40, 60, 60, 60, 60]);
    expect(Array.from(s.recovered)).toEqual([0, 10, 40, 50, 55]);
    expect(Array.from(s.down)).toEqual([40, 50, 20, 10, 5]);
  });
  it('toSeries shares: sensors online of the fleet, recovered of the crashed', () => {
    expect(Array.from(s.sensorsOnlineShare)).toEqual([0.6, 0.5, 0.8, 0.9, 0.95]);
    s.crashedRecoveredShare.forEach((x, i) => expect(x).toBeCloseTo([0, 10, 40, 50, 55][i]! / 60, 12));
  });
  it('toSeries down per group: sector 0 holds all, the others none', () => {
    expect(Array.from(s.downBySector.subarray(0, 5))).toEqual([40, 50, 20, 10, 5]);
    expect(s.downBySector.subarray(5).every((x) => x === 0)).toBe(true);
    expect(Array.from(s.downByRegion.subarray(0, 5))).toEqual([40, 50, 20, 10, 5]);
    expect(Array.from(s.downByClass.subarray(0, 5))).toEqual([40, 50, 20, 10, 5]);
  });
  it('toSeries with nothing crashed: everything online, recovered share 1', () => {
    const z = toSeries(handMade([0, 0], [0, 0]));
    expect(Array.from(z.sensorsOnlineShare)).toEqual([1, 1]);
    expect(Array.from(z.crashedRecoveredShare)).toEqual([1, 1]);
  });
});
