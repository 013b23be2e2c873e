// Organisations fully back by day, read off hand-made site tables (helpers/siteTables.ts).
import { describe, expect, it } from 'vitest';
import { orgBackTimes, orgRecoveryByDay } from '../../src/results/orgRecovery.js';
import { impactSource, siteTable, straight } from '../helpers/siteTables.js';

const DAY = 1440;

describe('orgBackTimes', () => {
  it('orgBackTimes: a customer is back when the last class at its last site is; unaffected customers are left out', () => {
    const t = siteTable([
      { customer: 0, sector: 'banking', devices: { workstation: 10, server: 2 }, crashed: { workstation: 5, server: 1 }, back: { workstation: straight(60, 600), server: straight(30, 90) } },
      { customer: 0, sector: 'banking', region: 'europe', devices: { workstation: 4 }, crashed: { workstation: 4 }, back: { workstation: straight(100, 2000) } },
      { customer: 1, sector: 'retail', devices: { fixed: 8 } }, // nothing crashed
      { customer: 2, sector: 'retail', devices: { fixed: 8 }, crashed: { fixed: 3 }, back: { fixed: [100, 200, 300, 400, 500, Infinity] } },
    ]);
    expect(Array.from(orgBackTimes(t))).toEqual([2000, Infinity]);
  });
});

describe('orgRecoveryByDay', () => {
  it('orgRecoveryByDay counts the affected organisations fully back by the end of each day of the run', () => {
    const src = impactSource([
      { customer: 0, sector: 'banking', devices: { workstation: 5 }, crashed: { workstation: 5 }, back: { workstation: straight(60, 0.5 * DAY) } },
      { customer: 1, sector: 'banking', devices: { workstation: 5 }, crashed: { workstation: 5 }, back: { workstation: straight(60, 2.5 * DAY) } },
      { customer: 2, sector: 'retail', devices: { fixed: 5 }, crashed: { fixed: 2 }, back: { fixed: straight(60, 2 * DAY) } },
      { customer: 3, sector: 'retail', devices: { fixed: 5 }, crashed: { fixed: 2 } }, // never back
      { customer: 4, sector: 'retail', devices: { fixed: 5 } },
    ], 4);
    const o = orgRecoveryByDay(src);
    expect(o.affected).toBe(4);
    expect(o.days.map((d) => d.day)).toEqual([1, 2, 3, 4]);
    // Day 2 ends at exactly 2 days: a customer back then counts.
    expect(o.days.map((d) => d.back)).toEqual([1, 2, 3, 3]);
    expect(o.days.map((d) => d.share)).toEqual([0.25, 0.5, 0.75, 0.75]);
    expect(o.days[0]!.atMs).toBe(src.publishAtMs + DAY * 60000);
    expect(o.notBackAtEnd).toBe(1);
  });

  it('orgRecoveryByDay with nothing crashed: no affected organisation, every day at share 1', () => {
    const o = orgRecoveryByDay(impactSource([{ sector: 'media', devices: { server: 3 } }], 2));
    expect(o.affected).toBe(0);
    expect(o.days.map((d) => d.share)).toEqual([1, 1]);
    expect(o.notBackAtEnd).toBe(0);
  });
});
