// The fit on the page as plain data: what the reader asked (free parameters with their ranges,
// targets, budget, scale, replicates, seed), how the fit is going, its result, and the accepted
// sets the next ensemble may draw from. Pure: the form's text is read and checked here, tested in
// Node; src/ui/app/fitPanel.ts draws it and src/ui/app/fitRunner.ts runs it.
import { TARGET_BY_ID } from '../../calibration/targets.js';
import { targetMinutes } from '../../calibration/evaluate.js';
import { PARAM_BY_KEY, setPath, type ParamSpec, type Params } from '../../engine/index.js';
import type { EnsembleSet } from '../../ensemble/index.js';
import { checkFree, type CheckedFree, type FitProgress, type FitResult, type FreeParam, type FreeRequest } from '../../fit/index.js';
import { checkBrowserLimits } from '../../scenario/limits.js';
import { problem, type Problem } from '../../scenario/problems.js';
import { paramsHash, type Scenario } from '../../scenario/scenario.js';
import { expected } from '../../scenario/validate.js';
import type { Analysis } from './analysis.js';

/** What the page fits: as the command line's flags, already checked. */
export interface FitRequest {
  free: FreeParam[];
  targets: string[];
  runs: number;
  scale: number;
  replicates: number;
  seed: number;
  population: number;
}

export interface FitOutcome {
  request: FitRequest;
  result: FitResult;
}

/** A fit running or done; `live` is the last progress report while it runs. */
export interface FitAnalysis extends Analysis<FitOutcome> {
  live: FitProgress | null;
}

/** The accepted sets the next ensemble draws its values for `keys` from. */
export interface EnsembleSets {
  keys: string[];
  sets: EnsembleSet[];
  /** fitHash of the scenario the fit was made for. */
  forHash: string;
}

export const idleFit = (): FitAnalysis => ({ status: 'idle', progress: 0, forHash: null, result: null, failure: null, live: null });

/** The page's defaults: the command line's (src/cli/fitArgs.ts), the seed aside (the scenario's). */
export const FIT_PAGE_DEFAULTS = { runs: 240, scale: 0.1, replicates: 2 } as const;
/** Parameters offered first, repair staff ticked. */
export const SUGGESTED_FREE = ['repair.staffPer1000', 'repair.staffSpread', 'crash.fetchPerBoot.workstation'] as const;
export const DEFAULT_FREE_ON = ['repair.staffPer1000'] as const;

/**
 * Candidates per wave: the command line's 40, but at most a third of the candidates the budget
 * pays for (at least 8), so a small budget still gets a first wave and two that narrow it.
 */
export function pagePopulation(runs: number, replicates: number): number {
  const candidates = Math.floor(runs / replicates);
  return Math.max(4, Math.min(40, candidates, Math.max(8, Math.floor(candidates / 3))));
}

/**
 * What a fit result depends on in the scenario: every parameter but the free ones (and not the
 * scenario's seed: the fit has its own). Applying the best values, or moving a free parameter's
 * slider, leaves the result current; any other edit makes it stale.
 */
export function fitHash(s: Scenario, freeKeys: readonly string[]): string {
  const params = { ...s.params };
  for (const k of freeKeys) delete params[k];
  return paramsHash({ ...s, seed: 0, params });
}

/** Whether the fit's result (if any) was made for other scenario parameters than the main run's. */
export function fitIsStale(a: FitAnalysis, main: Scenario): boolean {
  return a.result !== null && a.forHash !== fitHash(main, a.result.request.free.map((f) => f.key));
}

/** The accepted sets with their weights, for an ensemble. */
export function acceptedSets(r: FitOutcome, main: Scenario): EnsembleSets | null {
  const sets = r.result.accepted.filter((c) => c.weight > 0).map((c) => ({ values: { ...c.values }, weight: c.weight }));
  if (sets.length === 0) return null;
  const keys = r.request.free.map((f) => f.key);
  return { keys, sets, forHash: fitHash(main, keys) };
}

/** A parameter's default range on the page: its plausible range if it has one, else its registry range. */
export function defaultRange(spec: ParamSpec): { min: number; max: number } {
  return spec.plausible ? { min: spec.plausible.low, max: spec.plausible.high } : { min: spec.min, max: spec.max };
}

/** Registry parameters that can be fitted (numbers and whole numbers, not dates). */
export function fittable(spec: ParamSpec): boolean {
  return spec.kind !== 'datetime';
}

/** One row of the form: a ticked parameter and the text of its min and max boxes. */
export interface FreeRow {
  key: string;
  min: string;
  max: string;
}

