// Runs the engine in a pool of workers. Latest wins: starting a run while another is in flight
// terminates the busy workers and starts fresh ones (faster than waiting for a chunk boundary),
// and every message carries its run id so anything from a stale run is dropped.
import type { Params, SimResult } from '../../engine/index.js';
import type { FromWorker, ToWorker } from '../../worker/protocol.js';
import { transferablesOf } from '../../worker/protocol.js';

/** The part of Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
}

export interface RunHandlers {
  onProgress(fraction: number): void;
  onResult(result: SimResult, timing: { prepareMs: number; runMs: number; totalMs: number }): void;
  onError(message: string, crashed: boolean): void;
}

interface Active {
  id: number;
  handlers: RunHandlers;
  done: number[];
  total: number[];
  started: number;
}

export interface SimClientOptions {
  createWorker: () => WorkerLike;
  shards: number;
  chunkSites?: number;
  now?: () => number;
}

export class SimClient {
  private workers: WorkerLike[] = [];
  private active: Active | null = null;
  private lastId = 0;
  private readonly shards: number;
  private readonly chunkSites: number;
  private readonly now: () => number;

  constructor(private readonly opts: SimClientOptions) {
    this.shards = Math.max(1, Math.floor(opts.shards));
    this.chunkSites = opts.chunkSites ?? 500;
    this.now = opts.now ?? (() => performance.now());
    this.spawn();
  }

  get busy(): boolean {
    return this.active !== null;
  }

  /** Starts a run, stopping any run in flight. Returns the run id. */
  run(params: Params, seed: number, handlers: RunHandlers): number {
    if (this.active) this.respawn();
    const id = ++this.lastId;
    this.active = { id, handlers, done: new Array(this.shards).fill(0), total: new Array(this.shards).fill(0), started: this.now() };
    this.workers.forEach((w, shard) =>
      w.postMessage({ type: 'run', id, params, seed, shard, shards: this.shards, chunkSites: this.chunkSites }));
    return id;
  }

  /** Stops the run in flight, if any. Returns whether there was one. */
  cancel(): boolean {
    if (!this.active) return false;
    this.active = null;
    this.respawn();
    return true;
  }

  dispose(): void {
    this.active = null;
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }

  private spawn(): void {
    this.workers = Array.from({ length: this.shards }, (_, shard) => {
      const w = this.opts.createWorker();
      w.onmessage = (e) => this.onMessage(shard, e.data);
      w.onerror = (e) => {
        e.preventDefault?.();
        this.onCrash(e.message || 'the simulation worker stopped');
      };
      w.onmessageerror = () => this.onCrash('a message from the simulation worker could not be read');
      return w;
    });
  }

  private respawn(): void {
    for (const w of this.workers) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
    this.spawn();
  }

  private onCrash(message: string): void {
    const a = this.active;
    this.active = null;
    this.respawn();
    a?.handlers.onError(message, true);
  }

  private onMessage(shard: number, m: FromWorker): void {
    const a = this.active;
    if (!a || m.id !== a.id) return;
    switch (m.type) {
      case 'progress': {
        a.done[shard] = m.done;
        a.total[shard] = m.total;
        // Until every shard has prepared, totals are partly unknown: count what is known.
        const known = a.total.filter((t) => t > 0).length;
        const done = a.done.reduce((x, y) => x + y, 0);
        const total = a.total.reduce((x, y) => x + y, 0);
        a.handlers.onProgress(total > 0 ? (done / total) * (known / this.shards) : 0);
        break;
      }
      case 'partial':
        this.workers[0]?.postMessage({ type: 'merge', id: m.id, acc: m.acc }, transferablesOf(m.acc));
        break;
      case 'result':
        this.active = null;
        a.handlers.onResult(m.result, { prepareMs: m.prepareMs, runMs: m.runMs, totalMs: this.now() - a.started });
        break;
      case 'error':
        this.active = null;
        this.respawn();
        a.handlers.onError(m.message, false);
        break;
    }
  }
}
