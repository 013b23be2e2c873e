// Runs the engine in a pool of workers, as a queue of jobs. A job is either one run split over
// every worker (each takes an interleaved shard of sites; worker 0 merges) or many whole runs
// spread over the workers (an ensemble, a comparison, a sensitivity sweep), each worker taking
// the next run when it finishes one. One job has the pool at a time; the others wait in order.
//
// Cancelling a job that is running terminates its workers and starts fresh ones (faster than
// waiting for a chunk boundary). Jobs submitted in a lane replace the lane's earlier job: the
// latest edit of a scenario wins. Every message carries a task id, so anything from a cancelled
// job is dropped.
import type { Params, SimResult } from '../../engine/index.js';
import type { ServiceImpact } from '../../services/impact.js';
import type { FromWorker, RunOptions, ToWorker } from '../../worker/protocol.js';
import { transferablesOf } from '../../worker/protocol.js';

/** The part of Worker the queue uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
}

export interface RunInput extends RunOptions {
  params: Params;
  seed: number;
}

export type Job =
  | ({ kind: 'split' } & RunInput)
  | { kind: 'many'; runs: RunInput[] };

export interface RunTiming {
  prepareMs: number;
  runMs: number;
  /** From the job's start to this result. */
  totalMs: number;
}

export interface JobHandlers {
  /** Share of the job done, 0..1, rising. */
  onProgress?(fraction: number): void;
  /** One run finished: its index in the job (0 for a split job), and the parameters it ran with
   *  (an organisation's answers applied). */
  onResult(index: number, result: SimResult, timing: RunTiming, params: Params): void;
  /** A run's service figures, when asked for: they follow its result. */
  onImpact?(index: number, impact: ServiceImpact): void;
  /** Every run of the job finished. */
  onDone?(totalMs: number): void;
  /** The job failed (crashed: a worker died rather than reporting an error). */
  onError(message: string, crashed: boolean): void;
  /** A run's result is in but its service figures could not be derived (the worker died after it). */
  onImpactLost?(index: number, message: string): void;
}

export interface JobHandle {
  readonly id: number;
  /** Stops the job (queued or running). Returns whether it was still pending. */
  cancel(): boolean;
}

export interface JobQueueOptions {
  createWorker: () => WorkerLike;
  workers: number;
  chunkSites?: number;
  now?: () => number;
}

interface Entry {
  id: number;
  job: Job;
  handlers: JobHandlers;
  lane: string | null;
  priority: number;
  started: number;
  /** Runs of the job: how far each is (0..1), and which are finished. */
  progress: number[];
  finished: number;
  /** Next run of a 'many' job to hand out. */
  next: number;
  /** For a split job: each shard's sites done and total. */
  shardDone: number[];
  shardTotal: number[];
  /** Runs whose result is in while their service figures are still being derived. */
  awaitingImpact: Set<number>;
}

/** What a worker is doing: the task it was given (task id -> run index of the current job). */
interface Slot {
  worker: WorkerLike;
  task: number | null;
}

export class JobQueue {
  private slots: Slot[] = [];
  private readonly queue: Entry[] = [];
  private current: Entry | null = null;
  /** Task id -> run index in the current job. */
  private readonly tasks = new Map<number, number>();
  private lastId = 0;
  private lastTask = 0;
  private readonly chunkSites: number;
  private readonly now: () => number;
  readonly workers: number;

  constructor(private readonly opts: JobQueueOptions) {
    this.workers = Math.max(1, Math.floor(opts.workers));
    this.chunkSites = opts.chunkSites ?? 500;
    this.now = opts.now ?? (() => performance.now());
    this.slots = Array.from({ length: this.workers }, (_, i) => ({ worker: this.spawn(i), task: null }));
  }

