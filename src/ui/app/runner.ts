// Runs the page's slots (the edit, the compared scenarios, the ghost baseline) in the job queue
// and reports into the page state. A slot's job runs in its own lane, so a newer edit of the
// same slot replaces the older job; finished runs are kept by parameter hash, so going back to
// a scenario already run (or comparing with it) draws at once.
import type { Params } from '../../engine/index.js';
import { scaleParams } from '../../fit/scale.js';
import { runView, type RunMeta, type RunView } from '../../results/index.js';
import { scaleResult } from '../../results/scaleResult.js';
import { checkBrowserLimits } from '../../scenario/limits.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import { encodeUrlState } from '../../scenario/urlState.js';
import { slotDone, updateSlot, type PageState, type Slot } from '../state/pageState.js';
import type { Store } from '../state/store.js';
import type { JobQueue, RunTiming } from './jobQueue.js';

const CACHE_SIZE = 8;
/** A preview's share of the fleet and customers. */
export const PREVIEW_SCALE = 0.1;

export interface RunnerHooks {
  /** Name of the run a slot's view carries (the edit's name says when it was edited). */
  nameOf(slot: Slot): string;
  /** Link that reproduces a slot's run. */
  linkOf(slot: Slot): string;
  onDone?(slot: Slot, timing: RunTiming | null): void;
  onFailed?(slot: Slot, message: string, crashed: boolean): void;
  /** A run's device figures are in but its service figures were lost (a worker died). */
  onImpactLost?(slot: Slot, message: string): void;
}

export class Runner {
  private readonly cache = new Map<string, RunView>();
  /** Per slot, the finished run that a preview on screen replaced. */
  private readonly beforePreview = new Map<string, RunView | null>();

  constructor(private readonly store: Store<PageState>, private readonly queue: JobQueue, private readonly hooks: RunnerHooks) {}

  /** Runs the slot `id` if its view is not the run of its scenario. Returns whether a job started.
   * The edited run goes before compared runs, and those before the ghost baseline. */
  run(id: string, opts: { preview?: boolean } = {}): boolean {
    const slot = findSlot(this.store.state, id);
    if (!slot) return false;
    const cached = this.cache.get(slot.hash);
    if (cached) {
      this.finish(slot, { ...cached, id: slot.id, name: this.hooks.nameOf(slot), link: this.hooks.linkOf(slot) }, null);
      return false;
    }
    const params = scenarioToParams(slot.scenario);
    const tooLarge = checkBrowserLimits(params);
    if (tooLarge) {
      this.queue.cancelLane(id);
      this.store.update((s) => updateSlot(s, id, (x) => ({ ...x, status: 'error', problem: tooLarge, failure: null })));
      return false;
    }
    const hash = slot.hash;
    const meta = { id: slot.id, name: this.hooks.nameOf(slot), seed: slot.scenario.seed, paramsHash: hash, link: this.hooks.linkOf(slot) };
    this.store.update((s) => updateSlot(s, id, (x) => ({ ...x, status: 'running', progress: 0, problem: null, failure: null })));
    if (opts.preview) this.preview(id, params, meta);
    this.queue.submit({ kind: 'split', params, seed: slot.scenario.seed, services: true }, {
      onProgress: (f) => this.store.update((s) => updateSlot(s, id, (x) => (x.hash === hash ? { ...x, progress: f } : x))),
      onResult: (_i, result, timing) => {
        const view = runView(result, params, meta);
        this.remember(view);
        const now = findSlot(this.store.state, id);
        if (now && now.hash === hash) this.finish(now, view, timing);
      },
      // The service figures follow the device figures: the charts are drawn first, these added.
      onImpact: (_i, impact) => {
        const view = this.cache.get(hash);
        if (!view) return;
        const withServices = { ...view, services: impact };
        this.remember(withServices);
        this.store.update((s) => updateSlot(s, id, (x) => (x.view?.paramsHash === hash ? { ...x, view: withServices } : x)));
      },
      onImpactLost: (_i, message) => {
        // The device figures stand; only the service figures are missing (the worker died after them).
        console.warn(`[sim] service figures for ${hash} were not derived: ${message}`);
        this.hooks.onImpactLost?.(findSlot(this.store.state, id) ?? slot, message);
      },
      onError: (message, crashed) => {
        this.store.update((s) => updateSlot(s, id, (x) => ({ ...this.unpreview(x), status: 'error', failure: message })));
        const now = findSlot(this.store.state, id);
        if (now) this.hooks.onFailed?.(now, message, crashed);
      },
    }, { lane: id, priority: id === 'main' ? 2 : id === 'baseline' ? 0 : 1 });
    return true;
  }

