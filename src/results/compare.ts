// Runs side by side: the summary figures a reader compares (crashed, peak down, hours to 90% and
// 97%, device-hours lost, sensors online at the check point), each run's value and its
// difference from a reference run (the July 2024 baseline, or the first run).
import type { RunView } from './runView.js';

export type CompareFigure = 'crashed' | 'peakDown' | 'hoursTo90' | 'hoursTo97' | 'deviceHoursLost' | 'sensorsOnlineAtCheck';
export const COMPARE_FIGURES: readonly CompareFigure[] = ['crashed', 'peakDown', 'hoursTo90', 'hoursTo97', 'deviceHoursLost', 'sensorsOnlineAtCheck'];

export interface CompareCell {
  runId: string;
  /** null: not reached within the run (hours to 97%), or nothing crashed. */
  value: number | null;
  /** value minus the reference's, when both exist and this is not the reference. */
  diff: number | null;
  /** diff as a share of the reference's value. */
  relative: number | null;
}

export interface CompareRow {
  figure: CompareFigure;
  cells: CompareCell[];
}

export interface Comparison {
  /** The run differences are taken against. */
  referenceId: string;
  /** Every run, the reference first when it is not one of the runs. */
  runs: RunView[];
  rows: CompareRow[];
  /** Device-hours each run saved compared with the reference (negative: lost more). */
  deviceHoursSaved: (number | null)[];
}

export function figureValue(r: RunView, f: CompareFigure): number | null {
  const s = r.summary;
  switch (f) {
    case 'hoursTo90': return s.hoursTo['90'];
    case 'hoursTo97': return s.hoursTo['97'];
    default: return s[f];
  }
}

/** Compares `runs`; differences against `reference` (drawn first) or else against the first run. */
export function compareRuns(runs: readonly RunView[], reference: RunView | null): Comparison {
  const all = reference && !runs.some((r) => r.paramsHash === reference.paramsHash) ? [reference, ...runs] : [...runs];
  const ref = reference && all.includes(reference) ? reference : all[0]!;
  const rows = COMPARE_FIGURES.map((figure): CompareRow => {
    const base = figureValue(ref, figure);
    return {
      figure,
      cells: all.map((r) => {
        const value = figureValue(r, figure);
        const isRef = r === ref;
        const diff = !isRef && value !== null && base !== null ? value - base : null;
        return { runId: r.id, value, diff, relative: diff !== null && base !== null && base !== 0 ? diff / base : null };
      }),
    };
  });
  const refHours = ref.summary.deviceHoursLost;
  return {
    referenceId: ref.id,
    runs: all,
    rows,
    deviceHoursSaved: all.map((r) => (r === ref ? null : refHours - r.summary.deviceHoursLost)),
  };
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The comparison as CSV: `#` lines naming each run (name, seed, parameter hash, link), then one
 * row per figure with each run's value and its difference from the reference. Hours are hours
 * after publish; shares are 0-1; an empty cell is "not reached within the run".
 */
export function comparisonCsv(c: Comparison): string {
  const lines: string[] = ['# Outage impact simulator: scenarios compared'];
  for (const r of c.runs) {
    lines.push(`# run ${r.id}: ${r.name}; seed ${r.seed}; parameters ${r.paramsHash}${r.id === c.referenceId ? '; reference' : ''}${r.link ? `; ${r.link}` : ''}`);
  }
  lines.push('# units: counts in devices, deviceHoursLost in device-hours, hoursTo* in hours after publish, sensorsOnlineAtCheck a share (0-1)');
  lines.push(['figure', ...c.runs.flatMap((r) => [r.id, `${r.id}_diff`])].map(csvCell).join(','));
  for (const row of c.rows) {
    lines.push([row.figure, ...row.cells.flatMap((cell) => [cell.value, cell.diff])].map(csvCell).join(','));
  }
  lines.push(['deviceHoursSaved', ...c.deviceHoursSaved.flatMap((v) => [v, null])].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
