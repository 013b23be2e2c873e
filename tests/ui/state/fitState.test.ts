import { describe, expect, it } from 'vitest';
import { defaultParams, withOverrides } from '../../../src/engine/index.js';
import { TARGETS } from '../../../src/calibration/targets.js';
import type { FitResult } from '../../../src/fit/index.js';
import { baselineScenario } from '../../../src/scenario/scenario.js';
import {
  acceptedSets, defaultRange, fitHash, fitIsStale, idleFit, pagePopulation, readFitForm, readFreeRows, targetsOutsideRun, type FitOutcome,
} from '../../../src/ui/state/fitState.js';
import { PARAM_BY_KEY } from '../../../src/engine/params.js';

const base = baselineScenario();
const params = defaultParams();
const ids = TARGETS.map((t) => t.id);

const outcome = (accepted: FitResult['accepted']): FitOutcome => ({
  request: { free: [{ key: 'repair.staffPer1000', min: 7, max: 16, log: false, integer: false }], targets: ids, runs: 40, scale: 0.1, replicates: 1, seed: 1, population: 13 },
  result: { accepted } as FitResult,
});

describe('fitHash and staleness', () => {
  it('fitHash: the free parameters and the seed do not count; any other parameter does', () => {
    const h = fitHash(base, ['repair.staffPer1000']);
    expect(fitHash({ ...base, seed: 9, params: { ...base.params, 'repair.staffPer1000': 12.5 } }, ['repair.staffPer1000'])).toBe(h);
    expect(fitHash({ ...base, params: { ...base.params, 'push.revertMinutes': 30 } }, ['repair.staffPer1000'])).not.toBe(h);
    expect(fitHash({ ...base, params: { ...base.params, 'repair.staffPer1000': 12.5 } }, [])).not.toBe(fitHash(base, []));
  });

  it('fitIsStale: a result for another scenario is stale; none is not', () => {
    const done = { ...idleFit(), status: 'done' as const, result: outcome([]), forHash: fitHash(base, ['repair.staffPer1000']) };
    expect(fitIsStale(done, base)).toBe(false);
    expect(fitIsStale(done, { ...base, params: { ...base.params, 'repair.staffPer1000': 3 } })).toBe(false);
    expect(fitIsStale(done, { ...base, params: { ...base.params, 'push.revertMinutes': 30 } })).toBe(true);
    expect(fitIsStale(idleFit(), base)).toBe(false);
  });

  it('acceptedSets: the sets with weight, their keys, and the scenario they were made for; null without any', () => {
    const s = acceptedSets(outcome([
      { values: { 'repair.staffPer1000': 9 }, distance: 0, weight: 0.75 },
      { values: { 'repair.staffPer1000': 11 }, distance: 0, weight: 0.25 },
      { values: { 'repair.staffPer1000': 40 }, distance: 0, weight: 0 },
    ]), base)!;
    expect(s.keys).toEqual(['repair.staffPer1000']);
    expect(s.sets).toEqual([{ values: { 'repair.staffPer1000': 9 }, weight: 0.75 }, { values: { 'repair.staffPer1000': 11 }, weight: 0.25 }]);
    expect(s.forHash).toBe(fitHash(base, ['repair.staffPer1000']));
    expect(acceptedSets(outcome([]), base)).toBeNull();
  });
});

describe('the form', () => {
  it('pagePopulation: 40 for the default budget, a third of the candidates for small ones, never below 4', () => {
    expect(pagePopulation(240, 2)).toBe(40);
    expect(pagePopulation(60, 2)).toBe(10);
    expect(pagePopulation(20, 1)).toBe(8);
    expect(pagePopulation(8, 2)).toBe(4);
  });

  it('defaultRange: the plausible range if any, else the registry range', () => {
    expect(defaultRange(PARAM_BY_KEY.get('repair.staffPer1000')!)).toEqual({ min: 7, max: 16 });
    expect(defaultRange(PARAM_BY_KEY.get('push.revertMinutes')!)).toEqual({ min: 1, max: 20160 });
  });

  it('readFreeRows: ranges as free parameters; a bad box names the parameter and which end', () => {
    const ok = readFreeRows([{ key: 'repair.staffPer1000', min: '7', max: '16' }, { key: 'repair.staffSpread', min: ' 1.2', max: '1.9 ' }], params);
    expect(ok).toEqual({ ok: true, value: [
      { key: 'repair.staffPer1000', min: 7, max: 16, log: false, integer: false },
      { key: 'repair.staffSpread', min: 1.2, max: 1.9, log: false, integer: false },
    ] });
    const bad = readFreeRows([
      { key: 'repair.staffPer1000', min: '16', max: '7' },
      { key: 'repair.staffSpread', min: '', max: 'x' },
      { key: 'crash.fetchPerBoot.workstation', min: '0.1', max: '3' },
    ], params);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => [e.path, e.code, e.values['bound'] ?? null])).toEqual([
      ['repair.staffSpread', 'param.empty', 'min'],
      ['repair.staffSpread', 'param.notANumber', 'max'],
      ['repair.staffPer1000', 'free.emptyRange', null],
      ['crash.fetchPerBoot.workstation', 'free.bound', 'max'],
    ]);
  });

  it('readFreeRows: a ticked row whose boxes are both refused gives their problems, not "no free parameters"', () => {
    const r = readFreeRows([{ key: 'repair.staffPer1000', min: '', max: '16' }], params);
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['param.empty']);
    expect(readFreeRows([], params)).toMatchObject({ ok: false, errors: [{ code: 'free.none' }] });
  });

  it('readFreeRows: a range the page could not run (a fleet over its size) is refused at its max', () => {
    const r = readFreeRows([{ key: 'fleet.windowsSensors', min: '1000000', max: '100000000' }], params);
    expect(!r.ok && r.errors.map((e) => [e.path, e.code, e.values['bound']])).toEqual([['fleet.windowsSensors', 'browser.tooManySensors', 'max']]);
  });

  it('readFitForm: budget, scale, replicates, seed and targets checked; each problem names its box', () => {
    const good = { runs: '24', scale: '0.05', replicates: '1', seed: '7', targets: ids };
    expect(readFitForm(good, params)).toEqual({ ok: true, value: { runs: 24, scale: 0.05, replicates: 1, seed: 7, targets: ids } });
    const r = readFitForm({ runs: '6', scale: '1.5', replicates: '2', seed: '-1', targets: [] }, params);
    expect(!r.ok && r.errors).toEqual([
      { field: 'seed', got: '-1' }, { field: 'scale', got: '1.5' }, { field: 'runs', got: '6' }, { field: 'targets', got: '' },
    ]);
  });

  it('targetsOutsideRun: targets read after a shorter run ends', () => {
    expect(targetsOutsideRun(params, ids)).toEqual([]);
    expect(targetsOutsideRun(withOverrides({ 'run.horizonDays': 2, 'run.checkHours': 24 }), ids)).toEqual(['sensors-online-25jul', 'sevco-monday-evening', 'floor-monday-evening']);
  });
});
