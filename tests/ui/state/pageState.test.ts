import { describe, expect, it } from 'vitest';
import { defaultParams, simulate } from '../../../src/engine/index.js';
import { runView } from '../../../src/results/index.js';
import { baselineScenario, paramsHash } from '../../../src/scenario/scenario.js';
import { runName, setSeed, setValue, startFrom } from '../../../src/ui/app/editState.js';
import { DEFAULT_VIEW } from '../../../src/ui/state/pageLink.js';
import {
  addCompare, blocked, drawnRuns, idleAnalysis, isStale, newSlot, removeCompare, setTyped, slotDone, withEdit, type PageState,
} from '../../../src/ui/state/pageState.js';
import { idleFit } from '../../../src/ui/state/fitState.js';

const base = { ...baselineScenario(), name: 'July 2024 baseline' };
const edit = startFrom(base);
const start = (): PageState => withEdit({
  edit, typed: {}, seedProblem: null, cross: [], main: newSlot('main', base), compare: [], ghost: newSlot('baseline', base), view: DEFAULT_VIEW,
  ensemble: idleAnalysis(), sensitivity: idleAnalysis(), fit: idleFit(), ensembleSets: null,
}, edit);

const small = () => {
  const p = defaultParams();
  p.fleet.windowsSensors = 5000;
  p.fleet.customers = 20;
  p.run.horizonDays = 2;
  return p;
};

describe('page state', () => {
  it('withEdit follows the edit: the main slot takes the new scenario, rules are checked', () => {
    const s = start();
    expect(s.cross).toEqual([]);
    const next = withEdit(s, setValue(s.edit, 'push.revertMinutes', 20));
    expect(next.main.hash).not.toBe(s.main.hash);
    expect(next.main.scenario.params).toEqual({ 'push.revertMinutes': 20 });
    const broken = withEdit(s, setValue(setValue(s.edit, 'push.canaryShare', 0.8), 'push.earlyShare', 0.5));
    expect(broken.cross.map((p) => p.code)).toEqual(['cross.ringsOverfull']);
    expect(blocked(broken)).toBe(true);
    expect(blocked(setTyped(s, 'push.revertMinutes', { source: '', path: 'push.revertMinutes', code: 'param.empty', values: {} }))).toBe(true);
  });

  it('a finished run is shown only if it is still the run of its slot; an older view is stale', () => {
    const s = start();
    const p = small();
    const view = runView(simulate(p, 1), p, { id: 'main', name: 'x', seed: 1, paramsHash: s.main.hash, link: '' });
    const done = slotDone(s.main, view);
    expect(done.view).toBe(view);
    expect(isStale(done)).toBe(false);
    expect(slotDone(s.main, { ...view, paramsHash: 'other' })).toBe(s.main);
    const moved = withEdit({ ...s, main: done }, setSeed(s.edit, 9));
    expect(isStale(moved.main)).toBe(true);
  });

  it('drawnRuns puts the main run first, then those compared; the ghost only when it differs', () => {
    const p = small();
    const v = (id: string, hash: string) => runView(simulate(p, 1), p, { id, name: id, seed: 1, paramsHash: hash, link: '' });
    let s = start();
    s = { ...s, main: { ...s.main, view: v('main', s.main.hash) }, ghost: { ...s.ghost!, view: v('baseline', s.ghost!.hash) } };
    expect(drawnRuns(s).ghost).toBeNull(); // the main run is the baseline
    s = addCompare(s, { kind: 'file', id: 'canary-ring' }, { ...base, name: 'Canary', params: { 'push.canaryShare': 0.01 } });
    const c = s.compare[0]!;
    s = { ...s, compare: [{ ...c, view: v(c.id, c.hash) }] };
    const moved = withEdit(s, setValue(s.edit, 'push.revertMinutes', 20));
    expect(drawnRuns(moved).runs.map((r) => r.id)).toEqual(['main', c.id]);
    expect(drawnRuns(moved).ghost?.id).toBe('baseline');
    expect(drawnRuns({ ...moved, view: { ...moved.view, ghost: false } }).ghost).toBeNull();
    expect(removeCompare(moved, c.id).compare).toEqual([]);
    expect(paramsHash(moved.main.scenario)).toBe(moved.main.hash);
  });

  it('runName says when and how a run was edited', () => {
    expect(runName(edit)).toBe('July 2024 baseline');
    expect(runName(setValue(edit, 'push.revertMinutes', 20))).toBe('July 2024 baseline, edited: revert after 20 min');
    const three = setValue(setValue(setValue(edit, 'push.revertMinutes', 20), 'push.canaryShare', 0.01), 'repair.staffPer1000', 9);
    expect(runName(setSeed(three, 5))).toBe('July 2024 baseline, edited: revert after 20 min, canary ring share 0.01, seed 5, and 1 more');
  });
});
