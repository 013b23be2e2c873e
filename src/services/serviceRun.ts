// One service at one site through the outage, step by step: the capacity its devices allow, the
// manual fallback, the output, and the backlog of work that waited. Outside the window it returns,
// the service runs normally.
//
// capacity  = min over the classes it needs of a ramp on the share of those devices up:
//             0 below `stopBelow`, 1 from `fullAt`, straight in between (core and front thresholds);
// manual    = set up `fallbackMinutes` after capacity first drops below the fallback level, and
//             kept until systems are back (people do not switch back and forth);
// output    = capacity, or the fallback level while manual work runs and delivers more;
// backlog   = in open hours, `deferShare` of the work not done waits; it is worked off at
//             `surgeShare` of the output on top of normal work, so the service is busy catching up
//             after its devices are back.
import { STOPPED_BELOW } from './catalog.js';
import type { DownCurve } from './downCurve.js';
import { STEP_HOURS, stepAfter, stepMid, stepStart, type Grid } from './grid.js';

export const NORMAL = 0;
export const DEGRADED = 1;
export const MANUAL = 2;
export const STOPPED = 3;
export const CATCHING_UP = 4;
export const STATES = ['normal', 'degraded', 'manual', 'stopped', 'catchingUp'] as const;

export interface Dependency {
  curve: DownCurve;
  stopBelow: number;
  fullAt: number;
}

export interface ServiceKnobs {
  fallbackLevel: number;
  fallbackMinutes: number;
  deferShare: number;
  surgeShare: number;
}

export interface SiteServiceRun {
  /** Steps [from, to) where the service was not normal; outside, it ran normally. */
  from: number;
  to: number;
  /**
   * From this step to `to`, the devices are back and only the backlog is worked off: capacity and
   * output are 1 and the state is catching up, but for the last step when the backlog ran out in
   * it (then normal). Days of a run's steps are this tail, so the tallies treat it in a loop of
   * its own instead of testing every step's output and state.
   */
  catchUpFrom: number;
  /** Open hours of full service lost: the sum of (1 - output) over open hours. */
  lostHours: number;
  /** Hours (around the clock) with capacity below normal: systems impaired, on paper or not. */
  impairedHours: number;
  /** Open hours with output below STOPPED_BELOW of normal. */
  stoppedHours: number;
  /** Hours on manual fallback. */
  manualHours: number;
  /** Minutes after publish when it was back to normal (devices back, backlog worked off); -Infinity if never disrupted, Infinity if not within the run. */
  normalAt: number;
  /** Minutes after publish from which every class it needs was back above its full threshold; -Infinity if none ever fell below. */
  devicesBackAt: number;
}

/** Capacity a dependency allows with share `a` of its devices up. */
export function ramp(a: number, stopBelow: number, fullAt: number): number {
  if (a >= fullAt) return 1;
  if (a <= stopBelow) return 0;
  return (a - stopBelow) / (fullAt - stopBelow);
}

const UNDISRUPTED: SiteServiceRun = {
  from: 0, to: 0, catchUpFrom: 0, lostHours: 0, impairedHours: 0, stoppedHours: 0, manualHours: 0, normalAt: -Infinity, devicesBackAt: -Infinity,
};

/** Scratch arrays over the grid, reused for every site; valid in [from, to) of the last run. */
export class ServiceRunner {
  readonly capacity: Float64Array;
  readonly output: Float64Array;
  readonly state: Uint8Array;
  readonly backlog: Float64Array;

  // Per-dependency state of the current run (at most one entry per device class).
  private readonly knotT: Float64Array[] = [];
  private readonly knotUp: Float64Array[] = [];
  private readonly knotSlope: Float64Array[] = [];
  private readonly knotN = new Int32Array(8);
  private readonly knotAt = new Int32Array(8);
  private readonly stopBelow = new Float64Array(8);
  private readonly fullAt = new Float64Array(8);
  private readonly rampScale = new Float64Array(8);
  private readonly firstAt = new Float64Array(8);

  constructor(readonly grid: Grid) {
    this.capacity = new Float64Array(grid.n);
    this.output = new Float64Array(grid.n);
    this.state = new Uint8Array(grid.n);
    this.backlog = new Float64Array(grid.n);
  }

