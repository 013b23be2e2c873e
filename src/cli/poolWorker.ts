// A worker thread of the command line's pool: prepares the model, runs its shard of the sites
// (src/worker/shard.ts, as the page's workers do) posting progress, and either hands its
// accumulator back (shards other than 0) or merges the others' and posts the finished result.
// Typed arrays travel as transfers, not copies.
import { parentPort } from 'node:worker_threads';
import { finish, mergeInto, newAccumulator, prepare, type Accumulator, type Prepared } from '../engine/simulate.js';
import { runShard, shardSiteCount } from '../worker/shard.js';
import { buffersOf, type FromPoolWorker, type ToPoolWorker } from './poolProtocol.js';

const port = parentPort;
if (!port) throw new Error('poolWorker.ts runs in a worker thread only');

/** Shard 0 of a run waiting for the other shards' accumulators. */
let waiting: { id: number; prep: Prepared; acc: Accumulator; left: number } | null = null;

const post = (m: FromPoolWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

function finishIfDone(w: NonNullable<typeof waiting>): void {
  if (w.left > 0) return;
  waiting = null;
  const result = finish(w.prep, w.acc);
  post({ type: 'result', id: w.id, result }, buffersOf(result));
}

function run(m: Extract<ToPoolWorker, { type: 'run' }>): void {
  const prep = prepare(m.params, m.seed);
  const acc = newAccumulator(prep);
  const total = shardSiteCount(prep.fleet.nSites, m.shard, m.shards, m.chunkSites);
  let last = performance.now();
  runShard(prep, acc, m.shard, m.shards, m.chunkSites, (done) => {
    const now = performance.now();
    if (now - last > 50 || done === total) {
      last = now;
      post({ type: 'progress', id: m.id, done, total });
    }
  });
  if (m.shard !== 0) {
    post({ type: 'partial', id: m.id, acc }, buffersOf(acc));
    return;
  }
  // Messages are handled in order, and merges for this run are sent only after its run message,
  // so they arrive after this point.
  const w = { id: m.id, prep, acc, left: m.shards - 1 };
  waiting = w;
  finishIfDone(w);
}

port.on('message', (m: ToPoolWorker) => {
  try {
    if (m.type === 'run') run(m);
    else if (m.type === 'merge' && waiting && waiting.id === m.id) {
      mergeInto(waiting.acc, m.acc);
      waiting.left--;
      finishIfDone(waiting);
    }
  } catch (e) {
    waiting = null;
    post({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
  }
});
