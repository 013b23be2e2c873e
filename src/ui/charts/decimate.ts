// Keeps a line to about one point per pixel column (uPlot's approach): in each column the first,
// lowest, highest and last points survive, so peaks and steps look the same as with every point.

/** Indices into the series, in order, for points from i0 to i1 inclusive. `px` is each point's
 * x in pixels (non-decreasing), `v` its value. */
export function decimate(px: ArrayLike<number>, v: ArrayLike<number>, i0: number, i1: number): number[] {
  const out: number[] = [];
  if (i1 < i0) return out;
  let col = Math.floor(px[i0]!);
  let first = i0, last = i0, lo = i0, hi = i0;
  const flush = () => {
    const keep = [first, lo, hi, last].sort((a, b) => a - b);
    for (let k = 0; k < keep.length; k++) if (k === 0 || keep[k] !== keep[k - 1]) out.push(keep[k]!);
  };
  for (let i = i0 + 1; i <= i1; i++) {
    const c = Math.floor(px[i]!);
    if (c !== col) {
      flush();
      col = c;
      first = last = lo = hi = i;
      continue;
    }
    last = i;
    if (v[i]! < v[lo]!) lo = i;
    if (v[i]! > v[hi]!) hi = i;
  }
  flush();
  return out;
}
