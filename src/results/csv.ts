// The CSV files: the time series (one row per bin), and one row per sector or per region.
// Each starts with notes, lines beginning with "# ", that name the run (its name, the scenario it
// started from, seed, parameter hash, and on the page its link), the units and, for the series,
// the time step; then one line of column names and the rows. Readers skip the notes with
// comment="#" (pandas) or comment.char="#" (R). Times are ISO 8601 UTC whatever the reader's time
// zone, so files from different machines compare. The command line and the page both use this.
// With the service layer's figures, service columns follow the series': `flightsCancelled` so
// far, `service_<sector>`, the share of the sector's normal service delivered (1 = normal), and
// `lossUSD_<sector>`, money lost so far.
import type { Series } from './series.js';
import type { RegionRow } from './regionRows.js';
import type { SectorRow } from './sectorRows.js';
import { SECTORS, type SimResult } from '../engine/types.js';
import { SECTOR_INFO } from '../engine/sectors.js';
import { orgShareAt, orgSpreadHours, type OrgSizeBand, type OrgSpread, type OrgSpreadGroup } from './orgSpread.js';
import type { ServiceImpact } from '../services/impact.js';
import type { SeriesBands } from './bands.js';

export const CSV_COLUMNS = [
  'time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare',
  ...SECTORS.map((s) => `down_${s}`), 'agentOnlyDown',
] as const;

export const SECTOR_CSV_COLUMNS = ['sector', 'label', 'fleet', 'crashed', 'crashedShare', 'hoursTo50', 'hoursTo90', 'deviceHoursLost'] as const;
export const REGION_CSV_COLUMNS = [
  'region', 'label', 'city', 'utcOffsetHours', 'localTimeAtPublish', 'fleet', 'onAtPublish', 'exposed', 'crashed', 'crashedShare',
] as const;

/** The organisation spread's columns before the shares, one `back_<hours>h` column per read-out time follows. */
export const ORG_SPREAD_CSV_COLUMNS = ['kind', 'group', 'label', 'affected', 'notBackAtEnd', 'hoursTo50', 'hoursTo90'] as const;

export const SERVICE_CSV_COLUMNS = [
  'flightsCancelled', ...SECTORS.map((s) => `service_${s}`), ...SECTORS.map((s) => `lossUSD_${s}`),
] as const;

/** Who the rows belong to: printed at the top of every file. */
export interface CsvAbout {
  /** The run's name as the reader saw it ("July 2024 baseline, edited: revert after 20 min"). */
  run: string;
  /** The scenario the run started from. */
  scenario: string;
  seed: number;
  /** Short hash of every parameter value and the seed. */
  paramsHash: string;
  /** What the hash covers, when more than the parameters and the seed (an organisation). */
  hashCovers?: string;
  /** Link that reproduces the run; the command line has none. */
  link?: string;
}

/** The bins of a run, minutes after publish: edges[i] to edges[i + 1] is bin i. */
export interface CsvBins {
  binEdges: ArrayLike<number>;
  nBins: number;
}

/** Counts print as integers; shares with 6 decimals (0.000001 = 1 in a million). */
const count = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
const share = (x: number) => x.toFixed(6);
const hours = (x: number | null) => (x === null ? '' : x.toFixed(3));
/** A note's value on one line. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
/** RFC 4180: a text cell holding a comma, a quote or a line break goes in quotes. */
const text = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** "1 h before publish", "6 h after publish", "14 d after publish", "90 min after publish". */
export function offsetText(minutes: number): string {
  const m = Math.abs(minutes);
  const amount = m % 1440 === 0 && m > 0 ? `${m / 1440} d` : m % 60 === 0 && m > 0 ? `${m / 60} h` : `${m} min`;
  if (minutes === 0) return 'publish';
  return `${amount} ${minutes < 0 ? 'before' : 'after'} publish`;
}

/** "1 min from 1 h before publish to 6 h after publish, then 10 min to 14 d after publish". */
export function timeStepText(bins: CsvBins): string {
  const e = bins.binEdges;
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= bins.nBins; i++) {
    const w = e[start + 1]! - e[start]!;
    if (i === bins.nBins || e[i + 1]! - e[i]! !== w) {
      const width = `${Number(w.toFixed(3))} min`;
      parts.push(parts.length === 0 ? `${width} from ${offsetText(e[start]!)} to ${offsetText(e[i]!)}` : `${width} to ${offsetText(e[i]!)}`);
      start = i;
    }
  }
  return parts.join(', then ');
}

function notes(title: string, about: CsvAbout, extra: [string, string][]): string[] {
  const rows: [string, string][] = [
    ['run', about.run],
    ['scenario', about.scenario],
    ['seed', String(about.seed)],
    ['parameters', `${about.paramsHash} (hash of ${about.hashCovers ?? 'every parameter value and the seed'})`],
    ...(about.link ? [['link', about.link] as [string, string]] : []),
    ...extra,
    ['format', 'lines starting with # are notes; the next line names the columns, then one row per line'],
  ];
  return [`# ${title}`, ...rows.map(([k, v]) => `# ${k}: ${oneLine(v)}`)];
}

/** Per ten-minute service step, the sums so far of a per-step column. */
function runningSum(col: ArrayLike<number>, from: number, n: number): Float64Array {
  const out = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) out[k] = acc += col[from + k]!;
  return out;
}

const SERIES_UNITS = 'exposed, crashed, recovered: devices, cumulative since publish; down and down_<sector>: devices down at that time; ' +
  'sensorsOnlineShare: Windows sensors online compared with before the update, 0 to 1; crashedRecoveredShare: share of the crashed devices back, 0 to 1; ' +
  'agentOnlyDown: sensors offline at that time on machines that stayed up (failed user-mode agents), also counted in sensorsOnlineShare';
