// The population: customers with heavy-tailed sizes (customerSizes.ts), split into sites (a
// multinational has a site in every region it works in), each site with its devices per class,
// its repair staff, and what makes organisations unequal beyond their size: how many hands they
// find, whether their BitLocker keys can be found, how much they can fix remotely, and how many
// of their devices sit where no one is. Sites are the unit of work: each is simulated from its
// own random stream.
import { drawSizes, inverseNormal, type SizeLaw } from './customerSizes.js';
import { shareAt, shareLaw } from './logitNormal.js';
import { Random, streamKey, streamRng } from './random.js';
import { CLASSES, REGIONS, SECTORS, type DeviceClass, type FleetParams, type Params, type PerSector, type RepairParams } from './types.js';

const NC = CLASSES.length;

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
  /** Share of the site's BitLocker keys that can be found (its organisation's escrow). */
  siteEscrow: Float64Array;
  /** Share of the site's devices of each class its staff can fix remotely: [site * NC + class]. */
  siteReach: Float64Array;
  /** Share of the site's devices of each class where no one is (a technician travels): [site * NC + class]. */
  siteUnattended: Float64Array;
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

/** The index of the interval of `cum` (cumulative weights) holding u (0 to the total). */
function pick(u: number, cum: Float64Array): number {
  let i = 0;
  while (i < cum.length - 1 && u >= cum[i]!) i++;
  return i;
}

/** Site columns that grow as customers are split into sites; the per-class ones NC wide. */
class SiteColumns {
  n = 0;
  customer = new Int32Array(1024);
  sector = new Uint8Array(1024);
  region = new Uint8Array(1024);
  size = new Float64Array(1024);
  staff = new Float64Array(1024);
  flags = new Uint8Array(1024);
  escrow = new Float64Array(1024);
  reach = new Float64Array(1024 * NC);
  unattended = new Float64Array(1024 * NC);

  push(customer: number, sector: number, region: number, size: number, staff: number, flags: number, escrow: number, reach: Float64Array, unattended: Float64Array): void {
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
      this.escrow = grow(this.escrow);
      this.reach = grow(this.reach);
      this.unattended = grow(this.unattended);
    }
    const i = this.n++;
    this.customer[i] = customer;
    this.sector[i] = sector;
    this.region[i] = region;
    this.size[i] = size;
    this.staff[i] = staff;
    this.flags[i] = flags;
    this.escrow[i] = escrow;
    this.reach.set(reach, i * NC);
    this.unattended.set(unattended, i * NC);
  }
}

/** The per-sector shares of one device class (fleet.<class>Share). */
export function classShare(f: FleetParams, c: DeviceClass): PerSector<number> {
  return c === 'server' ? f.serverShare : c === 'fixed' ? f.fixedShare : c === 'workstation' ? f.workstationShare : f.vmShare;
}

/**
 * A customer's own draws, in this order: its staff factor, holding content back, opting in to
 * automated remediation, keeping keys on site, its key escrow and its remote reach per class.
 */
const PER_CUSTOMER = 5 + NC;
/** Customers of similar size whose draws are balanced against each other (see strata). */
const BLOCK = 10;

/**
 * Balanced draws by size: a sector's customers, largest first, in blocks of BLOCK; within a block,
 * each of a customer's draws comes from a different tenth of its range (a random permutation per
 * block and draw). Each draw keeps its distribution and stays independent of size, but the ten
 * largest customers never all draw thin staff, or all hold content back: with independent
 * draws, a few customers of 100,000 devices or more moved sensors online on 25 July by most of a
 * point from seed to seed. Returns the stratum of draw t of customer c at [c * PER_CUSTOMER + t];
 * takes a fixed number of draws from `rng` for a given number of customers.
 */
