// A Latin hypercube in the unit cube (McKay, Beckman & Conover, Technometrics 21, 1979): each
// dimension cut into n equal strata, one point per stratum, strata paired at random. A first
// wave of n runs then covers every parameter's whole range evenly, which plain random draws do
// not at the small n a simulation budget allows.
import type { Random } from '../engine/random.js';

export function latinHypercube(n: number, dims: number, rng: Random): Float64Array[] {
  const points = Array.from({ length: n }, () => new Float64Array(dims));
  const order = new Int32Array(n);
  for (let d = 0; d < dims; d++) {
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let i = 0; i < n; i++) points[i]![d] = (order[i]! + rng.next()) / n;
  }
  return points;
}
