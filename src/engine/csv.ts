// The time series as CSV: one row per bin (the state at the bin's end), counts cumulative
// except `down` and the per-sector `down_*` columns, which are devices down at that time.
import { toSeries, type Series } from './series.js';
import { SECTORS, type SimResult } from './types.js';

export const CSV_COLUMNS = ['time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare'] as const;

const share = (x: number) => (Math.round(x * 1e6) / 1e6).toString();

export function toCsv(r: SimResult, series: Series = toSeries(r)): string {
  const n = r.nBins;
  const header = [...CSV_COLUMNS, ...SECTORS.map((s) => `down_${s}`)].join(',');
  const lines: string[] = [header];
  for (let i = 0; i < n; i++) {
    const row = [
      new Date(series.timeMs[i]!).toISOString(),
      series.exposed[i]!, series.crashed[i]!, series.down[i]!, series.recovered[i]!,
      share(series.sensorsOnlineShare[i]!), share(series.crashedRecoveredShare[i]!),
    ];
    for (let s = 0; s < SECTORS.length; s++) row.push(series.downBySector[s * n + i]!);
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
