// Simulates one site at a time: every device of the site through the push, the crash, the boot
// loop and the repair queue, straight into the run's histograms. One object is reused for all
// sites of a chunk so the hot loops see one shape (V8 inlines through it) and allocate nothing.
import { BIN_START, COARSE_STEP, FINE_COUNT, FINE_END } from './bins.js';
import { CAP_STEP, CapWalker, capAt, type CapacityCurve } from './capacity.js';
import { QUANTILES } from './exposure.js';
import { groupIndex } from './push.js';
import { Random } from './random.js';
import { groupOf } from './groups.js';
import { NK, SiteRecoveries } from './siteRecoveries.js';
import type { Accumulator, Prepared } from './simulate.js';
import { CLASSES, SECTORS } from './types.js';

const NC = CLASSES.length;
const NS = SECTORS.length;
const SERVER = CLASSES.indexOf('server');
const VM = CLASSES.indexOf('vm');
const WORKSTATION = CLASSES.indexOf('workstation');
/** Repair order within a site: the CLASSES order; VMs go to the cloud-operations queue. */
export const ONSITE_ORDER = CLASSES.map((_, i) => i).filter((i) => i !== VM);
const CLASS_ORDER = [...ONSITE_ORDER, VM];
const PRIORITY = CLASSES.map((_, i) => ONSITE_ORDER.indexOf(i));

const F_KEY = 1;
const F_REIMAGE = 2;
/** Crashes spread wider than this (rings, holdback) are repaired in arrival order by half-day. */
const SPREAD_MINUTES = 720;

export class SiteRunner {
  private readonly rng = new Random(0, 'init');
  private readonly crash: Float64Array;
  private readonly work: Float64Array;
  /** Earliest automated fix (Infinity when not eligible), and the uniform for its delay. */
  private readonly auto: Float64Array;
  private readonly autoDraw: Float64Array;
  private readonly flags: Uint8Array;
  private readonly cls: Uint8Array;
  private readonly order: Int32Array;
  /** This site's recoveries per class and bin, flushed into the run's histograms at its end. */
  private readonly recoveries: SiteRecoveries;
  private readonly nb: number;
  private readonly binEnd: number;
  // Per-site state.
  private downMinutes = 0;
  private stillDown = 0;

  constructor(private readonly prep: Prepared, private readonly acc: Accumulator) {
    const n = prep.maxSite;
    this.crash = new Float64Array(n);
    this.work = new Float64Array(n);
    this.auto = new Float64Array(n);
    this.autoDraw = new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.cls = new Uint8Array(n);
    this.order = new Int32Array(n);
    this.nb = prep.bins.n;
    this.binEnd = prep.bins.end;
    this.recoveries = new SiteRecoveries(NC, prep.bins.n, prep.bins.edges);
  }

  serves(prep: Prepared): boolean {
    return this.prep === prep;
  }

  /** A crashed device is back at `back`; returns false when that is beyond the run. */
  private recover(c: number, crashAt: number, back: number): boolean {
    if (back < this.binEnd) {
      const bin = back < FINE_END ? Math.floor(back - BIN_START) : FINE_COUNT + Math.floor((back - FINE_END) / COARSE_STEP);
      this.recoveries.add(c, bin);
      this.downMinutes += back - crashAt;
      return true;
    }
    this.stillDown++;
    this.downMinutes += this.binEnd - crashAt;
    return false;
  }

