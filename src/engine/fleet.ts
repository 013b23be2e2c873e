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
  const out = new Array<number>(weights.length);
  apportionInto(total, weights, out, 0);
  return out;
}

/** apportion, written to out[off..off + weights.length). */
function apportionInto(total: number, weights: ArrayLike<number>, out: { [i: number]: number }, off: number): void {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    const next = sum > 0 ? Math.round((acc / sum) * total) : 0;
    out[off + i] = next - prev;
    prev = next;
  }
}

function pick(rng: Random, cum: Float64Array): number {
  const u = rng.next() * cum[cum.length - 1]!;
  let i = 0;
  while (i < cum.length - 1 && u >= cum[i]!) i++;
  return i;
}

/** Site columns that grow as customers are split into sites. */
class SiteColumns {
  n = 0;
  customer = new Int32Array(1024);
  sector = new Uint8Array(1024);
  region = new Uint8Array(1024);
  size = new Float64Array(1024);
  staff = new Float64Array(1024);
  flags = new Uint8Array(1024);

  push(customer: number, sector: number, region: number, size: number, staff: number, flags: number): void {
    if (this.n === this.customer.length) {
      const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.customer = grow(this.customer);
      this.sector = grow(this.sector);
      this.region = grow(this.region);
      this.size = grow(this.size);
      this.staff = grow(this.staff);
      this.flags = grow(this.flags);
    }
    const i = this.n++;
    this.customer[i] = customer;
    this.sector[i] = sector;
    this.region[i] = region;
    this.size[i] = size;
    this.staff[i] = staff;
    this.flags[i] = flags;
  }
}

const HOLD = 1;
const OPT_IN = 2;
const KEYS = 4;

export function buildFleet(params: Params, seed: number): Fleet {
  const f = params.fleet;
  const r = params.repair;
  const rng = streamRng(seed, 'fleet');
  const NR = REGIONS.length;
  const NC = CLASSES.length;
  const sectorW = SECTORS.map((s) => f.sectorShare[s]);
  const regionSum = REGIONS.reduce((a, g) => a + f.regionShare[g], 0);
  const regionW = REGIONS.map((g) => f.regionShare[g] / regionSum); // shares are normalised
  const regionCum = new Float64Array(regionW.length);
  regionW.reduce((a, w, i) => (regionCum[i] = a + w), 0);

  // Customers per sector follow the sector's share of devices; every sector with devices has
  // at least one customer.
  const custPerSector = apportion(f.customers, sectorW).map((n, i) => (sectorW[i]! > 0 ? Math.max(1, n) : 0));
  const devPerSector = apportion(f.windowsSensors, sectorW);

  const sites = new SiteColumns();
  const foreignW = new Float64Array(NR);
  const parts = new Float64Array(NR);
  let nCustomers = 0;
  for (let s = 0; s < SECTORS.length; s++) {
    const n = custPerSector[s]!;
    if (n === 0) continue;
    const raw = new Float64Array(n);
    for (let c = 0; c < n; c++) raw[c] = Math.exp(f.customerSizeSigma * normal(rng));
    const sizes = apportion(devPerSector[s]!, raw);
    for (let c = 0; c < n; c++) {
      const size = sizes[c]!;
      nCustomers++;
      const home = pick(rng, regionCum);
      // Staff per device falls with size (Mercer/ITAA 2003) and varies between customers; the
      // lognormal factor has mean 1 so the spread does not move the average.
      const spread = Math.exp(r.staffSpread * normal(rng) - (r.staffSpread * r.staffSpread) / 2);
      const perDevice = (r.staffPer1000 / 1000) * Math.pow(Math.max(size, 1) / 500, r.staffSizeExponent) * spread;
      const hold = rng.next() < params.push.holdbackShare ? HOLD : 0;
      const opt = rng.next() < params.vendor.autoOptInShare ? OPT_IN : 0;
      const keys = rng.next() < r.onPremKeyServerShare ? KEYS : 0;
      if (size <= 0) continue;
      // Every site has at least one person who can fix machines (staff, contractor or MSP).
      if (size >= f.multinationalMinSize && f.foreignSiteShare > 0) {
        for (let g = 0; g < NR; g++) foreignW[g] = regionW[g]! * f.foreignSiteShare + (g === home ? 1 - f.foreignSiteShare : 0);
        apportionInto(size, foreignW, parts, 0);
        for (let g = 0; g < NR; g++) {
          const n2 = parts[g]!;
          if (n2 > 0) sites.push(nCustomers - 1, s, g, n2, Math.max(1, n2 * perDevice), hold | opt | keys);
        }
      } else sites.push(nCustomers - 1, s, home, size, Math.max(1, size * perDevice), hold | opt | keys);
    }
  }

  const nSites = sites.n;
  const fleet: Fleet = {
    nSites,
    nCustomers,
    total: f.windowsSensors,
    siteCustomer: sites.customer.slice(0, nSites),
    siteSector: sites.sector.slice(0, nSites),
    siteRegion: sites.region.slice(0, nSites),
    siteDevices: new Int32Array(nSites * NC),
    siteStaff: sites.staff.slice(0, nSites),
    siteHoldback: new Uint8Array(nSites),
    siteOptIn: new Uint8Array(nSites),
    siteOnPremKeys: new Uint8Array(nSites),
  };
  const mixes = SECTOR_INFO.map((info) => CLASSES.map((c) => info.classMix[c]));
  for (let i = 0; i < nSites; i++) {
    const fl = sites.flags[i]!;
    fleet.siteHoldback[i] = fl & HOLD ? 1 : 0;
    fleet.siteOptIn[i] = fl & OPT_IN ? 1 : 0;
    fleet.siteOnPremKeys[i] = fl & KEYS ? 1 : 0;
    apportionInto(sites.size[i]!, mixes[sites.sector[i]!]!, fleet.siteDevices, i * NC);
  }
  return fleet;
}
