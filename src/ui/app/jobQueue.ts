// Runs the engine in a pool of workers, as a queue of jobs. A job is either one run split over
// every worker (each takes an interleaved shard of sites; the worker with shard 0 merges) or many
// whole runs spread over the workers (an ensemble, a comparison, a sensitivity sweep), each
// worker taking the next run when it finishes one. Waiting jobs start in order of priority.
//
// A split job starts on the first free worker rather than waiting for all of them: shard 0 (the
// merger) goes there, and the other shards go to the next workers that free up, before any other
// job. After an edit, the full run's first shard so starts while the other worker still runs the
// preview or derives the last run's service figures; shard 0 then posts its prepared run, and the
// shards that start later take it instead of preparing the run again. The shards are the same
// whoever runs them, so the result does not change.
//
// Cancelling a job that is running terminates its workers and starts fresh ones (faster than
// waiting for a chunk boundary). Jobs submitted in a lane replace the lane's earlier job: the
// latest edit of a scenario wins. Every message carries a task id, so anything from a cancelled
// job is dropped.
import type { PackedPrepared, Params, SimResult } from '../../engine/index.js';
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
  /** For a split job: its task, the shards not yet handed to a worker, and the slot of shard 0. */
  splitTask: number;
  pendingShards: number[];
  mergeSlot: number;
  /** For a split job: each shard's sites done and total. */
  shardDone: number[];
  shardTotal: number[];
  /** Runs whose result is in while their service figures are still being derived. */
  awaitingImpact: Set<number>;
  /** For a split job that started on fewer workers: shard 0 was asked to share its prepared run;
   * the run once it came; the workers holding a later shard until it comes. */
  shareAsked: boolean;
  prepared: PackedPrepared | null;
  held: { slot: number; shard: number }[];
}

/** What a worker is doing: the task it was given (task id -> run index of the current job). */
interface Slot {
  worker: WorkerLike;
  task: number | null;
}

