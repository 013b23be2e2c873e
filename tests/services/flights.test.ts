import { describe, expect, it } from 'vitest';
import { FLIGHT_HOURS } from '../../src/services/catalog.js';
import { flyAirline, type AirlineSite, type FlightKnobs } from '../../src/services/flights.js';
import { makeGrid, openMask, stepMid, type Grid } from '../../src/services/grid.js';
import { HAND_PUBLISH } from '../helpers/handMade.js';

const grid: Grid = makeGrid(HAND_PUBLISH, 8 * 1440);
const NA_EAST = 0;
const open = openMask(grid, NA_EAST, FLIGHT_HOURS);
const STEPS_PER_DAY = (FLIGHT_HOURS.to - FLIGHT_HOURS.from) * 6;
const KNOBS: FlightKnobs = { maxDelayHours: 3, replanShare: 0.15, surgeShare: 0.25 };
const ones = () => new Float64Array(grid.n).fill(1);
/** Output 0 from minute `from` to minute `to`, 1 elsewhere. */
const down = (from: number, to: number) => ones().map((x, k) => (stepMid(grid, k) >= from && stepMid(grid, k) < to ? 0 : x));
const site = (flightsPerDay: number, checkin = ones(), crew = ones()): AirlineSite => ({ flightsPerDay, open, openStepsPerDay: STEPS_PER_DAY, checkin, crew });
const out = () => ({ cancelled: new Float64Array(grid.n), delayMinutes: new Float64Array(grid.n) });
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const openSteps = open.reduce((a, x) => a + x, 0);

describe('flyAirline', () => {
  it('flyAirline: with every service running, the whole schedule flies on time', () => {
    const o = out();
    const r = flyAirline(grid, [site(1000), site(300)], KNOBS, o);
    expect(r.flightsPerDay).toBe(1300);
    expect(r.scheduled).toBeCloseTo((1300 / STEPS_PER_DAY) * openSteps, 6);
    expect(r.cancelled).toBe(0);
    expect(r.delayMinutes).toBe(0);
    expect(sum(o.cancelled)).toBe(0);
    expect(r.from).toBe(r.to);
  });

  it('flyAirline: a stop shorter than the longest delay only delays flights', () => {
    // Down for 90 minutes from 14:00 UTC (10:00 in New York): everything waiting leaves later.
    const o = out();
    const r = flyAirline(grid, [site(1000, down(591, 681))], KNOBS, o);
    expect(r.cancelled).toBe(0);
    expect(r.delayMinutes).toBeGreaterThan(0);
    expect(sum(o.delayMinutes)).toBeCloseTo(r.delayMinutes, 6);
  });

  it('flyAirline: a long stop cancels the flights that could not leave in time, and crews out of position cancel more', () => {
    const o = out();
    const r = flyAirline(grid, [site(1000, ones(), down(0, 20 * 60))], KNOBS, o);
    expect(r.cancelled).toBeGreaterThan(0);
    expect(r.knockOn).toBeGreaterThan(0);
    expect(r.knockOn).toBeLessThan(r.cancelled);
    expect(sum(o.cancelled)).toBeCloseTo(r.cancelled, 6);
    // Cancellations go on after the systems are back (the knock-on), and then stop.
    const lastCancel = Math.max(...Array.from(o.cancelled, (c, k) => (c > 1e-9 ? stepMid(grid, k) : -1)));
    expect(lastCancel).toBeGreaterThan(20 * 60 + 3 * 60);
    expect(lastCancel).toBeLessThan(8 * 1440);
  });

  it('flyAirline: flights are conserved: flown, cancelled or still waiting at the end', () => {
    const o = out();
    const r = flyAirline(grid, [site(800, down(100, 900), down(300, 1500)), site(200, ones(), down(0, 2000))], KNOBS, o);
    expect(r.cancelled).toBeGreaterThan(0);
    expect(r.departed + r.cancelled + r.waiting).toBeCloseTo(r.scheduled, 6);
    const calm = flyAirline(grid, [site(500)], KNOBS, out());
    expect(calm.departed + calm.waiting).toBeCloseTo(calm.scheduled, 6);
  });

  it('flyAirline: faster crew re-planning means fewer knock-on cancellations, and none without any cancellation', () => {
    const crew = down(0, 16 * 60);
    const slow = flyAirline(grid, [site(1000, ones(), crew)], { ...KNOBS, replanShare: 0.05 }, out());
    const fast = flyAirline(grid, [site(1000, ones(), crew)], { ...KNOBS, replanShare: 1 }, out());
    expect(fast.knockOn).toBeLessThan(slow.knockOn);
    expect(fast.cancelled).toBeLessThan(slow.cancelled);
    const quick = flyAirline(grid, [site(1000, down(591, 651))], KNOBS, out());
    expect(quick.knockOn).toBe(0);
  });

  it('flyAirline: a longer acceptable delay cancels fewer flights', () => {
    const checkin = down(0, 10 * 60);
    const short = flyAirline(grid, [site(1000, checkin)], { ...KNOBS, maxDelayHours: 1 }, out());
    const long = flyAirline(grid, [site(1000, checkin)], { ...KNOBS, maxDelayHours: 6 }, out());
    expect(long.cancelled).toBeLessThan(short.cancelled);
  });
});
