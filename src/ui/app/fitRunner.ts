// Runs a fit of the main run's scenario on the job queue (src/fit through queueEvaluate, lane
// 'fit') and reports into the page state: progress per run, the wave, threshold and accepted count
// per wave, the result or why there is none. A cancelled fit keeps what it found so far.
import { TARGET_BY_ID } from '../../calibration/targets.js';
import { fit } from '../../fit/index.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import { fitHash, type FitAnalysis, type FitRequest } from '../state/fitState.js';
import type { PageState } from '../state/pageState.js';
import type { Store } from '../state/store.js';
import { FIT_LANE, queueEvaluate, type RunQueue } from './queueEvaluate.js';

export class FitRunner {
  private controller: AbortController | null = null;

  constructor(private readonly store: Store<PageState>, private readonly queue: RunQueue) {}

  private set(f: (a: FitAnalysis) => FitAnalysis): void {
    this.store.update((s) => ({ ...s, fit: f(s.fit) }));
  }

  get running(): boolean {
    return this.controller !== null;
  }

  async run(req: FitRequest): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const scenario = this.store.state.main.scenario;
    const forHash = fitHash(scenario, req.free.map((f) => f.key));
    const budget = Math.floor(req.runs / req.replicates) * req.replicates;
    let before = 0;
    const mine = () => this.controller === controller;
    const first = { wave: 0, phase: 'explore' as const, runs: 0, budget, epsilon: Infinity, accepted: 0, bestDistance: Infinity };
    this.set(() => ({ status: 'running', progress: 0, forHash, result: null, failure: null, live: first }));
    const evaluate = queueEvaluate(this.queue, {
      lane: FIT_LANE,
      onRun: (done) => {
        if (mine()) this.set((a) => ({ ...a, progress: Math.min(1, (before + done) / budget) }));
      },
    });
    try {
      const result = await fit({
        base: scenarioToParams(scenario), free: req.free, targets: req.targets.map((id) => TARGET_BY_ID.get(id)!),
        seed: req.seed, runs: req.runs, scale: req.scale, replicates: req.replicates, population: req.population,
        evaluate, signal: controller.signal,
        onProgress: (p) => {
          before = p.runs;
          if (mine()) this.set((a) => ({ ...a, progress: p.runs / budget, live: p }));
        },
      });
      if (!mine()) return;
      const outcome = result.candidates > 0 ? { request: req, result } : null;
      this.set((a) => ({ ...a, status: result.stopped === 'cancelled' ? 'cancelled' : 'done', progress: 1, result: outcome }));
    } catch (e) {
      if (!mine()) return;
      const message = e instanceof Error ? e.message : String(e);
      this.set((a) => ({ ...a, status: 'error', failure: message }));
    } finally {
      if (mine()) this.controller = null;
    }
  }

  /** Stops the fit; it reports what it found so far. Returns whether one was running. */
  cancel(): boolean {
    if (!this.controller) return false;
    this.controller.abort();
    return true;
  }
}
