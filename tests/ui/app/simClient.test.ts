// The client against fake workers that speak the protocol by running the engine in-process.
import { describe, expect, it } from 'vitest';
import { finish, mergeInto, newAccumulator, prepare, simulate, withOverrides, type Accumulator, type Prepared } from '../../../src/engine/index.js';
import { SimClient, type WorkerLike } from '../../../src/ui/app/simClient.js';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol.js';
import { runShard, shardSiteCount } from '../../../src/worker/shard.js';

const params = withOverrides({ 'fleet.windowsSensors': 30_000, 'fleet.customers': 80, 'run.horizonDays': 3 });

class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private held: { id: number; prep: Prepared; acc: Accumulator; waiting: number } | null = null;
  constructor(log: FakeWorker[], private readonly crashOnRun = false) {
    log.push(this);
  }
  private emit(m: FromWorker) {
    queueMicrotask(() => !this.terminated && this.onmessage?.({ data: m } as MessageEvent<FromWorker>));
  }
  postMessage(m: ToWorker): void {
    queueMicrotask(() => {
      if (this.terminated) return;
      if (m.type === 'run') {
        if (this.crashOnRun) {
          this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
          return;
        }
        const prep = prepare(m.params, m.seed);
        const acc = newAccumulator(prep);
        const total = shardSiteCount(prep.fleet.nSites, m.shard, m.shards, m.chunkSites);
        runShard(prep, acc, m.shard, m.shards, m.chunkSites, (done) => this.emit({ type: 'progress', id: m.id, shard: m.shard, done, total }));
        if (m.shard > 0) this.emit({ type: 'partial', id: m.id, shard: m.shard, acc });
        else {
          this.held = { id: m.id, prep, acc, waiting: m.shards - 1 };
          this.tryFinish();
        }
      } else if (m.type === 'merge' && this.held?.id === m.id) {
        mergeInto(this.held.acc, m.acc);
        this.held.waiting--;
        this.tryFinish();
      }
    });
  }
  private tryFinish() {
    const h = this.held;
    if (!h || h.waiting > 0) return;
    this.held = null;
    this.emit({ type: 'result', id: h.id, result: finish(h.prep, h.acc), prepareMs: 1, runMs: 1 });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const runOnce = (client: SimClient, seed: number) =>
  new Promise<{ result: unknown; progress: number[] }>((resolve, reject) => {
    const progress: number[] = [];
    client.run(params, seed, {
      onProgress: (f) => progress.push(f),
      onResult: (result) => resolve({ result, progress }),
      onError: (m) => reject(new Error(m)),
    });
  });

describe('SimClient', () => {
  it('three shards give exactly the single-threaded result, with rising progress', async () => {
    const log: FakeWorker[] = [];
    const client = new SimClient({ createWorker: () => new FakeWorker(log), shards: 3, chunkSites: 7 });
    const { result, progress } = await runOnce(client, 3);
    expect(result).toEqual(simulate(params, 3));
    expect(progress.length).toBeGreaterThan(2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
    expect(progress.at(-1)).toBe(1);
    expect(client.busy).toBe(false);
  });

  it('latest wins: a new run terminates the busy workers and only the new result arrives', async () => {
    const log: FakeWorker[] = [];
    const client = new SimClient({ createWorker: () => new FakeWorker(log), shards: 2 });
    const stale: unknown[] = [];
    client.run(params, 1, { onProgress() {}, onResult: (r) => stale.push(r), onError() {} });
    const first = log.slice(0, 2);
    const { result } = await runOnce(client, 2);
    expect(first.every((w) => w.terminated)).toBe(true);
    expect(stale).toEqual([]);
    expect((result as { seed: number }).seed).toBe(2);
  });

  it('cancel stops the run; a crashed worker is replaced and reported', async () => {
    const log: FakeWorker[] = [];
    let crash = true;
    const client = new SimClient({ createWorker: () => new FakeWorker(log, crash), shards: 1 });
    const err = await new Promise<{ message: string; crashed: boolean }>((resolve) =>
      client.run(params, 1, { onProgress() {}, onResult() {}, onError: (message, crashed) => resolve({ message, crashed }) }));
    expect(err).toEqual({ message: 'boom', crashed: true });
    expect(log[0]!.terminated).toBe(true);
    crash = false;
    // The replacement was created while crash was still true; make the next one healthy.
    expect(client.cancel()).toBe(false);
    client.run(params, 1, { onProgress() {}, onResult() {}, onError() {} });
    expect(client.cancel()).toBe(true);
    const { result } = await runOnce(client, 5);
    expect((result as { seed: number }).seed).toBe(5);
  });
});
