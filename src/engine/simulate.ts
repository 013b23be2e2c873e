// One run of the model. `prepare` builds everything shared by all sites (the fleet, the push
// plan, work-hour curves); `runSites` simulates a range of sites into an accumulator; `finish`
// turns the accumulator into a SimResult. Each site draws from its own random stream, and the
// accumulator holds only integer counts, so any split of sites into chunks or workers gives the
// same result bit for bit.
import { makeBins, type Bins } from './bins.js';
import { BootCount } from './bootCount.js';
import { CAP_STEP, capacityCurves, flatCurve, nextOpenIndex, type CapacityCurve } from './capacity.js';
import { localClock, type LocalClock } from './clock.js';
import { buildFleet, type Fleet } from './fleet.js';
import { atMinutes } from './never.js';
import { onCurve, onShare, type OnCurve } from './availability.js';
import { groupIndex, planPush, type PushPlan } from './push.js';
import { groupOf } from './groups.js';
import { streamKey, type StreamKey } from './random.js';
import { SiteRunner } from './site.js';
import { REGION_INFO } from './regions.js';
import { BACK_SHARES, CLASSES, REGIONS, SECTORS, type Params, type SimResult } from './types.js';

const NC = CLASSES.length;
const NS = SECTORS.length;
const NR = REGIONS.length;

export interface Prepared {
  params: Params;
  seed: number;
  publishAtMs: number;
  horizon: number;
  bins: Bins;
  fleet: Fleet;
  plan: PushPlan;
  clocks: LocalClock[];
  /** Who is switched on when, per class (CLASSES order). */
  onCurves: OnCurve[];
  /** Onsite work-hour curves with normal hours throughout, index region * NS + sector. */
  onsiteCurves: CapacityCurve[];
  /** The same with crisis hours throughout; a site uses them during its crisis (SiteCurve). */
  crisisCurves: CapacityCurve[];
  /** Grid steps a site's crisis lasts (repair.crisisDays). */
  crisisSteps: number;
  cloudCurve: CapacityCurve;
  /** Next grid step someone is at a desk in normal hours and in crisis hours (index region), or at a fixed endpoint. */
  deskOpen: Int32Array[];
  deskOpenCrisis: Int32Array[];
  fixedOpen: Int32Array[];
  /** Minutes after publish from which the known-bad list is out (Infinity: never). */
  knownBad: number;
  /** Minutes after publish from which stuck devices can be fixed over the network (Infinity: never). */
  networkFrom: number;
  /** Minutes after publish of the USB tool and of automated remediation (Infinity: never). */
  usbToolAt: number;
  autoRemediationAt: number;
  /** Repair staff multiplier per sector. */
  surge: Float64Array;
  selfChance: Float64Array;
  /** Reboots until the fetch, per class, for a device that recovers by rebooting. */
  bootCounts: BootCount[];
  maxSite: number;
  /** Key of the per-site random streams. */
  siteKey: StreamKey;
}

export interface Accumulator {
  exposed: number;
  crashed: number;
  selfRecovered: number;
  autoRemediated: number;
  reimaged: number;
  agentOnly: number;
  agentOnlyRecovered: number;
  stillDown: number;
  /**
   * Exposures of devices whose agent runs in user mode, per [region][bin] (they do not crash);
   * every other exposure is a crash, so `finish` adds these to the crashes per region.
   */
  agentExposedByRegion: Int32Array;
  /** Agents back online after an agent-only failure, per [region][bin]. */
  agentRecoveredByRegion: Int32Array;
  /**
   * Crashes and recoveries per (sector, region, class) group and bin, flattened
   * [groupOf(sector, region, class)][bin]: one write per event; `finish` sums the marginals.
   */
  crashedByGroup: Int32Array;
  recoveredByGroup: Int32Array;
  /** Whole minutes down, summed per sector (integers keep sums independent of order). */
  sectorDownMinutes: Float64Array;
  regionExposed: Float64Array;
  regionCrashed: Float64Array;
  sectorCrashed: Float64Array;
  classCrashed: Float64Array;
  /**
   * Per-site outcomes (SiteTable): each site is written by exactly one runner and left at 0
   * elsewhere, so accumulators merge by addition like the counts above.
   */
  siteCrashed: Int32Array;
  siteFirstCrash: Float32Array;
  siteBackAt: Float32Array;
}

