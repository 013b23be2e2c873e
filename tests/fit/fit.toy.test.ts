// The fitter's logic on a toy model whose answer is known by hand (tests/helpers/toyModel.ts).
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/engine/index.js';
import { checkFitOptions, fit, resolveFree, type FitOptions, type FitProgress } from '../../src/fit/index.js';
import { TOY_TARGETS, toyEvaluator, toyResult, toyTarget } from '../helpers/toyModel.js';

const free = () => {
  const f = resolveFree([{ key: 'repair.staffPer1000', min: 1, max: 50 }, { key: 'crash.fetchPerBoot.workstation' }]);
  if (!f.ok) throw new Error(f.errors.join('\n'));
  return f.value;
};
const options = (over: Partial<FitOptions> = {}): FitOptions => ({
  base: defaultParams(), free: free(), targets: TOY_TARGETS, evaluate: toyEvaluator().evaluate, seed: 7, runs: 400, population: 40, ...over,
});
const meets = (v: Record<string, number>) => {
  const r = toyResult({ ...defaultParams(), repair: { ...defaultParams().repair, staffPer1000: v['repair.staffPer1000']! }, crash: { ...defaultParams().crash, fetchPerBoot: { ...defaultParams().crash.fetchPerBoot, workstation: v['crash.fetchPerBoot.workstation']! } } });
  const k = r.recoveredBySector[1]! / 100;
  const k3 = (r.recoveredBySector[1]! + r.recoveredBySector[3]!) / 100;
  return k >= 0.4 && k <= 0.5 && k3 >= 0.8 && k3 <= 0.85;
};

describe('fit on the toy model', () => {
  it('fit(toy, 400 runs): reaches threshold 0; every accepted set meets both targets; weights sum to 1; the best is inside', async () => {
    const res = await fit(options());
    expect(res.epsilon).toBe(0);
    expect(res.stopped).toBe('budget');
    expect(res.runs).toBe(400);
    expect(res.candidates).toBe(400);
    expect(res.accepted.length).toBeGreaterThan(40);
    for (const a of res.accepted) {
      expect(a.distance).toBe(0);
      expect(meets(a.values)).toBe(true);
    }
    expect(res.accepted.reduce((s, a) => s + a.weight, 0)).toBeCloseTo(1, 9);
    expect(res.best!.distance).toBe(0);
    expect(meets(res.best!.values)).toBe(true);
    expect(res.best!.fits.map((f) => f.verdict)).toEqual(['met', 'met']);
    // staffPer1000 is pinned to 7.9-10.1 by the first target.
    const staff = res.posterior.find((p) => p.key === 'repair.staffPer1000')!;
    expect(staff.q05).toBeGreaterThanOrEqual(7.9);
    expect(staff.q95).toBeLessThanOrEqual(10.1);
    expect(staff.q05).toBeLessThan(staff.q50);
    expect(staff.q50).toBeLessThan(staff.q95);
    // The first wave is a Latin hypercube of the population; each later wave adds population - kept.
    expect(res.history[0]!.candidates).toBe(40);
    expect(res.history.slice(1).every((h) => h.candidates === 20)).toBe(true);
    for (let i = 1; i < res.history.length; i++) expect(res.history[i]!.epsilon).toBeLessThanOrEqual(res.history[i - 1]!.epsilon);
  });

  it('fit(toy): the same seed gives the same result; another seed other candidates', async () => {
    const a = await fit(options({ runs: 100 }));
    const b = await fit(options({ runs: 100 }));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = await fit(options({ runs: 100, seed: 8 }));
    expect(JSON.stringify(c.accepted)).not.toBe(JSON.stringify(a.accepted));
  });

  it('fit(toy, unreachable target): the threshold stays above 0 and the fit stops once waves no longer improve', async () => {
    const res = await fit(options({ targets: [toyTarget('impossible', 150, [1.5, 2])], runs: 2000, minAcceptance: 0.05 }));
    expect(res.stopped).toBe('converged');
    expect(res.runs).toBeLessThan(2000);
    expect(res.epsilon).toBeGreaterThan(0);
    expect(res.accepted.length).toBe(20);
    // The nearest the toy can come: 100% back at hour 2, 0.5 short of 1.5, 10 tolerances.
    expect(res.best!.distance).toBeCloseTo(10, 9);
    expect(res.best!.values['repair.staffPer1000']).toBeGreaterThanOrEqual(19.9);
  });

  it('fit(toy): progress after every wave; an abort stops it after the wave in flight, with what it has', async () => {
    const seen: FitProgress[] = [];
    const controller = new AbortController();
    const res = await fit(options({
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.wave === 2) controller.abort();
      },
    }));
    expect(res.stopped).toBe('cancelled');
    expect(seen.map((p) => p.wave)).toEqual([0, 1, 2]);
    expect(seen.map((p) => p.runs)).toEqual([40, 60, 80]);
    expect(seen[0]!.phase).toBe('explore');
    expect(seen.every((p) => p.budget === 400)).toBe(true);
    expect(res.runs).toBe(80);
    expect(res.best).not.toBeNull();
  });

  it('fit(toy, replicates 3): each candidate runs once per seed and the budget counts runs', async () => {
    const ev = toyEvaluator();
    const res = await fit(options({ evaluate: ev.evaluate, replicates: 3, runs: 100, population: 10 }));
    expect(res.seeds.length).toBe(3);
    expect(res.runs).toBe(99);
    expect(res.candidates).toBe(33);
    expect(ev.calls[0]).toBe(30);
    expect(ev.calls.reduce((s, n) => s + n, 0)).toBe(99);
  });

  it('fit: an evaluator returning the wrong number of results is an error', async () => {
    await expect(fit(options({ evaluate: async () => [] }))).rejects.toThrow(/evaluate returned 0 results for 40 runs/);
  });
});

describe('checkFitOptions', () => {
  it('checkFitOptions: names each bad option', () => {
    const e = checkFitOptions(options({ runs: 3, scale: 0, population: 2, seed: -1, targets: [], keepShare: 1 }));
    expect(e.join('\n')).toMatch(/^runs: /m);
    expect(e.join('\n')).toMatch(/^scale: got 0/m);
    expect(e.join('\n')).toMatch(/^population: got 2/m);
    expect(e.join('\n')).toMatch(/^seed: got -1/m);
    expect(e.join('\n')).toMatch(/^targets: no targets/m);
    expect(e.join('\n')).toMatch(/^keepShare: got 1/m);
    expect(checkFitOptions(options())).toEqual([]);
  });

  it('checkFitOptions: a target read after the run ends is refused before anything runs', () => {
    const base = defaultParams();
    base.run.horizonDays = 3;
    const e = checkFitOptions(options({ base, targets: [toyTarget('late', 5 * 1440, [0, 1])] }));
    expect(e).toEqual(['targets late: read 120.0 h after publish, outside the run (0 to 72 h)']);
  });
});
