// Value checks shared by scenario files, links and command-line flags: each value against its
// parameter's type and range, then rules that involve several parameters. Nothing is clamped:
// a value out of range is refused with a message naming it.
import { PARAM_BY_KEY, PARAM_SPECS, type ParamSpec } from '../engine/params.js';
import { REGIONS, SECTORS, type Params } from '../engine/types.js';

export type Parsed<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

const fmt = (n: number) => (Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : String(n));
const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number') return fmt(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
};

export function expected(spec: ParamSpec): string {
  if (spec.kind === 'datetime') return 'a UTC date and time such as "2024-07-19T04:09:00Z", between 2000 and 2100';
  const what = spec.kind === 'integer' ? 'a whole number' : 'a number';
  return `${what} from ${fmt(spec.min)} to ${fmt(spec.max)} (${spec.unit})`;
}

/** Checks one value; returns the value to use or an error message (without the key). */
export function checkValue(spec: ParamSpec, raw: unknown): { value: number | string } | { error: string } {
  if (spec.kind === 'datetime') {
    const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(raw) : null;
    if (!m) return { error: `got ${show(raw)}; expected ${expected(spec)}` };
    // Date.parse rolls 30 February over into March; refuse fields out of their calendar range.
    const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
    const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec > 59) {
      return { error: `got ${show(raw)}; that date or time does not exist; expected ${expected(spec)}` };
    }
    const ms = Date.parse(m[0]);
    if (!Number.isFinite(ms) || ms < spec.min || ms > spec.max) return { error: `got ${show(raw)}; expected ${expected(spec)}` };
    return { value: new Date(ms).toISOString().replace('.000Z', 'Z') };
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { error: `got ${show(raw)}; expected ${expected(spec)}` };
  if (spec.kind === 'integer' && !Number.isInteger(raw)) return { error: `got ${show(raw)}; expected ${expected(spec)}` };
  if (raw < spec.min || raw > spec.max) return { error: `got ${show(raw)}; expected ${expected(spec)}` };
  return { value: raw };
}

/** Checks flat overrides (dotted keys). `pathPrefix` is put before keys in messages. */
export function validateOverrides(flat: Record<string, unknown>, pathPrefix: string): Parsed<Record<string, number | string>> {
  const errors: string[] = [];
  const out: Record<string, number | string> = {};
  for (const [key, raw] of Object.entries(flat)) {
    const spec = PARAM_BY_KEY.get(key);
    if (!spec) {
      const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
      errors.push(`${pathPrefix}${shown}: unknown parameter${suggest(key)}`);
      continue;
    }
    const r = checkValue(spec, raw);
    if ('error' in r) errors.push(`${pathPrefix}${key}: ${r.error}`);
    else out[key] = r.value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out, warnings: [] };
}

function suggest(key: string): string {
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
  if (bestD <= Math.max(2, Math.floor(key.length / 5))) return `; did you mean ${best}?`;
  if (sameName) return `; did you mean ${sameName.key}?`;
  const group = key.split('.')[0];
  const same = PARAM_SPECS.filter((s) => s.key.split('.')[0] === group).map((s) => s.key);
  if (same.length) return `; ${group} has ${same.slice(0, 6).join(', ')}${same.length > 6 ? ', …' : ''}`;
  return '; groups are push, fleet, crash, repair, vendor, run, services';
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
export function checkCrossField(p: Params): string[] {
  const e: string[] = [];
  const push = p.push;
  if (push.canaryShare + push.earlyShare > 1 + 1e-9) {
    e.push(`params.push.canaryShare + params.push.earlyShare: ${fmt(push.canaryShare)} + ${fmt(push.earlyShare)} = ${fmt(push.canaryShare + push.earlyShare)}; rings cannot hold more than all devices (at most 1)`);
  }
  const horizon = p.run.horizonDays * 1440;
  if (push.revertMinutes >= horizon) {
    e.push(`params.push.revertMinutes: ${push.revertMinutes} min is not before the end of the run (run.horizonDays = ${p.run.horizonDays}, ${horizon} min); lengthen the run or revert earlier`);
  }
  if (p.run.checkHours * 60 > horizon) {
    e.push(`params.run.checkHours: ${p.run.checkHours} h is after the end of the run (${p.run.horizonDays} days = ${p.run.horizonDays * 24} h)`);
  }
  const r = p.repair;
  if (r.workdayStartHour >= r.workdayEndHour) {
    e.push(`params.repair.workdayStartHour: ${r.workdayStartHour} is not before repair.workdayEndHour (${r.workdayEndHour})`);
  }
  if (r.crisisStartHour >= r.crisisEndHour) {
    e.push(`params.repair.crisisStartHour: ${r.crisisStartHour} is not before repair.crisisEndHour (${r.crisisEndHour})`);
  }
  for (const role of ['core', 'front'] as const) {
    const t = p.services[role];
    if (t.stopBelow >= t.fullAt) {
      e.push(`params.services.${role}.stopBelow: ${fmt(t.stopBelow)} is not below services.${role}.fullAt (${fmt(t.fullAt)}); a service must stop below the share at which it runs normally`);
    }
  }
  if (SECTORS.every((s) => p.fleet.sectorShare[s] === 0)) e.push('params.fleet.sectorShare: every sector is 0; at least one must hold devices');
  if (REGIONS.every((g) => p.fleet.regionShare[g] === 0)) e.push('params.fleet.regionShare: every region is 0; at least one must hold devices');
  if (p.fleet.customers > p.fleet.windowsSensors) {
    e.push(`params.fleet.customers: ${p.fleet.customers} customers for ${p.fleet.windowsSensors} sensors; each customer needs at least one device`);
  }
  return e;
}
