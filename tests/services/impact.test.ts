import { describe, expect, it } from 'vitest';
import { SECTORS, defaultParams, withOverrides } from '../../src/engine/index.js';
import { serviceImpact } from '../../src/services/impact.js';
import { impactSource, straight, type HandSite } from '../helpers/siteTables.js';

const params = defaultParams();
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
const sector = (im: ReturnType<typeof serviceImpact>, s: string) => im.sectors.find((x) => x.sector === s)!;
const service = (im: ReturnType<typeof serviceImpact>, id: string) => im.services.find((x) => x.id === id)!;

/** A hospital site: every server crashed, back over 20 hours; most workstations back over three days. */
const hospital = (over: Partial<HandSite> = {}): HandSite => ({
  sector: 'healthcare', devices: { server: 100, workstation: 1500, fixed: 400 }, crashed: { server: 95, workstation: 1200 },
  back: { server: straight(60, 1200), workstation: straight(120, 4320) }, ...over,
});

describe('serviceImpact', () => {
  it('serviceImpact: nothing crashed, nothing lost', () => {
    const im = serviceImpact(impactSource([
      { sector: 'healthcare', devices: { server: 10, workstation: 100 } },
      { sector: 'airlines', devices: { server: 100, fixed: 200, workstation: 500 } },
      { sector: 'banking', devices: { server: 50, vm: 50, workstation: 300 } },
    ]), params);
    expect(im.lossUSD).toBe(0);
    expect(im.flights.cancelled).toBe(0);
    expect(im.flights.scheduledPerDay).toBeCloseTo(800 / 19, 9);
    expect(im.hospitals.disrupted).toBe(0);
    expect(im.hospitals.hospitals).toBeCloseTo(0.11, 9);
    expect(Array.from(im.sectorOutput).every((x) => x === 1)).toBe(true);
    for (const s of im.services) expect(sum(s.missing) + s.lostHours + s.affectedUnits).toBe(0);
  });

  it('serviceImpact: hospitals count the impaired hours, the hours on paper and the planned procedures postponed', () => {
    const im = serviceImpact(impactSource([hospital(), hospital({ customer: 1, crashed: {}, back: {} })]), params);
    const h = im.hospitals;
    expect(h.hospitals).toBeCloseTo(4, 9); // 2,000 devices each, 1,000 per hospital
    expect(h.disrupted).toBeCloseTo(2, 9);
    expect(h.shareDisrupted).toBeCloseTo(0.5, 9);
    expect(h.outageHours.p50).toBeGreaterThan(5);
    expect(h.outageHours.p50).toBe(h.outageHours.max);
    expect(h.hoursOnPaper).toBeGreaterThan(0);
    expect(h.proceduresPostponed).toBeGreaterThan(0);
    // No more procedures postponed than two hospitals plan over the run.
    expect(h.proceduresPostponed).toBeLessThan(2 * 30 * 10);
    expect(sum(h.histogram.map((b) => b.units))).toBeCloseTo(2, 9);
  });

  it('serviceImpact: the loss is the cost per hour times the devices times the hours lost, for the share on the crashed machines', () => {
    const site: HandSite = { sector: 'other', devices: { server: 100, workstation: 900 }, crashed: { server: 100, workstation: 800 },
      back: { server: straight(60, 600), workstation: straight(600, 3000) } };
    const im = serviceImpact(impactSource([site]), params);
    const office = service(im, 'office');
    const share = params.services.onWindowsShare.other;
    expect(office.units).toBeCloseTo(10, 9);
    expect(office.affectedUnits).toBeCloseTo(10 * share, 9);
    const lostPerUnit = office.lostHours / office.affectedUnits;
    expect(office.lossUSD).toBeCloseTo((params.services.office.costPerHour! / 1000) * 1000 * share * lostPerUnit, 3);
    expect(sector(im, 'other').lossUSD).toBeCloseTo(office.lossUSD, 3);
    expect(im.lossUSD).toBeCloseTo(office.lossUSD, 3);
    expect(sum(im.customerLoss)).toBeCloseTo(im.lossUSD, 3);
    expect(sum(im.sectorLoss)).toBeCloseTo(im.lossUSD, 3);
    // Doubling the cost per hour doubles the loss and nothing else.
    const twice = serviceImpact(impactSource([site]), withOverrides({ 'services.office.costPerHour': 2 * params.services.office.costPerHour! }));
    expect(twice.lossUSD).toBeCloseTo(2 * im.lossUSD, 3);
    expect(service(twice, 'office').lostHours).toBeCloseTo(office.lostHours, 9);
  });

  it('serviceImpact: customers whose services run elsewhere lose nothing, and are still counted', () => {
    const im = serviceImpact(impactSource([hospital()]), withOverrides({ 'services.onWindowsShare.healthcare': 0 }));
    expect(im.hospitals.hospitals).toBeCloseTo(2, 9);
    expect(im.hospitals.disrupted).toBe(0);
    expect(im.lossUSD).toBe(0);
  });

  it('serviceImpact: dispatch centres that lost their consoles and servers cannot take calls until manual dispatch is set up', () => {
    const psap = (region: 'na-east' | 'europe', crashed: boolean, customer: number): HandSite => ({
      customer, sector: 'emergency', region, devices: { server: 6, fixed: 30, workstation: 24 },
      crashed: crashed ? { server: 6, fixed: 30 } : {}, back: crashed ? { server: straight(200, 400), fixed: straight(300, 900) } : {},
    });
    const im = serviceImpact(impactSource([psap('na-east', true, 0), psap('europe', false, 1)]), withOverrides({ 'services.onWindowsShare.emergency': 1 }));
    const e = im.emergency;
    expect(e.centres).toBeCloseTo(2, 9);
    expect(e.unable).toBeCloseTo(1, 9);
    const east = e.byRegion.find((r) => r.region === 'na-east')!;
    const europe = e.byRegion.find((r) => r.region === 'europe')!;
    expect(europe.unable).toBe(0);
    // Unable from the crash until manual dispatch runs, 30 minutes later (to the ten-minute step).
    expect(east.maxHours).toBeGreaterThanOrEqual(0.5);
    expect(east.maxHours).toBeLessThanOrEqual(0.5 + 1 / 6 + 1e-9);
    expect(e.manualHours).toBeGreaterThan(0);
    // Impaired (unable, then on paper) until the consoles and servers are back: hours, not minutes.
    expect(e.impairedHours.max!).toBeGreaterThan(east.maxHours + 3);
    expect(east.impairedCentreHours).toBeCloseTo(e.impairedHours.max!, 9);
    expect(europe.impairedCentreHours).toBe(0);
    const slow = serviceImpact(impactSource([psap('na-east', true, 0)]), withOverrides({ 'services.onWindowsShare.emergency': 1, 'services.calls.fallbackMinutes': 120 }));
    expect(slow.emergency.hours.max).toBeGreaterThan(east.maxHours + 1.4);
  });

  it('serviceImpact: an airline that lost its systems cancels flights, counted per UTC day and per airline', () => {
    const im = serviceImpact(impactSource([
      { customer: 0, sector: 'airlines', devices: { server: 500, fixed: 1500, workstation: 4000 }, crashed: { server: 480, fixed: 1400, workstation: 3500 },
        back: { server: straight(600, 2400), fixed: straight(900, 4000), workstation: straight(900, 5000) } },
      { customer: 1, sector: 'airlines', region: 'europe', devices: { server: 50, fixed: 100, workstation: 300 } },
    ], 8), params);
    const f = im.flights;
    expect(f.scheduledPerDay).toBeCloseTo(6450 / 19, 9);
    expect(f.cancelled).toBeGreaterThan(0);
    expect(sum(f.byDay.map((d) => d.cancelled))).toBeCloseTo(f.cancelled, 6);
    expect(sum(f.steps.cancelled)).toBeCloseTo(f.cancelled, 6);
    expect(f.byDay[0]!.date).toBe('2024-07-19');
    // Whole days schedule the airlines' daily flights.
    expect(f.byDay[2]!.scheduled).toBeCloseTo(6450 / 19, 6);
    expect(f.airlines.map((a) => a.customer)).toEqual([0, 1]);
    expect(f.airlines[1]!.cancelled).toBe(0);
    expect(f.airlines[0]!.daysDisrupted).toBeGreaterThan(0);
    expect(f.airlines[0]!.lossUSD).toBeCloseTo(sector(im, 'airlines').lossUSD, 3);
    expect(sector(im, 'airlines').lossUSD).toBeCloseTo(
      f.cancelled * params.services.airlines.costPerCancellation + f.delayMinutes * params.services.airlines.costPerDelayMinute, 3);
  });

  it('serviceImpact: sector rows and output series cover every sector; output dips while a service is impaired', () => {
    const im = serviceImpact(impactSource([hospital()]), params);
    expect(im.sectors.map((s) => s.sector)).toEqual([...SECTORS]);
    const n = im.timeMs.length;
    const s = SECTORS.indexOf('healthcare');
    const out = im.sectorOutput.subarray(s * n, (s + 1) * n);
    expect(Math.min(...out)).toBeLessThan(1);
    expect(out[n - 1]).toBe(1);
    expect(im.timeMs[1]! - im.timeMs[0]!).toBe(10 * 60_000);
    expect(new Date(im.timeMs[0]!).toISOString()).toBe('2024-07-19T04:00:00.000Z');
  });

  it('serviceImpact: the Fortune-500-like set is the largest customers at home in North America', () => {
    const big = (customer: number, region: 'na-east' | 'europe', n: number): HandSite => ({
      customer, sector: 'other', region, devices: { workstation: n, server: n / 10 }, crashed: { workstation: n / 2, server: n / 10 },
      back: { server: straight(60, 600), workstation: straight(300, 3000) },
    });
    const im = serviceImpact(impactSource([big(0, 'na-east', 10_000), big(1, 'europe', 50_000), big(2, 'na-east', 2000), big(3, 'na-east', 5000)]),
      withOverrides({ 'services.fortune500Customers': 2 }));
    const f5 = im.fortune500;
    expect(f5.customers).toBe(2);
    expect(f5.devices).toBe(11_000 + 5500);
    expect(f5.lossUSD).toBeCloseTo(im.customerLoss[0]! + im.customerLoss[3]!, 3);
    expect(f5.bySector).toEqual([{ sector: 'other', customers: 2, lossUSD: f5.lossUSD }]);
  });
});