  run(deps: readonly Dependency[], k: ServiceKnobs, open: Uint8Array): SiteServiceRun {
    const g = this.grid;
    let first = Infinity;
    let last = -Infinity;
    let devicesBackAt = -Infinity;
    // The dependencies that ever fall short, as flat per-dependency state for the step loop.
    let nd = 0;
    const { knotT, knotUp, knotSlope, knotN, knotAt, stopBelow, fullAt, rampScale, firstAt } = this;
    for (let j = 0; j < deps.length; j++) {
      const d = deps[j]!;
      const c = d.curve;
      if (c.crashedShare === 0 || 1 - c.crashedShare >= d.fullAt) continue; // never short of this class
      first = Math.min(first, c.firstCrash);
      last = Math.max(last, c.firstCrash);
      devicesBackAt = Math.max(devicesBackAt, c.availableFrom(d.fullAt));
      knotT[nd] = c.t;
      knotUp[nd] = c.up;
      knotSlope[nd] = c.slope;
      knotN[nd] = c.nKnots;
      knotAt[nd] = 0;
      stopBelow[nd] = d.stopBelow;
      fullAt[nd] = d.fullAt;
      rampScale[nd] = 1 / (d.fullAt - d.stopBelow);
      firstAt[nd] = c.firstCrash;
      nd++;
    }
    if (nd === 0) return UNDISRUPTED;

    const { capacity, output, state, backlog } = this;
    const level = k.fallbackLevel;
    const defer = k.deferShare;
    const surge = k.surgeShare;
    let belowSince = Infinity;
    let B = 0;
    let lost = 0;
    let impaired = 0;
    let stopped = 0;
    let manualH = 0;
    const from = stepAfter(g, first);
    let to = g.n;
    let normalAt = Infinity;
    let s = from;
    for (; s < g.n; s++) {
      const t = stepMid(g, s);
      let c = 1;
      for (let j = 0; j < nd; j++) {
        if (t < firstAt[j]!) continue;
        const ts = knotT[j]!;
        const up = knotUp[j]!;
        const slope = knotSlope[j]!;
        const lastKnot = knotN[j]! - 1;
        let p = knotAt[j]!;
        while (p < lastKnot && ts[p + 1]! <= t) p++;
        knotAt[j] = p;
        const a = up[p]! + slope[p]! * (t - ts[p]!); // share up, on the straight line from knot p
        if (a < fullAt[j]!) {
          const x = a <= stopBelow[j]! ? 0 : (a - stopBelow[j]!) * rampScale[j]!;
          if (x < c) c = x;
        }
      }
      if (t > last && c >= 1) break; // devices are back for good: only the backlog is left
      if (c < level && belowSince === Infinity) belowSince = t;
      const manual = level > 0 && t >= belowSince + k.fallbackMinutes;
      const o = manual && level > c ? level : c;
      if (open[s] === 1) {
        const drain = B > 0 ? surge * o : 0;
        B = Math.max(0, B + (defer * (1 - o) - drain) * STEP_HOURS);
        lost += (1 - o) * STEP_HOURS;
        if (o < STOPPED_BELOW) stopped += STEP_HOURS;
      }
      if (c < 1) impaired += STEP_HOURS;
      let st = NORMAL;
      if (o < STOPPED_BELOW) st = STOPPED;
      else if (manual && level > c) {
        st = MANUAL;
        manualH += STEP_HOURS;
      } else if (c < 1) st = DEGRADED;
      else if (B > 0) st = CATCHING_UP;
      capacity[s] = c;
      output[s] = o;
      state[s] = st;
      backlog[s] = B;
    }
    // Working off the backlog at full output, in opening hours.
    const catchUpFrom = s;
    const drain = surge * STEP_HOURS;
    for (; s < g.n; s++) {
      if (B <= 0) {
        to = s;
        normalAt = stepStart(g, s);
        break;
      }
      if (open[s] === 1) B = Math.max(0, B - drain);
      state[s] = B > 0 ? CATCHING_UP : NORMAL;
      backlog[s] = B;
    }
    capacity.fill(1, catchUpFrom, to);
    output.fill(1, catchUpFrom, to);
    return { from, to, catchUpFrom, lostHours: lost, impairedHours: impaired, stoppedHours: stopped, manualHours: manualH, normalAt, devicesBackAt };
  }
}
