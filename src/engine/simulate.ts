// One run of the model. `prepare` builds everything shared by all sites (the fleet, the push
// plan, work-hour curves); `runSites` simulates a range of sites into an accumulator; `finish`
// turns the accumulator into a SimResult. Each site draws from its own random stream, and the
// accumulator holds only integer counts, so any split of sites into chunks or workers gives the
// same result bit for bit.
import { binOf, makeBins, type Bins } from './bins.js';
import { CAP_STEP, CapWalker, capAt, capacityCurve, flatCurve, nextOpenIndex, type CapacityCurve } from './capacity.js';
import { localClock, type LocalClock } from './clock.js';
import { drawExposure } from './exposure.js';
import { buildFleet, type Fleet } from './fleet.js';
import { onShare } from './availability.js';
import { groupIndex, planPush, type PushPlan } from './push.js';
import { streamRng } from './random.js';
import { REGION_INFO } from './regions.js';
import { SECTOR_INFO } from './sectors.js';
import { CLASSES, REGIONS, SECTORS, type Params, type SimResult } from './types.js';

const NC = CLASSES.length;
const NS = SECTORS.length;
const NR = REGIONS.length;
const SERVER = CLASSES.indexOf('server');
const VM = CLASSES.indexOf('vm');
const WORKSTATION = CLASSES.indexOf('workstation');
/** Repair order within a site: the CLASSES order, VMs going to the cloud queue. */
const ONSITE_ORDER = CLASSES.map((_, i) => i).filter((i) => i !== VM);

const F_KEY = 1;
const F_REIMAGE = 2;

export interface Prepared {
  params: Params;
  seed: number;
  publishAtMs: number;
  horizon: number;
  bins: Bins;
  fleet: Fleet;
  plan: PushPlan;
  clocks: LocalClock[];
  /** Onsite work-hour curves, index region * NS + sector. */
  onsiteCurves: CapacityCurve[];
  cloudCurve: CapacityCurve;
  /** Next grid step someone is at a desk (index region) or at a fixed endpoint. */
  deskOpen: Int32Array[];
  fixedOpen: Int32Array[];
  selfChance: Float64Array;
  logMiss: Float64Array;
  maxSite: number;
}

export interface Accumulator {
  exposed: number;
  crashed: number;
  selfRecovered: number;
  autoRemediated: number;
  reimaged: number;
  agentOnly: number;
  stillDown: number;
  exposedByRegion: Float64Array;
  crashedBySector: Float64Array;
  recoveredBySector: Float64Array;
  crashedByRegion: Float64Array;
  recoveredByRegion: Float64Array;
  crashedByClass: Float64Array;
  recoveredByClass: Float64Array;
  /** Whole minutes down, summed per sector (integers keep sums independent of order). */
  sectorDownMinutes: Float64Array;
  regionExposed: Float64Array;
  regionCrashed: Float64Array;
  sectorCrashed: Float64Array;
  classCrashed: Float64Array;
}

