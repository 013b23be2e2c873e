import { describe, expect, it } from 'vitest';
import { resultJson } from '../../src/cli/resultJson.js';
import { SECTORS, simulate } from '../../src/engine/index.js';
import { orgRecoveryByDay, summarize } from '../../src/results/index.js';
import { serviceImpact } from '../../src/services/impact.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { smallParams } from '../helpers/params.js';

describe('resultJson', () => {
  it('resultJson puts the summary figures first and survives JSON', () => {
    const params = smallParams({ 'run.horizonDays': 7 });
    const r = simulate(params, 2);
    const s: Scenario = { version: 1, name: 'small', description: '', seed: 2, params: {} };
    const j = resultJson(s, 'abcd1234', r, summarize(r, params), serviceImpact(r, params));
    expect(Object.keys(j).slice(0, 8)).toEqual(['scenario', 'seed', 'paramsHash', 'publishAt', 'fleet', 'exposed', 'crashed', 'peakDown']);
    expect(j.publishAt).toBe('2024-07-19T04:09:00.000Z');
    expect(j.contentEndAt).toBe('2024-07-19T05:27:00.000Z');
    expect(Number.isInteger(j.deviceHoursLost)).toBe(true);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('resultJson adds money, services per sector, flights per UTC day, hospitals and the Fortune-500-like set', () => {
    const params = smallParams({ 'run.horizonDays': 7 });
    const r = simulate(params, 2);
    const s: Scenario = { version: 1, name: 'small', description: '', seed: 2, params: {} };
    const im = serviceImpact(r, params);
    const j = resultJson(s, 'abcd1234', r, summarize(r, params), im);
    expect(j.lossUSD).toBe(Math.round(im.lossUSD));
    expect(j.lossUSD).toBeGreaterThan(0);
    expect(j.bySector.reduce((a, b) => a + b.lossUSD, 0)).toBeCloseTo(j.lossUSD, -2);
    for (const b of j.bySector) {
      expect(Number.isInteger(b.serviceHoursLost)).toBe(true);
      expect(typeof b.serviceUnit).toBe('string');
    }
    expect(Object.keys(j.flightsCancelledByDay)[0]).toBe('2024-07-19');
    expect(Object.keys(j.flightsCancelledByDay)).toHaveLength(8);
    expect(Object.values(j.flightsCancelledByDay).every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect(Object.keys(j.hospitals.outageHours)).toEqual(['p10', 'p50', 'p90', 'max']);
    expect(j.hospitals.shareDisrupted).toBeGreaterThanOrEqual(0);
    expect(j.hospitals.shareDisrupted).toBeLessThanOrEqual(1);
    expect(j.fortune500Like.reported.lossUSD).toBe(5.4e9);
    expect('organisation' in j).toBe(false);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('resultJson lists each sector\'s five largest customers: devices (largest first), crashed and devices per class', () => {
    const params = smallParams({ 'run.horizonDays': 7, 'fleet.windowsSensors': 300_000, 'fleet.customers': 1000 });
    const r = simulate(params, 3);
    const s: Scenario = { version: 1, name: 'small', description: '', seed: 3, params: {} };
    const j = resultJson(s, 'abcd1234', r, summarize(r, params), serviceImpact(r, params));
    expect(j.largestCustomers!.map((x) => x.sector)).toEqual([...SECTORS]);
    for (const { sector, customers } of j.largestCustomers!) {
      expect(customers.length, sector).toBe(5);
      for (let i = 1; i < customers.length; i++) expect(customers[i]!.devices).toBeLessThanOrEqual(customers[i - 1]!.devices);
      for (const c of customers) {
        expect(c.server + c.fixed + c.workstation + c.vm).toBe(c.devices);
        expect(c.crashed).toBeLessThanOrEqual(c.devices);
      }
    }
    // The largest customer of a sector is larger than any customer the sector's mean suggests.
    const top = j.largestCustomers!.find((x) => x.sector === 'other')!.customers[0]!.devices;
    expect(top).toBeGreaterThan(10 * (300_000 / 1000));
  });

  it('resultJson gives the affected organisations and the share of them fully back after 1, 3 and 7 days, overall and by size', () => {
    const params = smallParams({ 'run.horizonDays': 7 });
    const r = simulate(params, 2);
    const s: Scenario = { version: 1, name: 'small', description: '', seed: 2, params: {} };
    const j = resultJson(s, 'abcd1234', r, summarize(r, params), serviceImpact(r, params));
    const o = j.orgsBack!;
    expect(o.affected).toBe(orgRecoveryByDay(r).affected);
    expect(Object.keys(o.afterDays)).toEqual(['1', '3', '7']);
    const byDay = orgRecoveryByDay(r).days;
    for (const d of [1, 3, 7]) expect(o.afterDays[String(d)]).toBe(byDay[d - 1]!.share);
    expect(o.afterDays['1']!).toBeLessThanOrEqual(o.afterDays['3']!);
    expect(o.bySize.map((b) => b.band)).toEqual(['under100', 'from100', 'from1000', 'from10000']);
    expect(o.bySize.reduce((n, b) => n + b.affected, 0)).toBe(o.affected);
    expect(Object.keys(j).indexOf('orgsBack')).toBe(Object.keys(j).indexOf('stillDownAtEnd') + 1);
    // A 2-day run reads only the first day.
    const short = smallParams({ 'run.horizonDays': 2 });
    const r2 = simulate(short, 2);
    expect(Object.keys(resultJson(s, 'abcd1234', r2, summarize(r2, short), serviceImpact(r2, short)).orgsBack!.afterDays)).toEqual(['1']);
  });
});
