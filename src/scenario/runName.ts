// What a run is called and how its file describes it once its values differ from the scenario it
// started from. Shared by the page (charts, exports) and the command line (--set, --seed), so a
// run never carries the name or the claims of a scenario it no longer is.
import { PARAM_BY_KEY, PARAM_SPECS } from '../engine/params.js';
import { MAX_DESCRIPTION, type Scenario } from './scenario.js';

type Value = number | string;

/** Equal values; datetimes compare by instant. */
export const sameValue = (a: Value, b: Value): boolean => {
  if (typeof a === 'string' && typeof b === 'string') return a === b || Date.parse(a) === Date.parse(b);
  return a === b;
};

/** The full value of `key` in a scenario (its override or the default). */
export function valueOf(s: Pick<Scenario, 'params'>, key: string): Value {
  const v = s.params[key];
  if (v !== undefined) return v;
  const spec = PARAM_BY_KEY.get(key);
  if (!spec) throw new Error(`unknown parameter ${key}`);
  return spec.default;
}

export function differs(base: Pick<Scenario, 'params'>, current: Pick<Scenario, 'params'>, key: string): boolean {
  return !sameValue(valueOf(current, key), valueOf(base, key));
}

/** Keys whose value differs between two scenarios, in registry order. */
export function changedKeys(base: Pick<Scenario, 'params'>, current: Pick<Scenario, 'params'>): string[] {
  return PARAM_SPECS.filter((s) => differs(base, current, s.key)).map((s) => s.key);
}

/** Whether anything that changes the run (a value or the seed) differs. The name does not. */
export function isEditedFrom(base: Pick<Scenario, 'params' | 'seed'>, current: Pick<Scenario, 'params' | 'seed'>): boolean {
  return current.seed !== base.seed || changedKeys(base, current).length > 0;
}

/** A value as a name or description shows it: "20 min", "0.01", "2024-07-18 14:09 UTC". */
export function valueText(key: string, value: Value): string {
  const spec = PARAM_BY_KEY.get(key)!;
  if (typeof value === 'string') return value.replace('T', ' ').replace(/(:00)?(\.000)?Z$/, ' UTC');
  return spec.unit === 'share' ? String(value) : `${value} ${spec.unit}`;
}

/** How a changed value reads: "revert after 20 min", "canary ring share 0.01". */
export function changeText(key: string, value: Value): string {
  const spec = PARAM_BY_KEY.get(key)!;
  const label = spec.label.charAt(0).toLowerCase() + spec.label.slice(1);
  return `${label} ${valueText(key, value)}`;
}

/** The name a run gets when nobody named it: the scenario's own, or one that says what changed. */
export function autoRunName(base: Scenario, current: Scenario): string {
  if (!isEditedFrom(base, current)) return base.name;
  const keys = changedKeys(base, current);
  const seed = current.seed !== base.seed ? [`seed ${current.seed}`] : [];
  const parts = [...keys.slice(0, 2).map((k) => changeText(k, valueOf(current, k))), ...seed];
  const more = keys.length > 2 ? `, and ${keys.length - 2} more` : '';
  return `${base.name}, edited: ${parts.join(', ')}${more}`;
}

/**
 * The run's name: one the reader typed (the current scenario's name, when it differs from the
 * base's), else the automatic one ("July 2024 baseline, edited: revert after 20 min").
 */
export function runName(base: Scenario, current: Scenario): string {
  return current.name !== base.name ? current.name : autoRunName(base, current);
}

/**
 * The description of an edited scenario: where it came from and every change, with the value it
 * replaced. The base's own description is left out: it describes values this run no longer has.
 */
export function editedDescription(base: Scenario, current: Scenario): string {
  const changes = changedKeys(base, current).map((k) => `${changeText(k, valueOf(current, k))} (was ${valueText(k, valueOf(base, k))})`);
  if (current.seed !== base.seed) changes.push(`seed ${current.seed} (was ${base.seed})`);
  const head = `Edited from “${base.name}”: `;
  const tail = `. Every other value is as in “${base.name}”.`;
  let list = changes.join('; ');
  for (let n = changes.length - 1; head.length + list.length + tail.length > MAX_DESCRIPTION && n > 0; n--) {
    list = `${changes.slice(0, n).join('; ')}; and ${changes.length - n} more`;
  }
  return `${head}${list}${tail}`.slice(0, MAX_DESCRIPTION);
}