export function prepare(params: Params, seed: number): Prepared {
  const publishAtMs = Date.parse(params.push.publishAt);
  const horizon = params.run.horizonDays * 1440;
  const bins = makeBins(horizon);
  const fleet = buildFleet(params, seed);
  const clocks = REGION_INFO.map((r) => localClock(publishAtMs, r.utcOffsetHours, r.weekend));

  const groupCounts = new Float64Array(NR * NC * 2);
  for (let s = 0; s < fleet.nSites; s++) {
    for (let c = 0; c < NC; c++) {
      groupCounts[groupIndex(fleet.siteRegion[s]!, c, fleet.siteHoldback[s]!)]! += fleet.siteDevices[s * NC + c]!;
    }
  }
  const plan = planPush(params.push, params.fleet.eligibleShare, clocks, groupCounts);

  const onsiteCurves: CapacityCurve[] = [];
  const r = params.repair;
  for (let g = 0; g < NR; g++) {
    for (let s = 0; s < NS; s++) {
      onsiteCurves[g * NS + s] = capacityCurve(clocks[g]!, horizon, {
        repair: r,
        nightShare: SECTOR_INFO[s]!.nightShare,
        speedupFrom: params.vendor.usbToolHours * 60,
        speedup: params.vendor.usbToolSpeedup,
      });
    }
  }
  const steps = Math.ceil(horizon / CAP_STEP) + 1;
  const deskOpen = clocks.map((clock) => nextOpenIndex(steps, (t) => {
    const h = clock.hour(t);
    if (clock.dayIndex(t) < r.crisisDays) return h >= r.crisisStartHour && h < r.crisisEndHour;
    return !clock.isWeekend(t) && h >= r.workdayStartHour && h < r.workdayEndHour;
  }));
  // Shops, clinics and gates are staffed every day of the week.
  const fixedOpen = clocks.map((clock) => nextOpenIndex(steps, (t) => {
    const h = clock.hour(t);
    return h >= 7 && h < 21;
  }));

  const c = params.crash;
  const selfChance = Float64Array.from(CLASSES, (k) => 1 - Math.pow(1 - c.fetchPerBoot[k], c.rebootsTried[k]));
  const logMiss = Float64Array.from(CLASSES, (k) => Math.log(1 - Math.min(c.fetchPerBoot[k], 0.999999)));
  let maxSite = 0;
  for (let s = 0; s < fleet.nSites; s++) {
    let n = 0;
    for (let k = 0; k < NC; k++) n += fleet.siteDevices[s * NC + k]!;
    maxSite = Math.max(maxSite, n);
  }
  return {
    params, seed, publishAtMs, horizon, bins, fleet, plan, clocks, onsiteCurves,
    cloudCurve: flatCurve(horizon), deskOpen, fixedOpen, selfChance, logMiss, maxSite,
  };
}

export function newAccumulator(prep: Prepared): Accumulator {
  const nb = prep.bins.n;
  return {
    exposed: 0, crashed: 0, selfRecovered: 0, autoRemediated: 0, reimaged: 0, agentOnly: 0, stillDown: 0,
    exposedByRegion: new Float64Array(NR * nb),
    crashedBySector: new Float64Array(NS * nb),
    recoveredBySector: new Float64Array(NS * nb),
    crashedByRegion: new Float64Array(NR * nb),
    recoveredByRegion: new Float64Array(NR * nb),
    crashedByClass: new Float64Array(NC * nb),
    recoveredByClass: new Float64Array(NC * nb),
    sectorDownMinutes: new Float64Array(NS),
    regionExposed: new Float64Array(NR),
    regionCrashed: new Float64Array(NR),
    sectorCrashed: new Float64Array(NS),
    classCrashed: new Float64Array(NC),
  };
}

/** Adds b into a (used to combine chunks computed separately). */
export function mergeInto(a: Accumulator, b: Accumulator): void {
  for (const k of Object.keys(a) as (keyof Accumulator)[]) {
    const x = a[k];
    const y = b[k];
    if (typeof x === 'number') (a[k] as number) = x + (y as number);
    else for (let i = 0; i < x.length; i++) x[i]! += (y as Float64Array)[i]!;
  }
}

/** Per-site scratch space, reused across sites. */
interface Scratch {
  crash: Float64Array;
  work: Float64Array;
  auto: Float64Array;
  flags: Uint8Array;
  cls: Uint8Array;
  order: Int32Array;
}

const scratchFor = (n: number): Scratch => ({
  crash: new Float64Array(n), work: new Float64Array(n), auto: new Float64Array(n),
  flags: new Uint8Array(n), cls: new Uint8Array(n), order: new Int32Array(n),
});

export function runSites(prep: Prepared, from: number, to: number, acc: Accumulator): void {
  const scratch = scratchFor(prep.maxSite);
  for (let s = from; s < to; s++) runSite(prep, s, acc, scratch);
}

