import { describe, expect, it } from 'vitest';
import { dispatchRows, hospitalTable } from '../../src/results/index.js';
import { smallServiceView } from '../ui/smallRun.js';

describe('hospital and dispatch rows', () => {
  it('hospitalTable: the histogram with each bin a share of the disrupted hospitals', () => {
    const im = smallServiceView().services!;
    const t = hospitalTable(im)!;
    expect(t.rows.map((r) => r.fromHours)).toEqual([0, 1, 4, 12, 24, 48, 96]);
    expect(t.rows[t.rows.length - 1]!.toHours).toBeNull();
    expect(t.rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 9);
    expect(t.rows.reduce((a, r) => a + r.hospitals, 0)).toBeCloseTo(im.hospitals.disrupted, 6);
    expect(t.shareDisrupted).toBe(im.hospitals.shareDisrupted);
    expect(hospitalTable({ ...im, hospitals: { ...im.hospitals, hospitals: 0 } })).toBeNull();
  });

  it('dispatchRows: regions with centres only, by UTC offset, shares and means consistent', () => {
    const im = smallServiceView().services!;
    const rows = dispatchRows(im);
    expect(rows.length).toBe(im.emergency.byRegion.filter((r) => r.centres > 0).length);
    expect(rows.length).toBeGreaterThan(0);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.utcOffsetHours).toBeGreaterThanOrEqual(rows[i - 1]!.utcOffsetHours);
    for (const r of rows) {
      expect(r.shareUnable).toBeCloseTo(r.unable / r.centres, 12);
      if (r.unable > 0) expect(r.meanHoursUnable * r.unable).toBeCloseTo(r.centreHoursUnable, 9);
      expect(r.meanHoursUnable).toBeLessThanOrEqual(r.maxHoursUnable + 1e-9);
    }
  });
});
