// The page's state as plain data, and the pure steps that change it. The page binds to this:
// controls change the edit, runs report into their slots, and views redraw from the state.
//   edit       the scenario being edited, against the one it started from
//   typed      values typed on the page and refused (the edit keeps the last valid value)
//   cross      rules over several values that the edit breaks (nothing runs while any holds)
//   main       the run of the edit
//   compare    other scenarios drawn with it (up to MAX_COMPARE)
//   ghost      the July 2024 baseline drawn behind, when the main run is something else
//   ensemble, sensitivity, fit   analyses of the main run (fitState.ts for the fit)
import type { EnsembleRequest } from '../../ensemble/index.js';
import type { RunView, Sensitivity } from '../../results/index.js';
import type { Problem } from '../../scenario/problems.js';
import { paramsHash, scenarioToParams, type Scenario } from '../../scenario/scenario.js';
import { checkCrossField } from '../../scenario/validate.js';
import type { EditState } from '../app/editState.js';
import type { EnsembleSets, FitAnalysis } from './fitState.js';
import type { Analysis, SlotStatus } from './analysis.js';
import { MAX_COMPARE, type CompareRef, type ViewSettings } from './pageLink.js';


/** One scenario to run and draw, and how its run is going. */
export interface Slot {
  id: string;
  scenario: Scenario;
  /** Hash of the scenario's parameters and seed: what `view` must match to be current. */
  hash: string;
  status: SlotStatus;
  progress: number;
  /** The last finished run (kept, and marked stale, while a newer one runs or fails). */
  view: RunView | null;
  /** Why the last run did not finish: a refusal (too large) or a failure message. */
  problem: Problem | null;
  failure: string | null;
}

export interface CompareSlot extends Slot {
  ref: CompareRef;
}

export { idleAnalysis, type Analysis, type SlotStatus } from './analysis.js';

export type EnsembleResult = NonNullable<RunView['bands']> & { request: EnsembleRequest };


export interface PageState {
  edit: EditState;
  typed: Readonly<Record<string, Problem>>;
  seedProblem: Problem | null;
  cross: readonly Problem[];
  main: Slot;
  compare: readonly CompareSlot[];
  /** The baseline run drawn as a ghost, when it differs from the main run. */
  ghost: Slot | null;
  view: ViewSettings;
  ensemble: Analysis<EnsembleResult>;
  sensitivity: Analysis<Sensitivity>;
  /** A fit of free parameters to the calibration targets (src/fit), for the main run's scenario. */
  fit: FitAnalysis;
  /** A fit's accepted sets the next ensemble draws from, or null: the plausible ranges. */
  ensembleSets: EnsembleSets | null;
}

export function newSlot(id: string, scenario: Scenario): Slot {
  return { id, scenario, hash: paramsHash(scenario), status: 'idle', progress: 0, view: null, problem: null, failure: null };
}

/** Whether a slot's drawn run is not (or no longer) the run of its scenario, or only a preview of it. */
export const isStale = (s: Slot): boolean => s.view !== null && (s.view.paramsHash !== s.hash || Boolean(s.view.preview));

/** Whether anything on the page stops the edit from running. */
export const blocked = (s: PageState): boolean =>
  Object.keys(s.typed).length > 0 || s.seedProblem !== null || s.cross.length > 0;

/** Adopts an edit: checks its rules; the main slot follows the edit's scenario. */
export function withEdit(s: PageState, edit: EditState): PageState {
  const cross = checkCrossField(scenarioToParams(edit.current));
  const hash = paramsHash(edit.current);
  const main = hash === s.main.hash && edit.current.name === s.main.scenario.name
    ? s.main
    : { ...s.main, scenario: edit.current, hash, problem: null, failure: null };
  return { ...s, edit, cross, main };
}

export function setTyped(s: PageState, key: string, p: Problem | null): PageState {
  const typed = { ...s.typed };
  if (p) typed[key] = p;
  else delete typed[key];
  return { ...s, typed };
}

export function updateSlot(s: PageState, id: string, f: (slot: Slot) => Slot): PageState {
  if (s.main.id === id) return { ...s, main: f(s.main) };
  if (s.ghost?.id === id) return { ...s, ghost: f(s.ghost) };
  const i = s.compare.findIndex((c) => c.id === id);
  if (i < 0) return s;
  const compare = [...s.compare];
  compare[i] = { ...compare[i]!, ...f(compare[i]!) } as CompareSlot;
  return { ...s, compare };
}

/** A run finished: the slot shows it if it is still the run of its scenario. */
export function slotDone(slot: Slot, view: RunView): Slot {
  if (view.paramsHash !== slot.hash) return slot;
  return { ...slot, status: 'done', progress: 1, view, problem: null, failure: null };
}

let compareSeq = 0;

export function addCompare(s: PageState, ref: CompareRef, scenario: Scenario): PageState {
  if (s.compare.length >= MAX_COMPARE) return s;
  const slot: CompareSlot = { ...newSlot(`compare-${++compareSeq}`, scenario), ref };
  return { ...s, compare: [...s.compare, slot] };
}

export function removeCompare(s: PageState, id: string): PageState {
  return { ...s, compare: s.compare.filter((c) => c.id !== id) };
}

/** The runs the charts draw, the main one first; and the ghost, if it adds anything. */
export function drawnRuns(s: PageState): { runs: RunView[]; ghost: RunView | null } {
  // Each run keeps the colour of its place, even while a run before it is still computing. The
  // main run carries the bands and the ranking made for it, and only those.
  const main = s.main.view;
  const own = <T>(a: Analysis<T>) => (main && a.result && a.forHash === main.paramsHash ? a.result : null);
  const ens = own(s.ensemble);
  const runs = [s.main, ...s.compare]
    .map((x, i): RunView | null => (x.view ? { ...x.view, colorIndex: i } : null))
    .filter((v): v is RunView => v !== null)
    .map((v) => (v.id === 'main' ? { ...v, bands: ens ? { series: ens.series, summary: ens.summary, money: ens.money ?? null } : null, sensitivity: own(s.sensitivity) } : v));
  const ghost = s.view.ghost && s.ghost?.view && s.ghost.hash !== s.main.hash ? s.ghost.view : null;
  return { runs, ghost };
}
