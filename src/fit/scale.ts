// Reduced-scale runs: the same model on a fraction of the fleet and of the customers, so the
// customer size distribution (and with it staffing and the repair queues) stays the same while a
// run takes a fraction of the time. Counts are divided by the scale when compared with the
// record (src/calibration/measures.ts). tests/fit/scale.test.ts measures how far reduced-scale
// figures stray from full scale.
import type { Params } from '../engine/types.js';

/** A copy of p with fleet.windowsSensors and fleet.customers multiplied by scale (0 < scale <= 1). */
export function scaleParams(p: Params, scale: number): Params {
  if (scale === 1) return p;
  return {
    ...p,
    fleet: {
      ...p.fleet,
      windowsSensors: Math.max(1, Math.round(p.fleet.windowsSensors * scale)),
      customers: Math.max(1, Math.round(p.fleet.customers * scale)),
    },
  };
}
