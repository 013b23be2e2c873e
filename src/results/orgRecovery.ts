// How organisations recover, one by one: when each affected customer had every crashed device
// back, and the share of them fully back by each day. The recovery curve of devices hides how
// unequal this is: most organisations are done within a day or two while a minority (keys that
// cannot be found, thin IT teams, machines where no one is, the largest estates) takes a week or
// more. Read off SimResult.sites: a customer is fully back when every class at every one of its
// sites has reached its 100% milestone (a bin end, so within 10 minutes of the last device).
import { BACK_SHARES, CLASSES, type SimResult, type SiteTable } from '../engine/types.js';

const NC = CLASSES.length;
const NK = BACK_SHARES.length;
const ALL = NK - 1;

/**
 * Per customer, in customer order: minutes after publish at which it had every crashed device
 * back, Infinity if not within the run, -1 if nothing of it crashed.
 */
export function customerBackTimes(sites: SiteTable): Float64Array {
  const at = new Float64Array(sites.nCustomers).fill(-1);
  for (let s = 0; s < sites.n; s++) {
    const c = sites.customer[s]!;
    for (let k = 0; k < NC; k++) {
      const j = s * NC + k;
      if (sites.crashed[j] === 0) continue;
      const back = sites.backAt[j * NK + ALL]!;
      if (back > at[c]!) at[c] = back;
    }
  }
  return at;
}

/**
 * Minutes after publish at which each affected customer (one with a crashed device) had all of
 * them back, Infinity if not within the run; in customer order, unaffected customers left out.
 */
export function orgBackTimes(sites: SiteTable): Float64Array {
  return customerBackTimes(sites).filter((t) => t >= 0);
}

export interface OrgsBackByDay {
  /** Days after publish (1 = the first 24 hours). */
  day: number;
  /** The moment read: publish plus `day` days, epoch ms. */
  atMs: number;
  /** Affected organisations fully back by then, and their share of all affected. */
  back: number;
  share: number;
}

export interface OrgRecovery {
  /** Customers with at least one crashed device. */
  affected: number;
  /** One row per whole day of the run. */
  days: OrgsBackByDay[];
  /** Affected organisations not fully back when the run ends. */
  notBackAtEnd: number;
}

/** Share of affected organisations fully back by the end of each day after publish (for a chart of the spread). */
export function orgRecoveryByDay(r: Pick<SimResult, 'sites' | 'publishAtMs' | 'binEdges' | 'nBins'>): OrgRecovery {
  const times = Float64Array.from(orgBackTimes(r.sites)).sort();
  const end = r.binEdges[r.nBins]!;
  const affected = times.length;
  const days: OrgsBackByDay[] = [];
  let i = 0;
  for (let day = 1; day * 1440 <= end; day++) {
    const t = day * 1440;
    while (i < affected && times[i]! <= t) i++;
    days.push({ day, atMs: r.publishAtMs + t * 60000, back: i, share: affected > 0 ? i / affected : 1 });
  }
  let back = 0;
  for (const t of times) if (t <= end) back++;
  return { affected, days, notBackAtEnd: affected - back };
}
