import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, PARAM_SPECS, defaultParams, getPath } from '../../src/engine/index.js';
import { checkRequest, ensembleRuns, uncertainKeys, variedKeys } from '../../src/ensemble/index.js';

describe('plausible ranges', () => {
  it('every assumption in the registry has a plausible low and high, inside its valid range, with why', () => {
    const missing = PARAM_SPECS.filter((s) => /assumption/i.test(s.source) && !s.plausible).map((s) => s.key);
    expect(missing).toEqual([]);
    for (const s of PARAM_SPECS) {
      if (!s.plausible) continue;
      const { low, high, why } = s.plausible;
      expect(low, s.key).toBeLessThanOrEqual(high);
      expect(low, s.key).toBeGreaterThanOrEqual(s.min);
      expect(high, s.key).toBeLessThanOrEqual(s.max);
      expect(why.length, s.key).toBeGreaterThan(10);
    }
  });
});

describe('ensembleRuns', () => {
  const base = defaultParams();

  it('vary seed: the same parameters with consecutive seeds', () => {
    const runs = ensembleRuns(base, 7, { runs: 5, vary: 'seed', low: 5, high: 95 });
    expect(runs.map((r) => r.seed)).toEqual([7, 8, 9, 10, 11]);
    for (const r of runs) expect(r.params).toEqual(base);
  });

  it('vary assumptions: one seed; each assumption spread over its whole range by a Latin hypercube', () => {
    const n = 20;
    const runs = ensembleRuns(base, 3, { runs: n, vary: 'assumptions', low: 5, high: 95 });
    expect(new Set(runs.map((r) => r.seed))).toEqual(new Set([3]));
    for (const key of uncertainKeys()) {
      const spec = PARAM_BY_KEY.get(key)!;
      const { low, high } = spec.plausible!;
      const values = runs.map((r) => getPath(r.params, key) as number);
      for (const v of values) {
        expect(v).toBeGreaterThanOrEqual(low - (spec.kind === 'integer' ? 0.5 : 1e-9));
        expect(v).toBeLessThanOrEqual(high + (spec.kind === 'integer' ? 0.5 : 1e-9));
      }
      if (spec.kind !== 'integer' && high > low) {
        // One value in each twentieth of the range.
        const strata = new Set(values.map((v) => Math.min(n - 1, Math.floor(((v - low) / (high - low)) * n))));
        expect(strata.size, key).toBe(n);
      }
    }
  });

  it('vary both, only the keys asked for; deterministic for a seed', () => {
    const req = { runs: 8, vary: 'both' as const, keys: ['repair.staffPer1000', 'crash.fetchPerBoot.workstation'], low: 10, high: 90 };
    const a = ensembleRuns(base, 1, req);
    expect(a).toEqual(ensembleRuns(base, 1, req));
    expect(a.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const r of a) {
      expect(Object.keys(r.values).sort()).toEqual(['crash.fetchPerBoot.workstation', 'repair.staffPer1000']);
      expect(r.params.repair.noticeMinutes).toBe(base.repair.noticeMinutes);
    }
    expect(ensembleRuns(base, 2, req)).not.toEqual(a);
  });

  it('checkRequest names what is wrong', () => {
    expect(checkRequest({ runs: 20, vary: 'both', low: 5, high: 95 })).toEqual([]);
    expect(checkRequest({ runs: 1, vary: 'seeds' as never, low: 60, high: 95, keys: ['nope', 'push.canaryShare'] })).toEqual([
      'runs: got 1; expected a whole number from 2 to 1000',
      'vary: got "seeds"; expected seed, assumptions or both',
      'percentiles: got 60 and 95; expected a low below 50 and a high above 50, within 0-100',
      'nope: unknown parameter',
      'push.canaryShare: has no plausible range to vary (not an assumption)',
    ]);
  });

  it('an assumption the scenario sets itself is held at its value, not varied', () => {
    const doubled = structuredClone(base);
    doubled.repair.staffPer1000 = 2 * base.repair.staffPer1000;
    const runs = ensembleRuns(doubled, 1, { runs: 10, vary: 'both', low: 5, high: 95 });
    for (const r of runs) {
      expect(r.params.repair.staffPer1000).toBe(2 * base.repair.staffPer1000);
      expect('repair.staffPer1000' in r.values).toBe(false);
    }
    expect(variedKeys(doubled, { vary: 'both' })).not.toContain('repair.staffPer1000');
    expect(variedKeys(base, { vary: 'both' })).toContain('repair.staffPer1000');
    expect(variedKeys(base, { vary: 'seed' })).toEqual([]);
  });
});
