// Many runs of one scenario (an ensemble over seeds and uncertain assumptions) reduced to bands:
// per time bin, the chosen low and high percentiles and the median of each series; per summary
// figure, the same three values. Percentiles interpolate linearly between order statistics
// (Hyndman & Fan type 7, the default of R and NumPy). A figure never reached in a run (hours to
// 99% within the horizon) counts as later than any reached one, and a percentile that falls on
// such runs is null: "not within the run".
import type { Series } from './series.js';
import type { Summary } from './summary.js';

export interface Band {
  lo: Float64Array;
  mid: Float64Array;
  hi: Float64Array;
}

export type BandedColumn = 'down' | 'crashed' | 'recovered' | 'sensorsOnlineShare' | 'crashedRecoveredShare';
export const BANDED_COLUMNS: readonly BandedColumn[] = ['down', 'crashed', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare'];

export interface SeriesBands {
  /** Percentiles of the band's edges, e.g. [5, 95]. */
  percentiles: readonly [number, number];
  runs: number;
  columns: Record<BandedColumn, Band>;
}

/** A summary figure across runs: low, median, high (null where a percentile is not reached). */
export interface FigureBand {
  lo: number | null;
  mid: number | null;
  hi: number | null;
}

export type BandedFigure =
  | 'crashed' | 'peakDown' | 'deviceHoursLost' | 'sensorsOnlineAtCheck' | 'crashedRecoveredAtCheck'
  | 'hoursTo50' | 'hoursTo90' | 'hoursTo97' | 'hoursTo99' | 'stillDownAtEnd';
export const BANDED_FIGURES: readonly BandedFigure[] = [
  'crashed', 'peakDown', 'deviceHoursLost', 'sensorsOnlineAtCheck', 'crashedRecoveredAtCheck',
  'hoursTo50', 'hoursTo90', 'hoursTo97', 'hoursTo99', 'stillDownAtEnd',
];

export type SummaryBands = Record<BandedFigure, FigureBand>;

/** The p-th percentile (0-100) of ascending `sorted`, linearly interpolated. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * (p / 100);
  const i = Math.floor(h);
  const a = sorted[i]!;
  if (i + 1 >= n) return a;
  const b = sorted[i + 1]!;
  if (a === b) return a;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return h - i === 0 ? a : Infinity;
  return a + (b - a) * (h - i);
}

export function checkPercentiles(lo: number, hi: number): void {
  if (!(lo >= 0 && hi <= 100 && lo < 50 && hi > 50)) throw new RangeError(`percentiles must satisfy 0 <= low < 50 < high <= 100; got ${lo} and ${hi}`);
}

/** The columns of a run that bands are made of (an ensemble keeps only these of each run). */
export type BandedSeries = Pick<Series, 'timeMs' | BandedColumn>;

export const bandedPart = (s: Series): BandedSeries => ({
  timeMs: s.timeMs, down: s.down, crashed: s.crashed, recovered: s.recovered,
  sensorsOnlineShare: s.sensorsOnlineShare, crashedRecoveredShare: s.crashedRecoveredShare,
});

/** Per-bin bands of each banded series column over runs with the same bins. */
export function seriesBands(runs: readonly BandedSeries[], lo = 5, hi = 95): SeriesBands {
  checkPercentiles(lo, hi);
  if (runs.length === 0) throw new RangeError('no runs to reduce');
  const n = runs[0]!.timeMs.length;
  if (runs.some((s) => s.timeMs.length !== n)) throw new RangeError('runs with different time bins cannot be reduced together');
  const column = (key: BandedColumn): Band => {
    const band: Band = { lo: new Float64Array(n), mid: new Float64Array(n), hi: new Float64Array(n) };
    const values = new Float64Array(runs.length);
    for (let b = 0; b < n; b++) {
      for (let r = 0; r < runs.length; r++) values[r] = runs[r]![key][b]!;
      values.sort();
      band.lo[b] = percentile(values, lo);
      band.mid[b] = percentile(values, 50);
      band.hi[b] = percentile(values, hi);
    }
    return band;
  };
  const columns = Object.fromEntries(BANDED_COLUMNS.map((k) => [k, column(k)])) as Record<BandedColumn, Band>;
  return { percentiles: [lo, hi], runs: runs.length, columns };
}

function figureOf(s: Summary, f: BandedFigure): number {
  switch (f) {
    case 'hoursTo50': return s.hoursTo['50'] ?? Infinity;
    case 'hoursTo90': return s.hoursTo['90'] ?? Infinity;
    case 'hoursTo97': return s.hoursTo['97'] ?? Infinity;
    case 'hoursTo99': return s.hoursTo['99'] ?? Infinity;
    default: return s[f];
  }
}

/** Low, median and high of every banded summary figure over runs. */
export function summaryBands(runs: readonly Summary[], lo = 5, hi = 95): SummaryBands {
  checkPercentiles(lo, hi);
  if (runs.length === 0) throw new RangeError('no runs to reduce');
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return Object.fromEntries(BANDED_FIGURES.map((f) => {
    const v = Float64Array.from(runs, (s) => figureOf(s, f)).sort();
    return [f, { lo: finite(percentile(v, lo)), mid: finite(percentile(v, 50)), hi: finite(percentile(v, hi)) }];
  })) as SummaryBands;
}

/** Bands of an ensemble's runs: per-bin series bands and summary-figure bands. */
export function bandsOf(members: readonly { series: BandedSeries; summary: Summary }[], lo = 5, hi = 95): { series: SeriesBands; summary: SummaryBands } {
  return { series: seriesBands(members.map((m) => m.series), lo, hi), summary: summaryBands(members.map((m) => m.summary), lo, hi) };
}
