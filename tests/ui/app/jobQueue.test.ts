// The job queue against fake workers that speak the protocol by running the engine in-process.
import { describe, expect, it } from 'vitest';
import { finish, mergeInto, newAccumulator, packPrepared, prepare, simulate, unpackPrepared, withOverrides, type Accumulator, type Prepared } from '../../../src/engine/index.js';
import { JobQueue, type Job, type WorkerLike } from '../../../src/ui/app/jobQueue.js';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol.js';
import { runShard, shardSiteCount } from '../../../src/worker/shard.js';
import { orgFleet, orgParams } from '../../../src/org/orgFleet.js';
import { runOrg } from '../../../src/org/runOrg.js';
import { serviceImpact } from '../../../src/services/impact.js';
import type { Organisation } from '../../../src/scenario/org.js';

const params = withOverrides({ 'fleet.windowsSensors': 30_000, 'fleet.customers': 80, 'run.horizonDays': 3 });

class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private held: { id: number; prep: Prepared; acc: Accumulator; waiting: number; services: boolean } | null = null;
  /** Service figures wait until release() (to test what runs beside a worker still busy with them). */
  holdImpact = false;
  private held2: (() => void) | null = null;
  constructor(log: FakeWorker[], private readonly crashOnRun = false) {
    log.push(this);
  }
  release(): void {
    this.held2?.();
    this.held2 = null;
  }
  /** The shared prepared run waits until releasePrepared() (a worker still preparing it). */
  holdPrepared = false;
  private heldPrepared: (() => void) | null = null;
  releasePrepared(): void {
    this.heldPrepared?.();
    this.heldPrepared = null;
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
        const params = m.org ? orgParams(m.org, m.params) : m.params;
        const prep = m.prepared ? unpackPrepared(m.prepared) : prepare(params, m.seed, m.org ? orgFleet(m.org, params) : undefined);
        // As postMessage does, the shared copy is a structured clone.
        if (m.sharePrepared) {
          const share = () => this.emit({ type: 'prepared', id: m.id, prepared: structuredClone(packPrepared(prep)) });
          if (this.holdPrepared) this.heldPrepared = share;
          else share();
        }
        const acc = newAccumulator(prep);
        const total = shardSiteCount(prep.fleet.nSites, m.shard, m.shards, m.chunkSites);
        runShard(prep, acc, m.shard, m.shards, m.chunkSites, (done) => this.emit({ type: 'progress', id: m.id, shard: m.shard, done, total }));
        if (m.shard > 0) this.emit({ type: 'partial', id: m.id, shard: m.shard, acc });
        else {
          this.held = { id: m.id, prep, acc, waiting: m.shards - 1, services: m.services === true };
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
    const result = finish(h.prep, h.acc);
    this.emit({ type: 'result', id: h.id, result, params: h.prep.params, prepareMs: 1, runMs: 1, impactFollows: h.services });
    if (h.services) {
      const send = () => this.emit({ type: 'impact', id: h.id, impact: serviceImpact(result, h.prep.params) });
      if (this.holdImpact) this.held2 = send;
      else send();
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

interface Outcome {
  results: Map<number, { seed: number }>;
  progress: number[];
  done: boolean;
  error: { message: string; crashed: boolean } | null;
}

/** Submits a job and resolves when it is done or fails. */
function runJob(q: JobQueue, job: Job, lane?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const out: Outcome = { results: new Map(), progress: [], done: false, error: null };
    q.submit(job, {
      onProgress: (f) => out.progress.push(f),
      onResult: (i, r) => out.results.set(i, r as unknown as { seed: number }),
      onDone: () => resolve({ ...out, done: true }),
      onError: (message, crashed) => resolve({ ...out, error: { message, crashed } }),
    }, { lane });
  });
}

describe('JobQueue', () => {
  it('a split job over three workers gives exactly the single-threaded result, with rising progress', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 3, chunkSites: 7 });
    const out = await runJob(q, { kind: 'split', params, seed: 3 });
    expect(out.results.get(0)).toEqual(simulate(params, 3));
    expect(out.progress.length).toBeGreaterThan(2);
    for (let i = 1; i < out.progress.length; i++) expect(out.progress[i]!).toBeGreaterThanOrEqual(out.progress[i - 1]!);
    expect(out.progress.at(-1)).toBe(1);
    expect(q.busy).toBe(false);
  });

  it('a many job spreads whole runs over the workers; each equals its single-threaded run, for any worker count', async () => {
    const runs = [4, 5, 6, 7, 8].map((seed) => ({ params, seed }));
    for (const workers of [1, 2, 3]) {
      const q = new JobQueue({ createWorker: () => new FakeWorker([]), workers });
      const out = await runJob(q, { kind: 'many', runs });
      expect(out.done).toBe(true);
      expect([...out.results.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
      for (const [i, r] of out.results) expect(r).toEqual(simulate(params, runs[i]!.seed));
      expect(out.progress.at(-1)).toBe(1);
    }
  }, 30_000);

  it('jobs wait their turn; a job in a lane replaces the lane\'s earlier one and its workers', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    const stale: number[] = [];
    q.submit({ kind: 'split', params, seed: 1 }, { onResult: (_i, r) => stale.push(r.seed), onError() {} }, { lane: 'main' });
    const first = log.slice(0, 2);
    const other = runJob(q, { kind: 'many', runs: [{ params, seed: 9 }] }, 'compare');
    const latest = await runJob(q, { kind: 'split', params, seed: 2 }, 'main');
    expect(first.every((w) => w.terminated)).toBe(true);
    expect(stale).toEqual([]);
    expect(latest.results.get(0)!.seed).toBe(2);
    expect((await other).results.get(0)!.seed).toBe(9);
  });

  it('cancel stops a job; a crashed worker is replaced and reported; the next job completes', async () => {
    const log: FakeWorker[] = [];
    let crash = true;
    const q = new JobQueue({ createWorker: () => new FakeWorker(log, crash), workers: 1 });
    const failed = await runJob(q, { kind: 'split', params, seed: 1 });
    expect(failed.error).toEqual({ message: 'boom', crashed: true });
    expect(log[0]!.terminated).toBe(true);
    crash = false;
    // The replacement was created while crash was still true; cancel its job and go on with a healthy one.
    const h = q.submit({ kind: 'split', params, seed: 1 }, { onResult() {}, onError() {} });
    expect(h.cancel()).toBe(true);
    expect(h.cancel()).toBe(false);
    const ok = await runJob(q, { kind: 'many', runs: [{ params, seed: 5 }, { params, seed: 6 }] });
    expect([...ok.results.values()].map((r) => r.seed).sort()).toEqual([5, 6]);
  });
});

