// The free parameters of a fit: registry keys, each searched within its registry range or a
// narrower one the user gives. The search works in a unit cube; a range spanning more than a
// factor of 20 on positive values (repair.staffPer1000: 0.05-200) is searched on a log scale so
// every order of magnitude gets the same attention, every other range linearly.
import { PARAM_BY_KEY } from '../engine/params.js';
import { problem, problemMessage, type Problem } from '../scenario/problems.js';
import { validateOverrides } from '../scenario/validate.js';

/** The free parameters, or what is wrong with the request, as text for the command line. */
export type ResolvedFree = { ok: true; value: FreeParam[] } | { ok: false; errors: string[] };

/** The free parameters, or what is wrong with the request as problems (the page says them in its language). */
export type CheckedFree = { ok: true; value: FreeParam[] } | { ok: false; errors: Problem[] };

export interface FreeParam {
  key: string;
  min: number;
  max: number;
  /** Searched on a log scale. */
  log: boolean;
  /** Whole numbers only (the registry's integer parameters). */
  integer: boolean;
}

/** What a user asks for: a key, and optionally a narrower range. */
export interface FreeRequest {
  key: string;
  min?: number;
  max?: number;
}

export const LOG_RATIO = 20;

/**
 * Checks the requests against the registry, through the same value checks as scenario files.
 * Each problem's path is the parameter key; `source` names the input ("--free", or "" on the page).
 */
export function checkFree(requests: readonly FreeRequest[], source = 'free'): CheckedFree {
  const errors: Problem[] = [];
  const out: FreeParam[] = [];
  const seen = new Set<string>();
  if (requests.length === 0) errors.push(problem(source, '', 'free.none'));
  for (const q of requests) {
    const spec = PARAM_BY_KEY.get(q.key);
    if (!spec) {
      const known = validateOverrides({ [q.key]: 0 }, source);
      errors.push(...(known.ok ? [problem(source, q.key, 'param.unknown')] : known.errors));
      continue;
    }
    if (spec.kind === 'datetime') {
      errors.push(problem(source, q.key, 'free.notNumeric'));
      continue;
    }
    if (seen.has(q.key)) {
      errors.push(problem(source, q.key, 'free.repeated'));
      continue;
    }
    seen.add(q.key);
    const min = q.min ?? spec.min;
    const max = q.max ?? spec.max;
    const bounds = ([['min', min], ['max', max]] as const).flatMap(([bound, v]) => {
      const r = validateOverrides({ [q.key]: v }, source);
      return r.ok ? [] : r.errors.map((e) => problem(source, q.key, 'free.bound', { ...e.values, bound }));
    });
    if (bounds.length) {
      errors.push(...bounds);
      continue;
    }
    if (!(min < max)) {
      errors.push(problem(source, q.key, 'free.emptyRange', { min, max }));
      continue;
    }
    out.push({ key: q.key, min, max, log: min > 0 && max / min > LOG_RATIO, integer: spec.kind === 'integer' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** checkFree with its problems as the command line's lines: "--free repair.keyMinutes: got -1 as …". */
export function resolveFree(requests: readonly FreeRequest[], where = 'free'): ResolvedFree {
  const r = checkFree(requests, where);
  if (r.ok) return r;
  return { ok: false, errors: r.errors.map((e) => (e.path ? `${where} ${e.path}: ${problemMessage(e)}` : `${where}: ${problemMessage(e)}`)) };
}

/** Position of x in the unit interval of p's range. */
export function toUnit(p: FreeParam, x: number): number {
  return p.log ? Math.log(x / p.min) / Math.log(p.max / p.min) : (x - p.min) / (p.max - p.min);
}

/** The parameter value at unit position u: whole numbers for integer keys, 4 significant digits otherwise. */
export function fromUnit(p: FreeParam, u: number): number {
  const x = p.log ? p.min * Math.pow(p.max / p.min, u) : p.min + u * (p.max - p.min);
  const v = p.integer ? Math.round(x) : Number(x.toPrecision(4));
  return Math.min(p.max, Math.max(p.min, v));
}
