// The simulation worker: prepares the model, runs its shard of sites in chunks posting
// progress, and (shard 0) merges the other shards and posts the finished SimResult with its
// typed arrays transferred. A stale run is stopped by the page terminating the worker.
/// <reference lib="webworker" />
import { finish, mergeInto, newAccumulator, packPrepared, prepare, unpackPrepared, type Accumulator, type Params, type Prepared } from '../engine/index.js';
import { orgFleet, orgParams } from '../org/orgFleet.js';
import { serviceImpact } from '../services/impact.js';
import { transferablesOf, type FromWorker, type ToWorker } from './protocol.js';
import { runShard, shardSiteCount } from './shard.js';

declare const self: DedicatedWorkerGlobalScope;

interface Current {
  id: number;
  params: Params;
  services: boolean;
  prep: Prepared;
  acc: Accumulator;
  /** Other shards still to merge. Merges are sent only after this worker got its run message,
   *  and a worker handles messages in order, so `current` is set before any merge arrives. */
  waiting: number;
  prepareMs: number;
  runMs: number;
}

let current: Current | null = null;
const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);

function maybeFinish(c: Current): void {
  if (c.waiting > 0) return;
  const result = finish(c.prep, c.acc);
  current = null;
  // The devices' figures go out first; the service layer's follow from what this worker still
  // holds (the bins and the per-site table are copied, not moved, so they stay readable here).
  const keep = c.services ? [result.binEdges.buffer, ...transferablesOf(result.sites)] : [];
  const transfer = transferablesOf(result).filter((b) => !keep.includes(b));
  post({ type: 'result', id: c.id, result, params: c.params, prepareMs: c.prepareMs, runMs: c.runMs, impactFollows: c.services }, transfer);
  if (c.services) {
    const impact = serviceImpact(result, c.params);
    post({ type: 'impact', id: c.id, impact }, transferablesOf(impact));
  }
}

function run(m: Extract<ToWorker, { type: 'run' }>): void {
  const t0 = performance.now();
  const params = m.org ? orgParams(m.org, m.params) : m.params;
  const prep = m.prepared ? unpackPrepared(m.prepared) : prepare(params, m.seed, m.org ? orgFleet(m.org, params) : undefined);
  // A copy for the shards that wait for a worker: they skip preparing (structured cloning copies it).
  if (m.sharePrepared) post({ type: 'prepared', id: m.id, prepared: packPrepared(prep) });
  const t1 = performance.now();
  const acc = newAccumulator(prep);
  const total = shardSiteCount(prep.fleet.nSites, m.shard, m.shards, m.chunkSites);
  post({ type: 'progress', id: m.id, shard: m.shard, done: 0, total });
  let lastPost = performance.now();
  runShard(prep, acc, m.shard, m.shards, m.chunkSites, (done) => {
    const now = performance.now();
    if (now - lastPost > 50 || done === total) {
      lastPost = now;
      post({ type: 'progress', id: m.id, shard: m.shard, done, total });
    }
  });
  const runMs = performance.now() - t1;
  if (m.shard !== 0) {
    post({ type: 'partial', id: m.id, shard: m.shard, acc }, transferablesOf(acc));
    return;
  }
  const c: Current = { id: m.id, params, services: m.services === true, prep, acc, waiting: m.shards - 1, prepareMs: t1 - t0, runMs };
  current = c;
  maybeFinish(c);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'run') {
      current = null;
      run(m);
    } else if (m.type === 'merge') {
      const c = current;
      if (!c || c.id !== m.id) return;
      mergeInto(c.acc, m.acc);
      c.waiting--;
      maybeFinish(c);
    }
  } catch (err) {
    current = null;
    post({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
