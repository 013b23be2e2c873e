// The engine's only source of randomness: seedrandom's xor128 (Marsaglia, "Xorshift RNGs",
// J. Stat. Softw. 8(14), 2003), one stream per block of work. A block (a site, or the fleet
// builder) gets its own stream derived from the run seed, so a result never depends on how
// blocks are split across chunks or workers.
//
// seedrandom seeds each stream; its state is then copied into one `Random` object that the hot
// loop reuses. The numbers are exactly seedrandom's (tests check this), but the call site stays
// monomorphic: a fresh seedrandom closure per site stops V8 from inlining and cost ~3x here.
// Sites are many (about 40,000) and seeding by string cost about 150 ms a run, so sites use
// `StreamKey.block`: a key seeded once by seedrandom per stream, mixed with the block number.
import xor128 from 'seedrandom/lib/xor128.js';

interface Xor128State { x: number; y: number; z: number; w: number }

export class Random {
  private x = 0;
  private y = 0;
  private z = 0;
  private w = 0;

  constructor(seed: number, stream: string, block = 0) {
    this.reseed(seed, stream, block);
  }

  /** Restarts this object on the stream (seed, stream, block). */
  reseed(seed: number, stream: string, block = 0): this {
    const prng = xor128(`${seed}/${stream}/${block}`, { state: true }) as unknown as { state(): Xor128State };
    const s = prng.state();
    this.x = s.x;
    this.y = s.y;
    this.z = s.z;
    this.w = s.w;
    return this;
  }

  /** Restarts on block `block` of a keyed stream (see StreamKey). */
  reseedBlock(key: StreamKey, block: number): this {
    // murmur3's 32-bit finaliser spreads the block number over all bits of each state word.
    this.x = fmix(key.x ^ Math.imul(block + 1, 0x9e3779b9));
    this.y = fmix(key.y ^ this.x);
    this.z = fmix(key.z ^ this.y);
    this.w = fmix(key.w ^ this.z) | 1; // xor128 needs a non-zero state
    for (let i = 0; i < 8; i++) this.next(); // let the words mix before the first draw
    return this;
  }

  /** Uniform in [0, 1), 32 bits, identical to seedrandom's xor128(). */
  next(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w ^= (this.w >>> 19) ^ t ^ (t >>> 8);
    return (this.w >>> 0) / 0x100000000;
  }
}

/** Key of a stream whose blocks are seeded by number rather than by string. */
export interface StreamKey { x: number; y: number; z: number; w: number }

export function streamKey(seed: number, stream: string): StreamKey {
  const prng = xor128(`${seed}/${stream}`, { state: true }) as unknown as { state(): Xor128State };
  return prng.state();
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

export function streamRng(seed: number, stream: string, block = 0): Random {
  return new Random(seed, stream, block);
}

/** Standard normal draw (Box-Muller; the second value is dropped for simplicity). */
export function normal(rng: Random): number {
  const u = 1 - rng.next(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
