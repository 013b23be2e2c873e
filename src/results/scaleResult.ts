// A preview: the same model on a tenth of the fleet and of the customers (so the customer size
// distribution, and with it staffing and the repair queues, stay the same), its counts scaled up
// to the full fleet. Shares and times are left as they are. The page draws it, labelled as a
// preview, while the full run is computed; nothing else uses it.
import type { SimResult } from '../engine/types.js';
import { emptySiteTable } from './resultCodec.js';

/** Fields that are not counts of devices (or device-hours): kept as they are. */
const NOT_COUNTS = new Set([
  'binEdges', 'nBins', 'publishAtMs', 'seed', 'haltAtMinutes', 'detectedAtMinutes', 'contentEndMinutes', 'knownBadMinutes', 'regionOnAtPublish', 'sites',
]);

export function scaleResult(r: SimResult, factor: number): SimResult {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (NOT_COUNTS.has(k)) out[k] = v;
    else if (typeof v === 'number') out[k] = v * factor;
    else if (v instanceof Float64Array) out[k] = v.map((x) => x * factor);
    else if (ArrayBuffer.isView(v)) out[k] = Float64Array.from(v as unknown as ArrayLike<number>, (x) => x * factor);
    else out[k] = v;
  }
  // Per-site figures do not scale up: a preview has none.
  out['sites'] = emptySiteTable();
  return out as unknown as SimResult;
}
