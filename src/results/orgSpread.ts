// How unequal organisations' recoveries are: for every time bin of a run, the share of affected
// organisations (customers with a crashed device) that had every crashed device back, overall,
// by organisation size and by sector. The device curve hides this: most organisations are done
// within a day or two while a minority (thin IT teams, keys that cannot be found, machines where
// no one is, the largest estates) takes a week or more. Read off SimResult.sites (orgRecovery.ts
// says when an organisation is back); a run without its site table (the baseline built into the
// page, a preview) has no spread.
import { CLASSES, SECTORS, type Sector, type SimResult } from '../engine/types.js';
import { binAt, hoursUntil } from './bins.js';
import { customerBackTimes } from './orgRecovery.js';

const NC = CLASSES.length;

/** Size bands by an organisation's Windows devices (all its sites, every class), smallest first. */
export const ORG_SIZE_BANDS = [
  { id: 'under100', min: 0, max: 100 },
  { id: 'from100', min: 100, max: 1_000 },
  { id: 'from1000', min: 1_000, max: 10_000 },
  { id: 'from10000', min: 10_000, max: Infinity },
] as const;
export type OrgSizeBand = (typeof ORG_SIZE_BANDS)[number]['id'];

export interface OrgSpreadGroup {
  /** Affected organisations in the group. */
  affected: number;
  /** Per bin of the run: share of them with every crashed device back by the bin's end (1 when none is affected). */
  share: Float64Array;
  /** Affected organisations not fully back when the run ends. */
  notBackAtEnd: number;
  /** Hours after publish until half and nine in ten of them were fully back (null: not within the run, or none affected). */
  hoursTo50: number | null;
  hoursTo90: number | null;
}

export interface OrgSpread {
  all: OrgSpreadGroup;
  /** In ORG_SIZE_BANDS order. */
  bySize: (OrgSpreadGroup & { band: OrgSizeBand })[];
  /** In SECTORS order; a sector with no affected organisation has affected 0. */
  bySector: (OrgSpreadGroup & { sector: Sector })[];
}

type Source = Pick<SimResult, 'sites' | 'binEdges' | 'nBins'>;

const NB = ORG_SIZE_BANDS.length;
const bandOf = (devices: number) => ORG_SIZE_BANDS.findIndex((b) => devices >= b.min && devices < b.max);

/** The bin whose end is the first at or after minute t (back times are bin ends, so exact). */
function binEndingBy(r: Pick<SimResult, 'binEdges' | 'nBins'>, t: number): number {
  const b = binAt(r, t);
  return b > 0 && r.binEdges[b]! >= t ? b - 1 : b;
}

/** The spread of a run, or null when the run carries no per-site table. */
export function orgSpread(r: Source): OrgSpread | null {
  const t = r.sites;
  if (t.n === 0) return null;
  // Each customer's Windows devices and sector (its sites share one).
  const devices = new Float64Array(t.nCustomers);
  const sector = new Int32Array(t.nCustomers);
  for (let s = 0; s < t.n; s++) {
    const c = t.customer[s]!;
    sector[c] = t.sector[s]!;
    for (let k = 0; k < NC; k++) devices[c] = devices[c]! + t.devices[s * NC + k]!;
  }
  // Groups: 0 all, then the size bands, then the sectors. Count each affected customer in the bin
  // in which it was back, then add up: no sorting, one pass over the customers.
  const nG = 1 + NB + SECTORS.length;
  const affected = new Float64Array(nG);
  const arrivals = new Float64Array(nG * r.nBins);
  const end = r.binEdges[r.nBins]!;
  const back = customerBackTimes(t);
  for (let c = 0; c < t.nCustomers; c++) {
    const at = back[c]!;
    if (at < 0) continue;
    const b = at <= end ? binEndingBy(r, at) : -1;
    for (const g of [0, 1 + bandOf(devices[c]!), 1 + NB + sector[c]!]) {
      affected[g]!++;
      if (b >= 0) arrivals[g * r.nBins + b]!++;
    }
  }
  const group = (g: number): OrgSpreadGroup => {
    const n = affected[g]!;
    const share = new Float64Array(r.nBins);
    let sum = 0;
    for (let b = 0; b < r.nBins; b++) {
      sum += arrivals[g * r.nBins + b]!;
      share[b] = n > 0 ? sum / n : 1;
    }
    return {
      affected: n, share, notBackAtEnd: n - sum,
      hoursTo50: n > 0 ? hoursUntil(r, share, 1, 0.5) : null,
      hoursTo90: n > 0 ? hoursUntil(r, share, 1, 0.9) : null,
    };
  };
  return {
    all: group(0),
    bySize: ORG_SIZE_BANDS.map((b, i) => ({ band: b.id, ...group(1 + i) })),
    bySector: SECTORS.map((s, i) => ({ sector: s, ...group(1 + NB + i) })),
  };
}

/** Share of the group fully back `hours` after publish: at the end of the bin that ends at or
 *  after that moment (bin ends fall on every whole hour). */
export function orgShareAt(g: OrgSpreadGroup, r: Pick<SimResult, 'binEdges' | 'nBins'>, hours: number): number {
  return g.share[binEndingBy(r, hours * 60)]!;
}

/** Hours after publish at which tables, files and the command line read the spread: every 6 hours
 *  for the first day (where it moves fastest), at 36 and 48 hours, then daily to the end of the run. */
export function orgSpreadHours(endMinutes: number): number[] {
  const end = endMinutes / 60;
  const out = [6, 12, 18, 24, 36, 48].filter((h) => h <= end);
  for (let h = 72; h <= end; h += 24) out.push(h);
  return out;
}