  /** Whether a job is running or waiting. */
  get busy(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  /**
   * Queues a job; in a lane, it replaces the lane's earlier job (queued or running). Waiting jobs
   * start by priority (higher first), then in the order they came; a running job is never
   * interrupted by another lane.
   */
  submit(job: Job, handlers: JobHandlers, opts: { lane?: string; priority?: number } = {}): JobHandle {
    const lane = opts.lane ?? null;
    const priority = opts.priority ?? 0;
    if (lane !== null) this.cancelLane(lane);
    const id = ++this.lastId;
    const runs = job.kind === 'split' ? 1 : job.runs.length;
    const entry: Entry = {
      id, job, handlers, lane, priority, started: 0, progress: new Array(runs).fill(0), finished: 0, next: 0,
      shardDone: new Array(this.workers).fill(0), shardTotal: new Array(this.workers).fill(0), awaitingImpact: new Set(),
    };
    const at = this.queue.findIndex((e) => e.priority < priority);
    if (at < 0) this.queue.push(entry);
    else this.queue.splice(at, 0, entry);
    this.pump();
    return { id, cancel: () => this.cancelId(id) };
  }

  /** Cancels the job in a lane, if any. Returns whether there was one. */
  cancelLane(lane: string): boolean {
    const found = this.current?.lane === lane ? this.current : this.queue.find((e) => e.lane === lane);
    return found ? this.cancelId(found.id) : false;
  }

  /** Cancels everything. Returns whether anything was pending. */
  cancelAll(): boolean {
    const any = this.busy;
    this.queue.length = 0;
    if (this.current) this.stopCurrent();
    return any;
  }

  dispose(): void {
    this.queue.length = 0;
    this.current = null;
    this.tasks.clear();
    for (const s of this.slots) s.worker.terminate();
    this.slots = [];
  }

  private cancelId(id: number): boolean {
    const i = this.queue.findIndex((e) => e.id === id);
    if (i >= 0) {
      this.queue.splice(i, 1);
      return true;
    }
    if (this.current?.id !== id) return false;
    this.stopCurrent();
    this.pump();
    return true;
  }

  /** Drops the running job and replaces the workers it was using. */
  private stopCurrent(): void {
    this.current = null;
    this.tasks.clear();
    this.slots.forEach((s, i) => {
      if (s.task === null) return;
      this.retire(s.worker);
      s.worker = this.spawn(i);
      s.task = null;
    });
  }

  private spawn(index: number): WorkerLike {
    const w = this.opts.createWorker();
    w.onmessage = (e) => this.onMessage(index, e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      this.onCrash(index, e.message || 'the simulation worker stopped');
    };
    w.onmessageerror = () => this.onCrash(index, 'a message from the simulation worker could not be read');
    return w;
  }

  private retire(w: WorkerLike): void {
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
  }

  private pump(): void {
    if (!this.current) {
      const next = this.queue.shift();
      if (!next) return;
      this.current = next;
      next.started = this.now();
      next.handlers.onProgress?.(0);
      if (next.job.kind === 'split') this.startSplit(next.job);
    }
    const c = this.current;
    if (c.job.kind !== 'many') return;
    // Hand out whole runs to idle workers.
    for (const s of this.slots) {
      if (s.task !== null || c.next >= c.job.runs.length) continue;
      const index = c.next++;
      const run = c.job.runs[index]!;
      const task = ++this.lastTask;
      this.tasks.set(task, index);
      s.task = task;
      s.worker.postMessage({ ...options(run), type: 'run', id: task, params: run.params, seed: run.seed, shard: 0, shards: 1, chunkSites: this.chunkSites });
    }
    if (c.job.runs.length === 0) this.finishJob(c);
  }

  private startSplit(run: RunInput): void {
    const task = ++this.lastTask;
    this.tasks.set(task, 0);
    this.slots.forEach((s, shard) => {
      s.task = task;
      s.worker.postMessage({ ...options(run), type: 'run', id: task, params: run.params, seed: run.seed, shard, shards: this.workers, chunkSites: this.chunkSites });
    });
  }

  private onCrash(slot: number, message: string): void {
    const s = this.slots[slot];
    if (!s) return;
    const busy = s.task !== null;
    // The worker that failed is replaced whatever it was doing.
    this.retire(s.worker);
    s.worker = this.spawn(slot);
    s.task = null;
    const c = this.current;
    if (!c || !busy) {
      // An idle worker died: replaced quietly; a job in flight goes on with the fresh one.
      if (c) this.pump();
      return;
    }
    // Runs whose results are already in lose only their service figures: they stay done.
    const lost = [...c.awaitingImpact];
    const pending = c.progress.length - c.finished - lost.length;
    if (pending === 0 && lost.length > 0) {
      this.stopCurrent();
      for (const i of lost) c.handlers.onImpactLost?.(i, message);
      c.finished += lost.length;
      c.handlers.onDone?.(this.now() - c.started);
      this.pump();
      return;
    }
    this.stopCurrent();
    c.handlers.onError(message, true);
    this.pump();
  }

  private reportProgress(c: Entry): void {
    const total = c.progress.reduce((a, b) => a + b, 0);
    c.handlers.onProgress?.(Math.min(1, total / Math.max(1, c.progress.length)));
  }

  private onMessage(slot: number, m: FromWorker): void {
    const c = this.current;
    const index = this.tasks.get(m.id);
    if (!c || index === undefined) return;
    switch (m.type) {
      case 'progress': {
        if (c.job.kind === 'split') {
          c.shardDone[m.shard] = m.done;
          c.shardTotal[m.shard] = m.total;
          // Until every shard has prepared, totals are partly unknown: count what is known.
          const known = c.shardTotal.filter((t) => t > 0).length;
          const done = c.shardDone.reduce((x, y) => x + y, 0);
          const total = c.shardTotal.reduce((x, y) => x + y, 0);
          c.progress[0] = total > 0 ? (done / total) * (known / this.workers) : 0;
        } else c.progress[index] = m.total > 0 ? m.done / m.total : 0;
        this.reportProgress(c);
        break;
      }
      case 'partial':
        this.slots[slot]!.task = null;
        this.slots[0]!.worker.postMessage({ type: 'merge', id: m.id, acc: m.acc }, transferablesOf(m.acc));
        break;
      case 'result': {
        // A run whose service figures follow keeps its worker (and its task) until they arrive.
        if (!m.impactFollows) this.freeTask(c, slot, m.id);
        else {
          c.awaitingImpact.add(index);
          if (c.job.kind === 'split') for (const [i, s] of this.slots.entries()) if (i !== slot) s.task = null;
        }
        c.handlers.onResult(index, m.result, { prepareMs: m.prepareMs, runMs: m.runMs, totalMs: this.now() - c.started }, m.params);
        if (!m.impactFollows) this.runDone(c, index);
        break;
      }
      case 'impact':
        c.awaitingImpact.delete(index);
        this.freeTask(c, slot, m.id);
        c.handlers.onImpact?.(index, m.impact);
        this.runDone(c, index);
        break;
      case 'error':
        this.stopCurrent();
        c.handlers.onError(m.message, false);
        this.pump();
        break;
    }
  }

  private freeTask(c: Entry, slot: number, task: number): void {
    this.tasks.delete(task);
    if (c.job.kind === 'split') for (const s of this.slots) s.task = null;
    else this.slots[slot]!.task = null;
  }

  /** One run of the job is complete (with its service figures, if asked for). */
  private runDone(c: Entry, index: number): void {
    if (this.current !== c) return; // a handler cancelled or replaced it
    c.progress[index] = 1;
    c.finished++;
    this.reportProgress(c);
    if (c.finished === c.progress.length) this.finishJob(c);
    else this.pump();
  }

  private finishJob(c: Entry): void {
    this.current = null;
    this.tasks.clear();
    c.handlers.onDone?.(this.now() - c.started);
    this.pump();
  }
}

/** The run options a worker message carries (only those set). */
function options(run: RunInput): RunOptions {
  return { ...(run.services ? { services: true } : {}), ...(run.org ? { org: run.org } : {}) };
}
