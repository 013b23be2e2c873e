// Simulates one site at a time: its devices through the push, the crash, the boot loop and the
// repair queue, straight into the run's histograms. The work goes stage by stage over typed
// arrays, each stage a small loop of its own (push, crash, boot loop, repair draw, queue,
// record), so every hot loop stays short and monomorphic; one object and one generator are
// reused for all sites of a chunk, and nothing is allocated per device.
//
// Devices of a class are exchangeable (same group, same law), which lets counts replace
// per-device coin flips where the order of devices does not matter: how many devices take the
// file is one binomial draw per class, and so are how many of the exposed run a user-mode agent
// and how many of the crashed recover by themselves; those are then the first ones drawn. What
// depends on a device's place in the repair queue (encryption, travel, automation) is still
// drawn device by device.
//
// Scratch layout: a site's crashed devices take consecutive slots, class after class in
// CLASS_ORDER; within a class the self-recovering devices come first, then the stuck ones.
import { binIndex as binAt } from './bins.js';
import { binomial } from './binomial.js';
import { CAP_STEP, SiteCurve, nextOpenStep } from './capacity.js';
import { QUANTILES } from './exposure.js';
import { groupOf } from './groups.js';
import { BLOCK_SHIFT, Milestones, NK, SMALL } from './milestones.js';
import { groupIndex } from './push.js';
import { Random } from './random.js';
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

const F_KEY = 1;
const F_REIMAGE = 2;
/** Where no one is: a technician travels there, after the site's attended devices of the class. */
const F_AWAY = 4;
const AWAY_SHIFT = 2;
/** flags holds the device's class above its key or re-image flag and its away flag. */
const CLASS_SHIFT = 3;
const KEY_BITS = F_KEY | F_REIMAGE;

export class SiteRunner {
  private readonly rng = new Random(0, 'init');
  // Per slot (see the layout above).
  private readonly crashAt: Float64Array;
  private readonly backAt: Float64Array;
  private readonly bins: Int32Array;
  // Stuck devices only: staff minutes; key or re-image flag and class.
  private readonly work: Float64Array;
  private readonly flags: Uint8Array;
  private readonly order: Int32Array;
  private readonly milestones: Milestones;
  /** Per exposure group: chance a device is exposed, and the cumulative exposed mass by ring. */
  private readonly pExposed: Float64Array;
  private readonly ringMass: Float64Array[];
  private readonly nb: number;
  private readonly binEnd: number;
  // Per class of the current site: first slot, first stuck slot, end.
  private readonly segFrom = new Int32Array(NC);
  private readonly segStuck = new Int32Array(NC);
  private readonly segTo = new Int32Array(NC);
  // Two-entry tables for repairDraw's branch-free choices.
  private readonly keyFrom = new Float64Array(2);
  private readonly keyScale = new Float64Array(2);
  private readonly keyExtra = new Float64Array(2);
  private readonly reachFrom = new Float64Array(2);
  private readonly reachScale = new Float64Array(2);
  private readonly awayFrom = new Float64Array(2);
  private readonly awayScale = new Float64Array(2);
  private readonly awayExtra = new Float64Array(2);
  private readonly keyWait = new Float64Array(2);
  /** Share of each class automated remediation can reach at the current site (0 if not opted in). */
  private autoElig: Float64Array;
  private readonly autoEligOptIn: Float64Array;
  private readonly autoEligNone = new Float64Array(NC);
  /** The onsite and the cloud-operations capacity of the current site. */
  private readonly onsiteCurve: SiteCurve;
  private readonly cloudCurve: SiteCurve;
  // Per-site tallies.
  /** Minutes after publish of the site's first crash of a server, endpoint or desk: its crisis starts from it. */
  private hit = Infinity;
  private anyKey = false;
  private firstOnsite = Infinity;
  private lastOnsite = -Infinity;
  private downMinutes = 0;
  private autoRemediated = 0;
  private reimaged = 0;