/**
 * `given`: simulate these sites (one organisation's fleet) instead of the generated customers.
 * The push plan is the vendor's over its whole customer base either way: rings and the
 * automatic halt, which reads crash telemetry from every customer, come from the generated fleet.
 */
export function prepare(params: Params, seed: number, given?: Fleet): Prepared {
  const publishAtMs = Date.parse(params.push.publishAt);
  const horizon = params.run.horizonDays * 1440;
  const bins = makeBins(horizon);
  const world = buildFleet(params, seed);
  const fleet = given ?? world;
  const clocks = regionClocks(publishAtMs);

  const groupCounts = new Float64Array(NR * NC * 2);
  for (let s = 0; s < world.nSites; s++) {
    for (let c = 0; c < NC; c++) {
      groupCounts[groupIndex(world.siteRegion[s]!, c, world.siteHoldback[s]!)]! += world.siteDevices[s * NC + c]!;
    }
  }
  const onCurves = CLASSES.map((c) => onCurve(params.fleet, c));
  const plan = planPush(params.push, params.fleet.eligibleShare, clocks, groupCounts, onCurves, horizon, params.crash.knownBadDelayMinutes);

  const r = params.repair;
  const v = params.vendor;
  const usbToolAt = atMinutes(v.usbToolHours, 60);
  const nightShares = SECTORS.map((s) => r.nightShare[s]);
  const hours = { repair: r, speedupFrom: usbToolAt, speedup: v.usbToolSpeedup };
  const onsiteCurves = clocks.flatMap((clock) => capacityCurves(clock, horizon, hours, nightShares, false));
  const crisisCurves = clocks.flatMap((clock) => capacityCurves(clock, horizon, hours, nightShares, true));
  const steps = Math.ceil(horizon / CAP_STEP) + 1;
  const deskOpen = clocks.map((clock) => nextOpenIndex(steps, (t) => {
    const h = clock.hour(t);
    return !clock.isWeekend(t) && h >= r.workdayStartHour && h < r.workdayEndHour;
  }));
  const deskOpenCrisis = clocks.map((clock) => nextOpenIndex(steps, (t) => {
    const h = clock.hour(t);
    return h >= r.crisisStartHour && h < r.crisisEndHour;
  }));
  // Shops, clinics and gates are staffed every day of the week.
  const { endpointAttendedFromHour: attendedFrom, endpointAttendedToHour: attendedTo } = params.crash;
  const fixedOpen = clocks.map((clock) => nextOpenIndex(steps, (t) => {
    const h = clock.hour(t);
    return h >= attendedFrom && h < attendedTo;
  }));

  const c = params.crash;
  const selfChance = Float64Array.from(CLASSES, (k) => 1 - Math.pow(1 - c.fetchPerBoot[k], c.rebootsTried[k]));
  const bootCounts = bootCountsFor(params, selfChance);
  let maxSite = 0;
  for (let s = 0; s < fleet.nSites; s++) {
    let n = 0;
    for (let k = 0; k < NC; k++) n += fleet.siteDevices[s * NC + k]!;
    maxSite = Math.max(maxSite, n);
  }
  return {
    params, seed, publishAtMs, horizon, bins, fleet, plan, clocks, onCurves, onsiteCurves, crisisCurves,
    crisisSteps: Math.round((r.crisisDays * 1440) / CAP_STEP),
    cloudCurve: flatCurve(horizon), deskOpen, deskOpenCrisis, fixedOpen, selfChance, bootCounts, maxSite,
    knownBad: plan.knownBad ?? Infinity,
    networkFrom: r.networkFixShare > 0 ? r.networkFixHours * 60 : Infinity,
    usbToolAt,
    autoRemediationAt: atMinutes(v.autoRemediationHours, 60),
    surge: Float64Array.from(SECTORS, (s) => r.surgeStaff[s]),
    siteKey: streamKey(seed, 'site'),
  };
}

/** Each region's local clock for a run published at `publishAtMs`. */
function regionClocks(publishAtMs: number): LocalClock[] {
  return REGION_INFO.map((r) => localClock(publishAtMs, r.utcOffsetHours, r.weekend));
}

function bootCountsFor(params: Params, selfChance: Float64Array): BootCount[] {
  const c = params.crash;
  return CLASSES.map((k, i) => new BootCount(selfChance[i]!, Math.log(1 - Math.min(c.fetchPerBoot[k], 0.999999))));
}

