// The time series as CSV: one row per bin (the state at the bin's end), counts cumulative
// except `down` and the per-sector `down_*` columns, which are devices down at that time.
// With the service layer's figures, per-sector service columns follow: `service_<sector>`, the
// share of the sector's normal service delivered (1 = normal), and `lossUSD_<sector>`, money lost
// so far; and `flightsCancelled` so far. Times are ISO 8601 UTC whatever the reader's time zone,
// so files from different machines compare. The command line and the page's download use this.
import type { Series } from './series.js';
import { SECTORS } from '../engine/types.js';
import type { ServiceImpact } from '../services/impact.js';
import type { SeriesBands } from './bands.js';

export const CSV_COLUMNS = [
  'time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare',
  ...SECTORS.map((s) => `down_${s}`),
] as const;

export const SERVICE_CSV_COLUMNS = [
  'flightsCancelled', ...SECTORS.map((s) => `service_${s}`), ...SECTORS.map((s) => `lossUSD_${s}`),
] as const;

/** Counts print as integers; shares with 6 decimals (0.000001 = 1 in a million). */
const count = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
const share = (x: number) => x.toFixed(6);

/** Per ten-minute service step, the sums so far of a per-step column. */
function runningSum(col: ArrayLike<number>, from: number, n: number): Float64Array {
  const out = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) out[k] = acc += col[from + k]!;
  return out;
}

/** Band columns of an ensemble: devices down at the low percentile, the median and the high one. */
export const bandCsvColumns = (b: SeriesBands) => [`down_p${b.percentiles[0]}`, 'down_p50', `down_p${b.percentiles[1]}`];

export function toCsv(series: Series, impact: ServiceImpact | null = null, bands: SeriesBands | null = null): string {
  const n = series.timeMs.length;
  const lines: string[] = [[...CSV_COLUMNS, ...(impact ? SERVICE_CSV_COLUMNS : []), ...(bands ? bandCsvColumns(bands) : [])].join(',')];
  const steps = impact ? impact.timeMs.length : 0;
  const flights = impact ? runningSum(impact.flights.steps.cancelled, 0, steps) : null;
  const losses = impact ? SECTORS.map((_, s) => runningSum(impact.sectorLoss, s * steps, steps)) : [];
  for (let i = 0; i < n; i++) {
    const row = [
      new Date(series.timeMs[i]!).toISOString(),
      count(series.exposed[i]!), count(series.crashed[i]!), count(series.down[i]!), count(series.recovered[i]!),
      share(series.sensorsOnlineShare[i]!), share(series.crashedRecoveredShare[i]!),
    ];
    for (let s = 0; s < SECTORS.length; s++) row.push(count(series.downBySector[s * n + i]!));
    if (impact) {
      // The service step holding the bin's end (the step just before it when the end is a step edge).
      const k = Math.floor((series.timeMs[i]! - impact.timeMs[0]!) / (impact.stepMinutes * 60000) - 1e-9);
      // Before the service grid starts (the hour before the publish time) everything runs normally.
      const before = k < 0;
      const at = Math.min(Math.max(k, 0), steps - 1);
      row.push((before ? 0 : flights![at]!).toFixed(1));
      for (let s = 0; s < SECTORS.length; s++) row.push(share(before ? 1 : impact.sectorOutput[s * steps + at]!));
      for (let s = 0; s < SECTORS.length; s++) row.push(String(before ? 0 : Math.round(losses[s]![at]!)));
    }
    if (bands) {
      const d = bands.columns.down;
      row.push(count(d.lo[i]!), count(d.mid[i]!), count(d.hi[i]!));
    }
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
