// Emergency dispatch centres by region, as the dispatch chart draws them: how many could not take
// calls and for how long, and how many centre-hours their call-taking stayed impaired (on manual
// dispatch or degraded). Regions with no centres are left out; ordered by UTC offset, like the
// region rows.
import { REGION_INFO } from '../engine/regions.js';
import type { Region } from '../engine/types.js';
import type { ServiceImpact } from '../services/impact.js';

export interface DispatchRow {
  region: Region;
  label: string;
  city: string;
  utcOffsetHours: number;
  centres: number;
  /** Centres unable to take calls at some point. */
  unable: number;
  shareUnable: number;
  centreHoursUnable: number;
  /** Hours unable per centre that was unable (0 when none was). */
  meanHoursUnable: number;
  maxHoursUnable: number;
  centreHoursImpaired: number;
}

export function dispatchRows(im: ServiceImpact): DispatchRow[] {
  return im.emergency.byRegion
    .map((r): DispatchRow | null => {
      if (!(r.centres > 0)) return null;
      const info = REGION_INFO.find((x) => x.id === r.region)!;
      return {
        region: r.region, label: info.label, city: info.city, utcOffsetHours: info.utcOffsetHours,
        centres: r.centres, unable: r.unable, shareUnable: r.unable / r.centres,
        centreHoursUnable: r.centreHours, meanHoursUnable: r.unable > 0 ? r.centreHours / r.unable : 0,
        maxHoursUnable: r.maxHours, centreHoursImpaired: r.impairedCentreHours,
      };
    })
    .filter((r): r is DispatchRow => r !== null)
    .sort((a, b) => a.utcOffsetHours - b.utcOffsetHours);
}
