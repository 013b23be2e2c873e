import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../../src/engine/index.js';
import { baselineScenario } from '../../../src/scenario/scenario.js';
import { Analyses } from '../../../src/ui/app/analyses.js';
import { startFrom } from '../../../src/ui/app/editState.js';
import type { Job, JobHandlers, JobQueue } from '../../../src/ui/app/jobQueue.js';
import { DEFAULT_VIEW } from '../../../src/ui/state/pageLink.js';
import { drawnRuns, idleAnalysis, newSlot, withEdit, type PageState } from '../../../src/ui/state/pageState.js';
import { idleFit } from '../../../src/ui/state/fitState.js';
import { Store } from '../../../src/ui/state/store.js';
import { smallRun, smallServiceView } from '../smallRun.js';

describe('Analyses', () => {
  it('an ensemble asks for each run\'s service figures and keeps their losses as money bands, carried with the main run', () => {
    const base = baselineScenario();
    const edit = startFrom(base);
    const store = new Store<PageState>(withEdit({
      edit, typed: {}, seedProblem: null, cross: [], main: newSlot('main', base), compare: [], ghost: null, view: DEFAULT_VIEW,
      ensemble: idleAnalysis(), sensitivity: idleAnalysis(), fit: idleFit(), ensembleSets: null,
    }, edit));
    let submitted: { job: Job; handlers: JobHandlers } | null = null;
    const queue = { submit: (job: Job, handlers: JobHandlers) => ((submitted = { job, handlers }), { id: 1, cancel: () => true }), cancelLane: () => false };
    new Analyses(store, queue as unknown as JobQueue).runEnsemble({ runs: 4, vary: 'seed', low: 25, high: 75 });
    const { job, handlers } = submitted!;
    expect(job.kind).toBe('many');
    if (job.kind !== 'many') return;
    expect(job.runs).toHaveLength(4);
    expect(job.runs.every((r) => r.services === true)).toBe(true);
    const { result } = smallRun();
    const im = smallServiceView().services!;
    job.runs.forEach((_r, i) => {
      handlers.onResult(i, result, { prepareMs: 0, runMs: 0, totalMs: 0 }, job.runs[i]!.params);
      // Each run's losses scaled, so the band is known: 1x, 2x, 3x, 4x.
      handlers.onImpact?.(i, { ...im, lossUSD: im.lossUSD * (i + 1), sectors: im.sectors.map((s) => ({ ...s, lossUSD: s.lossUSD * (i + 1) })) });
    });
    handlers.onDone?.(0);
    const res = store.state.ensemble.result!;
    expect(res.money).toMatchObject({ runs: 4, percentiles: [25, 75] });
    expect(res.money!.total.mid).toBeCloseTo(im.lossUSD * 2.5, 3);
    expect(res.money!.total.lo).toBeCloseTo(im.lossUSD * 1.75, 3);
    expect(res.money!.bySector).toHaveLength(SECTORS.length);
    // The main run, once drawn, carries them.
    const view = { ...smallServiceView(), paramsHash: store.state.main.hash };
    const s = { ...store.state, main: { ...store.state.main, view } };
    expect(drawnRuns(s).runs[0]!.bands?.money).toBe(res.money);
  });
});