  constructor(private readonly prep: Prepared, private readonly acc: Accumulator) {
    const n = prep.maxSite;
    this.crashAt = new Float64Array(n);
    this.backAt = new Float64Array(n);
    this.bins = new Int32Array(n);
    this.work = new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.order = new Int32Array(n);
    this.nb = prep.bins.n;
    this.binEnd = prep.bins.end;
    this.milestones = new Milestones(prep.bins.n, prep.bins.edges);
    this.autoEligOptIn = Float64Array.from(CLASSES, (c) => prep.params.vendor.autoEligibleShare[c]);
    this.onsiteCurve = new SiteCurve(prep.onsiteCurves[0]!, prep.crisisCurves[0]!);
    this.cloudCurve = new SiteCurve(prep.cloudCurve, prep.cloudCurve);
    this.cloudCurve.join(prep.cloudCurve, prep.cloudCurve, 0, 0);
    this.autoElig = this.autoEligNone;
    const groups = prep.plan.groups;
    this.pExposed = new Float64Array(groups.length);
    this.ringMass = groups.map((g, i) => {
      let cum = 0;
      const mass = Float64Array.from(g.ringShare, (s, k) => (cum += s * g.ringP[k]!));
      this.pExposed[i] = Math.min(1, cum);
      return mass;
    });
  }

  serves(prep: Prepared): boolean {
    return this.prep === prep;
  }

  run(site: number): void {
    const { prep, acc, rng } = this;
    const { params: p, fleet } = prep;
    const sector = fleet.siteSector[site]!;
    const region = fleet.siteRegion[site]!;
    const hold = fleet.siteHoldback[site]!;
    const rp = p.repair;
    rng.reseedBlock(prep.siteKey, site);

    // Is this site's key escrow down? It runs on a Windows server with the sensor, so it crashed
    // with the chance any of the site's servers did.
    let keyDown = false;
    const keyDraw = rng.next();
    if (fleet.siteOnPremKeys[site] === 1) {
      keyDown = keyDraw < this.pExposed[groupIndex(region, SERVER, hold)]! * p.push.kernelModeShare;
    }

    this.autoElig = fleet.siteOptIn[site] === 1 ? this.autoEligOptIn : this.autoEligNone;
    this.hit = Infinity;
    this.anyKey = false;
    this.autoRemediated = 0;
    this.reimaged = 0;
    let slot = 0;
    let exposed = 0;
    let crashed = 0;
    for (const c of CLASS_ORDER) {
      const n = fleet.siteDevices[site * NC + c]!;
      const g = groupIndex(region, c, hold);
      const e = n === 0 ? 0 : this.push(g, n, slot);
      const k = e === 0 ? 0 : this.crash(site, sector, region, c, slot, e);
      // Without a known-bad list (content never stopped), no reboot can heal a machine.
      const s = prep.knownBad < Infinity ? binomial(rng, k, prep.selfChance[c]!) : 0;
      this.segFrom[c] = slot;
      this.segStuck[c] = slot + s;
      this.segTo[c] = slot + k;
      if (s > 0) this.bootLoop(region, c, slot, slot + s);
      if (k > s) this.repairDraw(site, c, slot + s, slot + k);
      exposed += e;
      crashed += k;
      slot += k;
    }

    const staff = fleet.siteStaff[site]! * prep.surge[sector]!;
    const cloudStaff = staff * rp.cloudOpsShare;
    const onsiteStaff = staff - cloudStaff;
    const nOn = this.onsiteOrder();
    if (nOn > 0) {
      // Normal hours until the site is hit and its staff called in, then the crisis, then normal hours.
      const curve = this.onsiteCurve;
      const cs = region * NS + sector;
      curve.join(prep.onsiteCurves[cs]!, prep.crisisCurves[cs]!, this.hit + rp.noticeMinutes, prep.crisisSteps);
      let cur = curve.at(this.firstOnsite + rp.noticeMinutes);
      let keyBack = 0;
      if (keyDown && this.anyKey) {
        // The key server is the first machine the site fixes; keys wait until it is restored.
        cur += rp.handsOnMinutes.server / onsiteStaff;
        keyBack = curve.when(cur) + rp.keyServerRestoreHours * 60;
      }
      this.queue(nOn, curve, cur, onsiteStaff, keyBack, rp.noticeMinutes, this.lastOnsite, prep.networkFrom);
    }
    const nVm = this.segTo[VM]! - this.segStuck[VM]!;
    if (nVm > 0) {
      const from = this.segStuck[VM]!;
      let first = Infinity;
      let last = -Infinity;
      for (let x = 0; x < nVm; x++) {
        const t = this.crashAt[from + x]!;
        this.order[x] = from + x;
        first = t < first ? t : first;
        last = t > last ? t : last;
      }
      const curve = this.cloudCurve;
      const attention = p.crash.opsAttentionMinutes;
      // Virtual machines are fixed remotely anyway: the network lever does not apply to them.
      this.queue(nVm, curve, curve.at(first + attention), cloudStaff, 0, attention, last, Infinity);
    }

    this.downMinutes = 0;
    let stillDown = 0;
    let selfRecovered = 0;
    const groupOff = groupOf(sector, region, 0) * this.nb;
    for (let c = 0; c < NC; c++) {
      const from = this.segFrom[c]!;
      const to = this.segTo[c]!;
      if (to === from) continue;
      const stuck = this.segStuck[c]!;
      const off = groupOff + c * this.nb;
      const large = to - from > SMALL;
      const selfBack = this.record(from, stuck, off, large);
      const stuckBack = this.record(stuck, to, off, large);
      selfRecovered += selfBack;
      stillDown += to - from - selfBack - stuckBack;
      const out = (site * NC + c) * NK;
      if (large) this.milestones.take(to - from, acc.siteBackAt, out);
      else this.milestones.write(this.bins, from, to, acc.siteBackAt, out);
    }

    acc.exposed += exposed;
    acc.crashed += crashed;
    acc.agentOnly += exposed - crashed;
    acc.selfRecovered += selfRecovered;
    acc.autoRemediated += this.autoRemediated;
    acc.reimaged += this.reimaged;
    acc.regionExposed[region]! += exposed;
    acc.regionCrashed[region]! += crashed;
    acc.sectorCrashed[sector]! += crashed;
    acc.stillDown += stillDown;
    // Whole minutes per site: integer sums do not depend on the order sites are added in.
    acc.sectorDownMinutes[sector]! += Math.round(this.downMinutes);
  }

