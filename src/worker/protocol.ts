// Messages between the page and the simulation workers. A run is split into shards of
// interleaved site chunks, one per worker; shard 0 merges the others' accumulators and
// finishes, and when asked it shares its prepared run with shards that start after it. Every
// message carries the run id so stale messages are dropped.
import type { Accumulator, PackedPrepared, Params, SimResult } from '../engine/index.js';
import type { Organisation } from '../scenario/org.js';
import type { ServiceImpact } from '../services/impact.js';

/** What to run: the scenario's parameters and seed; optionally one organisation's own fleet instead
 * of the generated customers, and the service layer's figures after the devices'. */
export interface RunOptions {
  /** Derive the service impact once the result is out, and post it after it. */
  services?: boolean;
  /** Run this organisation's fleet under the scenario (its answers applied to the parameters). */
  org?: Organisation;
}

export type ToWorker =
  | ({
    type: 'run'; id: number; params: Params; seed: number; shard: number; shards: number; chunkSites: number;
    /** Shard 0: post the prepared run ('prepared') for shards that start later. */
    sharePrepared?: boolean;
    /** A later shard: the run as shard 0 prepared it, used instead of preparing again. */
    prepared?: PackedPrepared;
  } & RunOptions)
  /** Another shard's accumulator, forwarded to shard 0. */
  | { type: 'merge'; id: number; acc: Accumulator };

export type FromWorker =
  | { type: 'progress'; id: number; shard: number; done: number; total: number }
  /** Shard 0's prepared run, for the shards still waiting for a worker. */
  | { type: 'prepared'; id: number; prepared: PackedPrepared }
  /** A finished shard other than 0: its accumulator, to be merged by shard 0. */
  | { type: 'partial'; id: number; shard: number; acc: Accumulator }
  /** `params` are those the run used (an organisation's answers applied); the page derives figures with them. */
  | { type: 'result'; id: number; result: SimResult; params: Params; prepareMs: number; runMs: number; impactFollows: boolean }
  /** The service layer's figures of the run just posted. */
  | { type: 'impact'; id: number; impact: ServiceImpact }
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
