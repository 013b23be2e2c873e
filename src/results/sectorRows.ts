// One row per sector: its devices, how many crashed, how long until half and nine in ten of its
// crashed devices were back, and the device-hours it lost. Sorted longest outage first, the order
// the sector chart and its table show.
import { SECTOR_INFO } from '../engine/sectors.js';
import type { Sector } from '../engine/types.js';
import { binAt } from './bins.js';
import type { Series } from './series.js';
import type { Summary } from './summary.js';

export interface SectorRow {
  sector: Sector;
  /** Index in SECTORS (and in the per-sector series). */
  index: number;
  label: string;
  fleet: number;
  crashed: number;
  crashedShare: number;
  h50: number | null;
  h90: number | null;
  deviceHours: number;
}

export function sectorRows(summary: Summary): SectorRow[] {
  const rows = summary.bySector.map((s, index): SectorRow => ({
    sector: s.sector,
    index,
    label: SECTOR_INFO[index]!.label,
    fleet: s.fleet,
    crashed: s.crashed,
    crashedShare: s.fleet > 0 ? s.crashed / s.fleet : 0,
    h50: s.hoursTo50,
    h90: s.hoursTo90,
    deviceHours: s.deviceHoursLost,
  }));
  // Never 90% back counts as the longest.
  const key = (x: SectorRow) => x.h90 ?? Infinity;
  return rows.sort((a, b) => key(b) - key(a) || b.crashedShare - a.crashedShare);
}

/** Devices down per sector (SECTORS order) at minute t after publish. */
export function sectorDownAt(series: Series, bins: { binEdges: Float64Array; nBins: number }, t: number): Float64Array {
  const b = binAt(bins, t);
  const n = bins.nBins;
  return Float64Array.from(SECTOR_INFO, (_, s) => series.downBySector[s * n + b]!);
}
