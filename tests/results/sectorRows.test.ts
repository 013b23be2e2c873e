import { describe, expect, it } from 'vitest';
import { SECTOR_INFO } from '../../src/engine/index.js';
import { binAt, sectorDownAt, sectorRows } from '../../src/results/index.js';
import { smallRun } from '../ui/smallRun.js';

describe('sectorRows', () => {
  const { result, summary, series } = smallRun();

  it('sectorRows agrees with the summary and sorts the longest outage first', () => {
    const rows = sectorRows(summary);
    expect(rows.length).toBe(SECTOR_INFO.length);
    for (const s of summary.bySector) {
      const row = rows.find((r) => r.sector === s.sector)!;
      expect(row.label).toBe(SECTOR_INFO[row.index]!.label);
      expect(row.crashed).toBe(s.crashed);
      expect(row.h50).toBe(s.hoursTo50);
      expect(row.h90).toBe(s.hoursTo90);
    }
    const key = (h: number | null) => h ?? Infinity;
    for (let i = 1; i < rows.length; i++) expect(key(rows[i - 1]!.h90)).toBeGreaterThanOrEqual(key(rows[i]!.h90));
    for (const r of rows) if (r.h50 !== null && r.h90 !== null) expect(r.h50).toBeLessThanOrEqual(r.h90);
  });

  it('sectorDownAt reads devices down per sector at a minute; the sectors add up to the total', () => {
    const minute = 120;
    const down = sectorDownAt(series, result, minute);
    expect(down.length).toBe(SECTOR_INFO.length);
    const total = down.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(series.down[binAt(result, minute)]!, 6);
    expect(total).toBeGreaterThan(0);
  });
});
