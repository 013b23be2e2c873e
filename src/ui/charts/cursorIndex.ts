// The bin a playback cursor (minutes after publish) falls in: series rows are bin ends, so the
// state at minute m is the row of the bin containing m.
import { bisectRight } from 'd3-array';
import type { SimResult } from '../../engine/index.js';

export function binAtMinute(r: SimResult, minutes: number): number {
  const i = bisectRight(r.binEdges, minutes) - 1;
  return Math.max(0, Math.min(r.nBins - 1, i));
}