function runSite(prep: Prepared, site: number, acc: Accumulator, sc: Scratch): void {
  const { params, fleet, plan, bins } = prep;
  const nb = bins.n;
  const p = params;
  const sector = fleet.siteSector[site]!;
  const region = fleet.siteRegion[site]!;
  const hold = fleet.siteHoldback[site]!;
  const optIn = fleet.siteOptIn[site] === 1;
  const staff = fleet.siteStaff[site]!;
  const rng = streamRng(prep.seed, 'site', site);
  const kernel = p.push.kernelModeShare;
  const knownBad = p.crash.knownBadMinutes;
  const attention = p.crash.opsAttentionMinutes;
  const reboot = p.crash.rebootMinutes;
  const autoAt = p.vendor.autoRemediationHours * 60;
  const autoMean = p.vendor.autoMeanHours * 60;
  const rp = p.repair;
  const secOff = sector * nb;
  const regOff = region * nb;
  const deskOpen = prep.deskOpen[region]!;
  const fixedOpen = prep.fixedOpen[region]!;

  // Is this site's key escrow server down? It is a Windows server with the sensor, so it
  // crashed with the chance any of the site's servers did.
  let keyDown = false;
  const keyDraw = rng();
  if (fleet.siteOnPremKeys[site] === 1) {
    const g = plan.groups[groupIndex(region, SERVER, hold)]!;
    let pServer = 0;
    for (let k = 0; k < g.ringP.length; k++) pServer += g.ringShare[k]! * g.ringP[k]!;
    keyDown = keyDraw < pServer * kernel;
  }

  let nOn = 0; // onsite queue length
  let nVm = 0; // cloud queue, stored from the end of the scratch arrays backwards
  const cap = sc.crash.length;
  let firstOnsite = Infinity;
  let firstVm = Infinity;
  let lastOnsite = -Infinity;
  let anyKey = false;

  for (const c of [...ONSITE_ORDER, VM]) {
    const n = fleet.siteDevices[site * NC + c]!;
    if (n === 0) continue;
    const g = plan.groups[groupIndex(region, c, hold)]!;
    const nr = g.ringCum.length;
    const selfChance = prep.selfChance[c]!;
    const logMiss = prep.logMiss[c]!;
    const handsOn = rp.handsOnMinutes[CLASSES[c]!];
    const bl = rp.bitlockerShare[CLASSES[c]!];
    const blLost = bl * (1 - rp.keyEscrowedShare);
    const remote = rp.remoteShare[CLASSES[c]!];
    const autoElig = optIn ? p.vendor.autoEligibleShare[CLASSES[c]!] : 0;
    const clsOff = c * nb;
    const isOps = c === SERVER || c === VM;
    const open = c === WORKSTATION ? deskOpen : fixedOpen;
    for (let i = 0; i < n; i++) {
      const u = rng();
      let k = 0;
      while (k < nr - 1 && u >= g.ringCum[k]!) k++;
      const lo = k > 0 ? g.ringCum[k - 1]! : 0;
      const v = (u - lo) / g.ringShare[k]!;
      const pk = g.ringP[k]!;
      if (!(v < pk)) continue;
      const t = drawExposure(g.dists[k]!, v / pk);
      const bin = binOf(bins, t);
      if (bin < 0) continue; // beyond the horizon: not part of this run
      acc.exposed++;
      acc.regionExposed[region]!++;
      acc.exposedByRegion[regOff + bin]!++;
      if (kernel < 1 && rng() >= kernel) {
        acc.agentOnly++;
        continue;
      }
      acc.crashed++;
      acc.crashedBySector[secOff + bin]!++;
      acc.crashedByRegion[regOff + bin]!++;
      acc.crashedByClass[clsOff + bin]!++;

      // Boot loop: each reboot after the known-bad list is out may fetch it before the crash.
      const u2 = rng();
      if (u2 < selfChance) {
        let start = t > knownBad ? t : knownBad;
        if (isOps) start += attention;
        else {
          const idx = Math.min(open.length - 1, Math.floor(start / CAP_STEP));
          const j = open[idx]!;
          if (j > idx) start = j * CAP_STEP;
        }
        const reboots = Math.floor(Math.log(1 - u2) / logMiss) + 1;
        record(acc, prep, sector, region, c, t, start + reboots * reboot);
        acc.selfRecovered++;
        continue;
      }

      // Waits for hands-on repair.
      let w = handsOn * (0.5 + rng());
      let flags = 0;
      const u4 = rng();
      if (u4 < blLost) {
        flags = F_REIMAGE;
        w = rp.reimageMinutes;
      } else if (u4 < bl) {
        flags = F_KEY;
        w += rp.keyMinutes;
        anyKey = true;
      }
      if (remote > 0 && rng() < remote) w += rp.travelMinutes;
      let autoT = Infinity;
      if (autoElig > 0) {
        const u6 = rng();
        if (u6 < autoElig) autoT = (t > autoAt ? t : autoAt) - Math.log(1 - u6 / autoElig) * autoMean;
      }
      const j = c === VM ? cap - 1 - nVm++ : nOn++;
      sc.crash[j] = t;
      sc.work[j] = w;
      sc.auto[j] = autoT;
      sc.flags[j] = flags;
      sc.cls[j] = c;
      if (c === VM) {
        if (t < firstVm) firstVm = t;
      } else {
        if (t < firstOnsite) firstOnsite = t;
        if (t > lastOnsite) lastOnsite = t;
      }
    }
  }

  const cloudStaff = staff * rp.cloudOpsShare;
  const onsiteStaff = staff - cloudStaff;
  if (nOn > 0) {
    const curve = prep.onsiteCurves[region * NS + sector]!;
    const order = sc.order;
    for (let j = 0; j < nOn; j++) order[j] = j;
    // Crashes spread over more than half a day (rings, holdback) are worked in the order they
    // arrive, by half-day, keeping the class priority within each half-day.
    if (lastOnsite - firstOnsite > 720) {
      const key = (j: number) => Math.floor(sc.crash[j]! / 720) * NC + ONSITE_ORDER.indexOf(sc.cls[j]!);
      const sorted = Array.from(order.subarray(0, nOn)).sort((a, b) => key(a) - key(b) || a - b);
      order.set(sorted);
    }
    let keyBack = 0;
    let cur = capAt(curve, firstOnsite + rp.noticeMinutes);
    const walker = new CapWalker(curve);
    if (keyDown && anyKey) {
      // The key server is the first machine the site fixes; keys wait until it is restored.
      cur += rp.handsOnMinutes.server / onsiteStaff;
      keyBack = walker.when(cur) + rp.keyServerRestoreHours * 60;
    }
    runQueue(prep, acc, sc, order, 0, nOn, curve, walker, cur, onsiteStaff, keyDown ? keyBack : 0, sector, region);
  }
  if (nVm > 0) {
    const order = sc.order;
    for (let j = 0; j < nVm; j++) order[j] = cap - nVm + j;
    const curve = prep.cloudCurve;
    const cur = capAt(curve, firstVm + attention);
    runQueue(prep, acc, sc, order, 0, nVm, curve, new CapWalker(curve), cur, cloudStaff, 0, sector, region);
  }
}

