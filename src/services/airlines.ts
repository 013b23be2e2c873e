// Airline customers: their schedules, cancellations and delays per step, per UTC day and per
// airline, and what those cost. Each airline's sites are collected as its services are run, then
// the airline is flown as a whole (crews and aircraft are shared between its sites).
import { REGIONS, SECTORS, type Params } from '../engine/types.js';
import { FLIGHT_HOURS } from './catalog.js';
import { flyAirline, type AirlineSite, type FlightSteps } from './flights.js';
import { STEP_MINUTES, stepMs, type Grid } from './grid.js';
import type { ServiceRunner, SiteServiceRun } from './serviceRun.js';

const DAY_MS = 86_400_000;
const AIRLINES = SECTORS.indexOf('airlines');
/** An airline day counts as disrupted when it cancels at least this share of its flights (and at least one); normal days run near 1% (Cirium: Delta 0.8% in June 2024). */
export const DISRUPTED_DAY_SHARE = 0.02;
/** Departure steps per day at a site (its departure hours in ten-minute steps). */
const OPEN_STEPS_PER_DAY = (FLIGHT_HOURS.to - FLIGHT_HOURS.from) * (60 / STEP_MINUTES);

export interface AirlineRow {
  customer: number;
  flightsPerDay: number;
  cancelled: number;
  /** Cancellations because crews and aircraft were out of position (part of `cancelled`). */
  knockOn: number;
  delayMinutes: number;
  /** UTC days on which it cancelled at least DISRUPTED_DAY_SHARE of its flights. */
  daysDisrupted: number;
  /** Last such UTC day (YYYY-MM-DD), or null. */
  lastDisruptedDay: string | null;
  lossUSD: number;
}

export interface DayRow {
  /** UTC date, YYYY-MM-DD (the first day starts at the UTC hour of the publish time). */
  date: string;
  scheduled: number;
  cancelled: number;
}

