import { describe, expect, it } from 'vitest';
import xor128 from 'seedrandom/lib/xor128.js';
import { Random, normal, streamRng } from '../../src/engine/random.js';

const take = (f: () => number, n: number) => Array.from({ length: n }, f);

describe('Random', () => {
  it('Random.next equals seedrandom xor128 seeded with "seed/stream/block"', () => {
    for (const [seed, stream, block] of [[1, 'site', 0], [1, 'site', 1], [7, 'fleet', 0], [4294967295, 'site', 123456]] as const) {
      const ours = new Random(seed, stream, block);
      const ref = xor128(`${seed}/${stream}/${block}`);
      expect(take(() => ours.next(), 2000)).toEqual(take(() => ref(), 2000));
    }
  });

  it('Random block defaults to 0', () => {
    const a = new Random(3, 'fleet');
    const b = new Random(3, 'fleet', 0);
    expect(take(() => a.next(), 50)).toEqual(take(() => b.next(), 50));
  });

  it('Random.next is in [0, 1)', () => {
    const r = new Random(9, 'x');
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(lo).toBeLessThan(1e-3);
    expect(hi).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1 - 1e-3);
  });

  it('Random.reseed restarts the stream', () => {
    const r = new Random(5, 'site', 2);
    const first = take(() => r.next(), 100);
    r.next();
    expect(r.reseed(5, 'site', 2)).toBe(r);
    expect(take(() => r.next(), 100)).toEqual(first);
    r.reseed(5, 'site', 3);
    expect(take(() => r.next(), 100)).toEqual(take(xor128('5/site/3'), 100));
  });

  it('streams differ by seed, stream name and block', () => {
    const head = (seed: number, stream: string, block: number) => {
      const r = streamRng(seed, stream, block);
      return take(() => r.next(), 5);
    };
    expect(head(1, 'site', 0)).toEqual(take(xor128('1/site/0'), 5));
    expect(head(1, 'site', 0)).not.toEqual(head(2, 'site', 0));
    expect(head(1, 'site', 0)).not.toEqual(head(1, 'fleet', 0));
    expect(head(1, 'site', 0)).not.toEqual(head(1, 'site', 1));
  });

  it('normal draws have mean about 0 and variance about 1', () => {
    const r = new Random(11, 'normal');
    const n = 50_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = normal(r);
      s += x;
      s2 += x * x;
    }
    expect(Number.isFinite(s2)).toBe(true);
    expect(s / n).toBeCloseTo(0, 1);
    expect(s2 / n - (s / n) ** 2).toBeCloseTo(1, 1);
  });
});
