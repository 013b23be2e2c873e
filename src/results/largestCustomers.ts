// The largest customers of each sector, so a reader can check the fleet against what is known
// (Delta alone had about 40,000 servers and 37,000 computers crash; Delta filings, Aug 2024).
// Read off SimResult.sites: a customer's devices are the sum over its sites.
import { CLASSES, SECTORS, type PerClass, type Sector, type SiteTable } from '../engine/types.js';

const NC = CLASSES.length;

export interface CustomerSize {
  /** Customer index in the run (SiteTable.customer). */
  customer: number;
  /** Windows devices, all classes. */
  devices: number;
  crashed: number;
  byClass: PerClass<number>;
}

export interface SectorLargest {
  sector: Sector;
  /** Largest first; fewer than asked when the sector has fewer customers. */
  customers: CustomerSize[];
}

/** The `top` largest customers of every sector by Windows devices (ties: lower index first). */
export function largestCustomers(sites: SiteTable, top = 5): SectorLargest[] {
  const devices = new Float64Array(sites.nCustomers);
  const crashed = new Float64Array(sites.nCustomers);
  const sector = new Int16Array(sites.nCustomers).fill(-1);
  for (let s = 0; s < sites.n; s++) {
    const c = sites.customer[s]!;
    sector[c] = sites.sector[s]!;
    for (let k = 0; k < NC; k++) {
      devices[c]! += sites.devices[s * NC + k]!;
      crashed[c]! += sites.crashed[s * NC + k]!;
    }
  }
  const bySector: number[][] = SECTORS.map(() => []);
  for (let c = 0; c < sites.nCustomers; c++) if (sector[c]! >= 0) bySector[sector[c]!]!.push(c);
  const tops = bySector.map((list) => list.sort((a, b) => devices[b]! - devices[a]! || a - b).slice(0, top));
  const byClass = new Map<number, PerClass<number>>();
  for (const c of tops.flat()) byClass.set(c, { server: 0, fixed: 0, workstation: 0, vm: 0 });
  for (let s = 0; s < sites.n; s++) {
    const row = byClass.get(sites.customer[s]!);
    if (row) CLASSES.forEach((k, i) => (row[k] += sites.devices[s * NC + i]!));
  }
  return SECTORS.map((s, i) => ({
    sector: s,
    customers: tops[i]!.map((c) => ({ customer: c, devices: devices[c]!, crashed: crashed[c]!, byClass: byClass.get(c)! })),
  }));
}