/**
 * A prepared run as data only, to hand to another worker that runs other sites of the same run:
 * the clocks (closures) and the boot-count tables (objects with methods) stay behind and are
 * rebuilt from the rest, which structured cloning copies as it is. Preparing takes a worker a
 * fifth to a third of its share of a full-scale run, so a worker that starts its shard late (the
 * other one began while it finished something else) takes the prepared run instead of building
 * it again.
 */
export type PackedPrepared = Omit<Prepared, 'clocks' | 'bootCounts'>;

export function packPrepared(prep: Prepared): PackedPrepared {
  const { clocks: _clocks, bootCounts: _counts, ...data } = prep;
  return data;
}

/** The Prepared that `packed` came from (after a structured clone, a copy of it). */
export function unpackPrepared(packed: PackedPrepared): Prepared {
  return { ...packed, clocks: regionClocks(packed.publishAtMs), bootCounts: bootCountsFor(packed.params, packed.selfChance) };
}

export function newAccumulator(prep: Prepared): Accumulator {
  const nb = prep.bins.n;
  return {
    exposed: 0, crashed: 0, selfRecovered: 0, autoRemediated: 0, reimaged: 0, agentOnly: 0, agentOnlyRecovered: 0, stillDown: 0,
    agentExposedByRegion: new Int32Array(NR * nb),
    agentRecoveredByRegion: new Int32Array(NR * nb),
    crashedByGroup: new Int32Array(NS * NR * NC * nb),
    recoveredByGroup: new Int32Array(NS * NR * NC * nb),
    sectorDownMinutes: new Float64Array(NS),
    regionExposed: new Float64Array(NR),
    regionCrashed: new Float64Array(NR),
    sectorCrashed: new Float64Array(NS),
    classCrashed: new Float64Array(NC),
    siteCrashed: new Int32Array(prep.fleet.nSites * NC),
    siteFirstCrash: new Float32Array(prep.fleet.nSites * NC),
    siteBackAt: new Float32Array(prep.fleet.nSites * NC * BACK_SHARES.length),
  };
}

/** Adds b into a (used to combine chunks computed separately). */
export function mergeInto(a: Accumulator, b: Accumulator): void {
  for (const k of Object.keys(a) as (keyof Accumulator)[]) {
    const x = a[k];
    const y = b[k];
    if (typeof x === 'number') (a[k] as number) = x + (y as number);
    else for (let i = 0; i < x.length; i++) x[i]! += (y as typeof x)[i]!;
  }
}

// One runner (and its scratch space, sized for the largest site) per accumulator, so callers
// can run many small chunks for smooth progress without reallocating.
const runners = new WeakMap<Accumulator, SiteRunner>();

export function runSites(prep: Prepared, from: number, to: number, acc: Accumulator): void {
  let runner = runners.get(acc);
  if (!runner || !runner.serves(prep)) {
    runner = new SiteRunner(prep, acc);
    runners.set(acc, runner);
  }
  for (let s = from; s < to; s++) runner.run(s);
}

