// Per-service and per-sector sums over sites: units in each state per step, hours lost, money.
import { SECTORS, SERVICES, type Params, type Sector, type ServiceId } from '../engine/types.js';
import { SERVICE_BY_ID, unitOf } from './catalog.js';
import { STEP_HOURS } from './grid.js';
import { CATCHING_UP, DEGRADED, MANUAL, STOPPED, type ServiceRunner, type SiteServiceRun } from './serviceRun.js';

const NS = SECTORS.length;

export interface ServiceRow {
  id: ServiceId;
  sector: Sector;
  label: string;
  unit: string;
  /** Units (hospitals, stores, ...) that run the service, fractional. */
  units: number;
  /** Units whose service was disrupted at all. */
  affectedUnits: number;
  /** Unit-hours of full service lost in opening hours. */
  lostHours: number;
  /** Unit-hours stopped (output below STOPPED_BELOW) in opening hours. */
  stoppedHours: number;
  /** Unit-hours on manual fallback. */
  manualHours: number;
  lossUSD: number;
  /** Units in each state per step (the rest run normally). */
  stopped: Float64Array;
  manual: Float64Array;
  degraded: Float64Array;
  catchingUp: Float64Array;
  /** Sum over units of (1 - output) per step: units' worth of service missing. */
  missing: Float64Array;
}

export interface SectorRow {
  sector: Sector;
  unit: string;
  units: number;
  /** Unit-hours of full service lost in opening hours, summed over the sector's services. */
  serviceHoursLost: number;
  lossUSD: number;
}

export class ServiceTally {
  readonly rows: ServiceRow[];
  /** Loss in USD per sector and step, [sector * n + step] (airlines add theirs from flights). */
  readonly sectorLoss: Float64Array;
  private readonly sectorMissing: Float64Array;

  constructor(private readonly n: number, private readonly params: Params, private readonly customerLoss: Float64Array) {
    this.rows = SERVICES.map((id) => {
      const info = SERVICE_BY_ID.get(id)!;
      return {
        id, sector: info.sector, label: info.label, unit: unitOf(info.sector), units: 0, affectedUnits: 0,
        lostHours: 0, stoppedHours: 0, manualHours: 0, lossUSD: 0,
        stopped: new Float64Array(n), manual: new Float64Array(n), degraded: new Float64Array(n),
        catchingUp: new Float64Array(n), missing: new Float64Array(n),
      };
    });
    this.sectorLoss = new Float64Array(NS * n);
    this.sectorMissing = new Float64Array(NS * n);
  }

  /**
   * Adds one site's run of service i. `w` is the site's units that depend on the crashed machines
   * (units times the sector's onWindowsShare): an expectation over customers, so the figures need
   * no random draw. `open` is the service's opening-hours mask in the site's region.
   */
  add(i: number, sector: number, customer: number, units: number, w: number, devices: number,
    run: SiteServiceRun, runner: ServiceRunner, open: Uint8Array): void {
    const row = this.rows[i]!;
    row.units += units;
    if (run.from >= run.to || w <= 0) return;
    const info = SERVICE_BY_ID.get(row.id)!;
    // Loss per hour of the site's service fully stopped, for the share on the crashed machines.
    const cost = info.costedBy === 'hours' ? ((this.params.services[row.id].costPerHour ?? 0) / 1000) * devices * (w / units) : 0;
    row.affectedUnits += w;
    row.lostHours += w * run.lostHours;
    row.stoppedHours += w * run.stoppedHours;
    row.manualHours += w * run.manualHours;
    const { output, state } = runner;
    const off = sector * this.n;
    const { missing, stopped, manual, degraded, catchingUp } = row;
    const { sectorMissing, sectorLoss } = this;
    const tail = run.catchUpFrom;
    for (let k = run.from; k < tail; k++) {
      const miss = 1 - output[k]!;
      if (miss > 0) {
        missing[k]! += w * miss;
        sectorMissing[off + k]! += w * miss;
        if (cost > 0 && open[k] === 1) sectorLoss[off + k]! += cost * miss * STEP_HOURS;
      }
      const st = state[k]!;
      if (st === STOPPED) stopped[k]! += w;
      else if (st === MANUAL) manual[k]! += w;
      else if (st === DEGRADED) degraded[k]! += w;
      else if (st === CATCHING_UP) catchingUp[k]! += w;
    }
    // The tail (SiteServiceRun.catchUpFrom): nothing missing, catching up to its last step.
    for (let k = tail; k < run.to; k++) if (state[k] === CATCHING_UP) catchingUp[k]! += w;
    const loss = cost * run.lostHours;
    row.lossUSD += loss;
    this.customerLoss[customer]! += loss;
  }

  sectors(): SectorRow[] {
    const n = this.n;
    return SECTORS.map((sector, s) => {
      const mine = this.rows.filter((r) => r.sector === sector);
      let lossUSD = 0;
      for (let k = 0; k < n; k++) lossUSD += this.sectorLoss[s * n + k]!;
      return {
        sector, unit: unitOf(sector), units: mine[0]?.units ?? 0,
        serviceHoursLost: mine.reduce((a, r) => a + r.lostHours, 0),
        lossUSD,
      };
    });
  }

  /** Share of normal service delivered per sector and step, averaged over the sector's services. */
  sectorOutput(): Float64Array {
    const n = this.n;
    const out = new Float64Array(NS * n).fill(1);
    SECTORS.forEach((sector, s) => {
      const mine = this.rows.filter((r) => r.sector === sector);
      const capacity = (mine[0]?.units ?? 0) * mine.length;
      if (capacity > 0) for (let k = 0; k < n; k++) out[s * n + k] = 1 - this.sectorMissing[s * n + k]! / capacity;
    });
    return out;
  }
}
