import { describe, expect, it } from 'vitest';
import { mergeInto, newAccumulator, prepare, simulate, finish, withOverrides } from '../../src/engine/index.js';
import { runShard, shardSiteCount } from '../../src/worker/shard.js';
import { expectSameResult } from '../helpers/sameResult.js';

const params = withOverrides({ 'fleet.windowsSensors': 40_000, 'fleet.customers': 120, 'run.horizonDays': 4 });

describe('runShard', () => {
  it('shards cover every site exactly once', () => {
    for (const [n, shards, chunk] of [[0, 2, 5], [1, 3, 5], [101, 4, 7], [1000, 1, 200]] as const) {
      let total = 0;
      for (let k = 0; k < shards; k++) total += shardSiteCount(n, k, shards, chunk);
      expect(total).toBe(n);
    }
  });

  it('merged shards equal one whole run, however the work is split (seed 7)', () => {
    const whole = simulate(params, 7);
    for (const [shards, chunk] of [[2, 3], [3, 10], [4, 1]] as const) {
      const preps = Array.from({ length: shards }, () => prepare(params, 7));
      const accs = preps.map((p) => newAccumulator(p));
      preps.forEach((p, k) => runShard(p, accs[k]!, k, shards, chunk));
      for (let k = 1; k < shards; k++) mergeInto(accs[0]!, accs[k]!);
      expectSameResult(finish(preps[0]!, accs[0]!), whole);
    }
  });
});
