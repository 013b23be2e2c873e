// Flights of one airline customer through the outage. Each site schedules its share of the
// airline's daily flights evenly over its departure hours. A flight leaves when check-in,
// boarding and dispatch at its site allow (both services' output, with room to catch up at
// `surgeShare` above the schedule); one that cannot leave within `maxDelayHours` is cancelled.
// Each cancellation leaves a crew and an aircraft out of position; until the crew-tracking system
// has re-planned them, that share of the airline's rotations cannot fly either, so more flights
// are cancelled: the knock-on that kept Delta cancelling for days after its machines were back
// (Delta filings, Aug 2024). Re-planning runs at `replanShare` of a day's schedule per day, times
// the crew-tracking service's output.
import { STEP_HOURS, STEP_MINUTES, STEPS_PER_HOUR, type Grid } from './grid.js';

export interface AirlineSite {
  flightsPerDay: number;
  /** 1 in the site's departure steps. */
  open: Uint8Array;
  /** Departure steps per day at the site (for the schedule's rate). */
  openStepsPerDay: number;
  /** Output of check-in and boarding, and of crew tracking, per step over the whole grid. */
  checkin: Float64Array;
  crew: Float64Array;
}

export interface FlightKnobs {
  maxDelayHours: number;
  replanShare: number;
  surgeShare: number;
}

/** Per-step sums the airline adds to (the caller zeroes them per airline or shares them). */
export interface FlightSteps {
  cancelled: Float64Array;
  delayMinutes: Float64Array;
}

export interface AirlineRun {
  flightsPerDay: number;
  scheduled: number;
  cancelled: number;
  /** Cancellations because crews and aircraft were out of position (part of `cancelled`). */
  knockOn: number;
  delayMinutes: number;
  departed: number;
  /** Flights still waiting at the end of the run. */
  waiting: number;
  /** Steps [from, to) in which flights were cancelled or delayed (from = to when none were). */
  from: number;
  to: number;
}

/**
 * Runs one airline over the grid, adding its flights into `out` (which it does not clear).
 * `lastDisrupted`: last step at which any site's services were below normal; once past it with
 * nobody waiting and no crews out of position, the schedule simply runs.
 */
export function flyAirline(g: Grid, sites: readonly AirlineSite[], k: FlightKnobs, out: FlightSteps, lastDisrupted = g.n - 1): AirlineRun {
  const F = sites.reduce((a, s) => a + s.flightsPerDay, 0);
  const run: AirlineRun = { flightsPerDay: F, scheduled: 0, cancelled: 0, knockOn: 0, delayMinutes: 0, departed: 0, waiting: 0, from: g.n, to: 0 };
  if (F <= 0) return run;
  const maxAge = Math.max(1, Math.round(k.maxDelayHours * STEPS_PER_HOUR));
  // Waiting flights per site by age in steps: queue[site][age], age 0 = scheduled this step.
  const queues = sites.map(() => new Float64Array(maxAge + 1));
  const rates = sites.map((s) => (s.openStepsPerDay > 0 ? s.flightsPerDay / s.openStepsPerDay : 0));
  const replanPerStep = (k.replanShare * F * STEP_HOURS) / 24;
  let pool = 0; // flights' worth of crews and aircraft out of position
  const oldest = new Int32Array(sites.length).fill(-1); // highest age holding flights, per site
  for (let t = 0; t < g.n; t++) {
    let waiting = false;
    for (let i = 0; i < sites.length; i++) if (oldest[i]! > 0) waiting = true;
    if (t > lastDisrupted && pool === 0 && !waiting) {
      // Systems back, nobody waiting, every crew in place: the rest of the schedule just flies.
      for (let u = t; u < g.n; u++) {
        for (let i = 0; i < sites.length; i++) {
          if (sites[i]!.open[u] !== 1) continue;
          run.scheduled += rates[i]!;
          run.departed += rates[i]!;
        }
      }
      break;
    }
    const before = run.cancelled + run.delayMinutes;
    const knockShare = Math.min(1, pool / F);
    let crewCap = 0;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i]!;
      const q = queues[i]!;
      crewCap += site.flightsPerDay * site.crew[t]!;
      const open = site.open[t] === 1;
      const sched = open ? rates[i]! : 0;
      if (sched > 0) {
        const knock = sched * knockShare;
        run.knockOn += knock;
        run.cancelled += knock;
        out.cancelled[t]! += knock;
        run.scheduled += sched;
        q[0]! += sched - knock;
        if (oldest[i]! < 0) oldest[i] = 0;
      }
      let top = oldest[i]!;
      if (top < 0) continue; // nobody waiting here
      // Departures this step, oldest first.
      let cap = open ? Math.min(site.checkin[t]!, site.crew[t]!) * (1 + k.surgeShare) * rates[i]! : 0;
      for (let a = top; a >= 0 && cap > 0; a--) {
        const take = Math.min(q[a]!, cap);
        if (take <= 0) continue;
        q[a]! -= take;
        cap -= take;
        run.departed += take;
        const late = take * a * STEP_MINUTES;
        run.delayMinutes += late;
        out.delayMinutes[t]! += late;
      }
      // Flights that reached the longest acceptable delay are cancelled; the rest wait a step more.
      const expired = q[maxAge]!;
      if (expired > 0) {
        run.cancelled += expired;
        out.cancelled[t]! += expired;
        pool += expired;
      }
      q.copyWithin(1, 0, maxAge);
      q[0] = 0;
      top = Math.min(top + 1, maxAge);
      while (top >= 0 && !(q[top]! > 0)) top--;
      oldest[i] = top;
    }
    pool = Math.max(0, pool - replanPerStep * (crewCap / F));
    if (run.cancelled + run.delayMinutes > before) {
      if (t < run.from) run.from = t;
      run.to = t + 1;
    }
  }
  if (run.from > run.to) run.from = run.to;
  for (const q of queues) for (let a = 0; a < q.length; a++) run.waiting += q[a]!;
  return run;
}
