// Scenario and link versions. Version 1 is the first published format. When the format changes, a
// step here rewrites the old shape into the new one (renamed keys, changed meanings) so old files
// and links keep working. A file or link without a version is read as the current version, but
// the steps still look for the old keys they know and rewrite them, so a hand-written file that
// still uses an old key works too. A step that changed something says so in a warning.
//
// Version 2: the known-bad list follows the fix. Version 1 had `crash.knownBadMinutes`, minutes
// after publish, independent of the revert and of an automatic halt; version 2 has
// `crash.knownBadDelayMinutes`, minutes after the content stops (revert or halt). An old value
// becomes its distance from the revert the file sets (78 minutes, July 2024's, if it sets none),
// at least 0: a list before the revert is no longer possible.
import { problem, type Parsed, type Problem } from './problems.js';

export const SCENARIO_VERSION = 2;

/** Keys an older version had, and what they are now (for "unknown parameter" hints, e.g. in --set). */
export const RENAMED_KEYS: Readonly<Record<string, string>> = {
  'crash.knownBadMinutes': 'crash.knownBadDelayMinutes',
};

/** A step rewrites `obj` in place (a copy) and returns what it changed, as warnings. */
type Step = (obj: Record<string, unknown>) => Problem[];
/** MIGRATIONS[v] turns a version-v object into version v+1. */
const MIGRATIONS: Record<number, Step> = {
  1: knownBadFollowsTheFix,
};

const REVERT_V1_DEFAULT = 78;

export function migrateScenario(input: Record<string, unknown>): Parsed<Record<string, unknown>> {
  const warnings: Problem[] = [];
  let v = input.version;
  const obj = { ...input };
  if (v === undefined) {
    // No version: the current format, unless it still uses keys an older one had.
    v = 1;
  } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, errors: [problem('', 'version', 'version.invalid', { got: JSON.stringify(v) ?? String(v), max: SCENARIO_VERSION })] };
  } else if (v > SCENARIO_VERSION) {
    return { ok: false, errors: [problem('', 'version', 'version.tooNew', { version: v, max: SCENARIO_VERSION })] };
  }
  for (let from = v as number; from < SCENARIO_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) continue;
    const changes = step(obj);
    if (changes.length > 0) warnings.push(problem('', '', 'migrated', { from, to: from + 1 }), ...changes);
  }
  obj.version = SCENARIO_VERSION;
  return { ok: true, value: obj, warnings };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where a dotted key sits in params that may nest ({crash: {x: 1}}) or not ({"crash.x": 1}). */
function locate(params: Record<string, unknown>, key: string): { holder: Record<string, unknown>; prop: string } | null {
  const parts = key.split('.');
  for (let i = parts.length; i >= 1; i--) {
    const head = parts.slice(0, i).join('.');
    if (!Object.hasOwn(params, head)) continue;
    if (i === parts.length) return { holder: params, prop: head };
    const inner = params[head];
    if (isObject(inner)) {
      const found = locate(inner, parts.slice(i).join('.'));
      if (found) return found;
    }
  }
  return null;
}

/** A copy of a params object down to its values, keeping null prototypes (links use them). */
function copyParams(v: Record<string, unknown>): Record<string, unknown> {
  const out = Object.getPrototypeOf(v) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [k, x] of Object.entries(v)) {
    Object.defineProperty(out, k, { value: isObject(x) ? copyParams(x) : x, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Version 1 -> 2 on a params object: null when it has no `crash.knownBadMinutes`. */
function knownBadIn(params: Record<string, unknown>): Problem[] | null {
  const at = locate(params, 'crash.knownBadMinutes');
  if (!at) return null;
  const old = at.holder[at.prop];
  delete at.holder[at.prop];
  const revertAt = locate(params, 'push.revertMinutes');
  const given = revertAt ? revertAt.holder[revertAt.prop] : undefined;
  const revert = typeof given === 'number' && Number.isFinite(given) ? given : REVERT_V1_DEFAULT;
  // A value that is not a number moves as it is: the check of the new key then names it.
  const delay = typeof old === 'number' && Number.isFinite(old) ? Math.max(0, Math.round(old - revert)) : old;
  Object.defineProperty(params, 'crash.knownBadDelayMinutes', { value: delay, enumerable: true, writable: true, configurable: true });
  if (typeof delay !== 'number') return [];
  return [problem('', 'params.crash.knownBadMinutes', 'migrated.knownBad', { knownBad: old as number, revert, delay })];
}

// `basedOn` needs no step of its own: it is checked as a scenario without a version, which runs
// this step on its own params with its own revert.
function knownBadFollowsTheFix(obj: Record<string, unknown>): Problem[] {
  if (!isObject(obj.params) || !locate(obj.params, 'crash.knownBadMinutes')) return [];
  const params = copyParams(obj.params);
  const changes = knownBadIn(params);
  if (changes === null) return [];
  obj.params = params;
  return changes.length > 0 ? changes : [problem('', 'params.crash.knownBadMinutes', 'migrated.renamed', { to: 'crash.knownBadDelayMinutes' })];
}