function runQueue(
  prep: Prepared, acc: Accumulator, sc: Scratch, order: Int32Array, from: number, to: number,
  curve: CapacityCurve, walker: CapWalker, cur: number, staff: number, keyBack: number,
  sector: number, region: number,
): void {
  const notice = prep.params.repair.noticeMinutes;
  const reimageDelay = prep.params.repair.reimageHours * 60;
  const perStaff = 1 / staff;
  for (let x = from; x < to; x++) {
    const j = order[x]!;
    const crash = sc.crash[j]!;
    const ready = capAt(curve, crash + notice);
    if (ready > cur) cur = ready;
    const next = cur + sc.work[j]! * perStaff;
    let done = walker.when(next);
    const flags = sc.flags[j]!;
    if (flags === F_KEY && done < keyBack) done = keyBack;
    if (flags === F_REIMAGE) done += reimageDelay;
    const auto = sc.auto[j]!;
    if (auto < done) {
      acc.autoRemediated++;
      record(acc, prep, sector, region, sc.cls[j]!, crash, auto);
      continue;
    }
    cur = next;
    if (flags === F_REIMAGE) acc.reimaged++;
    record(acc, prep, sector, region, sc.cls[j]!, crash, done);
  }
}

function record(acc: Accumulator, prep: Prepared, sector: number, region: number, cls: number, crash: number, back: number): void {
  const nb = prep.bins.n;
  const end = prep.bins.end;
  acc.sectorCrashed[sector]!++;
  acc.regionCrashed[region]!++;
  acc.classCrashed[cls]!++;
  if (back < end) {
    const bin = binOf(prep.bins, back);
    acc.recoveredBySector[sector * nb + bin]!++;
    acc.recoveredByRegion[region * nb + bin]!++;
    acc.recoveredByClass[cls * nb + bin]!++;
    acc.sectorDownMinutes[sector]! += Math.round(back - crash);
  } else {
    acc.stillDown++;
    acc.sectorDownMinutes[sector]! += Math.round(end - crash);
  }
}

