// Messages between the command line's pool (pool.ts) and its worker threads (poolWorker.ts).
// A run split over the pool is sharded exactly as the page shards it over Web Workers
// (src/worker/shard.ts): shard 0 merges the other shards' accumulators and finishes.
import type { Accumulator } from '../engine/simulate.js';
import type { Params, SimResult } from '../engine/types.js';

export type ToPoolWorker =
  | { type: 'run'; id: number; params: Params; seed: number; shard: number; shards: number; chunkSites: number }
  /** Another shard's accumulator, forwarded to shard 0. */
  | { type: 'merge'; id: number; acc: Accumulator };

export type FromPoolWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  /** A finished shard other than 0: its accumulator, for shard 0. */
  | { type: 'partial'; id: number; acc: Accumulator }
  | { type: 'result'; id: number; result: SimResult }
  | { type: 'error'; id: number; message: string };

/** Every typed array's buffer in `obj` and in plain objects inside it, once, for a transfer list. */
export function buffersOf(obj: object, out: ArrayBuffer[] = []): ArrayBuffer[] {
  for (const v of Object.values(obj)) {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
    } else if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) buffersOf(v, out);
  }
  return out;
}
