// A fit is the same for a seed however the evaluator spreads the work: here one evaluator runs a
// batch in order on one thread, the other runs it backwards and splits every simulation into two
// chunks of sites merged afterwards (as a worker pool does).
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/calibration/index.js';
import { finish, mergeInto, newAccumulator, prepare, runSites, withOverrides, type SimResult } from '../../src/engine/index.js';
import { fit, resolveFree, sequentialEvaluate, type Evaluate, type FitOptions } from '../../src/fit/index.js';

const SLOW = 120_000;

const chunkedBackwards: Evaluate = async (batch) => {
  const out: SimResult[] = new Array(batch.length);
  for (let i = batch.length - 1; i >= 0; i--) {
    const prep = prepare(batch[i]!.params, batch[i]!.seed);
    const half = Math.floor(prep.fleet.nSites / 2);
    const a = newAccumulator(prep);
    const b = newAccumulator(prep);
    runSites(prep, half, prep.fleet.nSites, b);
    runSites(prep, 0, half, a);
    mergeInto(a, b);
    out[i] = finish(prep, a);
    await Promise.resolve();
  }
  return out;
};

const options = (evaluate: Evaluate, seed = 11): FitOptions => {
  const free = resolveFree([{ key: 'repair.staffPer1000', min: 1, max: 30 }, { key: 'repair.noticeMinutes', min: 0, max: 600 }]);
  if (!free.ok) throw new Error(free.errors.join('\n'));
  return {
    base: withOverrides({ 'run.horizonDays': 7 }), free: free.value, targets: TARGETS, evaluate, seed,
    runs: 12, population: 4, replicates: 2, scale: 0.01,
  };
};

describe('fit determinism', () => {
  it('fit(seed 11): one thread in order and chunked runs in reverse give the same result, bit for bit', async () => {
    const a = await fit(options(sequentialEvaluate));
    const b = await fit(options(chunkedBackwards));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.runs).toBe(12);
    expect(a.seeds.length).toBe(2);
    expect(a.best).not.toBeNull();
  }, SLOW);

  it('fit(seed 12) differs from fit(seed 11): other candidates and other seeds', async () => {
    const a = await fit(options(sequentialEvaluate, 11));
    const c = await fit(options(sequentialEvaluate, 12));
    expect(c.seeds).not.toEqual(a.seeds);
    expect(JSON.stringify(c.accepted)).not.toBe(JSON.stringify(a.accepted));
  }, SLOW);
});
