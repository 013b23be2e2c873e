// The July 2024 baseline at full scale against the published record. The targets (figure, time,
// range, source) are the list in src/calibration/targets.ts, the same the fit and the page read;
// the baseline is asserted on those it is calibrated to hold (heldByBaseline) and the others are
// reported. Full runs take seconds each, so each is computed once (helpers/baseline.ts) and read
// by several tests.
import { describe, expect, it } from 'vitest';
import { evaluateTargets, TARGETS } from '../../src/calibration/index.js';
import { REGIONS } from '../../src/engine/index.js';
import { localClock } from '../../src/engine/clock.js';
import { REGION_INFO } from '../../src/engine/regions.js';
import { valueAt } from '../../src/results/index.js';
import { baseline, scenarioRun } from '../helpers/baseline.js';
import { invariantViolations } from '../helpers/invariants.js';

const SLOW = 120_000;
const PUBLISH = Date.parse('2024-07-19T04:09:00Z');
const HELD = TARGETS.filter((t) => t.heldByBaseline);

describe('calibration: July 2024 baseline, full scale', () => {
  for (const seed of [1, 2, 3]) {
    it(`simulate(defaults, seed ${seed}) meets every target the baseline holds: ${HELD.map((t) => t.id).join(', ')}`, () => {
      const { result, series, summary, params } = baseline(seed);
      expect(result.fleet).toBe(14_550_000);
      expect(HELD.map((t) => t.id)).toEqual(expect.arrayContaining(['crashed', 'sensors-online-25jul', 'no-exposure-outside-window']));
      const fits = evaluateTargets(result, TARGETS, { series });
      for (const f of fits.filter((x) => HELD.some((t) => t.id === x.id))) {
        expect(f.verdict, `${f.id}: model ${f.model}, range ${f.range.join('-')}`).toBe('met');
      }
      // The summary's check point is the 25 July target's time, and reads the same value.
      expect(summary.checkAt).toBe('2024-07-25T12:00:00.000Z');
      expect(fits.find((f) => f.id === 'sensors-online-25jul')!.model).toBe(summary.sensorsOnlineAtCheck);
      expect(invariantViolations(result, params)).toEqual([]);
      const open = fits.filter((f) => !HELD.some((t) => t.id === f.id));
      console.log(`[calibration] seed ${seed}, not yet held: ${open.map((f) => `${f.id} ${f.model?.toFixed(3)} (${f.verdict})`).join('; ')}`);
    }, SLOW);
  }

  it('simulate(defaults): the fall is steep, at least 80% of the crashes within 80 minutes of 04:09', () => {
    const { result, series } = baseline(1);
    // Bins are one minute wide here; valueAt reads the state at a minute.
    expect(valueAt(result, series.crashed, 80) / result.crashed).toBeGreaterThanOrEqual(0.8);
    // and nothing crashes after the revert at 05:27 (78 min)
    expect(valueAt(result, series.crashed, 78)).toBe(result.crashed);
  }, SLOW);

  it('simulate(defaults): devices down peak before 06:00 UTC on 19 July', () => {
    const { summary } = baseline(1);
    expect(Date.parse(summary.peakDownAt)).toBeGreaterThan(PUBLISH);
    expect(Date.parse(summary.peakDownAt)).toBeLessThan(Date.parse('2024-07-19T06:00:00Z'));
    expect(summary.peakDown).toBeGreaterThan(0.9 * summary.crashed);
  }, SLOW);

  it('simulate(defaults): recovery in Australia and New Zealand follows Sydney working hours over the first 3 days', () => {
    const { result } = baseline(1);
    const anz = REGIONS.indexOf('anz');
    const info = REGION_INFO[anz]!;
    const clock = localClock(result.publishAtMs, info.utcOffsetHours, info.weekend);
    let day = 0;
    let night = 0;
    for (let b = 0; b < result.nBins && result.binEdges[b + 1]! <= 72 * 60; b++) {
      const h = clock.hour((result.binEdges[b]! + result.binEdges[b + 1]!) / 2);
      const x = result.recoveredByRegion[anz * result.nBins + b]!;
      if (h >= 8 && h < 22) day += x;
      else night += x;
    }
    expect(day + night).toBeGreaterThan(0);
    // 14 of 24 hours are "day"; working hours should hold far more than that share.
    expect(day / (day + night)).toBeGreaterThan(0.8);
  }, SLOW);

  it('simulate(defaults): a long tail, under 99% of crashed devices back at the check point, 99% after 150 h or later than the run, and over 98% by its end', () => {
    const { summary } = baseline(1);
    expect(summary.crashedRecoveredAtCheck).toBeLessThan(0.99);
    const h = summary.hoursTo;
    // The slowest organisations (thin staff, lost keys, devices where no one is) can take longer
    // than the 14-day run: the tail may end after it, but not with more than 2% still down.
    if (h['99'] !== null) expect(h['99']).toBeGreaterThan(150);
    expect(summary.stillDownAtEnd / summary.crashed).toBeLessThan(0.02);
    expect(h['50']!).toBeLessThan(h['90']!);
    expect(h['90']!).toBeLessThan(h['97']!);
    if (h['99'] !== null) expect(h['97']!).toBeLessThan(h['99']);
  }, SLOW);
});

describe('calibration: what-if scenarios move the right way', () => {
  it('user-mode-agent.json: agents outside the kernel crash no machine', () => {
    const { result, summary } = scenarioRun('user-mode-agent.json');
    expect(result.crashed).toBe(0);
    expect(result.agentOnly).toBe(result.exposed);
    expect(result.exposed).toBeGreaterThan(8_000_000);
    expect(summary.sensorsOnlineAtCheck).toBe(1);
  }, SLOW);

  it('canary-ring.json: the halt fires and under 2% of the baseline crashes happen', () => {
    const { result, summary } = scenarioRun('canary-ring.json');
    expect(result.haltAtMinutes).not.toBeNull();
    expect(summary.haltAt).not.toBeNull();
    expect(Date.parse(summary.haltAt!)).toBeLessThan(Date.parse('2024-07-19T05:27:00Z'));
    expect(result.crashed).toBeGreaterThan(0);
    expect(result.crashed).toBeLessThan(0.02 * baseline(1).result.crashed);
  }, SLOW);

  it('holdback-24h.json: customers holding content back never crash, so fewer devices crash', () => {
    const base = baseline(1).result.crashed;
    const { result } = scenarioRun('holdback-24h.json');
    expect(result.crashed).toBeLessThan(0.7 * base);
    expect(result.crashed).toBeGreaterThan(0.3 * base);
  }, SLOW);

  it('double-staff.json: twice the repair staff reaches 90% recovered earlier', () => {
    const base = baseline(1).summary;
    const { summary } = scenarioRun('double-staff.json');
    expect(summary.crashed).toBe(base.crashed); // same push, same seed
    expect(summary.hoursTo['90']!).toBeLessThan(base.hoursTo['90']!);
    expect(summary.deviceHoursLost).toBeLessThan(base.deviceHoursLost);
  }, SLOW);
});
