// A scenario: a name, a description, a seed and the parameters that differ from the July 2024
// baseline. Files, links and the page all go through `validateScenario`, so every way in gets
// the same checks and the same messages.
import { PARAM_BY_KEY, flattenParams, setPath, withOverrides } from '../engine/params.js';
import type { Params } from '../engine/types.js';
import { hashText } from './hash.js';
import { migrateScenario, SCENARIO_VERSION } from './migrate.js';
import { from, problem, type Parsed, type Problem } from './problems.js';
import { checkCrossField, show, validateOverrides } from './validate.js';

/** The name a scenario without one gets (English data; the page shows it in its language). */
export const UNTITLED = 'Untitled scenario';

export type { Parsed } from './problems.js';
export { validateOverrides } from './validate.js';

export interface Scenario {
  version: number;
  name: string;
  description: string;
  seed: number;
  /** Overrides of the defaults, by dotted parameter key. */
  params: Record<string, number | string>;
  /** The scenario this one was edited from, when a file says so (the page writes it on export). */
  basedOn?: BaseRef;
}

/** Who a scenario was edited from: enough to mark, on import, which values were changed. */
export interface BaseRef {
  name: string;
  seed: number;
  params: Record<string, number | string>;
}

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_DEPTH = 4;
const TOP_KEYS = ['version', 'name', 'description', 'seed', 'params', 'basedOn'];

/** A top-level value as a message shows it (numbers in full: a seed of 4294967296 is named as such). */
const describe = (v: unknown): string => (typeof v === 'number' ? String(v) : show(v));
/** An unknown top-level field, named so that an empty or odd key is still visible. */
const fieldName = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k.length > 60 ? `${k.slice(0, 60)}…` : k));

export function baselineScenario(): Scenario {
  return { version: SCENARIO_VERSION, name: 'July 2024 baseline', description: '', seed: 1, params: {} };
}

/** Flattens nested params ({push: {revertMinutes: 30}}) into dotted keys, checking depth. */
function flattenInput(obj: Record<string, unknown>, prefix: string, out: Record<string, unknown>, errors: Problem[], source: string, depth: number): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      if (depth >= MAX_DEPTH) {
        errors.push(problem(source, `params.${key}`, 'params.tooDeep', { max: MAX_DEPTH }));
        continue;
      }
      if (PARAM_BY_KEY.has(key)) out[key] = v; // let the value check say what was expected
      else flattenInput(v as Record<string, unknown>, key, out, errors, source, depth + 1);
    } else out[key] = v;
  }
}

/**
 * Deeper than this is no scenario (params go 5 levels down), whatever a file or link holds. Up to
 * it, the field checks below say precisely what is wrong (e.g. params.push.a.a: nested too deeply).
 */
const MAX_NESTING = 100;

/**
 * The top-level field under which `input` nests deeper than MAX_NESTING, or null. Walks with its
 * own stack: the checks after it recurse, and a value nested 10,000 deep would exhaust the call
 * stack there.
 */
function tooDeepField(input: object): string | null {
  const stack: { v: unknown; depth: number; field: string }[] = [{ v: input, depth: 0, field: '' }];
  while (stack.length > 0) {
    const { v, depth, field } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_NESTING) return field;
    for (const [k, child] of Object.entries(v)) stack.push({ v: child, depth: depth + 1, field: field || fieldName(k) });
  }
  return null;
}

