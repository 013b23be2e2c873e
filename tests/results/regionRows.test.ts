import { describe, expect, it } from 'vitest';
import { REGION_INFO } from '../../src/engine/index.js';
import { localTimeAt, regionRows } from '../../src/results/index.js';
import { smallRun } from '../ui/smallRun.js';

describe('regionRows', () => {
  it('localTimeAt gives the July 2024 local times of 04:09 UTC (incident reference list)', () => {
    const t = Date.UTC(2024, 6, 19, 4, 9);
    expect(localTimeAt(t, 10).text).toBe('Fri 14:09');
    expect(localTimeAt(t, 9).text).toBe('Fri 13:09');
    expect(localTimeAt(t, 5.5).text).toBe('Fri 09:39');
    expect(localTimeAt(t, 2).text).toBe('Fri 06:09');
    expect(localTimeAt(t, -4).text).toBe('Fri 00:09');
    expect(localTimeAt(t, -7)).toEqual({ hour: 21 + 9 / 60, weekday: 4, day: 'Thu', text: 'Thu 21:09' });
  });

  it('regionRows has every region once, earliest local time first, shares within 0..1', () => {
    const rows = regionRows(smallRun().result);
    expect(rows.length).toBe(REGION_INFO.length);
    expect(new Set(rows.map((r) => r.label)).size).toBe(REGION_INFO.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.utcOffsetHours).toBeGreaterThanOrEqual(rows[i - 1]!.utcOffsetHours);
    for (const r of rows) {
      expect(r.onAtPublish).toBeGreaterThanOrEqual(0);
      expect(r.onAtPublish).toBeLessThanOrEqual(1);
      expect(r.crashedShare).toBeGreaterThanOrEqual(0);
      expect(r.crashedShare).toBeLessThanOrEqual(1);
    }
  });
});