function strata(rng: Random, sizes: ArrayLike<number>): Uint8Array {
  const n = sizes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const out = new Uint8Array(n * PER_CUSTOMER);
  const perm = new Uint8Array(BLOCK);
  for (let from = 0; from < n; from += BLOCK) {
    for (let t = 0; t < PER_CUSTOMER; t++) {
      for (let i = 0; i < BLOCK; i++) perm[i] = i;
      for (let i = BLOCK - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        const x = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = x;
      }
      for (let i = 0; i < BLOCK && from + i < n; i++) out[order[from + i]! * PER_CUSTOMER + t] = perm[i]!;
    }
  }
  return out;
}

const HOLD = 1;
const OPT_IN = 2;
const KEYS = 4;

/**
 * Repair staff per device for a customer of `size` devices, before the spread between customers:
 * staffPer1000 at 500 devices, scaled by size to the power staffSizeExponent up to
 * staffScaleUpTo devices (Mercer/ITAA 2003 give 1 IT worker per 40 employees from 10,000 up,
 * with no larger band), flat beyond.
 */
export function staffPerDevice(r: RepairParams, size: number): number {
  const scaled = Math.min(Math.max(size, 1), r.staffScaleUpTo);
  return (r.staffPer1000 / 1000) * Math.pow(scaled / 500, r.staffSizeExponent);
}

