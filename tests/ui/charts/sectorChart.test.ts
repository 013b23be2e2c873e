import { describe, expect, it } from 'vitest';
import { SECTOR_INFO } from '../../../src/engine/index.js';
import { sectorRows } from '../../../src/ui/charts/sectorChart.js';
import { smallRun } from '../smallRun.js';

describe('sectorChart', () => {
  const { result, summary } = smallRun();

  it('sectorRows agrees with the summary and sorts the longest outage first', () => {
    const rows = sectorRows(result, null);
    expect(rows.length).toBe(SECTOR_INFO.length);
    for (const s of summary.bySector) {
      const label = SECTOR_INFO.find((x) => x.id === s.sector)!.label;
      const row = rows.find((r) => r.label === label)!;
      expect(row.crashed).toBe(s.crashed);
      expect(row.h90).toBe(s.hoursTo90);
    }
    const key = (h: number | null) => h ?? Infinity;
    for (let i = 1; i < rows.length; i++) expect(key(rows[i - 1]!.h90)).toBeGreaterThanOrEqual(key(rows[i]!.h90));
    for (const r of rows) if (r.h50 !== null && r.h90 !== null) expect(r.h50).toBeLessThanOrEqual(r.h90);
  });

  it('sectorRows reads down-now per sector at the cursor from the series', () => {
    const n = result.nBins;
    const minute = 120;
    const bin = result.binEdges.findIndex((e) => e > minute) - 1;
    const rows = sectorRows(result, minute);
    let total = 0;
    for (const r of rows) total += r.downAtCursor!;
    const { series } = smallRun();
    expect(total).toBeCloseTo(series.down[bin]!, 6);
    expect(sectorRows(result, null).every((r) => r.downAtCursor === null)).toBe(true);
    expect(n).toBeGreaterThan(bin);
  });
});
