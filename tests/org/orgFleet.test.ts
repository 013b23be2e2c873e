import { describe, expect, it } from 'vitest';
import { CLASSES, REGIONS, SECTORS, defaultParams } from '../../src/engine/index.js';
import { orgFleet, orgParams, siteStaff } from '../../src/org/orgFleet.js';
import { validateOrg, type Organisation } from '../../src/scenario/org.js';

const org = (over: Record<string, unknown> = {}): Organisation => {
  const r = validateOrg({
    sector: 'banking',
    sites: [
      { name: 'London', region: 'uk-ie', devices: { server: 200, workstation: 1800 } },
      { name: 'Mumbai', region: 'india', devices: { server: 100, vm: 300, workstation: 600 } },
    ],
    ...over,
  }, 'test');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
};
const base = defaultParams();

describe('orgFleet', () => {
  it('orgFleet puts each site in its region with its devices, as one customer', () => {
    const f = orgFleet(org(), base);
    expect(f.nSites).toBe(2);
    expect(f.nCustomers).toBe(1);
    expect(Array.from(f.siteCustomer)).toEqual([0, 0]);
    expect(f.total).toBe(3000);
    expect(Array.from(f.siteRegion)).toEqual([REGIONS.indexOf('uk-ie'), REGIONS.indexOf('india')]);
    expect(Array.from(f.siteSector)).toEqual([SECTORS.indexOf('banking'), SECTORS.indexOf('banking')]);
    expect(Array.from(f.siteDevices)).toEqual([200, 0, 1800, 0, 100, 0, 600, 300]);
    expect(CLASSES).toEqual(['server', 'fixed', 'workstation', 'vm']);
  });

  it('orgFleet turns the answers on keys, remediation and content into site flags', () => {
    const f = orgFleet(org({ keyServerOnSite: true, automatedRemediation: true, holdsContentBack: true }), base);
    expect(Array.from(f.siteOnPremKeys)).toEqual([1, 1]);
    expect(Array.from(f.siteOptIn)).toEqual([1, 1]);
    expect(Array.from(f.siteHoldback)).toEqual([1, 1]);
    const g = orgFleet(org(), base);
    expect(Array.from(g.siteOnPremKeys).concat(Array.from(g.siteOptIn), Array.from(g.siteHoldback))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('siteStaff: a site\'s own figure, else the organisation\'s shared by devices, else the fleet\'s rule for its size', () => {
    expect(siteStaff(org({ repairStaff: 30 }), base)).toEqual([20, 10]);
    const own = org({ repairStaff: 30 });
    own.sites[1]!.repairStaff = 4;
    expect(siteStaff(own, base)).toEqual([20, 4]);
    const rule = siteStaff(org(), base);
    const perDevice = (base.repair.staffPer1000 / 1000) * Math.pow(3000 / 500, base.repair.staffSizeExponent);
    expect(rule[0]).toBeCloseTo(2000 * perDevice, 9);
    expect(rule[1]).toBeCloseTo(1000 * perDevice, 9);
    // Larger organisations have fewer staff per device (Mercer/ITAA), as in the fleet.
    expect(rule[0]! / 2000).toBeLessThan(base.repair.staffPer1000 / 1000);
  });

  it('orgParams applies the organisation\'s BitLocker and key answers and leaves the scenario alone', () => {
    const p = orgParams(org({ bitlockerShare: 0.9, keyEscrowedShare: 0.5 }), base);
    expect(p.repair.bitlockerShare).toEqual({ server: 0.9, fixed: 0.9, workstation: 0.9, vm: 0.9 });
    expect(p.repair.keyEscrowedShare).toBe(0.5);
    expect(p.services.onWindowsShare.banking).toBe(1);
    expect(base.repair.keyEscrowedShare).toBe(0.97);
    expect(base.services.onWindowsShare.banking).toBe(defaultParams().services.onWindowsShare.banking);
    const same = orgParams(org(), base);
    expect(same.repair).toEqual(base.repair);
  });
});