export function finish(prep: Prepared, acc: Accumulator): SimResult {
  const { fleet, params, plan } = prep;
  const sectorFleet = new Float64Array(NS);
  const regionFleet = new Float64Array(NR);
  const classFleet = new Float64Array(NC);
  const regionOn = new Float64Array(NR);
  for (let s = 0; s < fleet.nSites; s++) {
    for (let c = 0; c < NC; c++) {
      const n = fleet.siteDevices[s * NC + c]!;
      sectorFleet[fleet.siteSector[s]!]! += n;
      regionFleet[fleet.siteRegion[s]!]! += n;
      classFleet[c]! += n;
      const clock = prep.clocks[fleet.siteRegion[s]!]!;
      regionOn[fleet.siteRegion[s]!]! += n * onShare(CLASSES[c]!, clock.hour(0), clock.isWeekend(0));
    }
  }
  const halted = plan.haltAt !== null && plan.contentEnd < params.push.revertMinutes;
  let downMinutes = 0;
  for (const m of acc.sectorDownMinutes) downMinutes += m;
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
    stillDown: acc.stillDown,
    deviceHoursLost: downMinutes / 60,
    haltAtMinutes: halted ? plan.contentEnd : null,
    contentEndMinutes: plan.contentEnd,
    exposedByRegion: acc.exposedByRegion,
    crashedBySector: acc.crashedBySector,
    recoveredBySector: acc.recoveredBySector,
    crashedByRegion: acc.crashedByRegion,
    recoveredByRegion: acc.recoveredByRegion,
    crashedByClass: acc.crashedByClass,
    recoveredByClass: acc.recoveredByClass,
    sectorFleet,
    sectorCrashed: acc.sectorCrashed,
    sectorDeviceHours: acc.sectorDownMinutes.map((m) => m / 60),
    regionFleet,
    regionExposed: acc.regionExposed,
    regionCrashed: acc.regionCrashed,
    regionOnAtPublish: regionOn.map((v, i) => (regionFleet[i]! > 0 ? v / regionFleet[i]! : 0)),
    classFleet,
    classCrashed: acc.classCrashed,
  };
}

export interface SimulateOptions {
  /** Sites per chunk between progress calls. */
  chunkSites?: number;
  onProgress?: (fraction: number) => void;
}

/** Runs the whole model on one thread. */
export function simulate(params: Params, seed: number, opts: SimulateOptions = {}): SimResult {
  const prep = prepare(params, seed);
  const acc = newAccumulator(prep);
  const chunk = opts.chunkSites ?? 2000;
  for (let s = 0; s < prep.fleet.nSites; s += chunk) {
    runSites(prep, s, Math.min(prep.fleet.nSites, s + chunk), acc);
    opts.onProgress?.(Math.min(1, (s + chunk) / prep.fleet.nSites));
  }
  return finish(prep, acc);
}