describe('JobQueue priorities', () => {
  it('a waiting job of higher priority starts first; the running one is not interrupted', async () => {
    const q = new JobQueue({ createWorker: () => new FakeWorker([]), workers: 1 });
    const order: number[] = [];
    const done = new Promise<void>((resolve) => {
      let n = 0;
      const h = (seed: number) => ({ onResult: () => order.push(seed), onError() {}, onDone: () => (++n === 3 ? resolve() : undefined) });
      q.submit({ kind: 'split', params, seed: 1 }, h(1), { lane: 'a', priority: 0 });
      q.submit({ kind: 'split', params, seed: 2 }, h(2), { lane: 'b', priority: 0 });
      q.submit({ kind: 'split', params, seed: 3 }, h(3), { lane: 'main', priority: 2 });
    });
    await done;
    expect(order).toEqual([1, 3, 2]);
  }, 30_000);
});

describe('JobQueue service figures and organisations', () => {
  it('a run asked for its service figures gets them after its result, equal to deriving them from the result', async () => {
    const q = new JobQueue({ createWorker: () => new FakeWorker([]), workers: 2 });
    const got = await new Promise<{ order: string[]; lossUSD: number; crashed: number }>((resolve) => {
      const order: string[] = [];
      let crashed = 0;
      let lossUSD = 0;
      q.submit({ kind: 'split', params, seed: 4, services: true }, {
        onResult: (_i, r) => { order.push('result'); crashed = r.crashed; },
        onImpact: (_i, im) => { order.push('impact'); lossUSD = im.lossUSD; },
        onDone: () => resolve({ order, lossUSD, crashed }),
        onError() {},
      });
    });
    expect(got.order).toEqual(['result', 'impact']);
    const r = simulate(params, 4);
    expect(got.crashed).toBe(r.crashed);
    expect(got.lossUSD).toBe(serviceImpact(r, params).lossUSD);
  }, 30_000);

  it('an organisation runs its own fleet under the scenario, as runOrg does', async () => {
    const org: Organisation = {
      version: 1, name: 'Test org', description: '', sector: 'healthcare', repairStaff: 20, bitlockerShare: null, keyEscrowedShare: null,
      keyServerOnSite: false, automatedRemediation: false, holdsContentBack: false,
      sites: [{ name: 'HQ', region: 'uk-ie', devices: { server: 50, fixed: 100, workstation: 800, vm: 40 }, repairStaff: null }],
    };
    const q = new JobQueue({ createWorker: () => new FakeWorker([]), workers: 2 });
    const crashed = await new Promise<number>((resolve) => {
      let c = 0;
      q.submit({ kind: 'many', runs: [{ params, seed: 2, org }] }, { onResult: (_i, r) => { c = r.crashed; }, onDone: () => resolve(c), onError() {} });
    });
    expect(crashed).toBe(runOrg(org, params, 2).result.crashed);
    expect(crashed).toBeGreaterThan(0);
  }, 30_000);

  it('a worker with nothing of the running job that crashes is replaced quietly; the job goes on', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    const got = await new Promise<{ result: boolean; impact: boolean; error: string | null }>((resolve) => {
      const out = { result: false, impact: false, error: null as string | null };
      q.submit({ kind: 'split', params, seed: 1, services: true }, {
        onResult: () => {
          out.result = true;
          // Shard 1 is done and shard 0 derives the service figures: shard 1 dies now.
          log[1]!.onerror?.({ message: 'idle boom', preventDefault() {} } as ErrorEvent);
        },
        onImpact: () => {
          out.impact = true;
        },
        onDone: () => resolve(out),
        onError: (message) => resolve({ ...out, error: message }),
      });
    });
    expect(got).toEqual({ result: true, impact: true, error: null });
    expect(log[1]!.terminated).toBe(true);
    expect(log).toHaveLength(3); // the replacement
    expect(log[0]!.terminated).toBe(false);
    q.dispose();
  });
});

