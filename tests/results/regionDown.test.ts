import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/engine/index.js';
import { peakMinutes, regionDownAt, valueAt } from '../../src/results/index.js';
import { smallServiceView } from '../ui/smallRun.js';

describe('regionDownAt', () => {
  it('regionDownAt: per region down adds up to the run\'s down, shares within 0..1, local clocks from the offsets', () => {
    const v = smallServiceView();
    for (const m of [30, 120, 600, 2000]) {
      const rows = regionDownAt(v, m);
      expect(rows.map((r) => r.region).sort()).toEqual([...REGIONS].sort());
      const total = rows.reduce((a, r) => a + r.down, 0);
      expect(total).toBeCloseTo(valueAt(v, v.series.down, m), 6);
      for (const r of rows) {
        expect(r.shareDown).toBeGreaterThanOrEqual(0);
        expect(r.shareDown).toBeLessThanOrEqual(1);
        const local = new Date(v.publishAtMs + m * 60_000 + r.utcOffsetHours * 3_600_000);
        expect(r.atMoment.hour).toBeCloseTo(local.getUTCHours() + local.getUTCMinutes() / 60, 9);
      }
    }
    // At publish nothing is down yet.
    expect(regionDownAt(v, 0).every((r) => r.down === 0)).toBe(true);
  });

  it('peakMinutes is when the run had most devices down', () => {
    const v = smallServiceView();
    const m = peakMinutes(v);
    expect(valueAt(v, v.series.down, m)).toBeCloseTo(v.summary.peakDown, 6);
  });
});
