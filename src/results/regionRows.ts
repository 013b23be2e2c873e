// One row per region: its local clock when the update went out, its devices, the share switched
// on at that moment, and how many took the file and crashed. Ordered by UTC offset, so the
// region where it was earliest (Thursday evening in the Americas) comes first.
import { REGION_INFO } from '../engine/regions.js';
import type { Region, SimResult } from '../engine/types.js';
import { localTimeAt, type LocalTime } from './localTime.js';

export interface RegionRow {
  region: Region;
  label: string;
  city: string;
  utcOffsetHours: number;
  /** Local time at publish. */
  atPublish: LocalTime;
  fleet: number;
  onAtPublish: number;
  exposed: number;
  crashed: number;
  crashedShare: number;
}

export function regionRows(r: SimResult): RegionRow[] {
  return REGION_INFO.map((info, i): RegionRow => {
    const fleet = r.regionFleet[i]!;
    return {
      region: info.id, label: info.label, city: info.city, utcOffsetHours: info.utcOffsetHours,
      atPublish: localTimeAt(r.publishAtMs, info.utcOffsetHours),
      fleet, onAtPublish: r.regionOnAtPublish[i]!, exposed: r.regionExposed[i]!, crashed: r.regionCrashed[i]!,
      crashedShare: fleet > 0 ? r.regionCrashed[i]! / fleet : 0,
    };
  }).sort((a, b) => a.utcOffsetHours - b.utcOffsetHours);
}