  /**
   * The push: how many of the class's n devices took the file (one binomial draw), then when
   * each did (its ring, then a time from the ring's quantile table). Writes the times of those
   * exposed within the run to crashAt[from..] and returns their number.
   */
  private push(g: number, n: number, from: number): number {
    const { rng, crashAt, binEnd } = this;
    const p = this.pExposed[g]!;
    const m = binomial(rng, n, p);
    if (m === 0) return 0;
    const group = this.prep.plan.groups[g]!;
    const mass = this.ringMass[g]!;
    const nr = mass.length;
    let j = from;
    if (nr === 1) {
      const q = group.dists[0]!.quantile;
      for (let i = 0; i < m; i++) {
        const x = rng.next() * QUANTILES;
        const xi = x | 0;
        const qa = q[xi]!;
        const t = qa + (q[xi + 1]! - qa) * (x - xi);
        crashAt[j] = t;
        j += t < binEnd ? 1 : 0; // beyond the horizon: not part of this run
      }
      return j - from;
    }
    for (let i = 0; i < m; i++) {
      const u = rng.next() * mass[nr - 1]!;
      let k = 0;
      while (k < nr - 1 && u >= mass[k]!) k++;
      const lo = k > 0 ? mass[k - 1]! : 0;
      const x = Math.min(QUANTILES * 0.9999999999, ((u - lo) / (mass[k]! - lo)) * QUANTILES);
      const q = group.dists[k]!.quantile;
      const xi = x | 0;
      const qa = q[xi]!;
      const t = qa + (q[xi + 1]! - qa) * (x - xi);
      crashAt[j] = t;
      j += t < binEnd ? 1 : 0;
    }
    return j - from;
  }