export function buildFleet(params: Params, seed: number): Fleet {
  const f = params.fleet;
  const r = params.repair;
  const rng = streamRng(seed, 'fleet');
  const NR = REGIONS.length;
  const sectorW = SECTORS.map((s) => f.sectorShare[s]);
  const regionSum = REGIONS.reduce((a, g) => a + f.regionShare[g], 0);
  const regionW = REGIONS.map((g) => f.regionShare[g] / regionSum); // shares are normalised
  const regionCum = new Float64Array(regionW.length);
  regionW.reduce((a, w, i) => (regionCum[i] = a + w), 0);

  // Customers per sector follow the sector's share of devices; every sector with devices has
  // at least one customer.
  const custPerSector = apportion(f.customers, sectorW).map((n, i) => (sectorW[i]! > 0 ? Math.max(1, n) : 0));
  const devPerSector = apportion(f.windowsSensors, sectorW);
  const law: SizeLaw = { sigma: f.customerSizeSigma, tailShare: f.customerTailShare, alpha: f.customerTailAlpha, max: f.customerSizeMax };
  const meanSize = f.windowsSensors / Math.max(1, f.customers);

  const sites = new SiteColumns();
  const foreignW = new Float64Array(NR);
  const parts = new Float64Array(NR);
  const reach = new Float64Array(NC);
  const unattended = new Float64Array(NC);
  const staffSpread = r.staffSpread;
  const siteSpread = r.siteStaffSpread;
  // Traits come from streams of their own, one per customer and one per site, each trait always
  // one uniform in a fixed order: a trait parameter then changes that trait and nothing else
  // (the sizes, regions and staff of every customer stay put), so fits and sensitivity runs
  // compare like with like.
  const trait = new Random(0, 'init');
  const customerTraits = streamKey(seed, 'customer traits');
  const siteTraits = streamKey(seed, 'site traits');
  const escrowLaw = shareLaw(r.keyEscrowedShare, r.keyEscrowSpread);
  const reachLaw = CLASSES.map((c) => shareLaw(r.remoteFixShare[c], r.remoteFixSpread));
  const awayLaw = CLASSES.map((c) => shareLaw(r.remoteShare[c], r.remoteSpread));
  // Every site has someone who can fix machines (staff, contractor or service provider).
  const least = r.minStaffPerSite;
  let nCustomers = 0;
  /** A site: its staff (the customer's per-device rule times its own lognormal factor of mean 1) and its unattended shares. */
  const addSite = (customer: number, s: number, g: number, n: number, perDevice: number, flags: number, escrow: number) => {
    const site = sites.n;
    trait.reseedBlock(siteTraits, site);
    const u = trait.next();
    const own = siteSpread > 0 ? Math.exp(siteSpread * inverseNormal(Math.max(1e-12, u)) - (siteSpread * siteSpread) / 2) : 1;
    for (let k = 0; k < NC; k++) unattended[k] = shareAt(awayLaw[k]!, trait.next());
    sites.push(customer, s, g, n, Math.max(least, n * perDevice * own), flags, escrow, reach, unattended);
  };
  for (let s = 0; s < SECTORS.length; s++) {
    const n = custPerSector[s]!;
    if (n === 0) continue;
    const sizes = apportion(devPerSector[s]!, drawSizes(rng, n, law, meanSize));
    const stratum = strata(rng, sizes);
    // Home regions by position: the sector's customers laid end to end in their (random) order,
    // each region taking its share of the line; a customer's home is where its middle falls. Each
    // region then holds its share of the sector's devices up to one customer at each boundary:
    // drawn independently, the home of a few customers of 100,000 devices or more would move
    // the region mix, and with it the crash count, by several percent from seed to seed.
    const sectorTotal = Math.max(1, devPerSector[s]!);
    let before = 0;
    for (let c = 0; c < n; c++) {
      const size = sizes[c]!;
      nCustomers++;
      const home = pick(((before + size / 2) / sectorTotal) * regionCum[regionCum.length - 1]!, regionCum);
      before += size;
      const customer = nCustomers - 1;
      trait.reseedBlock(customerTraits, customer);
      const so = c * PER_CUSTOMER;
      const u = (t: number) => (stratum[so + t]! + trait.next()) / BLOCK;
      // Staff per device falls with size (Mercer/ITAA 2003) and varies between customers; the
      // lognormal factor has mean 1 so the spread does not move the average.
      const spread = Math.exp(staffSpread * inverseNormal(Math.max(1e-12, u(0))) - (staffSpread * staffSpread) / 2);
      const perDevice = staffPerDevice(r, size) * spread;
      const hold = u(1) < params.push.holdbackShare ? HOLD : 0;
      const opt = u(2) < params.vendor.autoOptInShare ? OPT_IN : 0;
      const keys = u(3) < r.onPremKeyServerShare ? KEYS : 0;
      // Key escrow and remote-management reach are the organisation's (one policy, one toolset).
      const escrow = shareAt(escrowLaw, u(4));
      for (let k = 0; k < NC; k++) reach[k] = shareAt(reachLaw[k]!, u(5 + k));
      if (size <= 0) continue;
      const flags = hold | opt | keys;
      if (size >= f.multinationalMinSize && f.foreignSiteShare > 0) {
        for (let g = 0; g < NR; g++) foreignW[g] = regionW[g]! * f.foreignSiteShare + (g === home ? 1 - f.foreignSiteShare : 0);
        apportionInto(size, foreignW, parts, 0);
        for (let g = 0; g < NR; g++) {
          const n2 = parts[g]!;
          if (n2 > 0) addSite(customer, s, g, n2, perDevice, flags, escrow);
        }
      } else addSite(customer, s, home, size, perDevice, flags, escrow);
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
    siteEscrow: sites.escrow.slice(0, nSites),
    siteReach: sites.reach.slice(0, nSites * NC),
    siteUnattended: sites.unattended.slice(0, nSites * NC),
  };
  // Each sector's class shares; apportionInto normalises them.
  const mixes = SECTORS.map((sec) => CLASSES.map((c) => classShare(f, c)[sec]));
  for (let i = 0; i < nSites; i++) {
    const fl = sites.flags[i]!;
    fleet.siteHoldback[i] = fl & HOLD ? 1 : 0;
    fleet.siteOptIn[i] = fl & OPT_IN ? 1 : 0;
    fleet.siteOnPremKeys[i] = fl & KEYS ? 1 : 0;
    apportionInto(sites.size[i]!, mixes[sites.sector[i]!]!, fleet.siteDevices, i * NC);
  }
  return fleet;
}
