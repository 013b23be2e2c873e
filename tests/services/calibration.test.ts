// The service layer on the full July 2024 baseline against what was reported. Tolerances are
// factors of two: the modelled fleet is a random draw of customer sizes (it has no customer of
// Delta's size), and the published totals are themselves estimates (Parametrix's loss is a model
// of revenue lost; other insured-loss estimates range from $0.3B to $1.5B).
import { describe, expect, it } from 'vitest';
import { serviceImpact, type ServiceImpact } from '../../src/services/impact.js';
import { REFERENCE } from '../../src/services/reference.js';
import { baseline } from '../helpers/baseline.js';

const SLOW = 120_000;
let cached: ServiceImpact | null = null;
const impact = (): ServiceImpact => (cached ??= serviceImpact(baseline(1).result, baseline(1).params));

describe('calibration: services on the July 2024 baseline', () => {
  it('serviceImpact(baseline): flights cancelled on 19 Jul and over five days are within a factor of two of the reported', () => {
    const f = impact().flights;
    const day1 = f.byDay.find((d) => d.date === '2024-07-19')!.cancelled;
    expect(day1).toBeGreaterThan(REFERENCE.flightsCancelled19Jul.value / 2);
    expect(day1).toBeLessThan(REFERENCE.flightsCancelled19Jul.value * 2);
    const five = f.byDay.slice(0, 5).reduce((a, d) => a + d.cancelled, 0);
    expect(five).toBeGreaterThan(REFERENCE.crowdstrikeCancellations5Days.value / 2);
    expect(five).toBeLessThan(REFERENCE.crowdstrikeCancellations5Days.value * 2);
    // The worst day is the first or second, and a week later flights run normally again.
    const worst = f.byDay.reduce((a, d, i) => (d.cancelled > f.byDay[a]!.cancelled ? i : a), 0);
    expect(worst).toBeLessThanOrEqual(1);
    expect(f.byDay[7]!.cancelled).toBeLessThan(0.01 * f.byDay[7]!.scheduled);
  }, SLOW);

  it('serviceImpact(baseline): most airlines that cancelled flights recover within a day or two', () => {
    const hit = impact().flights.airlines.filter((a) => a.cancelled >= 1);
    expect(hit.length).toBeGreaterThan(50);
    const quick = hit.filter((a) => a.daysDisrupted <= 2).length;
    expect(quick / hit.length).toBeGreaterThan(0.6);
    // Flights cancelled after five days come from the knock-on of the first ones, and end.
    expect(hit.every((a) => a.daysDisrupted <= 7)).toBe(true);
  }, SLOW);

  it('serviceImpact(baseline): the Fortune-500-like set loses within a factor of two of Parametrix\'s $5.4 billion', () => {
    const f5 = impact().fortune500;
    expect(f5.customers).toBe(298);
    expect(f5.lossUSD).toBeGreaterThan(REFERENCE.fortune500LossUSD.value / 2);
    expect(f5.lossUSD).toBeLessThan(REFERENCE.fortune500LossUSD.value * 2);
    // Healthcare and banking carry a large share of it, as Parametrix found (57% for the two).
    const share = (s: string) => (f5.bySector.find((x) => x.sector === s)?.lossUSD ?? 0) / f5.lossUSD;
    expect(share('healthcare') + share('banking')).toBeGreaterThan(0.35);
  }, SLOW);

  it('serviceImpact(baseline): hospitals, dispatch centres and channels were hit, and the money adds up', () => {
    const im = impact();
    expect(im.hospitals.shareDisrupted).toBeGreaterThan(0.5);
    expect(im.hospitals.outageHours.p50!).toBeGreaterThan(4);
    expect(im.hospitals.outageHours.p50!).toBeLessThan(72);
    expect(im.hospitals.proceduresPostponed).toBeGreaterThan(0);
    expect(im.emergency.unable).toBeGreaterThan(0);
    expect(im.broadcast.channelMinutesOffAir).toBeGreaterThan(0);
    const bySector = im.sectors.reduce((a, s) => a + s.lossUSD, 0);
    expect(im.lossUSD).toBeCloseTo(bySector, 0);
    expect(im.customerLoss.reduce((a, b) => a + b, 0)).toBeCloseTo(im.lossUSD, -3);
    for (const s of im.sectors) expect(s.lossUSD, s.sector).toBeGreaterThan(0);
  }, SLOW);
});
