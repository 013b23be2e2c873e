// Messages between the page and the simulation workers. A run is split into shards of
// interleaved site chunks, one per worker; shard 0 merges the others' accumulators and
// finishes. Every message carries the run id so stale messages are dropped.
import type { Accumulator, Params, SimResult } from '../engine/index.js';

export type ToWorker =
  | { type: 'run'; id: number; params: Params; seed: number; shard: number; shards: number; chunkSites: number }
  /** Another shard's accumulator, forwarded to shard 0. */
  | { type: 'merge'; id: number; acc: Accumulator };

export type FromWorker =
  | { type: 'progress'; id: number; shard: number; done: number; total: number }
  /** A finished shard other than 0: its accumulator, to be merged by shard 0. */
  | { type: 'partial'; id: number; shard: number; acc: Accumulator }
  | { type: 'result'; id: number; result: SimResult; prepareMs: number; runMs: number }
  | { type: 'error'; id: number; message: string };

/** Buffers of every typed array on `obj` or on a plain object inside it (SimResult.sites), for
 *  postMessage transfer lists. */
export function transferablesOf(obj: object, out: ArrayBuffer[] = []): ArrayBuffer[] {
  for (const v of Object.values(obj)) {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
    } else if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) transferablesOf(v, out);
  }
  return out;
}
