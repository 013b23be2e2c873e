// A pool of worker threads for the command line, the ensembles and the fit. `run` splits one run
// over every worker exactly as the page splits it over Web Workers (shards of site chunks;
// shard 0 merges and finishes), so the result is bit-identical for any number of workers;
// `runMany` spreads whole runs over the workers and returns them in job order. Idle workers do
// not keep the process alive; `close` (or an aborted signal) terminates what is running.
import { setMaxListeners } from 'node:events';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Params, SimResult } from '../engine/types.js';
import { buffersOf, type FromPoolWorker, type ToPoolWorker } from './poolProtocol.js';

export interface RunJob {
  params: Params;
  seed: number;
}

export interface RunOptions {
  /** Share of the run's sites done, 0 to 1. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

export interface ManyOptions {
  /** Called as each run finishes (in any order), with its index in `jobs`. */
  onResult?(index: number, result: SimResult): void;
  /** Share of all the runs' sites done, 0 to 1. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /**
   * Whether the promise holds every result (default true). An ensemble or a ranking that reduces
   * each run in `onResult` passes false: a full-scale result is about 10 MB with its site table,
   * so 100 kept results would take a gigabyte. The promise then resolves to an empty array.
   */
  keep?: boolean;
}

export interface PoolOptions {
  /** The worker script (an ES module). Default: poolWorker.mjs beside this module, bundled
   *  from poolWorker.ts on first use when running from the TypeScript sources. */
  workerFile?: string | URL;
  /** Sites per chunk dealt to the shards (results do not depend on it). */
  chunkSites?: number;
}

