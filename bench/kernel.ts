// The bare kernel the engine is measured against (../shared performance notes: "drawing each
// device's crash and repair times once and adding them to histograms"): for each crashed device
// of the baseline, four uniforms from the engine's own xor128 generator, each added to a
// histogram over the run's 2,400 output bins. Nothing of the model: what one pass over every
// crashed device costs at the least.
import { Random } from '../src/engine/random.js';

export const KERNEL_DEVICES = 8_500_000;
const BINS = 2400;

/** Runs the kernel; returns the histogram's sum so the work cannot be optimised away. */
export function bareKernel(devices = KERNEL_DEVICES): number {
  const rng = new Random(1, 'kernel');
  const hist = new Float64Array(BINS);
  for (let i = 0; i < devices; i++) {
    hist[(rng.next() * BINS) | 0]!++;
    hist[(rng.next() * BINS) | 0]!++;
    hist[(rng.next() * BINS) | 0]!++;
    hist[(rng.next() * BINS) | 0]!++;
  }
  let sum = 0;
  for (let b = 0; b < BINS; b++) sum += hist[b]!;
  return sum;
}
