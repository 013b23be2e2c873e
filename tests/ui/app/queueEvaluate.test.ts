// The fit's evaluate on the page's job queue, against fake workers that run the engine in-process
// and finish in a shuffled order: results in job order, cancelling rejects and frees the workers,
// a failure rejects, and a whole fit gives the same result as on one thread.
import { describe, expect, it } from 'vitest';
import { simulate, withOverrides } from '../../../src/engine/index.js';
import { TARGET_BY_ID } from '../../../src/calibration/targets.js';
import { fit, resolveFree, sequentialEvaluate, type FitJob } from '../../../src/fit/index.js';
import { JobQueue, type WorkerLike } from '../../../src/ui/app/jobQueue.js';
import { queueEvaluate } from '../../../src/ui/app/queueEvaluate.js';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol.js';

const params = withOverrides({ 'fleet.windowsSensors': 20_000, 'fleet.customers': 60, 'run.horizonDays': 4, 'run.checkHours': 48 });

/** Runs whole runs in-process, each after a delay that depends on its seed, so they finish out of order. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  runs = 0;
  constructor(log: FakeWorker[], private readonly failSeed: number | null = null) {
    log.push(this);
  }
  postMessage(m: ToWorker): void {
    if (m.type !== 'run') return;
    this.runs++;
    setTimeout(() => {
      if (this.terminated) return;
      if (m.seed === this.failSeed) {
        this.onmessage?.({ data: { type: 'error', id: m.id, message: 'out of memory' } } as MessageEvent<FromWorker>);
        return;
      }
      const result = simulate(m.params, m.seed);
      this.onmessage?.({ data: { type: 'result', id: m.id, result, params: m.params, prepareMs: 0, runMs: 0, impactFollows: false } } as MessageEvent<FromWorker>);
    }, (m.seed * 7) % 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const batch = (seeds: number[]): FitJob[] => seeds.map((seed) => ({ params, seed }));

describe('queueEvaluate', () => {
  it('queueEvaluate: a batch runs as one job of whole runs over every worker; results in batch order', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 3 });
    const seen: number[] = [];
    const evaluate = queueEvaluate(q, { onRun: (done, total) => seen.push(done / total) });
    const seeds = [4, 1, 3, 2, 5, 9];
    const results = await evaluate(batch(seeds));
    expect(results).toEqual(seeds.map((s) => simulate(params, s)));
    expect(log.filter((w) => w.runs > 0).length).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((k) => k / 6));
    q.dispose();
  });

  it('queueEvaluate: cancelling rejects at once and replaces the busy workers; a later batch still runs', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    const evaluate = queueEvaluate(q);
    const ctrl = new AbortController();
    const pending = evaluate(batch([1, 2, 3, 4]), ctrl.signal);
    ctrl.abort();
    await expect(pending).rejects.toThrow('cancelled');
    expect(log.filter((w) => w.terminated).length).toBe(2);
    expect(q.busy).toBe(false);
    await expect(evaluate(batch([1]), ctrl.signal)).rejects.toThrow('cancelled');
    expect(await evaluate(batch([2]))).toEqual([simulate(params, 2)]);
    q.dispose();
  });

  it('queueEvaluate: a run that fails rejects the batch with its message', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log, 3), workers: 2 });
    await expect(queueEvaluate(q)(batch([1, 2, 3, 4]))).rejects.toThrow('out of memory');
    q.dispose();
  });

  it('a fit through the queue gives the same result as on one thread', async () => {
    const free = resolveFree([{ key: 'repair.staffPer1000', min: 2, max: 30 }]);
    if (!free.ok) throw new Error(free.errors.join());
    const targets = [TARGET_BY_ID.get('crashed')!, TARGET_BY_ID.get('floor-friday-23utc')!];
    const options = { base: params, free: free.value, targets, seed: 3, runs: 12, population: 6, replicates: 1 };
    const q = new JobQueue({ createWorker: () => new FakeWorker([]), workers: 3 });
    const viaQueue = await fit({ ...options, evaluate: queueEvaluate(q) });
    const oneThread = await fit({ ...options, evaluate: sequentialEvaluate });
    expect(viaQueue.runs).toBeGreaterThan(6); // more than the first wave
    expect(viaQueue).toEqual(oneThread);
    q.dispose();
  });
});
