// The population: customers with heavy-tailed sizes, split into sites (a multinational has a
// site in every region it works in), each site with its devices per class and its repair staff.
// Sites are the unit of work: each is simulated from its own random stream.
import { normal, streamRng, type Random } from './random.js';
import { SECTOR_INFO } from './sectors.js';
import { CLASSES, REGIONS, SECTORS, type Params } from './types.js';

export interface Fleet {
  nSites: number;
  nCustomers: number;
  total: number;
  /** Customer index of each site, 0..nCustomers-1. */
  siteCustomer: Int32Array;
  siteSector: Uint8Array;
  siteRegion: Uint8Array;
  /** Devices per class: siteDevices[site * CLASSES.length + class]. */
  siteDevices: Int32Array;
  /** Repair staff (people, fractional for part-time or shared help). */
  siteStaff: Float64Array;
  siteHoldback: Uint8Array;
  siteOptIn: Uint8Array;
  siteOnPremKeys: Uint8Array;
}

/** Splits `total` into integer parts proportional to `weights` (cumulative rounding: exact sum). */
export function apportion(total: number, weights: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  const out: number[] = [];
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    const next = sum > 0 ? Math.round((acc / sum) * total) : 0;
    out.push(next - prev);
    prev = next;
  }
  return out;
}

function pick(rng: Random, cum: Float64Array): number {
  const u = rng.next() * cum[cum.length - 1]!;
  let i = 0;
  while (i < cum.length - 1 && u >= cum[i]!) i++;
  return i;
}

export function buildFleet(params: Params, seed: number): Fleet {
  const f = params.fleet;
  const rng = streamRng(seed, 'fleet');
  const sectorW = SECTORS.map((s) => f.sectorShare[s]);
  const regionSum = REGIONS.reduce((a, r) => a + f.regionShare[r], 0);
  const regionW = REGIONS.map((r) => f.regionShare[r] / regionSum); // shares are normalised
  const regionCum = new Float64Array(regionW.length);
  regionW.reduce((a, w, i) => (regionCum[i] = a + w), 0);

  // Customers per sector follow the sector's share of devices; every sector with devices has
  // at least one customer.
  const custPerSector = apportion(f.customers, sectorW).map((n, i) => (sectorW[i]! > 0 ? Math.max(1, n) : 0));
  const devPerSector = apportion(f.windowsSensors, sectorW);

  const sites: { customer: number; sector: number; region: number; size: number; staff: number; hold: number; opt: number; keys: number }[] = [];
  let nCustomers = 0;
  for (let s = 0; s < SECTORS.length; s++) {
    const n = custPerSector[s]!;
    if (n === 0) continue;
    const raw = Array.from({ length: n }, () => Math.exp(f.customerSizeSigma * normal(rng)));
    const sizes = apportion(devPerSector[s]!, raw);
    for (let c = 0; c < n; c++) {
      const size = sizes[c]!;
      nCustomers++;
      const home = pick(rng, regionCum);
      const r = params.repair;
      // Staff per device falls with size (Mercer/ITAA 2003) and varies between customers; the
      // lognormal factor has mean 1 so the spread does not move the average.
      const spread = Math.exp(r.staffSpread * normal(rng) - (r.staffSpread * r.staffSpread) / 2);
      const perDevice = (r.staffPer1000 / 1000) * Math.pow(Math.max(size, 1) / 500, r.staffSizeExponent) * spread;
      const hold = rng.next() < params.push.holdbackShare ? 1 : 0;
      const opt = rng.next() < params.vendor.autoOptInShare ? 1 : 0;
      const keys = rng.next() < r.onPremKeyServerShare ? 1 : 0;
      if (size <= 0) continue;
      const parts = size >= f.multinationalMinSize && f.foreignSiteShare > 0
        ? apportion(size, regionW.map((w, i) => w * f.foreignSiteShare + (i === home ? 1 - f.foreignSiteShare : 0)))
        : REGIONS.map((_, i) => (i === home ? size : 0));
      for (let g = 0; g < parts.length; g++) {
        const n2 = parts[g]!;
        if (n2 <= 0) continue;
        // Every site has at least one person who can fix machines (staff, contractor or MSP).
        sites.push({ customer: nCustomers - 1, sector: s, region: g, size: n2, staff: Math.max(1, n2 * perDevice), hold, opt, keys });
      }
    }
  }

  const nSites = sites.length;
  const fleet: Fleet = {
    nSites,
    nCustomers,
    total: f.windowsSensors,
    siteCustomer: new Int32Array(nSites),
    siteSector: new Uint8Array(nSites),
    siteRegion: new Uint8Array(nSites),
    siteDevices: new Int32Array(nSites * CLASSES.length),
    siteStaff: new Float64Array(nSites),
    siteHoldback: new Uint8Array(nSites),
    siteOptIn: new Uint8Array(nSites),
    siteOnPremKeys: new Uint8Array(nSites),
  };
  sites.forEach((site, i) => {
    fleet.siteCustomer[i] = site.customer;
    fleet.siteSector[i] = site.sector;
    fleet.siteRegion[i] = site.region;
    fleet.siteStaff[i] = site.staff;
    fleet.siteHoldback[i] = site.hold;
    fleet.siteOptIn[i] = site.opt;
    fleet.siteOnPremKeys[i] = site.keys;
    const mixInfo = SECTOR_INFO[site.sector]!.classMix;
    const perClass = apportion(site.size, CLASSES.map((c) => mixInfo[c]));
    for (let c = 0; c < CLASSES.length; c++) fleet.siteDevices[i * CLASSES.length + c] = perClass[c]!;
  });
  return fleet;
}
