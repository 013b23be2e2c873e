// The engine's only source of randomness: seedrandom's xor128, one stream per block of work.
// A block (a site, or the fleet builder) gets its own stream derived from the run seed, so a
// result never depends on how blocks are split across chunks or workers.
// xor128: Marsaglia, "Xorshift RNGs", J. Stat. Softw. 8(14), 2003; about 4 ns a draw here.
import xor128 from 'seedrandom/lib/xor128.js';

export type Rng = () => number;

export function streamRng(seed: number, stream: string, block = 0): Rng {
  return xor128(`${seed}/${stream}/${block}`);
}

/** Standard normal draw (Box-Muller; the second value is dropped for simplicity). */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
