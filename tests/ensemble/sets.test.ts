// An ensemble drawing from a fit's accepted sets: the set keys come from the sets, resampled by
// weight, deterministically from the ensemble's seed; the other assumptions as before.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/engine/index.js';
import { streamRng } from '../../src/engine/random.js';
import { checkRequest, ensembleRuns, resampleSets, setKeys, variedKeys, type EnsembleSet } from '../../src/ensemble/index.js';

const base = defaultParams();
const SETS: EnsembleSet[] = [
  { values: { 'repair.staffPer1000': 8, 'repair.staffSpread': 1.3 }, weight: 0.1 },
  { values: { 'repair.staffPer1000': 10, 'repair.staffSpread': 1.5 }, weight: 0.6 },
  { values: { 'repair.staffPer1000': 12, 'repair.staffSpread': 1.7 }, weight: 0.3 },
  { values: { 'repair.staffPer1000': 99, 'repair.staffSpread': 0.1 }, weight: 0 },
];

describe('resampleSets', () => {
  it('resampleSets: each set picked its weight share of n times, give or take one; never a set of weight 0', () => {
    for (const n of [1, 7, 10, 33, 100]) {
      const picks = resampleSets(SETS.map((s) => s.weight), n, streamRng(5, 'test'));
      expect(picks).toHaveLength(n);
      const counts = [0, 0, 0, 0];
      for (const p of picks) counts[p]!++;
      expect(counts[3]).toBe(0);
      SETS.forEach((s, i) => expect(Math.abs(counts[i]! - s.weight * n), `n ${n} set ${i}`).toBeLessThan(1 + 1e-9));
    }
  });

  it('resampleSets: the same picks for the same random source, other picks for another', () => {
    const w = Array.from({ length: 50 }, (_, i) => 1 + (i % 7));
    expect(resampleSets(w, 20, streamRng(1, 's'))).toEqual(resampleSets(w, 20, streamRng(1, 's')));
    expect(resampleSets(w, 20, streamRng(2, 's'))).not.toEqual(resampleSets(w, 20, streamRng(1, 's')));
  });
});

describe('ensembleRuns with accepted sets', () => {
  it('the set keys take whole sets (their values together), by weight; the other assumptions still vary', () => {
    const runs = ensembleRuns(base, 3, { runs: 20, vary: 'both', low: 5, high: 95, sets: SETS });
    const pairs = runs.map((r) => `${r.params.repair.staffPer1000}/${r.params.repair.staffSpread}`);
    for (const p of pairs) expect(['8/1.3', '10/1.5', '12/1.7']).toContain(p);
    expect(pairs.filter((p) => p === '10/1.5')).toHaveLength(12);
    expect(pairs.filter((p) => p === '12/1.7')).toHaveLength(6);
    expect(pairs.filter((p) => p === '8/1.3')).toHaveLength(2);
    for (const r of runs) {
      expect(r.values['repair.staffPer1000']).toBe(r.params.repair.staffPer1000);
      expect('crash.fetchPerBoot.workstation' in r.values).toBe(true);
    }
    expect(new Set(runs.map((r) => r.params.crash.fetchPerBoot.workstation)).size).toBeGreaterThan(10);
    expect(runs.map((r) => r.seed)).toEqual(Array.from({ length: 20 }, (_, i) => 3 + i));
  });

  it('deterministic for the ensemble\'s seed; another seed draws the sets in another order', () => {
    const req = { runs: 12, vary: 'assumptions' as const, low: 5, high: 95, sets: SETS, keys: ['repair.staffPer1000'] };
    const a = ensembleRuns(base, 1, req);
    expect(a).toEqual(ensembleRuns(base, 1, req));
    const order = (rs: typeof a) => rs.map((r) => r.params.repair.staffPer1000).join();
    expect(order(ensembleRuns(base, 2, req))).not.toBe(order(a));
    // With only the set keys asked for, nothing else varies.
    for (const r of a) expect(Object.keys(r.values).sort()).toEqual(['repair.staffPer1000', 'repair.staffSpread']);
  });

  it('set keys are drawn from the sets even where the scenario sets them; without sets it holds them', () => {
    const applied = structuredClone(base);
    applied.repair.staffPer1000 = 10;
    applied.repair.staffSpread = 1.5;
    expect(variedKeys(applied, { vary: 'both' })).not.toContain('repair.staffSpread');
    const runs = ensembleRuns(applied, 1, { runs: 10, vary: 'both', low: 5, high: 95, sets: SETS });
    expect(new Set(runs.map((r) => r.params.repair.staffPer1000)).size).toBeGreaterThan(1);
    expect(variedKeys(applied, { vary: 'both', sets: SETS })).not.toContain('repair.staffPer1000');
    expect(setKeys({ vary: 'both', sets: SETS })).toEqual(['repair.staffPer1000', 'repair.staffSpread']);
    expect(setKeys({ vary: 'seed', sets: SETS })).toEqual([]);
  });

  it('checkRequest names what is wrong with the sets', () => {
    expect(checkRequest({ runs: 20, vary: 'both', low: 5, high: 95, sets: SETS })).toEqual([]);
    expect(checkRequest({ runs: 20, vary: 'seed', low: 5, high: 95, sets: SETS })).toEqual(['sets: only used when assumptions vary; got vary "seed"']);
    expect(checkRequest({ runs: 20, vary: 'both', low: 5, high: 95, sets: [] })).toEqual(['sets: got 0; expected 1 to 100000 parameter sets']);
    expect(checkRequest({
      runs: 20, vary: 'both', low: 5, high: 95,
      sets: [
        { values: { 'repair.staffPer1000': 500 }, weight: 1 },
        { values: { 'repair.staffSpread': 1 }, weight: -1 },
        { values: { 'nope.key': 1 }, weight: 1 },
      ],
    })).toEqual([
      'sets[0] repair.staffPer1000: got 500; expected a number from 0.05 to 200',
      'sets[1].weight: got -1; expected a number of at least 0',
      'sets[1]: holds repair.staffSpread; every set must hold repair.staffPer1000',
      'sets[2]: holds nope.key; every set must hold repair.staffPer1000',
    ]);
    expect(checkRequest({ runs: 20, vary: 'both', low: 5, high: 95, sets: [{ values: { 'push.publishAt': 1 }, weight: 1 }] }))
      .toEqual(['sets push.publishAt: a date and time cannot be drawn from sets']);
    expect(checkRequest({ runs: 20, vary: 'both', low: 5, high: 95, sets: [{ values: { 'repair.staffSpread': 1 }, weight: 0 }] }))
      .toEqual(['sets: every weight is 0; at least one set needs a weight above 0']);
  });
});
