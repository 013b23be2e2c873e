// The free parameters of a fit: registry keys, each searched within its registry range or a
// narrower one the user gives. The search works in a unit cube; a range spanning more than a
// factor of 20 on positive values (repair.staffPer1000: 0.05-200) is searched on a log scale so
// every order of magnitude gets the same attention, every other range linearly.
import { PARAM_BY_KEY } from '../engine/params.js';
import { problemText } from '../scenario/problems.js';
import { validateOverrides } from '../scenario/validate.js';

/** The free parameters, or what is wrong with the request, as text for the command line. */
export type ResolvedFree = { ok: true; value: FreeParam[] } | { ok: false; errors: string[] };

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

/** Checks the requests against the registry, through the same value checks as scenario files. */
export function resolveFree(requests: readonly FreeRequest[], where = 'free'): ResolvedFree {
  const errors: string[] = [];
  const out: FreeParam[] = [];
  const seen = new Set<string>();
  if (requests.length === 0) errors.push(`${where}: no free parameters; name at least one registry key`);
  for (const q of requests) {
    const spec = PARAM_BY_KEY.get(q.key);
    if (!spec) {
      const known = validateOverrides({ [q.key]: 0 }, where);
      errors.push(...(known.ok ? [`${where} ${q.key}: unknown parameter`] : known.errors.map((e) => problemText(e).replace(`${where}: `, `${where} `))));
      continue;
    }
    if (spec.kind === 'datetime') {
      errors.push(`${where} ${q.key}: a date and time cannot be fitted; choose a numeric parameter`);
      continue;
    }
    if (seen.has(q.key)) {
      errors.push(`${where} ${q.key}: named twice`);
      continue;
    }
    seen.add(q.key);
    const min = q.min ?? spec.min;
    const max = q.max ?? spec.max;
    const checked = validateOverrides({ [q.key]: min }, where);
    const checkedMax = validateOverrides({ [q.key]: max }, where);
    if (!checked.ok || !checkedMax.ok) {
      const text = (e: Parameters<typeof problemText>[0]) => problemText(e).replace(`${where}: `, `${where} `);
      errors.push(...(checked.ok ? [] : checked.errors.map((m) => `${text(m)} (range start)`)), ...(checkedMax.ok ? [] : checkedMax.errors.map((m) => `${text(m)} (range end)`)));
      continue;
    }
    if (!(min < max)) {
      errors.push(`${where} ${q.key}: range ${min} to ${max} is empty; the start must be below the end`);
      continue;
    }
    out.push({ key: q.key, min, max, log: min > 0 && max / min > LOG_RATIO, integer: spec.kind === 'integer' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
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
