// Service delivered per sector over time, as the sector service chart draws it: for each sector
// that runs any service, the share of its normal service delivered step by step, cut into
// segments of one level (levels are bands of that share, given by the chart), the lowest point,
// when it was normal again, and the hours and money it lost. Longest below normal first.
import { SECTOR_INFO } from '../engine/sectors.js';
import { SECTORS, type Sector } from '../engine/types.js';
import type { ServiceImpact } from '../services/impact.js';
import { stepAt, stepMsOf } from './serviceSteps.js';

/** Consecutive steps at one level: level 0 is normal, higher levels less service. */
export interface ServiceSegment {
  fromMs: number;
  toMs: number;
  level: number;
}

export interface SectorServiceRow {
  sector: Sector;
  /** Index in SECTORS (and in ServiceImpact's per-sector columns). */
  index: number;
  label: string;
  /** What its service is counted in: "hospital", "store"… */
  unit: string;
  units: number;
  /** Unit-hours of full service lost in opening hours. */
  serviceHoursLost: number;
  lossUSD: number;
  /** Lowest share of normal service delivered, and when (null when never below normal). */
  lowest: number;
  lowestAtMs: number | null;
  /** Hours with service below `normal`. */
  hoursBelowNormal: number;
  /** End of the last step below normal (null: never below). */
  normalAtMs: number | null;
  /** Still below normal in the last step of the run (then normalAtMs is the run's end). */
  belowAtEnd: boolean;
  /** Segments below normal (level >= 1), in time order. */
  segments: ServiceSegment[];
}

/**
 * Level of a share: 0 at or above limits[0] (normal), i where it is below limits[i - 1] but
 * not below limits[i], limits.length below the last. `limits` descend.
 */
export function levelOf(share: number, limits: readonly number[]): number {
  let i = 0;
  while (i < limits.length && share < limits[i]!) i++;
  return i;
}

export function sectorServiceRows(impact: ServiceImpact, limits: readonly number[]): SectorServiceRow[] {
  const n = impact.timeMs.length;
  const step = stepMsOf(impact);
  const rows: SectorServiceRow[] = [];
  impact.sectors.forEach((sr, s) => {
    if (!(sr.units > 0)) return;
    let lowest = 1;
    let lowestAt = -1;
    let below = 0;
    let lastBelow = -1;
    const segments: ServiceSegment[] = [];
    for (let k = 0; k < n; k++) {
      const v = impact.sectorOutput[s * n + k]!;
      if (v < lowest) {
        lowest = v;
        lowestAt = k;
      }
      const level = levelOf(v, limits);
      if (level === 0) continue;
      below++;
      lastBelow = k;
      const t = impact.timeMs[k]!;
      const prev = segments[segments.length - 1];
      if (prev && prev.level === level && prev.toMs === t) prev.toMs = t + step;
      else segments.push({ fromMs: t, toMs: t + step, level });
    }
    rows.push({
      sector: SECTORS[s]!, index: s, label: SECTOR_INFO[s]!.label, unit: sr.unit, units: sr.units,
      serviceHoursLost: sr.serviceHoursLost, lossUSD: sr.lossUSD,
      lowest, lowestAtMs: lowestAt >= 0 ? impact.timeMs[lowestAt]! : null,
      hoursBelowNormal: (below * step) / 3_600_000,
      normalAtMs: lastBelow >= 0 ? impact.timeMs[lastBelow]! + step : null,
      belowAtEnd: lastBelow === n - 1,
      segments,
    });
  });
  return rows.sort((a, b) => b.hoursBelowNormal - a.hoursBelowNormal || a.lowest - b.lowest || a.index - b.index);
}

/** Share of normal service the sector delivered at time `ms` (1 before the steps start). */
export function sectorServiceAt(impact: ServiceImpact, sector: number, ms: number): number {
  const k = stepAt(impact, ms);
  return k < 0 ? 1 : impact.sectorOutput[sector * impact.timeMs.length + k]!;
}