export class JobQueue {
  private slots: Slot[] = [];
  /** Jobs waiting for workers, highest priority first. */
  private readonly queue: Entry[] = [];
  /** Jobs holding workers. A split job holds them all; jobs of whole runs share the free ones. */
  private readonly active: Entry[] = [];
  /** Task id -> its job and run index. */
  private readonly tasks = new Map<number, { entry: Entry; index: number }>();
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
    return this.active.length > 0 || this.queue.length > 0;
  }

  /**
   * Queues a job; in a lane, it replaces the lane's earlier job (queued or running). Waiting jobs
   * start by priority (higher first), then in the order they came. A job of whole runs takes any
   * free worker, so a small job (a preview) can run beside one that holds a worker to derive
   * service figures; a split job starts on the free workers and takes the others as they free up.
   * A running job is never interrupted by another lane.
   */
  submit(job: Job, handlers: JobHandlers, opts: { lane?: string; priority?: number } = {}): JobHandle {
    const lane = opts.lane ?? null;
    const priority = opts.priority ?? 0;
    if (lane !== null) this.cancelLane(lane);
    const id = ++this.lastId;
    const runs = job.kind === 'split' ? 1 : job.runs.length;
    const entry: Entry = {
      id, job, handlers, lane, priority, started: 0, progress: new Array(runs).fill(0), finished: 0, next: 0,
      splitTask: 0, pendingShards: [], mergeSlot: 0,
      shardDone: new Array(this.workers).fill(0), shardTotal: new Array(this.workers).fill(0), awaitingImpact: new Set(),
      shareAsked: false, prepared: null, held: [],
    };
    const at = this.queue.findIndex((e) => e.priority < priority);
    if (at < 0) this.queue.push(entry);
    else this.queue.splice(at, 0, entry);
    this.pump();
    return { id, cancel: () => this.cancelId(id) };
  }

  /**
   * Cancels the job in a lane, if any. Returns whether there was one. A job whose results are all
   * in and that only waits for service figures is left to finish (its worker would otherwise be
   * replaced, which costs more than the figures): what it reports is dropped by whoever asked.
   */
  cancelLane(lane: string): boolean {
    const running = (e: Entry) => e.lane === lane && !(e.awaitingImpact.size > 0 && e.progress.length - e.finished === e.awaitingImpact.size);
    const found = this.active.find(running) ?? this.queue.find((e) => e.lane === lane);
    return found ? this.cancelId(found.id) : false;
  }

  /** Cancels everything. Returns whether anything was pending. */
  cancelAll(): boolean {
    const any = this.busy;
    this.queue.length = 0;
    for (const e of [...this.active]) this.stop(e);
    return any;
  }

  dispose(): void {
    this.queue.length = 0;
    this.active.length = 0;
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
    const e = this.active.find((x) => x.id === id);
    if (!e) return false;
    this.stop(e);
    this.pump();
    return true;
  }

  /** Drops a running job and replaces the workers it was using. */
  private stop(e: Entry): void {
    const i = this.active.indexOf(e);
    if (i >= 0) this.active.splice(i, 1);
    for (const [task, t] of this.tasks) if (t.entry === e) this.tasks.delete(task);
    this.slots.forEach((s, k) => {
      if (s.task === null || this.tasks.has(s.task)) return;
      this.retire(s.worker);
      s.worker = this.spawn(k);
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

  private idle(): Slot[] {
    return this.slots.filter((s) => s.task === null);
  }

  private pump(): void {
    // Shards of split jobs that started on fewer workers take the free ones before anything else.
    for (const e of this.active) if (e.pendingShards.length) this.handShards(e);
    // Start waiting jobs in priority order while a worker is free.
    while (this.queue.length) {
      const next = this.queue[0]!;
      if (this.idle().length === 0) break;
      this.queue.shift();
      this.active.push(next);
      next.started = this.now();
      next.handlers.onProgress?.(0);
      if (next.job.kind === 'split') this.startSplit(next);
      else if (next.job.runs.length === 0) {
        this.finishJob(next);
        return;
      } else this.handOut(next);
    }
    // Jobs of whole runs take workers as they free up, unless a waiting job of higher priority needs them.
    const waiting = this.queue[0]?.priority ?? -Infinity;
    for (const e of [...this.active].sort((a, b) => b.priority - a.priority)) {
      if (e.job.kind === 'many' && e.priority >= waiting) this.handOut(e);
    }
  }

  private handOut(e: Entry): void {
    if (e.job.kind !== 'many') return;
    for (const s of this.slots) {
      if (s.task !== null || e.next >= e.job.runs.length) continue;
      const index = e.next++;
      const run = e.job.runs[index]!;
      const task = ++this.lastTask;
      this.tasks.set(task, { entry: e, index });
      s.task = task;
      s.worker.postMessage({ ...options(run), type: 'run', id: task, params: run.params, seed: run.seed, shard: 0, shards: 1, chunkSites: this.chunkSites });
    }
  }

  private startSplit(e: Entry): void {
    const task = ++this.lastTask;
    this.tasks.set(task, { entry: e, index: 0 });
    e.splitTask = task;
    e.pendingShards = Array.from({ length: this.workers }, (_, k) => k);
    this.handShards(e);
  }

  /** Hands a split job's waiting shards to free workers, shard 0 first (its worker merges the
   * others' results, which are sent to it only after its own run message). When some shards have
   * to wait, shard 0 shares its prepared run (see PackedPrepared): a worker that frees up before
   * it is in keeps the shard and waits for it rather than preparing the same run again, which
   * would take longer and share the processor with shard 0. */
  private handShards(e: Entry): void {
    if (e.job.kind !== 'split') return;
    const someWait = this.idle().length < e.pendingShards.length;
    this.slots.forEach((s, slot) => {
      if (s.task !== null || e.pendingShards.length === 0) return;
      const shard = e.pendingShards.shift()!;
      s.task = e.splitTask;
      if (shard === 0) {
        e.mergeSlot = slot;
        e.shareAsked = someWait;
        this.postShard(e, slot, shard);
      } else if (e.shareAsked && !e.prepared) e.held.push({ slot, shard });
      else this.postShard(e, slot, shard);
    });
    if (e.pendingShards.length === 0 && e.held.length === 0) e.prepared = null;
  }

  private postShard(e: Entry, slot: number, shard: number): void {
    if (e.job.kind !== 'split') return;
    const run = e.job;
    const base = { ...options(run), type: 'run' as const, id: e.splitTask, params: run.params, seed: run.seed, shard, shards: this.workers, chunkSites: this.chunkSites };
    if (shard === 0) this.slots[slot]!.worker.postMessage(e.shareAsked ? { ...base, sharePrepared: true } : base);
    else this.slots[slot]!.worker.postMessage(e.prepared ? { ...base, prepared: e.prepared } : base);
  }

  private onCrash(slot: number, message: string): void {
    const s = this.slots[slot];
    if (!s) return;
    const t = s.task === null ? undefined : this.tasks.get(s.task);
    // The worker that failed is replaced whatever it was doing.
    this.retire(s.worker);
    s.worker = this.spawn(slot);
    s.task = null;
    const e = t?.entry;
    if (!e) {
      // An idle worker died: replaced quietly; jobs in flight go on with the fresh one.
      this.pump();
      return;
    }
    // Runs whose results are already in lose only their service figures: they stay done.
    const lost = [...e.awaitingImpact];
    const pending = e.progress.length - e.finished - lost.length;
    this.stop(e);
    if (pending === 0 && lost.length > 0) {
      for (const i of lost) e.handlers.onImpactLost?.(i, message);
      e.finished += lost.length;
      e.handlers.onDone?.(this.now() - e.started);
    } else e.handlers.onError(message, true);
    this.pump();
  }

  private reportProgress(e: Entry): void {
    const total = e.progress.reduce((a, b) => a + b, 0);
    e.handlers.onProgress?.(Math.min(1, total / Math.max(1, e.progress.length)));
  }

  private onMessage(slot: number, m: FromWorker): void {
    const t = this.tasks.get(m.id);
    if (!t) return;
    const { entry: e, index } = t;
    switch (m.type) {
      case 'progress': {
        if (e.job.kind === 'split') {
          e.shardDone[m.shard] = m.done;
          e.shardTotal[m.shard] = m.total;
          // Until every shard has prepared, totals are partly unknown: count what is known.
          const known = e.shardTotal.filter((x) => x > 0).length;
          const done = e.shardDone.reduce((x, y) => x + y, 0);
          const total = e.shardTotal.reduce((x, y) => x + y, 0);
          e.progress[0] = total > 0 ? (done / total) * (known / this.workers) : 0;
        } else e.progress[index] = m.total > 0 ? m.done / m.total : 0;
        this.reportProgress(e);
        break;
      }
      case 'prepared': {
        // Kept only while shards still wait (the copy is about as large as the fleet).
        if (e.pendingShards.length === 0 && e.held.length === 0) break;
        e.prepared = m.prepared;
        const held = e.held.splice(0);
        for (const h of held) this.postShard(e, h.slot, h.shard);
        if (e.pendingShards.length === 0) e.prepared = null;
        break;
      }
      case 'partial':
        // The worker with shard 0 merges; this worker is free for other jobs.
        this.slots[slot]!.task = null;
        this.slots[e.mergeSlot]!.worker.postMessage({ type: 'merge', id: m.id, acc: m.acc }, transferablesOf(m.acc));
        this.pump();
        break;
      case 'result': {
        // A run whose service figures follow keeps its worker (and its task) until they arrive.
        if (m.impactFollows) e.awaitingImpact.add(index);
        else this.freeTask(slot, m.id);
        e.handlers.onResult(index, m.result, { prepareMs: m.prepareMs, runMs: m.runMs, totalMs: this.now() - e.started }, m.params);
        if (!m.impactFollows) this.runDone(e, index);
        break;
      }
      case 'impact':
        e.awaitingImpact.delete(index);
        this.freeTask(slot, m.id);
        e.handlers.onImpact?.(index, m.impact);
        this.runDone(e, index);
        break;
      case 'error':
        this.stop(e);
        e.handlers.onError(m.message, false);
        this.pump();
        break;
    }
  }

  private freeTask(slot: number, task: number): void {
    this.tasks.delete(task);
    this.slots[slot]!.task = null;
  }

  /** One run of the job is complete (with its service figures, if asked for). */
  private runDone(e: Entry, index: number): void {
    if (!this.active.includes(e)) return; // a handler cancelled or replaced it
    e.progress[index] = 1;
    e.finished++;
    this.reportProgress(e);
    if (e.finished === e.progress.length) this.finishJob(e);
    else this.pump();
  }

  private finishJob(e: Entry): void {
    const i = this.active.indexOf(e);
    if (i >= 0) this.active.splice(i, 1);
    for (const [task, t] of this.tasks) if (t.entry === e) this.tasks.delete(task);
    e.handlers.onDone?.(this.now() - e.started);
    this.pump();
  }
}

/** The run options a worker message carries (only those set). */
function options(run: RunInput): RunOptions {
  return { ...(run.services ? { services: true } : {}), ...(run.org ? { org: run.org } : {}) };
}