export interface NodePool {
  readonly size: number;
  run(params: Params, seed: number, opts?: RunOptions): Promise<SimResult>;
  runMany(jobs: readonly RunJob[], opts?: ManyOptions): Promise<SimResult[]>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

interface Task {
  id: number;
  /** 'all': one run split over every worker; 'one': a whole run on one worker. */
  need: 'all' | 'one';
  slots: Slot[];
  job: RunJob;
  /** Sites done and to do, per shard. */
  done: number[];
  total: number[];
  onProgress(): void;
  resolve(r: SimResult): void;
  reject(e: unknown): void;
}

export class PoolClosedError extends Error {
  constructor() {
    super('the worker pool was closed');
  }
}

export function createNodePool(workers: number, opts: PoolOptions = {}): NodePool {
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`createNodePool: workers must be a whole number of at least 1, got ${workers}`);
  const file = opts.workerFile ?? defaultWorkerFile();
  const chunkSites = opts.chunkSites ?? 256;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(file), task: null };
    slot.worker.unref();
    slot.worker.on('message', (m: FromPoolWorker) => onMessage(slot, m));
    slot.worker.on('error', (e) => {
      if (slots.includes(slot) && slot.task) fail(slot.task, e);
    });
    slot.worker.on('exit', (code) => {
      const i = slots.indexOf(slot);
      if (closed || i < 0) return;
      // A worker that dies takes its task with it (fail replaces the task's workers); an idle
      // one is simply replaced.
      if (slot.task) fail(slot.task, new Error(`a simulation worker stopped (exit code ${code})`));
      else {
        slots[i] = spawn();
        pump();
      }
    });
    return slot;
  };
  for (let i = 0; i < workers; i++) slots.push(spawn());

  const release = (slot: Slot): void => {
    slot.task = null;
    slot.worker.unref();
  };

  /** Ends a task with an error; its workers may be mid-run, so they are replaced. */
  function fail(task: Task | null, e: unknown): void {
    if (!task) return;
    const qi = queue.indexOf(task);
    if (qi >= 0) queue.splice(qi, 1);
    for (const slot of task.slots) {
      if (slot.task !== task) continue;
      slot.task = null;
      const i = slots.indexOf(slot);
      slot.worker.removeAllListeners('exit');
      void slot.worker.terminate();
      if (i >= 0 && !closed) slots[i] = spawn();
    }
    task.slots = [];
    task.reject(e);
    pump();
  }

  function onMessage(slot: Slot, m: FromPoolWorker): void {
    const task = slot.task;
    if (!task || task.id !== m.id) return; // a message from a run that has already ended
    const shard = task.slots.indexOf(slot);
    switch (m.type) {
      case 'progress':
        task.done[shard] = m.done;
        task.total[shard] = m.total;
        task.onProgress();
        break;
      case 'partial':
        release(slot);
        task.slots[0]!.worker.postMessage({ type: 'merge', id: task.id, acc: m.acc } satisfies ToPoolWorker, buffersOf(m.acc));
        pump();
        break;
      case 'result':
        release(slot);
        task.slots = [];
        task.resolve(m.result);
        pump();
        break;
      case 'error':
        fail(task, new Error(m.message));
        break;
    }
  }

  function start(task: Task, assigned: Slot[]): void {
    task.slots = assigned;
    task.done = assigned.map(() => 0);
    task.total = assigned.map(() => 0);
    assigned.forEach((slot, shard) => {
      slot.task = task;
      slot.worker.ref();
      const m: ToPoolWorker = { type: 'run', id: task.id, params: task.job.params, seed: task.job.seed, shard, shards: assigned.length, chunkSites };
      slot.worker.postMessage(m);
    });
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const head = queue[0]!;
      if (head.need === 'all') {
        if (slots.some((s) => s.task)) return;
        queue.shift();
        start(head, slots.slice());
      } else {
        const idle = slots.find((s) => !s.task);
        if (!idle) return;
        queue.shift();
        start(head, [idle]);
      }
    }
  }

  function submit(job: RunJob, need: Task['need'], onProgress: (f: number) => void, signal?: AbortSignal): Promise<SimResult> {
    return new Promise<SimResult>((resolve, reject) => {
      if (closed) return reject(new PoolClosedError());
      if (signal?.aborted) return reject(signal.reason);
      const task: Task = {
        id: nextId++, need, slots: [], job, done: [], total: [],
        onProgress: () => {
          const total = task.total.reduce((a, b) => a + b, 0);
          const shardsReporting = task.total.filter((t) => t > 0).length;
          // Until every shard has reported its size, count what the others still have as unknown.
          if (total > 0 && shardsReporting === task.total.length) onProgress(task.done.reduce((a, b) => a + b, 0) / total);
        },
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      const onAbort = () => fail(task, signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(task);
      pump();
    });
  }

  return {
    size: workers,

    run(params, seed, o = {}) {
      return submit({ params, seed }, 'all', (f) => o.onProgress?.(f), o.signal);
    },

    async runMany(jobs, o = {}) {
      const fractions = new Float64Array(jobs.length);
      const report = () => {
        let sum = 0;
        for (const f of fractions) sum += f;
        o.onProgress?.(sum / Math.max(1, jobs.length));
      };
      // One controller for the batch: the first failure stops the runs still queued or running.
      const batch = new AbortController();
      setMaxListeners(0, batch.signal); // one listener per job, by design
      const stop = () => batch.abort(o.signal?.reason);
      o.signal?.addEventListener('abort', stop, { once: true });
      const keep = o.keep ?? true;
      try {
        const results = await Promise.all(jobs.map((job, i) => submit(job, 'one', (f) => {
          fractions[i] = f;
          report();
        }, batch.signal).then((r) => {
          fractions[i] = 1;
          report();
          o.onResult?.(i, r);
          return keep ? r : null;
        }, (e: unknown) => {
          if (!batch.signal.aborted) batch.abort(e);
          throw e;
        })));
        return keep ? (results as SimResult[]) : [];
      } finally {
        o.signal?.removeEventListener('abort', stop);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      const err = new PoolClosedError();
      for (const task of queue.splice(0)) task.reject(err);
      const running = new Set(slots.map((s) => s.task).filter((t): t is Task => t !== null));
      for (const task of running) task.reject(err);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * poolWorker.mjs beside this module: there in the command line's bundle. Running from the
 * TypeScript sources (tests, tsx), it is bundled with esbuild into node_modules/.cache when
 * missing or older than the sources, as scripts/simulate.mjs does for the command line.
 */
function defaultWorkerFile(): URL | string {
  const here = fileURLToPath(import.meta.url);
  const beside = join(dirname(here), 'poolWorker.mjs');
  if (existsSync(beside)) return beside;
  const source = join(dirname(here), 'poolWorker.ts');
  const src = join(dirname(here), '..');
  const out = join(src, '..', 'node_modules', '.cache', 'outage-sim', 'poolWorker.mjs');
  if (!existsSync(out) || statSync(out).mtimeMs < newest(src)) {
    mkdirSync(dirname(out), { recursive: true });
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error' });
  }
  return out;
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