  run(site: number): void {
    const { prep, acc, rng, nb, binEnd } = this;
    const { params: p, fleet, plan } = prep;
    const sector = fleet.siteSector[site]!;
    const region = fleet.siteRegion[site]!;
    const hold = fleet.siteHoldback[site]!;
    const optIn = fleet.siteOptIn[site] === 1;
    const staff = fleet.siteStaff[site]!;
    rng.reseedBlock(prep.siteKey, site);
    const kernel = p.push.kernelModeShare;
    const knownBad = p.crash.knownBadMinutes;
    const attention = p.crash.opsAttentionMinutes;
    const reboot = p.crash.rebootMinutes;
    const autoAt = p.vendor.autoRemediationHours * 60;
    const rp = p.repair;
    const regOff = region * nb;
    const groupOff = groupOf(sector, region, 0) * nb;
    this.downMinutes = 0;
    this.stillDown = 0;
    const { exposedByRegion, crashedByGroup } = acc;
    const { crash, work, auto, autoDraw, flags, cls } = this;

    // Is this site's key escrow down? It runs on a Windows server with the sensor, so it crashed
    // with the chance any of the site's servers did.
    let keyDown = false;
    const keyDraw = rng.next();
    if (fleet.siteOnPremKeys[site] === 1) {
      const g = plan.groups[groupIndex(region, SERVER, hold)]!;
      let pServer = 0;
      for (let k = 0; k < g.ringP.length; k++) pServer += g.ringShare[k]! * g.ringP[k]!;
      keyDown = keyDraw < pServer * kernel;
    }

    const cap = crash.length;
    let nOn = 0; // onsite queue, from the start of the scratch arrays
    let nVm = 0; // cloud queue, from the end backwards
    let firstOnsite = Infinity;
    let lastOnsite = -Infinity;
    let firstVm = Infinity;
    let anyKey = false;
    let exposed = 0;
    let agentOnly = 0;
    let selfRecovered = 0;

    for (const c of CLASS_ORDER) {
      const n = fleet.siteDevices[site * NC + c]!;
      if (n === 0) continue;
      const name = CLASSES[c]!;
      const g = plan.groups[groupIndex(region, c, hold)]!;
      const nr = g.ringCum.length;
      const selfChance = prep.selfChance[c]!;
      const logMiss = prep.logMiss[c]!;
      const handsOn = rp.handsOnMinutes[name];
      const bl = rp.bitlockerShare[name];
      const blLost = bl * (1 - rp.keyEscrowedShare);
      const remote = rp.remoteShare[name];
      const keyMinutes = rp.keyMinutes;
      const travelMinutes = rp.travelMinutes;
      const reimageMinutes = rp.reimageMinutes;
      const autoElig = optIn ? p.vendor.autoEligibleShare[name] : 0;
      const clsOff = groupOff + c * nb;
      const isOps = c === SERVER || c === VM;
      const open = c === WORKSTATION ? prep.deskOpen[region]! : prep.fixedOpen[region]!;
      const lastOpen = open.length - 1;
      const quant = g.dists.map((d) => d.quantile);
      const single = nr === 1;
      const q0 = quant[0]!;
      const p0 = g.ringP[0]!;
      const scale0 = p0 > 0 ? QUANTILES / p0 : 0;
      let crashedHere = 0;
      let firstHere = Infinity;

      for (let i = 0; i < n; i++) {
        // The push: pick the ring, then whether and when the device took the file.
        const u = rng.next();
        let q = q0;
        let x: number;
        if (single) {
          if (!(u < p0)) continue;
          x = u * scale0;
        } else {
          let k = 0;
          while (k < nr - 1 && u >= g.ringCum[k]!) k++;
          const v = (u - (k > 0 ? g.ringCum[k - 1]! : 0)) / g.ringShare[k]!;
          const pk = g.ringP[k]!;
          if (!(v < pk)) continue;
          q = quant[k]!;
          x = (v / pk) * QUANTILES;
        }
        const xi = x | 0;
        const qa = q[xi]!;
        const t = qa + (q[xi + 1]! - qa) * (x - xi);
        if (t >= binEnd) continue; // beyond the horizon: not part of this run
        const bin = t < FINE_END ? Math.floor(t - BIN_START) : FINE_COUNT + Math.floor((t - FINE_END) / COARSE_STEP);
        exposed++;
        exposedByRegion[regOff + bin]!++;
        if (kernel < 1 && rng.next() >= kernel) {
          agentOnly++; // a user-mode agent fails; Windows stays up
          continue;
        }
        crashedHere++;
        crashedByGroup[clsOff + bin]!++;
        if (t < firstHere) firstHere = t;

        // The boot loop: each reboot after the known-bad list is out may fetch it first.
        const u2 = rng.next();
        if (u2 < selfChance) {
          let start = t > knownBad ? t : knownBad;
          if (isOps) start += attention;
          else {
            // Desks and endpoints are rebooted when someone is there.
            const idx = Math.min(lastOpen, Math.floor(start / CAP_STEP));
            const j = open[idx]!;
            if (j > idx) start = j * CAP_STEP;
          }
          if (this.recover(c, t, start + (Math.floor(Math.log(1 - u2) / logMiss) + 1) * reboot)) selfRecovered++;
          continue;
        }

        // Stuck: waits for hands-on repair. What is left of u2 above the self-recovery chance is
        // again uniform, and so is what is left after each decision taken from it: one draw
        // settles the key, the travel and the hands-on time (about 28 of its 32 bits remain).
        let v = (u2 - selfChance) / (1 - selfChance);
        let f = 0;
        let extra = 0;
        if (v < blLost) {
          f = F_REIMAGE;
          v = v / blLost;
        } else if (v < bl) {
          f = F_KEY;
          extra = keyMinutes;
          anyKey = true;
          v = (v - blLost) / (bl - blLost);
        } else v = (v - bl) / (1 - bl);
        if (v < remote) {
          extra += travelMinutes;
          v = v / remote;
        } else v = (v - remote) / (1 - remote);
        const w = (f === F_REIMAGE ? reimageMinutes : handsOn * (0.5 + v)) + extra;
        // Automation: keep the earliest possible time and the uniform for the delay; the
        // logarithm is taken in the queue only for devices still down by then (few are).
        let autoT = Infinity;
        let autoU = 0;
        if (autoElig > 0) {
          const u6 = rng.next();
          if (u6 < autoElig) {
            autoT = t > autoAt ? t : autoAt;
            autoU = u6 / autoElig;
          }
        }
        const j = c === VM ? cap - 1 - nVm++ : nOn++;
        crash[j] = t;
        work[j] = w;
        auto[j] = autoT;
        autoDraw[j] = autoU;
        flags[j] = f;
        cls[j] = c;
        if (c === VM) {
          if (t < firstVm) firstVm = t;
        } else {
          if (t < firstOnsite) firstOnsite = t;
          if (t > lastOnsite) lastOnsite = t;
        }
      }
      acc.classCrashed[c]! += crashedHere;
      acc.siteCrashed[site * NC + c] = crashedHere;
      acc.siteFirstCrash[site * NC + c] = crashedHere > 0 ? firstHere : 0;
    }

    const cloudStaff = staff * rp.cloudOpsShare;
    const onsiteStaff = staff - cloudStaff;
    const order = this.order;
    if (nOn > 0) {
      const curve = prep.onsiteCurves[region * NS + sector]!;
      for (let j = 0; j < nOn; j++) order[j] = j;
      if (lastOnsite - firstOnsite > SPREAD_MINUTES) {
        const key = (j: number) => Math.floor(crash[j]! / SPREAD_MINUTES) * NC + PRIORITY[cls[j]!]!;
        order.set(Array.from(order.subarray(0, nOn)).sort((a, b) => key(a) - key(b) || a - b));
      }
      const walker = new CapWalker(curve);
      let cur = capAt(curve, firstOnsite + rp.noticeMinutes);
      let keyBack = 0;
      if (keyDown && anyKey) {
        // The key server is the first machine the site fixes; keys wait until it is restored.
        cur += rp.handsOnMinutes.server / onsiteStaff;
        keyBack = walker.when(cur) + rp.keyServerRestoreHours * 60;
      }
      this.queue(nOn, curve, walker, cur, onsiteStaff, keyBack, rp.noticeMinutes);
    }
    if (nVm > 0) {
      for (let j = 0; j < nVm; j++) order[j] = cap - nVm + j;
      const curve = prep.cloudCurve;
      this.queue(nVm, curve, new CapWalker(curve), capAt(curve, firstVm + attention), cloudStaff, 0, attention);
    }

    for (let c = 0; c < NC; c++) {
      const n = acc.siteCrashed[site * NC + c]!;
      if (n > 0) this.recoveries.flush(c, n, acc.recoveredByGroup, groupOff + c * nb, acc.siteBackAt, (site * NC + c) * NK);
    }

    const crashed = exposed - agentOnly;
    acc.exposed += exposed;
    acc.crashed += crashed;
    acc.agentOnly += agentOnly;
    acc.selfRecovered += selfRecovered;
    acc.regionExposed[region]! += exposed;
    acc.regionCrashed[region]! += crashed;
    acc.sectorCrashed[sector]! += crashed;
    acc.stillDown += this.stillDown;
    // Whole minutes per site: integer sums do not depend on the order sites are added in.
    acc.sectorDownMinutes[sector]! += Math.round(this.downMinutes);
  }

