// Runs the reader's organisation through the job queue: its own fleet under the scenario being
// edited (the worker applies the organisation's answers to the parameters), then its service
// figures. The device figures come first, so the crash and recovery curve draws at once; the
// flights, service outage and cost follow. Finished runs are kept by key (organisation and
// scenario), so going back to one draws at once; a newer run replaces an older one in its lane.
import { runView, type RunView } from '../../results/index.js';
import { hashText } from '../../scenario/hash.js';
import { orgToJson, type Organisation } from '../../scenario/org.js';
import { paramsHash, scenarioToParams, type Scenario } from '../../scenario/scenario.js';
import type { JobQueue } from './jobQueue.js';

export type OrgRunStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface OrgRunState {
  status: OrgRunStatus;
  progress: number;
  /** The organisation and scenario the run is for. */
  key: string | null;
  /** The last run drawn (its services follow its devices). */
  view: RunView | null;
  failure: string | null;
  /** How long the run took, when it ran (null when it came from the cache). */
  ms: number | null;
}

export const IDLE: OrgRunState = { status: 'idle', progress: 0, key: null, view: null, failure: null, ms: null };

/** Which organisation under which scenario (parameters and seed). */
export const orgRunKey = (org: Organisation, scenario: Scenario): string => hashText(`${paramsHash(scenario)}|${orgToJson(org)}`);

const LANE = 'org';
const CACHE_SIZE = 6;

export class OrgRuns {
  private current: OrgRunState = IDLE;
  private readonly cache = new Map<string, RunView>();

  constructor(private readonly queue: Pick<JobQueue, 'submit' | 'cancelLane'>, private readonly onChange: (s: OrgRunState) => void) {}

  get state(): OrgRunState {
    return this.current;
  }

  /** Runs `org` under `scenario` unless that run is already drawn or under way. */
  run(org: Organisation, scenario: Scenario, meta: { name: string; link: string }): void {
    const key = orgRunKey(org, scenario);
    if (this.current.key === key && (this.current.status === 'running' || this.current.status === 'done')) return;
    const cached = this.cache.get(key);
    if (cached) {
      this.queue.cancelLane(LANE);
      this.set({ status: 'done', progress: 1, key, view: { ...cached, name: meta.name, link: meta.link }, failure: null, ms: null });
      return;
    }
    this.set({ ...this.current, status: 'running', progress: 0, key, failure: null, ms: null });
    const started = performance.now();
    this.queue.submit({ kind: 'split', params: scenarioToParams(scenario), seed: scenario.seed, services: true, org }, {
      onProgress: (f) => {
        if (this.current.key === key && this.current.status === 'running') this.set({ ...this.current, progress: f * 0.9 });
      },
      onResult: (_i, result, _timing, params) => {
        if (this.current.key !== key) return;
        const view = runView(result, params, { id: 'org', name: meta.name, seed: scenario.seed, paramsHash: key, link: meta.link });
        this.set({ ...this.current, view, progress: 0.9 });
      },
      onImpact: (_i, impact) => {
        const view = this.current.key === key ? this.current.view : null;
        if (!view || view.paramsHash !== key) return;
        const done = { ...view, services: impact };
        this.remember(key, done);
        this.set({ status: 'done', progress: 1, key, view: done, failure: null, ms: performance.now() - started });
      },
      // A worker died after the device figures: the curve stands, the services and cost are missing.
      onImpactLost: (_i, message) => {
        if (this.current.key === key) this.set({ ...this.current, status: 'error', failure: `its service figures could not be derived (${message})` });
      },
      onError: (message) => {
        if (this.current.key === key) this.set({ ...this.current, status: 'error', failure: message });
      },
    }, { lane: LANE, priority: 1 });
  }

  /** Stops a pending run; the last drawn run stays. */
  cancel(): void {
    if (this.queue.cancelLane(LANE)) this.set({ ...this.current, status: 'cancelled' });
  }

  /** No organisation any more. */
  clear(): void {
    this.queue.cancelLane(LANE);
    this.set(IDLE);
  }

  private set(s: OrgRunState): void {
    this.current = s;
    this.onChange(s);
  }

  private remember(key: string, view: RunView): void {
    this.cache.delete(key);
    this.cache.set(key, view);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
