import { describe, expect, it } from 'vitest';
import { orgDays, orgFigures, serviceOutputLines, stepAt } from '../../src/results/index.js';
import { smallServiceView } from '../ui/smallRun.js';

describe('orgFigures', () => {
  it('orgFigures: the organisation beside the global run; flights only for an airline; per-sector figures from that sector', () => {
    const v = smallServiceView();
    const rows = orgFigures(v, 'healthcare', v);
    expect(rows.map((r) => r.key)).toEqual(['devices', 'crashed', 'crashedShare', 'peakDown', 'hoursTo50', 'hoursTo90', 'deviceHoursLost', 'serviceHoursLost', 'lossUSD']);
    for (const r of rows) expect(r.org).toBe(r.global);
    expect(rows.find((r) => r.key === 'serviceHoursLost')).toMatchObject({ scope: 'sector', org: v.services!.sectors[1]!.serviceHoursLost });
    const airline = orgFigures(v, 'airlines', null);
    expect(airline.find((r) => r.key === 'flightsCancelled')).toMatchObject({ org: v.services!.flights.cancelled, global: null });
    expect(orgFigures({ ...v, services: null }, 'airlines', null).find((r) => r.key === 'lossUSD')!.org).toBeNull();
  });

  it('serviceOutputLines: each service with units, on the run\'s bins, normal before the service steps start', () => {
    const v = smallServiceView();
    const lines = serviceOutputLines(v);
    expect(lines.length).toBe(v.services!.services.filter((s) => s.units > 0).length);
    const im = v.services!;
    for (const line of lines) {
      const s = im.services.find((x) => x.id === line.id)!;
      expect(line.values.length).toBe(v.series.timeMs.length);
      for (let i = 0; i < line.values.length; i += 97) {
        const k = stepAt(im, v.series.timeMs[i]! - 1);
        expect(line.values[i]).toBeCloseTo(k < 0 ? 1 : 1 - s.missing[k]! / s.units, 12);
        expect(line.values[i]).toBeGreaterThanOrEqual(0);
        expect(line.values[i]).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
    expect(lines.some((l) => Math.min(...l.values) < 0.5)).toBe(true);
  });

  it('orgDays: losses per UTC day add up to the run\'s loss; cancellations are the flight figures\'', () => {
    const v = smallServiceView();
    const days = orgDays(v, 1);
    const im = v.services!;
    expect(days.reduce((a, d) => a + d.lossUSD, 0)).toBeCloseTo(im.lossUSD, 2);
    days.forEach((d, i) => {
      expect(d.date).toBe(im.flights.byDay[i]!.date);
      expect(d.flightsCancelled).toBe(im.flights.byDay[i]!.cancelled);
    });
    expect(orgDays({ ...v, services: null })).toEqual([]);
  });
});
