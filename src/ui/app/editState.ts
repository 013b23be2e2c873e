// The scenario being edited, next to the scenario it started from (a file, a link or an
// import). Pure: every change returns a new state; the page persists and runs it.
import { PARAM_BY_KEY, PARAM_SPECS } from '../../engine/index.js';
import { autoRunName, changedKeys as changedBetween, differs, isEditedFrom, runName as nameOf, sameValue, valueOf } from '../../scenario/runName.js';
import type { Scenario } from '../../scenario/scenario.js';

export interface EditState {
  /** The scenario picked or loaded: "reset" returns to it, and changed values are marked against it. */
  base: Scenario;
  /** The scenario as edited: its params hold only values that differ from the defaults. */
  current: Scenario;
}

/** The full value of `key` in a scenario (its override or the default). */
export { valueOf };

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
  return differs(state.base, state.current, key);
}

/** Keys whose value differs from the base scenario, in registry order. */
export function changedKeys(state: EditState): string[] {
  return changedBetween(state.base, state.current);
}

/** Whether anything (a value or the seed) differs from the base scenario; a typed name alone does not count. */
export function isEdited(state: EditState): boolean {
  return isEditedFrom(state.base, state.current);
}

/** Names the run: `name` as typed, or '' to go back to the automatic name. */
export function setName(state: EditState, name: string): EditState {
  const n = name.trim();
  return { ...state, current: { ...state.current, name: n === '' ? state.base.name : n } };
}

/** The name typed for this run, or '' when it goes by the automatic one. */
export function typedName(state: EditState): string {
  return state.current.name !== state.base.name ? state.current.name : '';
}

/** Overrides in registry order, so links and files list them the same way every time. */
function orderParams(p: Record<string, number | string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const s of PARAM_SPECS) if (p[s.key] !== undefined) out[s.key] = p[s.key]!;
  return out;
}

/**
 * The run's name: one the reader typed, or, once edited, one that says so and what changed
 * ("July 2024 baseline, edited: revert after 20 min"), so no chart or file made from an edited
 * run claims to be the scenario it started from.
 */
export function runName(state: EditState): string {
  return nameOf(state.base, state.current);
}

/** The name the run would get without a typed one. */
export function automaticName(state: EditState): string {
  return autoRunName(state.base, state.current);
}
