// Hospitals whose clinical systems were disrupted, by how long: the histogram the hospital chart
// draws, each bin with its share of the disrupted hospitals, and the figures beside it.
import type { ServiceImpact } from '../services/impact.js';
import type { Quantiles } from '../services/quantiles.js';

export interface HospitalRow {
  fromHours: number;
  /** Upper end (exclusive); null for the open last bin. */
  toHours: number | null;
  hospitals: number;
  /** Share of the disrupted hospitals. */
  share: number;
}

export interface HospitalTable {
  rows: HospitalRow[];
  hospitals: number;
  disrupted: number;
  shareDisrupted: number;
  outageHours: Quantiles;
  hoursOnPaper: number;
  proceduresPostponed: number;
}

export function hospitalTable(im: ServiceImpact): HospitalTable | null {
  const h = im.hospitals;
  if (!(h.hospitals > 0)) return null;
  const inBins = h.histogram.reduce((a, b) => a + b.units, 0);
  return {
    rows: h.histogram.map((b) => ({ fromHours: b.fromHours, toHours: b.toHours, hospitals: b.units, share: inBins > 0 ? b.units / inBins : 0 })),
    hospitals: h.hospitals, disrupted: h.disrupted, shareDisrupted: h.shareDisrupted, outageHours: h.outageHours,
    hoursOnPaper: h.hoursOnPaper, proceduresPostponed: h.proceduresPostponed,
  };
}
