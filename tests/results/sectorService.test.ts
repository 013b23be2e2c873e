import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/engine/index.js';
import { levelOf, sectorServiceAt, sectorServiceRows } from '../../src/results/index.js';
import { smallServiceView } from '../ui/smallRun.js';

const LIMITS = [0.995, 0.9, 0.75, 0.5, 0.25];

describe('sectorService', () => {
  it('levelOf: 0 at or above the first limit, one more per limit the share is below', () => {
    expect(levelOf(1, LIMITS)).toBe(0);
    expect(levelOf(0.995, LIMITS)).toBe(0);
    expect(levelOf(0.99, LIMITS)).toBe(1);
    expect(levelOf(0.75, LIMITS)).toBe(2);
    expect(levelOf(0.3, LIMITS)).toBe(4);
    expect(levelOf(0, LIMITS)).toBe(5);
  });

  it('sectorServiceRows: segments cover exactly the steps below normal, at their levels, and never overlap', () => {
    const im = smallServiceView().services!;
    const n = im.timeMs.length;
    const step = im.stepMinutes * 60_000;
    const rows = sectorServiceRows(im, LIMITS);
    expect(rows.length).toBe(SECTORS.length);
    for (const r of rows) {
      let covered = 0;
      r.segments.forEach((seg, i) => {
        expect(seg.level).toBeGreaterThanOrEqual(1);
        expect(seg.toMs).toBeGreaterThan(seg.fromMs);
        if (i > 0) expect(seg.fromMs).toBeGreaterThanOrEqual(r.segments[i - 1]!.toMs);
        covered += (seg.toMs - seg.fromMs) / step;
        // Every step inside the segment is at its level.
        for (let t = seg.fromMs; t < seg.toMs; t += step) expect(levelOf(sectorServiceAt(im, r.index, t), LIMITS)).toBe(seg.level);
      });
      let below = 0;
      let lowest = 1;
      for (let k = 0; k < n; k++) {
        const v = im.sectorOutput[r.index * n + k]!;
        if (v < 0.995) below++;
        lowest = Math.min(lowest, v);
      }
      expect(covered).toBeCloseTo(below, 9);
      expect(r.hoursBelowNormal).toBeCloseTo(below / 6, 9);
      expect(r.lowest).toBe(lowest);
      expect(r.serviceHoursLost).toBe(im.sectors[r.index]!.serviceHoursLost);
      if (r.normalAtMs !== null && !r.belowAtEnd) expect(sectorServiceAt(im, r.index, r.normalAtMs)).toBeGreaterThanOrEqual(0.995);
    }
    // Longest below normal first.
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.hoursBelowNormal).toBeLessThanOrEqual(rows[i - 1]!.hoursBelowNormal);
    expect(rows[0]!.hoursBelowNormal).toBeGreaterThan(0);
  });

  it('sectorServiceAt is normal before the service steps start', () => {
    const im = smallServiceView().services!;
    expect(sectorServiceAt(im, 0, im.timeMs[0]! - 1)).toBe(1);
  });

  it('sectorServiceRows: a sector without units is left out', () => {
    const im = smallServiceView().services!;
    const sectors = im.sectors.map((s, i) => (i === 1 ? { ...s, units: 0 } : s));
    const rows = sectorServiceRows({ ...im, sectors }, LIMITS);
    expect(rows.map((r) => r.sector)).not.toContain('healthcare');
  });
});