describe('JobQueue jobs side by side', () => {
  it('a job of whole runs starts on a free worker while another worker still derives a run\'s service figures', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    for (const w of log) w.holdImpact = true;
    const events: string[] = [];
    const first = new Promise<void>((resolve) => q.submit({ kind: 'split', params, seed: 1, services: true }, {
      onResult: () => events.push('split result'),
      onImpact: () => events.push('split impact'),
      onDone: () => resolve(),
      onError() {},
    }, { lane: 'main' }));
    await new Promise<void>((r) => { const t = setInterval(() => { if (events.includes('split result')) { clearInterval(t); r(); } }, 5); });
    // A new edit's preview runs now, on the worker that is free, and a newer main job does not
    // cancel the one that only waits for its service figures.
    await new Promise<void>((resolve) => q.submit({ kind: 'many', runs: [{ params, seed: 2 }] }, {
      onResult: () => events.push('preview result'), onDone: () => resolve(), onError() {},
    }, { lane: 'main-preview', priority: 3 }));
    expect(q.cancelLane('main')).toBe(false);
    expect(events).toEqual(['split result', 'preview result']);
    for (const w of log) w.release();
    await first;
    expect(events).toEqual(['split result', 'preview result', 'split impact']);
  }, 30_000);

  it('a split job starts its first shard on the free worker while the other still derives service figures, and gives the same result', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    for (const w of log) w.holdImpact = true;
    const sent: { worker: number; shard: number; seed: number; share: boolean; prepared: boolean }[] = [];
    log.forEach((w, k) => {
      const post = w.postMessage.bind(w);
      w.postMessage = (m: ToWorker) => {
        if (m.type === 'run') sent.push({ worker: k, shard: m.shard, seed: m.seed, share: m.sharePrepared === true, prepared: m.prepared !== undefined });
        post(m);
      };
    });
    let firstResult = false;
    const first = new Promise<void>((resolve) => q.submit({ kind: 'split', params, seed: 1, services: true }, {
      onResult: () => { firstResult = true; },
      onDone: () => resolve(),
      onError() {},
    }, { lane: 'main' }));
    await new Promise<void>((r) => { const t = setInterval(() => { if (firstResult) { clearInterval(t); r(); } }, 5); });
    // Worker 0 merged run 1 and holds on to derive its service figures; the next split run starts
    // on worker 1 with shard 0 (it merges), and shard 1 waits for worker 0.
    let second: number | null = null;
    const done = new Promise<void>((resolve) => q.submit({ kind: 'split', params, seed: 5 }, {
      onResult: (_i, r) => { second = r.crashed; }, onDone: () => resolve(), onError() {},
    }, { lane: 'compare' }));
    await new Promise((r) => setTimeout(r, 50));
    // Shard 0 is asked to share its prepared run, since shard 1 has to wait; the first run's
    // shards started together and prepared each their own.
    expect(sent.filter((x) => x.seed === 5)).toEqual([{ worker: 1, shard: 0, seed: 5, share: true, prepared: false }]);
    expect(sent.filter((x) => x.seed === 1).every((x) => !x.share && !x.prepared)).toBe(true);
    expect(second).toBe(null);
    for (const w of log) w.release();
    await Promise.all([first, done]);
    // Shard 1 started from shard 0's prepared run, and the result is the single-threaded one.
    expect(sent.filter((x) => x.seed === 5)).toEqual([
      { worker: 1, shard: 0, seed: 5, share: true, prepared: false },
      { worker: 0, shard: 1, seed: 5, share: false, prepared: true },
    ]);
    expect(second).toBe(simulate(params, 5).crashed);
  }, 30_000);
  it('a worker that frees up while shard 0 still prepares keeps its shard and starts it from the shared run', async () => {
    const log: FakeWorker[] = [];
    const q = new JobQueue({ createWorker: () => new FakeWorker(log), workers: 2 });
    for (const w of log) {
      w.holdImpact = true;
      w.holdPrepared = true;
    }
    const sent: { worker: number; shard: number; seed: number; prepared: boolean }[] = [];
    log.forEach((w, k) => {
      const post = w.postMessage.bind(w);
      w.postMessage = (m: ToWorker) => {
        if (m.type === 'run') sent.push({ worker: k, shard: m.shard, seed: m.seed, prepared: m.prepared !== undefined });
        post(m);
      };
    });
    let firstResult = false;
    const first = new Promise<void>((resolve) => q.submit({ kind: 'split', params, seed: 1, services: true }, {
      onResult: () => { firstResult = true; }, onDone: () => resolve(), onError() {},
    }, { lane: 'main' }));
    await new Promise<void>((r) => { const t = setInterval(() => { if (firstResult) { clearInterval(t); r(); } }, 5); });
    let second: number | null = null;
    const done = new Promise<void>((resolve) => q.submit({ kind: 'split', params, seed: 6 }, {
      onResult: (_i, r) => { second = r.crashed; }, onDone: () => resolve(), onError() {},
    }, { lane: 'compare' }));
    await new Promise((r) => setTimeout(r, 30));
    // Worker 0 finishes the first run's service figures; shard 0's prepared run is not in yet, so
    // worker 0 keeps shard 1 without a run message.
    log[0]!.release();
    await first;
    await new Promise((r) => setTimeout(r, 30));
    expect(sent.filter((x) => x.seed === 6)).toEqual([{ worker: 1, shard: 0, seed: 6, prepared: false }]);
    expect(second).toBe(null);
    log[1]!.releasePrepared();
    await done;
    expect(sent.filter((x) => x.seed === 6)).toEqual([
      { worker: 1, shard: 0, seed: 6, prepared: false },
      { worker: 0, shard: 1, seed: 6, prepared: true },
    ]);
    expect(second).toBe(simulate(params, 6).crashed);
  }, 30_000);
});