  /** Works through `order[0..n)` with `staff` people on `curve`, starting at capacity `cur`. */
  private queue(n: number, curve: CapacityCurve, walker: CapWalker, cur: number, staff: number, keyBack: number, delay: number): void {
    const { acc, crash, work, auto, autoDraw, flags, cls, order } = this;
    const reimageDelay = this.prep.params.repair.reimageHours * 60;
    const autoMean = this.prep.params.vendor.autoMeanHours * 60;
    const perStaff = 1 / staff;
    // No device can be ready later than the last crash plus the delay: once the queue is past
    // that point, the per-device readiness check cannot change anything and is skipped.
    let lastCrash = -Infinity;
    for (let x = 0; x < n; x++) lastCrash = Math.max(lastCrash, crash[order[x]!]!);
    const allReady = capAt(curve, lastCrash + delay);
    for (let x = 0; x < n; x++) {
      const j = order[x]!;
      const t = crash[j]!;
      if (cur < allReady) {
        const ready = capAt(curve, t + delay);
        if (ready > cur) cur = ready;
      }
      const next = cur + work[j]! * perStaff;
      let done = walker.when(next);
      const f = flags[j]!;
      if (f === F_KEY && done < keyBack) done = keyBack;
      if (f === F_REIMAGE) done += reimageDelay;
      const earliest = auto[j]!;
      if (earliest < done) {
        const a = earliest - Math.log(1 - autoDraw[j]!) * autoMean;
        if (a < done) {
          // Fixed by the vendor's automation: the staff time it would have taken stays free.
          if (this.recover(cls[j]!, t, a)) acc.autoRemediated++;
          continue;
        }
      }
      cur = next;
      if (this.recover(cls[j]!, t, done) && f === F_REIMAGE) acc.reimaged++;
    }
  }

}
