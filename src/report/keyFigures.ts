// The figures a report sets beside the published record: each run's value, its difference from
// the reference run, and the record with its source. Values come from the runs' summaries and
// service figures (src/results, src/services); the record from the calibration targets and the
// service layer's references, so the report quotes the same figures the model is checked on.
import { TARGET_BY_ID } from '../calibration/targets.js';
import type { RunView } from '../results/runView.js';
import { REFERENCE } from '../services/reference.js';

export type KeyFigure =
  | 'crashed' | 'sensorsOnlineAtCheck' | 'peakDown' | 'hoursTo90' | 'hoursTo97' | 'deviceHoursLost'
  | 'flightsCancelled' | 'fortune500LossUSD';

export const DEVICE_FIGURES: readonly KeyFigure[] = ['crashed', 'sensorsOnlineAtCheck', 'peakDown', 'hoursTo90', 'hoursTo97', 'deviceHoursLost'];
export const SERVICE_FIGURES: readonly KeyFigure[] = ['flightsCancelled', 'fortune500LossUSD'];

export interface KeyFigureCell {
  runId: string;
  /** null: not reached within the run (hours), or not derived (service figures). */
  value: number | null;
  /** value minus the reference's, when both exist and this is not the reference. */
  diff: number | null;
  relative: number | null;
}

export interface KeyFigureRow {
  figure: KeyFigure;
  cells: KeyFigureCell[];
  /** The published figure it compares with, when there is one. */
  record: number | null;
}

/** Published figures, from the calibration targets and the service references (each carries its source there). */
export const RECORD: Readonly<Partial<Record<KeyFigure, number>>> = {
  crashed: TARGET_BY_ID.get('crashed')!.value,
  sensorsOnlineAtCheck: TARGET_BY_ID.get('sensors-online-25jul')!.value,
  flightsCancelled: REFERENCE.crowdstrikeCancellations5Days.value,
  fortune500LossUSD: REFERENCE.fortune500LossUSD.value,
};

export function keyFigureValue(r: RunView, f: KeyFigure): number | null {
  const s = r.summary;
  switch (f) {
    case 'hoursTo90': return s.hoursTo['90'];
    case 'hoursTo97': return s.hoursTo['97'];
    case 'flightsCancelled': return r.services ? r.services.flights.cancelled : null;
    case 'fortune500LossUSD': return r.services ? r.services.fortune500.lossUSD : null;
    default: return s[f];
  }
}

/** Rows for `runs` (the reference among them); service figures only when some run has them. */
export function keyFigureRows(runs: readonly RunView[], referenceId: string): KeyFigureRow[] {
  const ref = runs.find((r) => r.id === referenceId) ?? runs[0]!;
  const figures = runs.some((r) => r.services) ? [...DEVICE_FIGURES, ...SERVICE_FIGURES] : DEVICE_FIGURES;
  return figures.map((figure) => {
    const base = keyFigureValue(ref, figure);
    return {
      figure,
      record: RECORD[figure] ?? null,
      cells: runs.map((r) => {
        const value = keyFigureValue(r, figure);
        const diff = r !== ref && runs.length > 1 && value !== null && base !== null ? value - base : null;
        return { runId: r.id, value, diff, relative: diff !== null && base ? diff / base : null };
      }),
    };
  });
}