  /**
   * The crash: of `e` exposed devices at crashAt[from..], those with a kernel-mode sensor crash
   * (the first ones; a binomial count), the rest only lose the agent: their sensor is offline
   * while Windows stays up, until the agent fetches the fix on its first poll after the known-bad
   * list is out. Fills the crash and agent histograms and the site's first crash; returns the
   * number crashed.
   */
  private crash(site: number, sector: number, region: number, c: number, from: number, e: number): number {
    const { acc, crashAt, nb, prep } = this;
    const kernel = prep.params.push.kernelModeShare;
    const k = kernel < 1 ? e - binomial(this.rng, e, 1 - kernel) : e;
    const regOff = region * nb;
    if (k < e) {
      const agentExposed = acc.agentExposedByRegion;
      const agentBack = acc.agentRecoveredByRegion;
      const knownBad = prep.knownBad;
      const poll = prep.params.push.pollMinutes;
      const binEnd = this.binEnd;
      let back = 0;
      for (let j = from + k; j < from + e; j++) {
        const t = crashAt[j]!;
        agentExposed[regOff + binAt(t)]!++;
        if (knownBad === Infinity) continue;
        const b = (t > knownBad ? t : knownBad) + this.rng.next() * poll;
        if (b < binEnd) {
          agentBack[regOff + binAt(b)]!++;
          back++;
        }
      }
      acc.agentOnlyRecovered += back;
    }
    const off = groupOf(sector, region, c) * nb;
    const crashedByGroup = acc.crashedByGroup;
    let first = Infinity;
    for (let j = from; j < from + k; j++) {
      const t = crashAt[j]!;
      crashedByGroup[off + binAt(t)]!++;
      first = t < first ? t : first;
    }
    if (c !== VM && first < this.hit) this.hit = first;
    acc.classCrashed[c]! += k;
    acc.siteCrashed[site * NC + c] = k;
    acc.siteFirstCrash[site * NC + c] = k > 0 ? first : 0;
    return k;
  }

  /**
   * The boot loop of devices that fetch the known-bad list in time: each reboot after the list is
   * out (never before the content stopped) fetches it first with the class's chance per boot;
   * servers and VMs are restarted by operators, desks when someone is there (crisis hours from
   * the site's hit, normal hours otherwise), fixed endpoints in opening hours.
   */
  private bootLoop(region: number, c: number, from: number, to: number): void {
    const { rng, crashAt, backAt, prep } = this;
    const cp = prep.params.crash;
    const knownBad = prep.knownBad;
    const reboot = cp.rebootMinutes;
    const count = prep.bootCounts[c]!;
    if (c === SERVER || c === VM) {
      const attention = cp.opsAttentionMinutes;
      for (let j = from; j < to; j++) {
        const t = crashAt[j]!;
        // Reboots until the fetch, given it comes within the tries (see BootCount).
        const boots = count.draw(rng.next());
        backAt[j] = (t > knownBad ? t : knownBad) + attention + boots * reboot;
      }
      return;
    }
    const desk = c === WORKSTATION;
    const open = desk ? prep.deskOpen[region]! : prep.fixedOpen[region]!;
    const crisisOpen = desk ? prep.deskOpenCrisis[region]! : open;
    // The site's crisis window in grid steps, as SiteCurve.join puts it (no crisis for endpoints).
    const cs = desk ? Math.max(0, Math.ceil((this.hit + prep.params.repair.noticeMinutes) / CAP_STEP)) : 0;
    const ce = desk ? cs + prep.crisisSteps : 0;
    const lastOpen = open.length - 1;
    for (let j = from; j < to; j++) {
      const t = crashAt[j]!;
      let start = t > knownBad ? t : knownBad;
      const idx = Math.min(lastOpen, Math.floor(start / CAP_STEP));
      const next = nextOpenStep(open, crisisOpen, idx, cs, ce);
      if (next > idx) start = next * CAP_STEP;
      const boots = count.draw(rng.next());
      backAt[j] = start + boots * reboot;
    }
  }

