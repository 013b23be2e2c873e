// An organisation's description turned into what the engine simulates: its sites as a fleet of
// one customer, and the parameters its answers change (BitLocker, key escrow). Everything else
// (the push, the crash, working hours, vendor help) comes from the scenario it is run under.
import { CLASSES, REGIONS, SECTORS, type Params } from '../engine/types.js';
import { staffPerDevice, type Fleet } from '../engine/fleet.js';
import { orgDevices, type Organisation } from '../scenario/org.js';

const NC = CLASSES.length;

/** The scenario's parameters with the organisation's own answers applied (a fresh copy). */
export function orgParams(org: Organisation, scenario: Params): Params {
  const p = structuredClone(scenario);
  if (org.bitlockerShare) p.repair.bitlockerShare = { ...org.bitlockerShare };
  if (org.keyEscrowedShare !== null) p.repair.keyEscrowedShare = org.keyEscrowedShare;
  // Its services run on the machines it described: no share of them elsewhere.
  p.services.onWindowsShare[org.sector] = 1;
  return p;
}

/**
 * Repair staff per site: the site's own figure, else the organisation's shared by devices, else
 * the fleet's rule for a customer of this size (staffPer1000 scaled by size to the power
 * staffSizeExponent up to repair.staffScaleUpTo, without the random spread between customers).
 * At least repair.minStaffPerSite people a site.
 */
export function siteStaff(org: Organisation, p: Params): number[] {
  const total = orgDevices(org);
  const r = p.repair;
  const perDevice = staffPerDevice(r, total);
  return org.sites.map((s) => {
    const n = CLASSES.reduce((a, c) => a + s.devices[c], 0);
    if (s.repairStaff !== null) return s.repairStaff;
    const shared = org.repairStaff !== null ? (org.repairStaff * n) / total : n * perDevice;
    return Math.max(r.minStaffPerSite, shared);
  });
}

export function orgFleet(org: Organisation, p: Params): Fleet {
  const sites = org.sites; // every site has devices (validateOrg)
  const staff = siteStaff(org, p);
  const n = sites.length;
  const fleet: Fleet = {
    nSites: n,
    nCustomers: 1,
    siteCustomer: new Int32Array(n),
    total: orgDevices(org),
    siteSector: new Uint8Array(n).fill(SECTORS.indexOf(org.sector)),
    siteRegion: Uint8Array.from(sites, (s) => REGIONS.indexOf(s.region)),
    siteDevices: new Int32Array(n * NC),
    siteStaff: Float64Array.from(staff),
    siteHoldback: new Uint8Array(n).fill(org.holdsContentBack ? 1 : 0),
    siteOptIn: new Uint8Array(n).fill(org.automatedRemediation ? 1 : 0),
    siteOnPremKeys: new Uint8Array(n).fill(org.keyServerOnSite ? 1 : 0),
    // The organisation's own answer on key escrow (orgParams), else the scenario's mean; its
    // remote reach and unattended devices are the fleet's means: the file does not ask for them.
    siteEscrow: new Float64Array(n).fill(p.repair.keyEscrowedShare),
    siteReach: new Float64Array(n * NC),
    siteUnattended: new Float64Array(n * NC),
  };
  sites.forEach((s, i) => CLASSES.forEach((c, k) => {
    fleet.siteDevices[i * NC + k] = s.devices[c];
    fleet.siteReach[i * NC + k] = p.repair.remoteFixShare[c];
    fleet.siteUnattended[i * NC + k] = p.repair.remoteShare[c];
  }));
  return fleet;
}