  /**
   * Something on screen at once: the same model on a tenth of the fleet and customers, its counts
   * scaled up (scaleResult), drawn as a preview until the full run replaces it. It goes before the
   * full run in the queue and takes a tenth of the time. A preview never stands as the result:
   * its view says so, and it is dropped once the full run is in.
   */
  private preview(id: string, params: Params, meta: RunMeta): void {
    const small = scaleParams(params, PREVIEW_SCALE);
    // One whole run on one worker: it can start on a free worker while another still derives the
    // last run's service figures.
    this.queue.submit({ kind: 'many', runs: [{ params: small, seed: meta.seed }] }, {
      onResult: (_i, result) => {
        const view = {
          ...runView(scaleResult(result, 1 / PREVIEW_SCALE), params, { ...meta, name: `${meta.name} (preview)` }),
          preview: { scale: PREVIEW_SCALE },
        };
        this.store.update((s) => updateSlot(s, id, (x) => {
          if (x.hash !== meta.paramsHash || x.status !== 'running') return x;
          if (x.view !== null && x.view.paramsHash === meta.paramsHash && !x.view.preview) return x;
          // The last finished run, to go back to if the full run does not finish.
          if (!x.view?.preview) this.beforePreview.set(id, x.view);
          return { ...x, view };
        }));
      },
      onError: () => undefined, // the full run reports anything that matters
    }, { lane: `${id}-preview`, priority: 3 });
  }

  /**
   * Shows a run computed elsewhere by the same engine (the baseline computed when the page was
   * built) in a slot that has nothing drawn yet, if it is that slot's run; the live run, already
   * queued, replaces it. Returns whether it was shown.
   */
  showComputed(id: string, view: RunView): boolean {
    const slot = findSlot(this.store.state, id);
    if (!slot || slot.view || slot.hash !== view.paramsHash) return false;
    this.store.update((s) => updateSlot(s, id, (x) => ({ ...x, view: { ...view, name: this.hooks.nameOf(x), link: this.hooks.linkOf(x) } })));
    return true;
  }

  /** Stops a slot's job. Returns whether one was pending. */
  cancel(id: string): boolean {
    this.queue.cancelLane(`${id}-preview`);
    const was = this.queue.cancelLane(id);
    if (was) this.store.update((s) => updateSlot(s, id, (x) => ({ ...this.unpreview(x), status: 'cancelled' })));
    return was;
  }

  /** A slot showing a preview goes back to the finished run it replaced: a preview never stays as a result. */
  private unpreview(x: Slot): Slot {
    if (!x.view?.preview) return x;
    const back = this.beforePreview.get(x.id) ?? null;
    this.beforePreview.delete(x.id);
    return { ...x, view: back };
  }

  private finish(slot: Slot, view: RunView, timing: RunTiming | null): void {
    this.beforePreview.delete(slot.id);
    this.store.update((s) => updateSlot(s, slot.id, (x) => slotDone(x, view)));
    const now = findSlot(this.store.state, slot.id);
    if (now) this.hooks.onDone?.(now, timing);
  }

  private remember(view: RunView): void {
    this.cache.delete(view.paramsHash);
    this.cache.set(view.paramsHash, view);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}

export function findSlot(s: PageState, id: string): Slot | null {
  if (s.main.id === id) return s.main;
  if (s.ghost?.id === id) return s.ghost;
  return s.compare.find((c) => c.id === id) ?? null;
}

/** A link that opens one scenario on its own. */
export function scenarioLink(base: string, slot: Slot): string {
  return `${base}?${encodeUrlState(slot.scenario)}`;
}