  /**
   * What each stuck device needs: one uniform settles the key (re-image if the key is lost),
   * whether staff can fix it remotely, whether it sits where no one is (travel instead of the
   * walk to it), and the hands-on time (what is left of a uniform after each decision is again
   * uniform). The shares are the site's own (its organisation's key escrow and remote reach, its
   * unattended share). Whether automated remediation reaches it is drawn in the queue, and only
   * for devices still down when it arrives (most are back before). The two-way decisions pick
   * from two-entry tables, or weigh both outcomes by the comparison's 0 or 1, instead of
   * branching: they go either way often, and a mispredicted branch costs more than the whole
   * rest of the step. The 0 or 1 is written +(a < b), not a < b ? 1 : 0: the optimiser turns the
   * ternary into a branch after all, and the unary plus into a plain set-on-compare (the loop
   * took a quarter less time).
   */
  private repairDraw(site: number, c: number, from: number, to: number): void {
    const { rng, work, flags, prep } = this;
    const p = prep.params;
    const rp = p.repair;
    const fleet = prep.fleet;
    const name = CLASSES[c]!;
    const handsOn = rp.handsOnMinutes[name];
    // Hands-on time uniform within ± handsOnSpread of the class's figure.
    const handsLo = 1 - rp.handsOnSpread;
    const handsSpan = 2 * rp.handsOnSpread;
    const bl = rp.bitlockerShare[name];
    const blLost = bl * (1 - fleet.siteEscrow[site]!);
    const reach = fleet.siteReach[site * NC + c]!;
    const away = fleet.siteUnattended[site * NC + c]!;
    const reimageMinutes = rp.reimageMinutes;
    const remoteFix = rp.remoteFixMinutes;
    // [no key needed, key]: where the rest of the uniform starts, its scale, the extra minutes.
    const keyFrom = this.keyFrom;
    const keyScale = this.keyScale;
    const keyExtra = this.keyExtra;
    keyFrom[0] = bl;
    keyFrom[1] = blLost;
    keyScale[0] = 1 / (1 - bl);
    keyScale[1] = 1 / (bl - blLost);
    keyExtra[0] = 0;
    keyExtra[1] = rp.keyMinutes;
    // [hands on, remote].
    const reachFrom = this.reachFrom;
    const reachScale = this.reachScale;
    reachFrom[0] = reach;
    reachFrom[1] = 0;
    reachScale[0] = 1 / (1 - reach);
    reachScale[1] = 1 / reach;
    // [attended, away]: the walk to the device, or the trip to where it is.
    const awayFrom = this.awayFrom;
    const awayScale = this.awayScale;
    const awayExtra = this.awayExtra;
    awayFrom[0] = away;
    awayFrom[1] = 0;
    awayScale[0] = 1 / (1 - away);
    awayScale[1] = 1 / away;
    awayExtra[0] = rp.walkMinutes;
    awayExtra[1] = rp.travelMinutes;
    const cBits = c << CLASS_SHIFT;
    let keys = 0;
    for (let j = from; j < to; j++) {
      let v = rng.next();
      if (v < blLost) {
        // Key lost (rare): re-imaged, on site.
        v = v / blLost;
        const a = v < away ? 1 : 0;
        work[j] = reimageMinutes + awayExtra[a]!;
        flags[j] = F_REIMAGE | (a * F_AWAY) | cBits;
        continue;
      }
      const k = +(v < bl);
      v = (v - keyFrom[k]!) * keyScale[k]!;
      const r = +(v < reach);
      v = (v - reachFrom[r]!) * reachScale[r]!;
      const w = +(v < away);
      v = (v - awayFrom[w]!) * awayScale[w]!;
      const a = w * (1 - r); // a remote fix needs no trip
      // A remote fix takes remoteFix minutes; by hand, the hands-on time and the walk or the trip.
      work[j] = r * remoteFix + (1 - r) * (handsOn * (handsLo + handsSpan * v) + awayExtra[a]!) + keyExtra[k]!;
      flags[j] = k | (a * F_AWAY) | cBits; // F_KEY or 0, F_AWAY or 0
      keys += k;
    }
    if (keys > 0) this.anyKey = true;
  }

