// The time series as CSV: one row per bin (the state at the bin's end), counts cumulative
// except `down` and the per-sector `down_*` columns, which are devices down at that time.
// Times are ISO 8601 UTC whatever the reader's time zone, so files from different machines
// compare. The command line and the page's download both use this.
import type { Series } from './series.js';
import { SECTORS } from '../engine/types.js';

export const CSV_COLUMNS = [
  'time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare',
  ...SECTORS.map((s) => `down_${s}`),
] as const;

/** Counts print as integers; shares with 6 decimals (0.000001 = 1 in a million). */
const count = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
const share = (x: number) => x.toFixed(6);

export function toCsv(series: Series): string {
  const n = series.timeMs.length;
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (let i = 0; i < n; i++) {
    const row = [
      new Date(series.timeMs[i]!).toISOString(),
      count(series.exposed[i]!), count(series.crashed[i]!), count(series.down[i]!), count(series.recovered[i]!),
      share(series.sensorsOnlineShare[i]!), share(series.crashedRecoveredShare[i]!),
    ];
    for (let s = 0; s < SECTORS.length; s++) row.push(count(series.downBySector[s * n + i]!));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