/**
 * The ticked rows as free parameters, or their problems (path: the key; `values.bound` says which
 * box for a bound). Empty or non-numeric boxes are the page's own problems; the rest are checkFree's.
 * A range whose end the page could not run (a fleet over the page's size) is refused too.
 */
export function readFreeRows(rows: readonly FreeRow[], base: Params): CheckedFree {
  const errors: Problem[] = [];
  const requests: FreeRequest[] = [];
  for (const row of rows) {
    const spec = PARAM_BY_KEY.get(row.key);
    if (!spec) {
      requests.push({ key: row.key });
      continue;
    }
    const read = (bound: 'min' | 'max', text: string): number | null => {
      const t = text.trim();
      const n = Number(t);
      if (t === '') errors.push(problem('', row.key, 'param.empty', { ...expected(spec), bound }));
      else if (!Number.isFinite(n)) errors.push(problem('', row.key, 'param.notANumber', { ...expected(spec), bound }));
      else return n;
      return null;
    };
    const min = read('min', row.min);
    const max = read('max', row.max);
    if (min !== null && max !== null) requests.push({ key: row.key, min, max });
  }
  // Rows whose boxes are all refused above leave nothing to check: not "no free parameters".
  const checked: CheckedFree = requests.length || rows.length === 0 ? checkFree(requests, '') : { ok: true, value: [] };
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length) return { ok: false, errors };
  if (!checked.ok) return checked;
  for (const f of checked.value) {
    const p = structuredClone(base) as unknown as Record<string, unknown>;
    setPath(p, f.key, f.max);
    const tooLarge = checkBrowserLimits(p as unknown as Params);
    if (tooLarge) errors.push({ ...tooLarge, path: f.key, values: { ...tooLarge.values, bound: 'max' } });
  }
  return errors.length ? { ok: false, errors } : checked;
}

/** The form's other boxes, as typed. */
export interface FitFormText {
  runs: string;
  scale: string;
  replicates: string;
  seed: string;
  targets: readonly string[];
}

export type FitField = 'runs' | 'scale' | 'replicates' | 'seed' | 'targets' | 'free';

/** A problem with one of the form's boxes: which, and what was typed (or the targets outside the run). */
export interface FitFormProblem {
  field: FitField;
  got: string;
}

/** Reads the budget, scale, replicates, seed and targets; problems name the box. */
export function readFitForm(f: FitFormText, base: Params): { ok: true; value: Omit<FitRequest, 'free' | 'population'> } | { ok: false; errors: FitFormProblem[] } {
  const errors: FitFormProblem[] = [];
  const whole = (field: FitField, text: string, min: number, max: number): number => {
    const t = text.trim();
    const n = /^\d+$/.test(t) ? Number(t) : NaN;
    if (!(Number.isSafeInteger(n) && n >= min && n <= max)) errors.push({ field, got: t });
    return n;
  };
  const runs = whole('runs', f.runs, 4, 100_000);
  const replicates = whole('replicates', f.replicates, 1, 100);
  const seed = whole('seed', f.seed, 0, 0xffffffff);
  const scaleText = f.scale.trim();
  const scale = Number(scaleText);
  if (scaleText === '' || !(scale > 0 && scale <= 1)) errors.push({ field: 'scale', got: scaleText });
  // Each candidate runs once per replicate; the fit needs at least 4 candidates.
  if (!errors.some((e) => e.field === 'runs' || e.field === 'replicates') && Math.floor(runs / replicates) < 4) {
    errors.push({ field: 'runs', got: f.runs.trim() });
  }
  if (f.targets.length === 0) errors.push({ field: 'targets', got: '' });
  const outside = targetsOutsideRun(base, f.targets);
  if (outside.length) errors.push({ field: 'targets', got: outside.join(', ') });
  return errors.length ? { ok: false, errors } : { ok: true, value: { runs, scale, replicates, seed, targets: [...f.targets] } };
}

/** Targets read at a time the scenario's run does not reach (a shorter run, another publish time). */
export function targetsOutsideRun(base: Params, ids: readonly string[]): string[] {
  const horizon = base.run.horizonDays * 1440;
  const publishAtMs = Date.parse(base.push.publishAt);
  return ids.filter((id) => {
    const t = TARGET_BY_ID.get(id);
    if (!t) return true;
    const at = targetMinutes({ publishAtMs }, t);
    const ends = at === null ? [] : typeof at === 'number' ? [at] : [...at];
    return ends.some((m) => m < 0 || m > horizon);
  });
}