const bandUnits = (b: SeriesBands) =>
  `; ${bandCsvColumns(b).join(', ')}: devices down at that time, at the ${b.percentiles[0]}th, 50th and ${b.percentiles[1]}th percentiles of the ensemble`;
const SERVICE_UNITS = '; flightsCancelled: flights cancelled so far; service_<sector>: share of the sector’s normal service delivered, 1 = normal; ' +
  'lossUSD_<sector>: US dollars lost so far';

/** Band columns of an ensemble: devices down at the low percentile, the median and the high one. */
export const bandCsvColumns = (b: SeriesBands) => [`down_p${b.percentiles[0]}`, 'down_p50', `down_p${b.percentiles[1]}`];

export function toCsv(
  series: Series, bins: CsvBins, about: CsvAbout, impact: ServiceImpact | null = null, bands: SeriesBands | null = null,
): string {
  const n = series.timeMs.length;
  const lines: string[] = [
    ...notes('Outage impact simulator: time series, one row per time bin', about, [
      ['time', `end of each bin, ISO 8601 UTC; time step ${timeStepText(bins)}`],
      ['units', SERIES_UNITS + (impact ? SERVICE_UNITS : '') + (bands ? bandUnits(bands) : '')],
    ]),
    [...CSV_COLUMNS, ...(impact ? SERVICE_CSV_COLUMNS : []), ...(bands ? bandCsvColumns(bands) : [])].join(','),
  ];
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
    row.push(count(series.agentOnlyDown[i]!));
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

/** One row per sector, in the sector chart's order (longest outage first). */
export function sectorCsv(rows: readonly SectorRow[], about: CsvAbout): string {
  const lines = [
    ...notes('Outage impact simulator: sectors, one row per sector, longest outage first', about, [
      ['units', 'fleet, crashed: Windows devices; crashedShare: share of the sector’s devices that crashed, 0 to 1; ' +
        'hoursTo50, hoursTo90: hours after publish until half and nine in ten of the sector’s crashed devices were back (empty: not within the run); ' +
        'deviceHoursLost: hours down summed over the sector’s devices'],
    ]),
    SECTOR_CSV_COLUMNS.join(','),
    ...rows.map((r) => [r.sector, text(r.label), count(r.fleet), count(r.crashed), share(r.crashedShare), hours(r.h50), hours(r.h90), count(Math.round(r.deviceHours))].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/** One row per region, in the region chart's order (earliest local time first). */
export function regionCsv(rows: readonly RegionRow[], about: CsvAbout): string {
  const lines = [
    ...notes('Outage impact simulator: regions, one row per region, earliest local time first', about, [
      ['units', 'utcOffsetHours: the region’s offset from UTC in July; localTimeAtPublish: weekday and local time when the update was published; ' +
        'fleet, exposed, crashed: Windows devices (exposed: took the faulty file); ' +
        'onAtPublish: share of the region’s devices switched on at publish, 0 to 1; crashedShare: share of the region’s devices that crashed, 0 to 1'],
    ]),
    REGION_CSV_COLUMNS.join(','),
    ...rows.map((r) => [
      r.region, text(r.label), text(r.city), String(r.utcOffsetHours), r.atPublish.text,
      count(r.fleet), share(r.onAtPublish), count(r.exposed), count(r.crashed), share(r.crashedShare),
    ].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/** Size bands as a file names them, by Windows devices. */
export const ORG_SIZE_LABELS: Readonly<Record<OrgSizeBand, string>> = {
  under100: 'Under 100 Windows devices',
  from100: '100 to 999 Windows devices',
  from1000: '1,000 to 9,999 Windows devices',
  from10000: '10,000 Windows devices or more',
};

/** One row per group of organisations (all, each size band, each sector): how many were affected
 * and the share of them fully back at each read-out time (orgSpreadHours). */
export function orgSpreadCsv(spread: OrgSpread, bins: Pick<SimResult, 'binEdges' | 'nBins'>, about: CsvAbout): string {
  const hoursAt = orgSpreadHours(bins.binEdges[bins.nBins]!);
  const row = (kind: string, id: string, label: string, g: OrgSpreadGroup) => [
    kind, id, text(label), String(g.affected), String(g.notBackAtEnd), hours(g.hoursTo50), hours(g.hoursTo90),
    ...hoursAt.map((h) => share(orgShareAt(g, bins, h))),
  ].join(',');
  const lines = [
    ...notes('Outage impact simulator: organisations fully back, one row per group of organisations', about, [
      ['units', 'affected: organisations (customers) with at least one crashed Windows device; notBackAtEnd: of those, not fully back when the run ends; ' +
        'hoursTo50, hoursTo90: hours after publish until half and nine in ten of them had every crashed device back (empty: not within the run); ' +
        'back_<h>h: share of them with every crashed device back h hours after publish, 0 to 1'],
      ['groups', 'all organisations; by size (kind size: the organisation’s Windows devices at all its sites); by sector (kind sector)'],
    ]),
    [...ORG_SPREAD_CSV_COLUMNS, ...hoursAt.map((h) => `back_${h}h`)].join(','),
    row('all', 'all', 'All organisations', spread.all),
    ...spread.bySize.map((g) => row('size', g.band, ORG_SIZE_LABELS[g.band], g)),
    ...spread.bySector.map((g, i) => row('sector', g.sector, SECTOR_INFO[i]!.label, g)),
  ];
  return `${lines.join('\n')}\n`;
}
