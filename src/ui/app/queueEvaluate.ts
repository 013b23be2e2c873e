// A fit's `evaluate` on the page: each batch of candidate runs goes to the job queue as one job of
// whole runs, spread over every worker of the pool, in the fit's own lane. The results come back
// in job order whatever order the workers finish in. Cancelling (the fit's signal) drops the job
// from the queue and rejects, so the fitter stops after the batch in flight.
import type { Evaluate, FitJob } from '../../fit/fit.js';
import type { SimResult } from '../../engine/index.js';
import type { JobHandle, JobHandlers, Job } from './jobQueue.js';

/** The part of the job queue the adapter uses (a fake in tests). */
export interface RunQueue {
  submit(job: Job, handlers: JobHandlers, opts?: { lane?: string; priority?: number }): JobHandle;
}

export interface QueueEvaluateOptions {
  lane?: string;
  priority?: number;
  /** A run of the batch finished: how many of the batch are done, of how many. */
  onRun?(done: number, total: number): void;
}

export const FIT_LANE = 'fit';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

export function queueEvaluate(queue: RunQueue, opts: QueueEvaluateOptions = {}): Evaluate {
  return (batch: readonly FitJob[], signal?: AbortSignal): Promise<SimResult[]> => new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError());
      return;
    }
    const results: SimResult[] = new Array(batch.length);
    let done = 0;
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      f();
    };
    const handle = queue.submit({ kind: 'many', runs: batch.map((j) => ({ params: j.params, seed: j.seed })) }, {
      onResult: (i, r) => {
        if (settled) return;
        results[i] = r;
        done++;
        opts.onRun?.(done, batch.length);
      },
      onDone: () => finish(() => {
        const missing = results.findIndex((r) => r === undefined);
        // Cannot happen with the queue (every run reports before its job is done); a fake might.
        if (missing >= 0 || results.length !== batch.length) reject(new Error(`run ${missing} of the batch gave no result`));
        else resolve(results);
      }),
      onError: (message) => finish(() => reject(new Error(message))),
    }, { lane: opts.lane ?? FIT_LANE, priority: opts.priority ?? 1 });
    function onAbort() {
      finish(() => {
        handle.cancel();
        reject(new CancelledError());
      });
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
