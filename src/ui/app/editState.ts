// The scenario being edited, next to the scenario it started from (a file, a link or an
// import). Pure: every change returns a new state; the page persists and runs it.
import { PARAM_BY_KEY, PARAM_SPECS } from '../../engine/index.js';
import type { Scenario } from '../../scenario/scenario.js';

export interface EditState {
  /** The scenario picked or loaded: "reset" returns to it, and changed values are marked against it. */
  base: Scenario;
  /** The scenario as edited: its params hold only values that differ from the defaults. */
  current: Scenario;
}

const sameValue = (a: number | string, b: number | string): boolean => {
  if (typeof a === 'string' && typeof b === 'string') return a === b || Date.parse(a) === Date.parse(b);
  return a === b;
};

/** The full value of `key` in a scenario (its override or the default). */
export function valueOf(s: Scenario, key: string): number | string {
  const v = s.params[key];
  if (v !== undefined) return v;
  const spec = PARAM_BY_KEY.get(key);
  if (!spec) throw new Error(`unknown parameter ${key}`);
  return spec.default;
}

export function startFrom(base: Scenario): EditState {
  return { base, current: cloneScenario(base) };
}

export function cloneScenario(s: Scenario): Scenario {
  return { ...s, params: { ...s.params } };
}

/** Sets one (already validated) value; a value equal to the default is dropped from the overrides. */
export function setValue(state: EditState, key: string, value: number | string): EditState {
  const spec = PARAM_BY_KEY.get(key);
  if (!spec) throw new Error(`unknown parameter ${key}`);
  const params = { ...state.current.params };
  if (sameValue(value, spec.default)) delete params[key];
  else params[key] = value;
  return { ...state, current: { ...state.current, params: orderParams(params) } };
}

export function setSeed(state: EditState, seed: number): EditState {
  return { ...state, current: { ...state.current, seed } };
}

export function reset(state: EditState): EditState {
  return startFrom(state.base);
}

export function differsFromBase(state: EditState, key: string): boolean {
  return !sameValue(valueOf(state.current, key), valueOf(state.base, key));
}

/** Keys whose value differs from the base scenario, in registry order. */
export function changedKeys(state: EditState): string[] {
  return PARAM_SPECS.filter((s) => differsFromBase(state, s.key)).map((s) => s.key);
}

/** Whether anything (a value or the seed) differs from the base scenario. */
export function isEdited(state: EditState): boolean {
  return state.current.seed !== state.base.seed || changedKeys(state).length > 0;
}

/** Overrides in registry order, so links and files list them the same way every time. */
function orderParams(p: Record<string, number | string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const s of PARAM_SPECS) if (p[s.key] !== undefined) out[s.key] = p[s.key]!;
  return out;
}

/** How a changed value reads in a run's name: "revert after 20 min", "canary ring share 0.01". */
function changeText(key: string, value: number | string): string {
  const spec = PARAM_BY_KEY.get(key)!;
  const label = spec.label.charAt(0).toLowerCase() + spec.label.slice(1);
  if (typeof value === 'string') return `${label} ${value.replace('T', ' ').replace(/:00Z$/, ' UTC')}`;
  const unit = spec.unit === 'share' ? '' : ` ${spec.unit}`;
  return `${label} ${value}${unit}`;
}

/**
 * The run's name: the scenario's own, or, once edited, one that says so and what changed
 * ("July 2024 baseline, edited: revert after 20 min"), so no chart or file made from an edited
 * run claims to be the scenario it started from.
 */
export function runName(state: EditState): string {
  const base = state.base.name;
  if (!isEdited(state)) return base;
  const keys = changedKeys(state);
  const seed = state.current.seed !== state.base.seed ? [`seed ${state.current.seed}`] : [];
  const parts = [...keys.slice(0, 2).map((k) => changeText(k, valueOf(state.current, k))), ...seed];
  const more = keys.length > 2 ? `, and ${keys.length - 2} more` : '';
  return `${base}, edited: ${parts.join(', ')}${more}`;
}
