// The spread of organisations' recoveries: hand-made site tables with answers worked out by hand,
// then the July 2024 baseline on a tenth of its fleet and customers.
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate, type SimResult } from '../../src/engine/index.js';
import { scaleParams } from '../../src/fit/scale.js';
import { ORG_SPREAD_CSV_COLUMNS, orgSpreadCsv } from '../../src/results/csv.js';
import { orgRecoveryByDay } from '../../src/results/orgRecovery.js';
import { ORG_SIZE_BANDS, orgShareAt, orgSpread, orgSpreadHours, type OrgSpread } from '../../src/results/orgSpread.js';
import { HAND_PUBLISH } from '../helpers/handMade.js';
import { siteTable, straight, type HandSite } from '../helpers/siteTables.js';

const H = 60;

/** Hour-wide bins from an hour before publish to `days` after it. */
function source(sites: readonly HandSite[], days: number): Pick<SimResult, 'sites' | 'binEdges' | 'nBins' | 'publishAtMs'> {
  const nBins = days * 24 + 1;
  return { sites: siteTable(sites), binEdges: Float64Array.from({ length: nBins + 1 }, (_, i) => (i - 1) * H), nBins, publishAtMs: HAND_PUBLISH };
}

// Customer 0: two sites, 60 + 50 = 110 devices (100 to 999), back when its later site is, at 2,000 min.
// Customer 1: 40 devices, back at 90 min. Customer 2: 5,000 devices, back at exactly 2 days.
// Customer 3: 20,000 devices, never back. Customer 4: nothing crashed, not counted.
const HAND: HandSite[] = [
  { customer: 0, sector: 'banking', devices: { workstation: 60 }, crashed: { workstation: 10 }, back: { workstation: straight(60, 600) } },
  { customer: 0, sector: 'banking', devices: { server: 50 }, crashed: { server: 5 }, back: { server: straight(100, 2000) } },
  { customer: 1, sector: 'banking', devices: { fixed: 40 }, crashed: { fixed: 4 }, back: { fixed: straight(30, 90) } },
  { customer: 2, sector: 'retail', devices: { workstation: 5000 }, crashed: { workstation: 100 }, back: { workstation: straight(300, 2880) } },
  { customer: 3, sector: 'retail', devices: { workstation: 20_000 }, crashed: { workstation: 900 } },
  { customer: 4, sector: 'media', devices: { workstation: 30 } },
];

