// Value checks shared by scenario files, links and command-line flags: each value against its
// parameter's type and range, then rules that involve several parameters. Nothing is clamped:
// a value out of range is refused with a message naming it.
import { PARAM_BY_KEY, PARAM_SPECS, type ParamSpec } from '../engine/params.js';
import { classShare } from '../engine/fleet.js';
import { CLASSES, REGIONS, SECTORS, type Params } from '../engine/types.js';
import { RENAMED_KEYS } from './migrate.js';
import { problem, type ExpectedValue, type Parsed, type Problem, type ProblemCode } from './problems.js';

export type { Parsed } from './problems.js';

const fmt = (n: number) => (Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : String(n));
/** A value as a message shows it: strings quoted and cut at 40 characters. */
export const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number') return fmt(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
};

/** What a parameter accepts, as values for a problem. */
export function expected(spec: ParamSpec): ExpectedValue {
  return { kind: spec.kind, min: spec.min, max: spec.max, unit: spec.unit, ...(spec.never ? { never: true } : {}) };
}

type ValueProblem = { code: ProblemCode; values: Problem['values'] };
const bad = (spec: ParamSpec, raw: unknown, code: ProblemCode = 'param.invalid'): { error: ValueProblem } =>
  ({ error: { code, values: { got: show(raw), ...expected(spec) } } });

/** Checks one value; returns the value to use or what is wrong with it. */
export function checkValue(spec: ParamSpec, raw: unknown): { value: number | string } | { error: ValueProblem } {
  if (spec.kind === 'datetime') {
    const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(raw) : null;
    if (!m) return bad(spec, raw);
    // Date.parse rolls 30 February over into March; refuse fields out of their calendar range.
    const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
    const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec > 59) {
      return bad(spec, raw, 'param.noSuchDate');
    }
    const ms = Date.parse(m[0]);
    if (!Number.isFinite(ms) || ms < spec.min || ms > spec.max) return bad(spec, raw);
    return { value: new Date(ms).toISOString().replace('.000Z', 'Z') };
  }
  // An explicit "never" (a revert never made by hand, a tool that never ships), never a huge number.
  if (spec.never && raw === 'never') return { value: 'never' };
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return bad(spec, raw);
  if (spec.kind === 'integer' && !Number.isInteger(raw)) return bad(spec, raw);
  if (raw < spec.min || raw > spec.max) return bad(spec, raw);
  return { value: raw };
}

/** Checks flat overrides (dotted keys). Problems name `source` and `pathPrefix` + key. */
export function validateOverrides(flat: Record<string, unknown>, source: string, pathPrefix = ''): Parsed<Record<string, number | string>> {
  const errors: Problem[] = [];
  const out: Record<string, number | string> = {};
  for (const [key, raw] of Object.entries(flat)) {
    const spec = PARAM_BY_KEY.get(key);
    if (!spec) {
      const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
      errors.push(problem(source, `${pathPrefix}${shown}`, 'param.unknown', suggest(key)));
      continue;
    }
    const r = checkValue(spec, raw);
    if ('error' in r) errors.push(problem(source, `${pathPrefix}${key}`, r.error.code, r.error.values));
    else out[key] = r.value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out, warnings: [] };
}

function suggest(key: string): Problem['values'] {
  // A key an older version had: its new name (files and links are migrated; flags are not).
  if (Object.hasOwn(RENAMED_KEYS, key)) return { suggestion: RENAMED_KEYS[key]! };
  // The closest known key by edit distance catches typos ("revertMinutez") and wrong groups.
  let best = '';
  let bestD = Infinity;
  const lower = key.toLowerCase();
  for (const s of PARAM_SPECS) {
    // The length difference is a lower bound on the distance: skip keys that cannot be closer.
    if (Math.abs(s.key.length - lower.length) >= bestD) continue;
    const d = editDistance(lower, s.key.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = s.key;
    }
  }
  const last = key.split('.').pop()!.toLowerCase();
  const sameName = PARAM_SPECS.find((s) => s.key.split('.').pop()!.toLowerCase() === last);
  if (bestD <= Math.max(2, Math.floor(key.length / 5))) return { suggestion: best };
  if (sameName) return { suggestion: sameName.key };
  const group = key.split('.')[0]!;
  const same = PARAM_SPECS.filter((s) => s.key.split('.')[0] === group).map((s) => s.key);
  if (same.length) return { group, groupKeys: same.slice(0, 6).join(', '), more: same.length > 6 };
  return {};
}

