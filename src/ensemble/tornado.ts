// Which lever or assumption matters most: each input set to its low and then its high value,
// everything else as in the scenario, the same seed for every run (so a difference is the
// input's doing, not chance), and the chosen figure read from each run. Inputs are ranked by the
// swing between their two ends; the chart draws each as a bar from one end to the other around
// the scenario's own value.
import { PARAM_BY_KEY, PARAM_SPECS, setPath } from '../engine/params.js';
import type { Params } from '../engine/types.js';
import { LEVERS } from './levers.js';

export type TornadoKind = 'lever' | 'assumption';
export type TornadoWhich = 'levers' | 'assumptions' | 'both';

export interface TornadoInput {
  id: string;
  label: string;
  kind: TornadoKind;
  low: Readonly<Record<string, number | string>>;
  high: Readonly<Record<string, number | string>>;
  lowLabel: string;
  highLabel: string;
}

export type TornadoFigure = 'deviceHoursLost' | 'hoursTo97' | 'hoursTo90' | 'crashed' | 'peakDown' | 'sensorsOnlineAtCheck';
export const TORNADO_FIGURES: readonly TornadoFigure[] = ['deviceHoursLost', 'hoursTo97', 'hoursTo90', 'crashed', 'peakDown', 'sensorsOnlineAtCheck'];

/** A setting's number as the ranking labels it (the unit follows). */
export const showSetting = (v: number) => (Math.abs(v) >= 10_000 ? v.toLocaleString('en-US') : String(Number(v.toPrecision(4))));

export function tornadoInputs(which: TornadoWhich): TornadoInput[] {
  const levers: TornadoInput[] = which === 'assumptions' ? [] : LEVERS.map((l) => ({ ...l, kind: 'lever' as const }));
  const assumptions: TornadoInput[] = which === 'levers' ? [] : PARAM_SPECS.filter((s) => s.plausible).map((s) => ({
    id: s.key, label: s.label, kind: 'assumption' as const,
    low: { [s.key]: s.plausible!.low }, high: { [s.key]: s.plausible!.high },
    lowLabel: `${showSetting(s.plausible!.low)} ${s.unit}`, highLabel: `${showSetting(s.plausible!.high)} ${s.unit}`,
  }));
  return [...levers, ...assumptions];
}

export interface TornadoPlan {
  /** Run 0 is the scenario itself; then each input's low and high. */
  runs: { params: Params; seed: number }[];
  inputs: TornadoInput[];
}

function apply(base: Params, overrides: Readonly<Record<string, number | string>>): Params {
  const p = structuredClone(base) as Params;
  for (const [k, v] of Object.entries(overrides)) {
    const spec = PARAM_BY_KEY.get(k);
    if (!spec) throw new Error(`unknown parameter ${k}`);
    setPath(p as unknown as Record<string, unknown>, k, spec.kind === 'integer' && typeof v === 'number' ? Math.round(v) : v);
  }
  return p;
}

export function tornadoPlan(base: Params, seed: number, inputs: readonly TornadoInput[]): TornadoPlan {
  const runs = [{ params: base, seed }];
  for (const input of inputs) runs.push({ params: apply(base, input.low), seed }, { params: apply(base, input.high), seed });
  return { runs, inputs: [...inputs] };
}

export interface TornadoRow {
  id: string;
  label: string;
  kind: TornadoKind;
  lowLabel: string;
  highLabel: string;
  /** The figure at the input's low and high ends, and in the scenario (null: not reached within the run). */
  low: number | null;
  high: number | null;
  base: number | null;
  /** |high - low|, with "not reached" counted as the end of the run. */
  swing: number;
}

/** The figures a ranking reads from a run: a run's summary (src/results/summary.ts) has them all.
 * Named here rather than imported, so the ranking does not depend on the results layer above it. */
export interface RankedFigures {
  crashed: number;
  peakDown: number;
  deviceHoursLost: number;
  sensorsOnlineAtCheck: number;
  hoursTo: { '90': number | null; '97': number | null };
}

export function figureOf(s: RankedFigures, f: TornadoFigure): number | null {
  if (f === 'hoursTo97') return s.hoursTo['97'];
  if (f === 'hoursTo90') return s.hoursTo['90'];
  return s[f];
}

/** Rows from the plan's summaries (in the plan's run order), largest swing first. `horizonHours` stands in for "not reached". */
export function tornadoRows(plan: TornadoPlan, summaries: readonly RankedFigures[], figure: TornadoFigure, horizonHours: number): TornadoRow[] {
  if (summaries.length !== plan.runs.length) throw new RangeError(`expected ${plan.runs.length} summaries, got ${summaries.length}`);
  const base = figureOf(summaries[0]!, figure);
  const or = (v: number | null) => v ?? horizonHours;
  return plan.inputs.map((input, i): TornadoRow => {
    const low = figureOf(summaries[1 + 2 * i]!, figure);
    const high = figureOf(summaries[2 + 2 * i]!, figure);
    return { id: input.id, label: input.label, kind: input.kind, lowLabel: input.lowLabel, highLabel: input.highLabel, low, high, base, swing: Math.abs(or(high) - or(low)) };
  }).sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label));
}