export interface FlightFigures {
  scheduledPerDay: number;
  scheduled: number;
  cancelled: number;
  knockOn: number;
  delayMinutes: number;
  byDay: DayRow[];
  /** Per step: scheduled and cancelled flights, minutes of delay. */
  steps: FlightSteps & { scheduled: Float64Array };
  /** Airline customers, most flights first. */
  airlines: AirlineRow[];
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class AirlineTally {
  private readonly n: number;
  private readonly dayIndex: Int32Array;
  private readonly nDays: number;
  private readonly firstDayMs: number;
  /** Departure steps per region and UTC day. */
  private readonly openPerDay: Float64Array[];
  /** Flights per departure step, per region, summed over every airline: the schedule. */
  private readonly rate = new Float64Array(REGIONS.length);
  private readonly steps: FlightSteps;
  private readonly scratch: FlightSteps;
  private readonly rows: AirlineRow[] = [];
  private readonly ones: Float64Array;
  /** Output curves of the current airline's services, reused from one airline to the next. */
  private readonly curves: Float64Array[] = [];
  private used = 0;
  private sites: AirlineSite[] = [];
  private regions: number[] = [];
  private lastDisrupted = -1;

  constructor(private readonly g: Grid, private readonly params: Params, private readonly masks: readonly Uint8Array[],
    private readonly sectorLoss: Float64Array, private readonly customerLoss: Float64Array) {
    const n = (this.n = g.n);
    const day0 = Math.floor(stepMs(g, 0) / DAY_MS);
    this.firstDayMs = day0 * DAY_MS;
    this.dayIndex = Int32Array.from({ length: n }, (_, k) => Math.floor(stepMs(g, k) / DAY_MS) - day0);
    this.nDays = this.dayIndex[n - 1]! + 1;
    this.openPerDay = masks.map((m) => {
      const out = new Float64Array(this.nDays);
      for (let k = 0; k < n; k++) if (m[k] === 1) out[this.dayIndex[k]!]!++;
      return out;
    });
    this.steps = { cancelled: new Float64Array(n), delayMinutes: new Float64Array(n) };
    this.scratch = { cancelled: new Float64Array(n), delayMinutes: new Float64Array(n) };
    this.ones = new Float64Array(n).fill(1);
  }

  /** The output of a site's service over the whole grid (1 outside the run's window). */
  private curve(run: SiteServiceRun, runner: ServiceRunner): Float64Array {
    if (run.from >= run.to) return this.ones;
    this.lastDisrupted = Math.max(this.lastDisrupted, run.to - 1);
    if (this.used === this.curves.length) this.curves.push(new Float64Array(this.n));
    const out = this.curves[this.used++]!.fill(1);
    out.set(runner.output.subarray(run.from, run.to), run.from);
    return out;
  }

  /** Check-in and boarding at a new site of the current airline. */
  checkin(region: number, devices: number, run: SiteServiceRun, runner: ServiceRunner): void {
    const c = this.curve(run, runner);
    this.sites.push({
      flightsPerDay: devices / this.params.services.airlines.devicesPerDailyFlight,
      open: this.masks[region]!, openStepsPerDay: OPEN_STEPS_PER_DAY, checkin: c, crew: this.ones,
    });
    this.regions.push(region);
  }

  /** Crew tracking and dispatch at the site last given to `checkin`. */
  crew(run: SiteServiceRun, runner: ServiceRunner): void {
    this.sites[this.sites.length - 1]!.crew = this.curve(run, runner);
  }

  /** Flies the current airline; `share`: the share of such customers whose operations run on the crashed machines. */
  endCustomer(customer: number, share: number): void {
    const { sites, regions } = this;
    this.sites = [];
    this.regions = [];
    const last = this.lastDisrupted;
    this.lastDisrupted = -1;
    this.used = 0;
    if (sites.length === 0) return;
    const flightsPerDay = sites.reduce((a, s) => a + s.flightsPerDay, 0);
    sites.forEach((s, j) => (this.rate[regions[j]!]! += s.flightsPerDay / s.openStepsPerDay));
    const row: AirlineRow = { customer, flightsPerDay, cancelled: 0, knockOn: 0, delayMinutes: 0, daysDisrupted: 0, lastDisruptedDay: null, lossUSD: 0 };
    this.rows.push(row);
    if (last < 0 || share <= 0) return;

    const a = this.params.services.airlines;
    const { scratch, steps, dayIndex } = this;
    scratch.cancelled.fill(0);
    scratch.delayMinutes.fill(0);
    const run = flyAirline(this.g, sites, { maxDelayHours: a.maxDelayHours, replanShare: a.replanShare, surgeShare: this.params.services.surgeShare }, scratch, last);
    const daySched = new Float64Array(this.nDays);
    sites.forEach((s, j) => {
      const perDay = this.openPerDay[regions[j]!]!;
      for (let d = 0; d < this.nDays; d++) daySched[d]! += (s.flightsPerDay / s.openStepsPerDay) * perDay[d]!;
    });
    const dayCanc = new Float64Array(this.nDays);
    const off = AIRLINES * this.n;
    for (let k = run.from; k < run.to; k++) {
      // Expected cancellations and delays over customers whose operations run on the crashed machines.
      const c = share * scratch.cancelled[k]!;
      const d = share * scratch.delayMinutes[k]!;
      steps.cancelled[k]! += c;
      steps.delayMinutes[k]! += d;
      dayCanc[dayIndex[k]!]! += c;
      const loss = c * a.costPerCancellation + d * a.costPerDelayMinute;
      this.sectorLoss[off + k]! += loss;
      row.lossUSD += loss;
    }
    for (let d = 0; d < this.nDays; d++) {
      if (dayCanc[d]! >= 1 && dayCanc[d]! >= DISRUPTED_DAY_SHARE * daySched[d]!) {
        row.daysDisrupted++;
        row.lastDisruptedDay = isoDay(this.firstDayMs + d * DAY_MS);
      }
    }
    row.cancelled = share * run.cancelled;
    row.knockOn = share * run.knockOn;
    row.delayMinutes = share * run.delayMinutes;
    this.customerLoss[customer]! += row.lossUSD;
  }

  result(): FlightFigures {
    const { n, dayIndex } = this;
    const scheduled = new Float64Array(n);
    this.masks.forEach((m, g) => {
      const r = this.rate[g]!;
      if (r > 0) for (let k = 0; k < n; k++) if (m[k] === 1) scheduled[k]! += r;
    });
    const byDay: DayRow[] = Array.from({ length: this.nDays }, (_, d) => ({ date: isoDay(this.firstDayMs + d * DAY_MS), scheduled: 0, cancelled: 0 }));
    for (let k = 0; k < n; k++) {
      byDay[dayIndex[k]!]!.scheduled += scheduled[k]!;
      byDay[dayIndex[k]!]!.cancelled += this.steps.cancelled[k]!;
    }
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const airlines = [...this.rows].sort((x, y) => y.flightsPerDay - x.flightsPerDay || x.customer - y.customer);
    return {
      scheduledPerDay: airlines.reduce((a, x) => a + x.flightsPerDay, 0),
      scheduled: sum(scheduled), cancelled: sum(this.steps.cancelled), knockOn: airlines.reduce((a, x) => a + x.knockOn, 0),
      delayMinutes: sum(this.steps.delayMinutes), byDay, steps: { ...this.steps, scheduled }, airlines,
    };
  }
}