/** Levenshtein distance, stopping early for long inputs (keys are short). */
function editDistance(a: string, b: string): number {
  if (a.length > 80 || b.length > 80) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Rules that involve several parameters, checked on the full parameter set. */
export function checkCrossField(p: Params, source = ''): Problem[] {
  const e: Problem[] = [];
  const at = (path: string, code: ProblemCode, values: Problem['values'] = {}, also?: string[]) =>
    e.push({ ...problem(source, path, code, values), ...(also ? { also } : {}) });
  const push = p.push;
  if (push.canaryShare + push.earlyShare > 1 + 1e-9) {
    at('params.push.canaryShare', 'cross.ringsOverfull',
      { canary: push.canaryShare, early: push.earlyShare, sum: push.canaryShare + push.earlyShare }, ['params.push.earlyShare']);
  }
  const horizon = p.run.horizonDays * 1440;
  if (push.revertMinutes !== 'never' && push.revertMinutes >= horizon) {
    at('params.push.revertMinutes', 'cross.revertAfterEnd', { revert: push.revertMinutes, horizonDays: p.run.horizonDays, horizonMinutes: horizon });
  }
  if (p.run.checkHours * 60 > horizon) {
    at('params.run.checkHours', 'cross.checkAfterEnd', { checkHours: p.run.checkHours, horizonDays: p.run.horizonDays, horizonHours: p.run.horizonDays * 24 });
  }
  const r = p.repair;
  if (r.workdayStartHour >= r.workdayEndHour) {
    at('params.repair.workdayStartHour', 'cross.workdayOrder', { start: r.workdayStartHour, end: r.workdayEndHour });
  }
  if (r.crisisStartHour >= r.crisisEndHour) {
    at('params.repair.crisisStartHour', 'cross.crisisOrder', { start: r.crisisStartHour, end: r.crisisEndHour });
  }
  for (const role of ['core', 'front'] as const) {
    const t = p.services[role];
    if (t.stopBelow >= t.fullAt) at(`params.services.${role}.stopBelow`, 'cross.serviceThresholds', { role, stopBelow: t.stopBelow, fullAt: t.fullAt });
  }
  const c = p.crash;
  if (c.endpointAttendedFromHour >= c.endpointAttendedToHour) {
    at('params.crash.endpointAttendedFromHour', 'cross.hoursOrder', { start: c.endpointAttendedFromHour, end: c.endpointAttendedToHour, endKey: 'crash.endpointAttendedToHour' });
  }
  const ramp = ['onRiseFromHour', 'onRiseToHour', 'onFallFromHour', 'onFallToHour'] as const;
  for (const k of CLASSES) {
    for (let i = 0; i + 1 < ramp.length; i++) {
      const start = p.fleet[ramp[i]!][k];
      const end = p.fleet[ramp[i + 1]!][k];
      if (start > end) at(`params.fleet.${ramp[i]}.${k}`, 'cross.rampOrder', { start, end, endKey: `fleet.${ramp[i + 1]}.${k}` });
    }
  }
  for (const s of SECTORS) {
    if (CLASSES.every((k) => classShare(p.fleet, k)[s] === 0)) at(`params.fleet.serverShare.${s}`, 'cross.noClass', { sector: s }, CLASSES.slice(1).map((k) => `params.fleet.${k}Share.${s}`));
  }
  if (SECTORS.every((s) => p.fleet.sectorShare[s] === 0)) at('params.fleet.sectorShare', 'cross.noSector');
  if (REGIONS.every((g) => p.fleet.regionShare[g] === 0)) at('params.fleet.regionShare', 'cross.noRegion');
  if (p.fleet.customers > p.fleet.windowsSensors) {
    at('params.fleet.customers', 'cross.customersOverSensors', { customers: p.fleet.customers, sensors: p.fleet.windowsSensors });
  }
  return e;
}
