// Devices down per region at a moment, for the world map: each region's share of its Windows
// devices down, what had crashed there, and its local clock at the push and at that moment.
// Ordered by UTC offset, like the region rows.
import { REGIONS, type Region } from '../engine/types.js';
import { valueAt } from './bins.js';
import { localTimeAt, type LocalTime } from './localTime.js';
import type { RunView } from './runView.js';

export interface RegionDownRow {
  region: Region;
  label: string;
  city: string;
  utcOffsetHours: number;
  fleet: number;
  crashed: number;
  crashedShare: number;
  /** Devices down at the moment, and their share of the region's devices. */
  down: number;
  shareDown: number;
  atPublish: LocalTime;
  atMoment: LocalTime;
}

export type RegionDownSource = Pick<RunView, 'series' | 'binEdges' | 'nBins' | 'publishAtMs' | 'regions'>;

/** Rows at `minutes` after publish. */
export function regionDownAt(r: RegionDownSource, minutes: number): RegionDownRow[] {
  const n = r.nBins;
  const ms = r.publishAtMs + minutes * 60_000;
  return r.regions.map((row): RegionDownRow => {
    const g = REGIONS.indexOf(row.region);
    const down = Math.max(0, valueAt(r, r.series.downByRegion.subarray(g * n, (g + 1) * n), minutes));
    return {
      region: row.region, label: row.label, city: row.city, utcOffsetHours: row.utcOffsetHours,
      fleet: row.fleet, crashed: row.crashed, crashedShare: row.crashedShare,
      down, shareDown: row.fleet > 0 ? down / row.fleet : 0,
      atPublish: row.atPublish, atMoment: localTimeAt(ms, row.utcOffsetHours),
    };
  });
}

/** Minutes after publish of the run's peak of devices down (the map's moment without a cursor). */
export function peakMinutes(r: Pick<RunView, 'summary' | 'publishAtMs'>): number {
  return Math.max(0, (Date.parse(r.summary.peakDownAt) - r.publishAtMs) / 60_000);
}
