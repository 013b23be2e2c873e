// The command line's worker pool: one run split over any number of threads is bit-identical to
// the run on one thread; whole runs come back in job order; closing, aborting and a failing run
// end cleanly, and the pool keeps working after a failure.
import { afterAll, describe, expect, it } from 'vitest';
import { simulate, withOverrides, type Params } from '../../src/engine/index.js';
import { createNodePool, PoolClosedError, type NodePool } from '../../src/cli/pool.js';
import { expectSameResult } from '../helpers/sameResult.js';

const SLOW = 60_000;
const params = withOverrides({ 'fleet.windowsSensors': 60_000, 'fleet.customers': 300, 'run.horizonDays': 6, 'run.checkHours': 100 });
const pools: NodePool[] = [];
const pool = (n: number, chunkSites?: number) => {
  const p = createNodePool(n, { chunkSites });
  pools.push(p);
  return p;
};

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('createNodePool', () => {
  it('pool.run on 1, 2 and 3 workers (chunks of 7 sites) gives simulate()\'s result bit for bit, site table included', async () => {
    const whole = simulate(params, 7);
    for (const n of [1, 2, 3]) {
      const fractions: number[] = [];
      const r = await pool(n, 7).run(params, 7, { onProgress: (f) => fractions.push(f) });
      expectSameResult(r, whole);
      expect(fractions.length, `${n} workers report progress`).toBeGreaterThan(0);
      expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).toBe(true);
      expect(fractions[fractions.length - 1]).toBe(1);
    }
  }, SLOW);

  it('pool.runMany spreads whole runs over 2 workers and returns them in job order', async () => {
    const jobs = [3, 1, 4, 1, 5].map((seed) => ({ params, seed }));
    const seen: number[] = [];
    const p = pool(2);
    const rs = await p.runMany(jobs, { onResult: (i, r) => { seen.push(i); expect(r.seed).toBe(jobs[i]!.seed); } });
    expect(rs.map((r) => r.seed)).toEqual([3, 1, 4, 1, 5]);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    expectSameResult(rs[2]!, simulate(params, 4));
    expectSameResult(rs[1]!, rs[3]!);
    // and the same pool still splits a single run
    expectSameResult(await p.run(params, 9), simulate(params, 9));
  }, SLOW);

  it('pool.runMany with keep: false hands every result to onResult and holds none', async () => {
    const jobs = [2, 7, 2].map((seed) => ({ params, seed }));
    const crashed: number[] = [];
    const rs = await pool(2).runMany(jobs, { keep: false, onResult: (i, r) => { crashed[i] = r.crashed; } });
    expect(rs).toEqual([]);
    expect(crashed).toEqual(jobs.map((j) => simulate(params, j.seed).crashed));
  }, SLOW);

  it('a run that fails in a worker rejects with its message, and the pool runs the next one', async () => {
    const p = pool(2);
    const broken = { ...params, fleet: undefined } as unknown as Params;
    await expect(p.run(broken, 1)).rejects.toThrow(/fleet|undefined/);
    await expect(p.runMany([{ params, seed: 1 }, { params: broken, seed: 2 }])).rejects.toThrow();
    expectSameResult(await p.run(params, 2), simulate(params, 2));
  }, SLOW);

  it('an aborted signal stops the run; close() rejects what is left with PoolClosedError', async () => {
    const p = pool(2);
    const big = withOverrides({ 'fleet.windowsSensors': 4_000_000, 'fleet.customers': 8000 });
    const ctrl = new AbortController();
    const running = p.run(big, 1, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(new Error('stop')), 50);
    await expect(running).rejects.toThrow('stop');
    expectSameResult(await p.run(params, 3), simulate(params, 3));
    const pending = expect(p.runMany([{ params: big, seed: 1 }, { params: big, seed: 2 }, { params: big, seed: 3 }])).rejects.toBeInstanceOf(PoolClosedError);
    await p.close();
    await pending;
    await expect(p.run(params, 1)).rejects.toBeInstanceOf(PoolClosedError);
  }, SLOW);

  it('createNodePool refuses a worker count that is not a whole number of at least 1', () => {
    expect(() => createNodePool(0)).toThrow(RangeError);
    expect(() => createNodePool(1.5)).toThrow(RangeError);
  });
});