export function finish(prep: Prepared, acc: Accumulator): SimResult {
  const { fleet, params, plan } = prep;
  const sectorFleet = new Float64Array(NS);
  const regionFleet = new Float64Array(NR);
  const classFleet = new Float64Array(NC);
  const regionOn = new Float64Array(NR);
  // Share of each class switched on at the publish time, per region (the same for all its sites).
  const onAtPublish = new Float64Array(NR * NC);
  for (let r = 0; r < NR; r++) {
    const clock = prep.clocks[r]!;
    for (let c = 0; c < NC; c++) onAtPublish[r * NC + c] = onShare(prep.onCurves[c]!, clock.hour(0), clock.isWeekend(0));
  }
  for (let s = 0; s < fleet.nSites; s++) {
    const region = fleet.siteRegion[s]!;
    for (let c = 0; c < NC; c++) {
      const n = fleet.siteDevices[s * NC + c]!;
      sectorFleet[fleet.siteSector[s]!]! += n;
      regionFleet[region]! += n;
      classFleet[c]! += n;
      regionOn[region]! += n * onAtPublish[region * NC + c]!;
    }
  }
  let downMinutes = 0;
  for (const m of acc.sectorDownMinutes) downMinutes += m;
  const crashes = marginals(acc.crashedByGroup, prep.bins.n, 'crashed');
  const exposedByRegion = crashes.crashedByRegion.slice();
  for (let i = 0; i < exposedByRegion.length; i++) exposedByRegion[i]! += acc.agentExposedByRegion[i]!;
  return {
    binEdges: prep.bins.edges,
    nBins: prep.bins.n,
    publishAtMs: prep.publishAtMs,
    seed: prep.seed,
    fleet: fleet.total,
    eligible: Math.round(fleet.total * params.fleet.eligibleShare),
    exposed: acc.exposed,
    crashed: acc.crashed,
    selfRecovered: acc.selfRecovered,
    autoRemediated: acc.autoRemediated,
    reimaged: acc.reimaged,
    agentOnly: acc.agentOnly,
    agentOnlyRecovered: acc.agentOnlyRecovered,
    stillDown: acc.stillDown,
    deviceHoursLost: downMinutes / 60,
    haltAtMinutes: plan.halted ? plan.contentEnd : null,
    detectedAtMinutes: plan.detectedAt,
    contentEndMinutes: plan.contentEnd,
    knownBadMinutes: plan.knownBad,
    exposedByRegion,
    agentFailedByRegion: Float64Array.from(acc.agentExposedByRegion),
    agentRecoveredByRegion: Float64Array.from(acc.agentRecoveredByRegion),
    ...crashes,
    ...marginals(acc.recoveredByGroup, prep.bins.n, 'recovered'),
    sectorFleet,
    sectorCrashed: acc.sectorCrashed,
    sectorDeviceHours: acc.sectorDownMinutes.map((m) => m / 60),
    regionFleet,
    regionExposed: acc.regionExposed,
    regionCrashed: acc.regionCrashed,
    regionOnAtPublish: regionOn.map((v, i) => (regionFleet[i]! > 0 ? v / regionFleet[i]! : 0)),
    classFleet,
    classCrashed: acc.classCrashed,
    sites: {
      n: fleet.nSites,
      nCustomers: fleet.nCustomers,
      // Copies: a result's arrays may be transferred to another thread, the fleet stays here.
      customer: fleet.siteCustomer.slice(),
      sector: fleet.siteSector.slice(),
      region: fleet.siteRegion.slice(),
      devices: fleet.siteDevices.slice(),
      crashed: acc.siteCrashed,
      firstCrash: acc.siteFirstCrash,
      backAt: acc.siteBackAt,
    },
  };
}

/** Sums a group histogram into its per-sector, per-region and per-class histograms. */
function marginals<K extends 'crashed' | 'recovered'>(h: Int32Array, nb: number, kind: K) {
  const bySector = new Float64Array(NS * nb);
  const byRegion = new Float64Array(NR * nb);
  const byClass = new Float64Array(NC * nb);
  for (let s = 0; s < NS; s++) {
    for (let r = 0; r < NR; r++) {
      for (let c = 0; c < NC; c++) {
        const off = groupOf(s, r, c) * nb;
        for (let b = 0; b < nb; b++) {
          const v = h[off + b]!;
          if (v === 0) continue;
          bySector[s * nb + b]! += v;
          byRegion[r * nb + b]! += v;
          byClass[c * nb + b]! += v;
        }
      }
    }
  }
  return { [`${kind}BySector`]: bySector, [`${kind}ByRegion`]: byRegion, [`${kind}ByClass`]: byClass } as
    Record<`${K}BySector` | `${K}ByRegion` | `${K}ByClass`, Float64Array>;
}

export interface SimulateOptions {
  /** Sites per chunk between progress calls. */
  chunkSites?: number;
  onProgress?: (fraction: number) => void;
  /** Simulate this fleet (one organisation's sites) instead of the generated one; see `prepare`. */
  fleet?: Fleet;
}

/** Runs the whole model on one thread. */
export function simulate(params: Params, seed: number, opts: SimulateOptions = {}): SimResult {
  const prep = prepare(params, seed, opts.fleet);
  const acc = newAccumulator(prep);
  const chunk = Math.max(1, Math.floor(opts.chunkSites ?? 2000));
  for (let s = 0; s < prep.fleet.nSites; s += chunk) {
    runSites(prep, s, Math.min(prep.fleet.nSites, s + chunk), acc);
    opts.onProgress?.(Math.min(1, (s + chunk) / prep.fleet.nSites));
  }
  return finish(prep, acc);
}