/** Checks a parsed JSON value as a scenario. Errors name the field, the value and what is allowed. */
export function validateScenario(input: unknown, source: string): Parsed<Scenario> {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [problem(source, '', 'notObject', { got: describe(input) })] };
  }
  const deep = tooDeepField(input);
  if (deep !== null) return { ok: false, errors: [problem(source, deep, 'file.tooDeep', { max: MAX_NESTING })] };
  const migrated = migrateScenario(input as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: migrated.errors.map((e) => from(source, e)) };
  const obj = migrated.value;
  warnings.push(...migrated.warnings.map((w) => from(source, w)));
  for (const k of Object.keys(obj)) {
    if (!TOP_KEYS.includes(k)) errors.push(problem(source, fieldName(k), 'field.unknown', { allowed: TOP_KEYS.join(', ') }));
  }
  const text = (key: 'name' | 'description', max: number, fallback: string): string => {
    const v = obj[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string') {
      errors.push(problem(source, key, 'text.wrongType', { got: describe(v) }));
      return fallback;
    }
    if (v.length > max) {
      errors.push(problem(source, key, 'text.tooLong', { length: v.length, max }));
      return fallback;
    }
    return v;
  };
  const name = text('name', MAX_NAME, UNTITLED);
  const description = text('description', MAX_DESCRIPTION, '');
  let seed = 1;
  if (obj.seed !== undefined) {
    const s = obj.seed;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 0xffffffff) {
      errors.push(problem(source, 'seed', 'seed.invalid', { got: describe(s) }));
    } else seed = s;
  }
  let params: Record<string, number | string> = {};
  if (obj.params !== undefined) {
    const p = obj.params;
    if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      errors.push(problem(source, 'params', 'params.notObject', { got: describe(p) }));
    } else {
      // Null-prototype objects: a "__proto__" key is then an ordinary (unknown) key, not a prototype.
      const flat: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      flattenInput(p as Record<string, unknown>, '', flat, errors, source, 1);
      const checked = validateOverrides(flat, source, 'params.');
      if (checked.ok) params = checked.value;
      else errors.push(...checked.errors);
    }
  }
  const basedOn = obj.basedOn === undefined ? undefined : readBase(obj.basedOn, source, errors);
  if (errors.length === 0) errors.push(...checkCrossField(withOverrides(params), source));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { version: SCENARIO_VERSION, name, description, seed, params, ...(basedOn ? { basedOn } : {}) }, warnings };
}

/** `basedOn`: a scenario of its own (checked the same way), one level only. */
function readBase(b: unknown, source: string, errors: Problem[]): BaseRef | undefined {
  if (b === null || typeof b !== 'object' || Array.isArray(b) || Object.hasOwn(b, 'basedOn')) {
    errors.push(problem(source, 'basedOn', 'basedOn.invalid', { got: describe(b) }));
    return undefined;
  }
  const r = validateScenario(b, source);
  if (r.ok) return { name: r.value.name, seed: r.value.seed, params: r.value.params };
  const under = (path: string) => (path ? `basedOn.${path}` : 'basedOn');
  errors.push(...r.errors.map((e) => ({ ...e, path: under(e.path), ...(e.also ? { also: e.also.map(under) } : {}) })));
  return undefined;
}

/** Parses the text of a scenario file. */
export function parseScenarioText(text: string, source: string): Parsed<Scenario> {
  if (typeof text !== 'string') return { ok: false, errors: [problem(source, '', 'file.notText')] };
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, errors: [problem(source, '', 'file.tooLarge', { bytes: text.length, max: MAX_FILE_BYTES })] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [problem(source, '', 'file.invalidJson', { why })] };
  }
  return validateScenario(json, source);
}

export function scenarioToParams(s: Scenario): Params {
  return withOverrides(s.params);
}

/** The scenario as a file the command line and the page accept (parameters nested by group). */
export function scenarioToJson(s: Scenario): string {
  const nest = (params: Record<string, number | string>) => {
    const nested: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params)) setPath(nested, k, v);
    return nested;
  };
  const base = s.basedOn ? { basedOn: { name: s.basedOn.name, seed: s.basedOn.seed, params: nest(s.basedOn.params) } } : {};
  return `${JSON.stringify({ version: SCENARIO_VERSION, name: s.name, description: s.description, seed: s.seed, params: nest(s.params), ...base }, null, 2)}\n`;
}

/** Only the values that differ from the defaults (keeps links and files short). */
export function diffFromDefaults(params: Params): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(flattenParams(params))) if (PARAM_BY_KEY.get(k)!.default !== v) out[k] = v;
  return out;
}

/** Short hash of every parameter value and the seed: printed on exports to tie an image to its inputs. */
export function paramsHash(s: Scenario): string {
  return hashText(JSON.stringify([s.seed, flattenParams(scenarioToParams(s))]));
}
