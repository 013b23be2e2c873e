// The scenario file the page writes, and the edit the page makes of one it reads back. An edited
// run is written under its run name, with a description that says what it was edited from and
// what changed (not the base's description, which no longer holds), and with `basedOn`, so an
// import restores the same edit: the same base, the same values marked as changed.
import { autoRunName, editedDescription } from '../../scenario/runName.js';
import type { Scenario } from '../../scenario/scenario.js';
import { isEdited, runName, startFrom, type EditState } from './editState.js';

export function scenarioForExport(state: EditState): Scenario {
  const { base, current } = state;
  const own = { version: current.version, name: runName(state), seed: current.seed, params: { ...current.params } };
  if (!isEdited(state)) return { ...own, description: base.description };
  return {
    ...own,
    description: editedDescription(base, current),
    basedOn: { name: base.name, seed: base.seed, params: { ...base.params } },
  };
}

/**
 * The edit an imported scenario opens as. A file with `basedOn` opens as that base, edited: the
 * base is the bundled file it names when the values match (so it keeps its description), and a
 * name that is only the automatic one becomes automatic again, so it follows later changes.
 */
export function editFromImport(file: Scenario, bundled: readonly { scenario: Scenario }[]): EditState {
  const { basedOn, ...own } = file;
  if (!basedOn) return startFrom(own);
  const known = bundled.find((f) => f.scenario.name === basedOn.name && f.scenario.seed === basedOn.seed && sameParams(f.scenario.params, basedOn.params));
  const base: Scenario = known ? known.scenario : { version: own.version, name: basedOn.name, description: '', seed: basedOn.seed, params: { ...basedOn.params } };
  const current: Scenario = { ...own, params: { ...own.params }, description: base.description };
  const name = own.name === autoRunName(base, { ...current, name: base.name }) ? base.name : own.name;
  return { base, current: { ...current, name } };
}

function sameParams(a: Record<string, number | string>, b: Record<string, number | string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
