// SiteTables written by hand: a few sites with chosen devices, crashes and recovery milestones,
// so the service layer can be checked without running the engine.
import { CLASSES, REGIONS, SECTORS, type DeviceClass, type Region, type Sector } from '../../src/engine/index.js';
import { BACK_SHARES, type SiteTable } from '../../src/engine/types.js';
import type { ImpactSource } from '../../src/services/impact.js';
import { HAND_PUBLISH } from './handMade.js';

const NC = CLASSES.length;
const NK = BACK_SHARES.length;

export interface HandSite {
  customer?: number;
  sector: Sector;
  region?: Region;
  devices: Partial<Record<DeviceClass, number>>;
  crashed?: Partial<Record<DeviceClass, number>>;
  /** Minutes after publish of the first crash (all classes), default 5. */
  firstCrash?: number;
  /** Minutes after publish when 10/25/50/75/90/100% of the class's crashed devices were back. */
  back?: Partial<Record<DeviceClass, readonly number[]>>;
}

/** Milestones evenly spread from `from` to `to` minutes (a straight recovery). */
export const straight = (from: number, to: number): number[] => BACK_SHARES.map((q) => from + (to - from) * q);

export function siteTable(sites: readonly HandSite[]): SiteTable {
  const n = sites.length;
  const t: SiteTable = {
    n,
    nCustomers: 0,
    customer: new Int32Array(n),
    sector: new Uint8Array(n),
    region: new Uint8Array(n),
    devices: new Int32Array(n * NC),
    crashed: new Int32Array(n * NC),
    firstCrash: new Float32Array(n * NC),
    backAt: new Float32Array(n * NC * NK),
  };
  sites.forEach((s, i) => {
    t.customer[i] = s.customer ?? i;
    t.sector[i] = SECTORS.indexOf(s.sector);
    t.region[i] = REGIONS.indexOf(s.region ?? 'na-east');
    CLASSES.forEach((c, k) => {
      const j = i * NC + k;
      t.devices[j] = s.devices[c] ?? 0;
      const crashed = s.crashed?.[c] ?? 0;
      t.crashed[j] = crashed;
      if (crashed === 0) return;
      t.firstCrash[j] = s.firstCrash ?? 5;
      const back = s.back?.[c] ?? BACK_SHARES.map(() => Infinity);
      for (let m = 0; m < NK; m++) t.backAt[j * NK + m] = back[m] ?? Infinity;
    });
  });
  t.nCustomers = Math.max(0, ...Array.from(t.customer)) + 1;
  return t;
}

/** A run's worth of inputs for serviceImpact: the table, the July 2024 publish time, `days` long. */
export function impactSource(sites: readonly HandSite[], days = 14): ImpactSource {
  const end = days * 1440;
  return { publishAtMs: HAND_PUBLISH, binEdges: Float64Array.from([-60, end]), nBins: 1, sites: siteTable(sites) };
}
