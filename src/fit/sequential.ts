// The simplest evaluator: runs a batch one simulation after another on this thread. Used by the
// tests, and by the command line when no worker pool is available. Between runs it lets pending
// events through, so a cancel lands within one run.
import { simulate } from '../engine/simulate.js';
import type { SimResult } from '../engine/types.js';
import type { Evaluate, FitJob } from './fit.js';

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const sequentialEvaluate: Evaluate = async (batch: readonly FitJob[], signal?: AbortSignal): Promise<SimResult[]> => {
  const out: SimResult[] = [];
  for (const job of batch) {
    if (signal?.aborted) throw signal.reason ?? new Error('cancelled');
    out.push(simulate(job.params, job.seed));
    await pause();
  }
  return out;
};