describe('orgSpread', () => {
  it('orgSpread counts affected organisations by size (all their sites) and by sector, and the share fully back by each bin end', () => {
    const r = source(HAND, 4);
    const s = orgSpread(r)!;
    expect(s.all.affected).toBe(4);
    expect(s.all.notBackAtEnd).toBe(1);
    expect(s.bySize.map((g) => [g.band, g.affected])).toEqual([['under100', 1], ['from100', 1], ['from1000', 1], ['from10000', 1]]);
    expect(s.bySize.map((g) => g.notBackAtEnd)).toEqual([0, 0, 0, 1]);
    const at = (h: number) => orgShareAt(s.all, r, h);
    expect([at(1), at(2), at(24), at(33), at(34), at(48), at(96)]).toEqual([0, 0.25, 0.25, 0.25, 0.5, 0.75, 0.75]);
    // A bin per hour: the share at bin b is read at its end, (b - 1) hours after publish.
    expect(s.all.share[0]).toBe(0);
    expect(s.all.share.length).toBe(r.nBins);
    // One organisation: half of it is interpolated half-way through the bin in which it came back.
    expect(s.bySize[0]!.hoursTo50).toBe(1.5);
    expect(s.bySize[3]!.hoursTo50).toBeNull();
    const banking = s.bySector.find((g) => g.sector === 'banking')!;
    expect(banking.affected).toBe(2);
    expect(banking.hoursTo50).toBe(2);
    // 90% lies between one back (0.5 at 33 h) and both (1 at 34 h): interpolated within the bin.
    expect(banking.hoursTo90).toBeCloseTo(33.8, 10);
    const media = s.bySector.find((g) => g.sector === 'media')!;
    expect(media.affected).toBe(0);
    expect(Array.from(new Set(media.share))).toEqual([1]);
    expect(media.hoursTo50).toBeNull();
    expect(s.bySector.reduce((n, g) => n + g.affected, 0)).toBe(4);
  });

  it('orgSpread is null for a run without its site table, and 1 everywhere when nothing crashed', () => {
    expect(orgSpread(source([], 2))).toBeNull();
    const none = orgSpread(source([{ sector: 'rail', devices: { server: 3 } }], 2))!;
    expect(none.all.affected).toBe(0);
    expect(Array.from(new Set(none.all.share))).toEqual([1]);
    expect(none.all.hoursTo50).toBeNull();
  });

  it('orgSpreadHours reads every 6 hours for the first day, at 36 and 48 hours, then daily to the end', () => {
    expect(orgSpreadHours(14 * 1440)).toEqual([6, 12, 18, 24, 36, 48, ...Array.from({ length: 12 }, (_, i) => 72 + 24 * i)]);
    expect(orgSpreadHours(1440)).toEqual([6, 12, 18, 24]);
    expect(orgSpreadHours(600)).toEqual([6]);
  });

  it('orgSpreadCsv: one row per group with its count, times to half and 90% back and one share column per read-out time', () => {
    const r = source(HAND, 4);
    const text = orgSpreadCsv(orgSpread(r)!, r, { run: 'Hand', scenario: 'Hand', seed: 1, paramsHash: 'abcd1234' });
    const lines = text.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe([...ORG_SPREAD_CSV_COLUMNS, ...[6, 12, 18, 24, 36, 48, 72, 96].map((h) => `back_${h}h`)].join(','));
    expect(lines).toHaveLength(1 + 1 + ORG_SIZE_BANDS.length + 11);
    expect(lines[1]).toBe('all,all,All organisations,4,1,34.000,,0.250000,0.250000,0.250000,0.250000,0.500000,0.750000,0.750000,0.750000');
    expect(lines[5]).toBe('size,from10000,"10,000 Windows devices or more",1,1,,,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000');
    expect(lines.find((l) => l.startsWith('sector,banking,'))).toBe('sector,banking,Banking & markets,2,0,2.000,33.800,0.500000,0.500000,0.500000,0.500000,1.000000,1.000000,1.000000,1.000000');
  });
});

describe('orgSpread on the July 2024 baseline at a tenth of its size', () => {
  const params = scaleParams(defaultParams(), 0.1);
  const r = simulate(params, 1);
  const s: OrgSpread = orgSpread(r)!;

  it('orgSpread: shares rise from 0 before publish to between 0 and 1 at the end, the groups add up, and it agrees with orgRecoveryByDay', () => {
    expect(s.all.affected).toBeGreaterThan(1000);
    for (const g of [s.all, ...s.bySize, ...s.bySector]) {
      for (let b = 1; b < g.share.length; b++) expect(g.share[b]!).toBeGreaterThanOrEqual(g.share[b - 1]!);
    }
    expect(s.all.share[0]).toBe(0);
    const last = s.all.share[r.nBins - 1]!;
    expect(last).toBeGreaterThan(0.5);
    expect(last).toBeLessThan(1);
    expect(s.all.notBackAtEnd).toBeGreaterThan(0);
    expect(s.bySize.reduce((n, g) => n + g.affected, 0)).toBe(s.all.affected);
    expect(s.bySector.reduce((n, g) => n + g.affected, 0)).toBe(s.all.affected);
    expect(s.bySize.reduce((n, g) => n + g.notBackAtEnd, 0)).toBe(s.all.notBackAtEnd);
    const byDay = orgRecoveryByDay(r);
    expect(byDay.affected).toBe(s.all.affected);
    for (const d of byDay.days) expect(orgShareAt(s.all, r, d.day * 24)).toBe(d.share);
  });

  it('orgSpread: small organisations are back sooner than the largest (staff per device and escrow scale with size)', () => {
    const [small, , , largest] = s.bySize;
    expect(small!.affected).toBeGreaterThan(largest!.affected);
    expect(largest!.affected).toBeGreaterThan(0);
    expect(orgShareAt(small!, r, 24)).toBeGreaterThan(orgShareAt(largest!, r, 24));
    expect(small!.hoursTo50!).toBeLessThan(largest!.hoursTo50 ?? Infinity);
  });
});