  /**
   * The onsite queue's order in `order`: servers, fixed endpoints, then workstations, each first
   * those where someone is and then those a technician has to travel to, in the order they
   * crashed in the draw; by batch (repair.batchMinutes) of the crash first when the crashes spread
   * wider than one batch. Returns its length; leaves the earliest and latest crash among them in
   * firstOnsite and lastOnsite.
   */
  private onsiteOrder(): number {
    const { order, crashAt, flags, segStuck, segTo } = this;
    let n = 0;
    let first = Infinity;
    let last = -Infinity;
    for (const c of ONSITE_ORDER) {
      const from = segStuck[c]!;
      const to = segTo[c]!;
      // Attended devices, then the away ones: each slot is written and kept by adding its 0 or 1
      // rather than skipped by a branch, since the away flag is random.
      for (let j = from; j < to; j++) {
        order[n] = j;
        n += ((flags[j]! >> AWAY_SHIFT) & 1) ^ 1;
        const t = crashAt[j]!;
        if (t < first) first = t;
        if (t > last) last = t;
      }
      for (let j = from; j < to; j++) {
        order[n] = j;
        n += (flags[j]! >> AWAY_SHIFT) & 1;
      }
    }
    this.firstOnsite = first;
    this.lastOnsite = last;
    const batch = this.prep.params.repair.batchMinutes;
    if (n > 0 && last - first > batch) {
      // Within a batch, the class order (the rank of the slot's segment), attended first.
      const classOf = (j: number) => {
        let c = 0;
        while (!(j >= segStuck[ONSITE_ORDER[c]!]! && j < segTo[ONSITE_ORDER[c]!]!)) c++;
        return c;
      };
      const key = (j: number) => (Math.floor(crashAt[j]! / batch) * NC + classOf(j)) * 2 + (flags[j]! & F_AWAY ? 1 : 0);
      order.set(Array.from(order.subarray(0, n)).sort((a, b) => key(a) - key(b) || a - b));
    }
    return n;
  }

