import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/engine/index.js';
import { moneyBands, moneyMember, moneyTable } from '../../src/results/index.js';
import { REFERENCE } from '../../src/services/reference.js';
import { smallServiceView } from '../ui/smallRun.js';

describe('money', () => {
  it('moneyTable: every sector once, largest loss first, adding up to the total; Parametrix beside', () => {
    const im = smallServiceView().services!;
    const t = moneyTable(im);
    expect(t.rows.length).toBe(SECTORS.length);
    const sum = t.rows.reduce((a, r) => a + r.lossUSD, 0);
    expect(sum).toBeCloseTo(im.lossUSD, 3);
    expect(t.total.lossUSD).toBe(im.lossUSD);
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i]!.lossUSD).toBeLessThanOrEqual(t.rows[i - 1]!.lossUSD);
    expect(t.rows.reduce((a, r) => a + r.fortune500USD, 0)).toBeCloseTo(im.fortune500.lossUSD, 3);
    expect(t.fortune500.customers).toBe(im.fortune500.customers);
    expect(t.reported.value).toBe(5.4e9);
    expect(t.rows.find((r) => r.sector === 'healthcare')!.reported).toBe(REFERENCE.fortune500HealthcareUSD);
    expect(t.rows.find((r) => r.sector === 'retail')!.reported).toBeNull();
    expect(t.bands).toBeNull();
    expect(t.rows.every((r) => r.band === null)).toBe(true);
  });

  it('moneyBands: percentiles over the runs, per sector and in all; carried into the table', () => {
    const im = smallServiceView().services!;
    const base = moneyMember(im);
    expect(base.bySector.length).toBe(SECTORS.length);
    const members = [0.5, 1, 1.5, 2, 2.5].map((f) => ({ lossUSD: base.lossUSD * f, bySector: base.bySector.map((x) => x * f), fortune500: base.fortune500 * f }));
    const b = moneyBands(members, 25, 75);
    expect(b.runs).toBe(5);
    expect(b.total.mid).toBeCloseTo(base.lossUSD * 1.5, 3);
    expect(b.total.lo).toBeCloseTo(base.lossUSD, 3);
    expect(b.total.hi).toBeCloseTo(base.lossUSD * 2, 3);
    expect(b.fortune500.mid).toBeCloseTo(base.fortune500 * 1.5, 3);
    const t = moneyTable(im, b);
    expect(t.bands).toEqual({ percentiles: [25, 75], runs: 5 });
    const bank = t.rows.find((r) => r.sector === 'banking')!;
    expect(bank.band!.hi).toBeCloseTo(base.bySector[SECTORS.indexOf('banking')]! * 2, 3);
    expect(() => moneyBands([])).toThrow(/no runs/);
    expect(() => moneyBands(members, 60, 90)).toThrow(/percentiles/);
  });
});
