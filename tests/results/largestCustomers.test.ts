import { describe, expect, it } from 'vitest';
import { largestCustomers } from '../../src/results/largestCustomers.js';
import { siteTable } from '../helpers/siteTables.js';

describe('largestCustomers', () => {
  it('largestCustomers sums a customer\'s sites and classes and lists the largest of each sector first', () => {
    const t = siteTable([
      { customer: 0, sector: 'airlines', devices: { server: 10, workstation: 20 }, crashed: { workstation: 5 } },
      { customer: 0, sector: 'airlines', region: 'europe', devices: { fixed: 15 }, crashed: { fixed: 15 } },
      { customer: 1, sector: 'airlines', devices: { workstation: 50 }, crashed: { workstation: 1 } },
      { customer: 2, sector: 'airlines', devices: { vm: 3 } },
      { customer: 3, sector: 'retail', devices: { fixed: 7 } },
    ]);
    const out = largestCustomers(t, 2);
    const airlines = out.find((s) => s.sector === 'airlines')!;
    expect(airlines.customers).toEqual([
      { customer: 1, devices: 50, crashed: 1, byClass: { server: 0, fixed: 0, workstation: 50, vm: 0 } },
      { customer: 0, devices: 45, crashed: 20, byClass: { server: 10, fixed: 15, workstation: 20, vm: 0 } },
    ]);
    expect(out.find((s) => s.sector === 'retail')!.customers.map((c) => c.devices)).toEqual([7]);
    expect(out.find((s) => s.sector === 'banking')!.customers).toEqual([]);
    expect(out).toHaveLength(11);
  });
});