  /**
   * Works through `order[0..n)` with `staff` people on `curve`, starting at capacity `cur`;
   * `lastCrash` is the latest crash among them. From `netFrom` on, a device whose turn comes is
   * reachable over the network with the chance repair.networkFixShare (drawn then, so runs without
   * the lever, and every crash, keep their random draws) and takes the network repair time (and
   * the key lookup) instead of its own; a device to re-image is rebuilt as before.
   */
  private queue(
    n: number, curve: SiteCurve, start: number, staff: number, keyBack: number, delay: number, lastCrash: number, netFrom: number,
  ): void {
    const { rng, crashAt, backAt, work, flags, order, binEnd, autoElig, prep } = this;
    // The capacity reached so far and each device's time back are doubles, but a parameter may
    // arrive as a small integer (0): mixed into them, it made the optimiser keep both boxed, one
    // heap allocation per device (about 140 MB of garbage a full-scale run). Math.max returns a
    // plain double with the same value (neither is ever negative or NaN here).
    let cur = Math.max(start, 0);
    // [no key needed, key needed]: the earliest a repair can be done (the key flag is random, so
    // a table lookup rather than a branch).
    const keyWait = this.keyWait;
    keyWait[0] = 0;
    keyWait[1] = keyBack;
    const v = prep.params.vendor;
    const rp = prep.params.repair;
    const reimageDelay = rp.reimageHours * 60;
    const autoAt = prep.autoRemediationAt;
    const autoMean = v.autoMeanHours * 60;
    const perStaff = 1 / staff;
    const netShare = rp.networkFixShare;
    const netCap = netFrom < Infinity && netShare > 0 ? curve.at(netFrom) : Infinity;
    const netWork = rp.networkFixMinutes;
    const netKey = rp.networkFixMinutes + rp.keyMinutes;
    // No device can be ready later than the last crash plus the delay: once the queue is past
    // that point, the per-device readiness check cannot change anything and is skipped.
    const allReady = curve.at(lastCrash + delay);
    // The walk along the site's curve, inline (SiteCurve.when): targets only grow, so it starts
    // where the last one stopped, in the piece of the curve (normal hours, the crisis, normal
    // hours again) it had reached. `end` is the piece's last step, `off` its shift.
    const { cs, ce, last } = curve;
    const nCum = curve.normal.cum;
    const cCum = curve.crisis.cum;
    let piece = 0;
    let cum = nCum;
    let inv = curve.normal.inv;
    let off = 0;
    let end = cs;
    let i = 0;
    let autoRemediated = 0;
    let reimaged = 0;
    for (let x = 0; x < n; x++) {
      const j = order[x]!;
      const t = crashAt[j]!;
      if (cur < allReady) {
        const ready = curve.at(t + delay);
        if (ready > cur) cur = ready;
      }
      const fc = flags[j]!;
      const f = fc & KEY_BITS;
      const w = cur >= netCap && f !== F_REIMAGE && rng.next() < netShare ? (f === F_KEY ? netKey : netWork) : work[j]!;
      const next = cur + w * perStaff;
      for (;;) {
        const target = next - off;
        while (i < end && cum[i + 1]! < target) i++;
        if (i < end || piece === 2) break;
        piece++;
        if (piece === 1) {
          cum = cCum;
          inv = curve.crisis.inv;
          off = curve.offC;
          end = ce;
        } else {
          cum = nCum;
          inv = curve.normal.inv;
          off = curve.offN;
          end = last;
        }
      }
      let done: number;
      if (i >= last) done = next <= cum[last]! + off ? last * CAP_STEP : Infinity;
      else {
        const d = next - (cum[i]! + off);
        done = (i + (d > 0 ? d * inv[i]! : 0)) * CAP_STEP;
      }
      done = Math.max(done, keyWait[f & F_KEY]!); // a device that needs its key waits for the key server
      if (f === F_REIMAGE) done += reimageDelay;
      const earliest = t > autoAt ? t : autoAt;
      if (earliest < done) {
        // Still down when automated remediation arrives: can it reach this device, and when?
        const elig = autoElig[fc >> CLASS_SHIFT]!;
        const u = elig > 0 ? rng.next() : 1;
        if (u < elig) {
          const a = earliest - Math.log(1 - u / elig) * autoMean;
          if (a < done) {
            // Fixed by the vendor's automation: the staff time it would have taken stays free.
            backAt[j] = a;
            if (a < binEnd) autoRemediated++;
            continue;
          }
        }
      }
      cur = next;
      backAt[j] = done;
      if (f === F_REIMAGE && done < binEnd) reimaged++;
    }
    this.autoRemediated += autoRemediated;
    this.reimaged += reimaged;
  }

  /**
   * Books slots [from, to) of one class: each device back within the run into the recovery
   * histogram at `off`, and for the milestones into their histogram (`large`) or its bin into
   * `bins` (`notBack` when not back); adds the minutes they were down (to the end of the run for
   * the others) to downMinutes. Returns how many were back.
   */
  private record(from: number, to: number, off: number, large: boolean): number {
    const { crashAt, backAt, bins, binEnd } = this;
    const recovered = this.acc.recoveredByGroup;
    let down = 0;
    let back = 0;
    if (large) {
      const { hist, blocks } = this.milestones;
      for (let j = from; j < to; j++) {
        const b = backAt[j]!;
        if (b < binEnd) {
          const bin = binAt(b);
          recovered[off + bin]!++;
          hist[bin]!++;
          blocks[bin >> BLOCK_SHIFT]!++;
          down += b - crashAt[j]!;
          back++;
        } else down += binEnd - crashAt[j]!;
      }
    } else {
      const notBack = this.milestones.notBack;
      for (let j = from; j < to; j++) {
        const b = backAt[j]!;
        if (b < binEnd) {
          const bin = binAt(b);
          recovered[off + bin]!++;
          bins[j] = bin;
          down += b - crashAt[j]!;
          back++;
        } else {
          bins[j] = notBack;
          down += binEnd - crashAt[j]!;
        }
      }
    }
    this.downMinutes += down;
    return back;
  }
}
