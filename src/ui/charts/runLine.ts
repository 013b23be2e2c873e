// One run's series drawn as a line against time: the points in view, each at its run's own time
// shifted onto the chart's clock (a run published at another time is drawn from the main run's
// publish time), decimated to about one point per pixel column.
import { bisectLeft } from 'd3-array';
import { line } from 'd3-shape';
import { decimate } from './decimate.js';

/** The path's `d` for `values` at `timeMs` (+ `shift` ms) between `t0` and `t1` (epoch ms, the chart's x domain). */
export function runLinePath(
  timeMs: ArrayLike<number>, values: ArrayLike<number>, x: (ms: number) => number, y: (v: number) => number,
  shift: number, t0: number, t1: number,
): string {
  const times = timeMs;
  const i0 = Math.max(0, bisectLeft(times, t0 - shift) - 1);
  const i1 = Math.min(times.length - 1, bisectLeft(times, t1 - shift));
  const px = new Float64Array(times.length);
  for (let i = i0; i <= i1; i++) px[i] = x(times[i]! + shift);
  const idx = decimate(px, values, i0, i1);
  // One decimal is a tenth of a pixel: enough, and it keeps the exported file small.
  return line<number>().digits(1).x((i) => px[i]!).y((i) => y(values[i]!))(idx) ?? '';
}
