// From devices down to services stopped, flights cancelled, hospitals on paper, emergency calls
// unanswered and money lost: one pure derivation from a run's per-site outcomes and the
// parameters, so an ensemble can apply it to each run and reduce the figures. Everything a chart
// draws is here as columns (per ten-minute step, per UTC day) or rows (per service, per sector).
import { CLASSES, SECTORS, SERVICES, type Params, type ServiceId, type SimResult, type SiteTable } from '../engine/types.js';
import { AirlineTally, type FlightFigures } from './airlines.js';
import { BroadcastTally, type BroadcastFigures } from './broadcast.js';
import { ELECTIVE_HOURS, FLIGHT_HOURS, SERVICE_BY_ID } from './catalog.js';
import { DownCurve } from './downCurve.js';
import { CallTally, type EmergencyFigures } from './emergency.js';
import { fortune500Like, type Fortune500Figures } from './fortune500.js';
import { STEP_MINUTES, makeGrid, openMasks, stepMs } from './grid.js';
import { HospitalTally, type HospitalFigures } from './hospitals.js';
import { ServiceRunner, type Dependency, type ServiceKnobs } from './serviceRun.js';
import { ServiceTally, type SectorRow, type ServiceRow } from './serviceRows.js';

const NC = CLASSES.length;

/** What the derivation reads from a run. */
export type ImpactSource = Pick<SimResult, 'publishAtMs' | 'binEdges' | 'nBins' | 'sites'>;

export interface ServiceImpact {
  /** Step starts (epoch ms), ten minutes apart from the UTC hour of the publish time. */
  timeMs: Float64Array;
  stepMinutes: number;
  services: ServiceRow[];
  sectors: SectorRow[];
  /** Share of normal service delivered per sector and step, [sector * n + step] (1 = normal). */
  sectorOutput: Float64Array;
  /** Loss in USD per sector and step, [sector * n + step]. */
  sectorLoss: Float64Array;
  lossUSD: number;
  /** Loss per customer (index as in SiteTable.customer). */
  customerLoss: Float64Array;
  flights: FlightFigures;
  hospitals: HospitalFigures;
  emergency: EmergencyFigures;
  broadcast: BroadcastFigures;
  fortune500: Fortune500Figures;
}

/** Sites of each customer, in site order. */
function sitesByCustomer(t: SiteTable): Int32Array[] {
  const count = new Int32Array(t.nCustomers);
  for (let s = 0; s < t.n; s++) count[t.customer[s]!]!++;
  const out = Array.from(count, (c) => new Int32Array(c));
  count.fill(0);
  for (let s = 0; s < t.n; s++) {
    const c = t.customer[s]!;
    out[c]![count[c]!++] = s;
  }
  return out;
}

export function serviceImpact(r: ImpactSource, params: Params): ServiceImpact {
  const t = r.sites;
  const sp = params.services;
  const g = makeGrid(r.publishAtMs, r.binEdges[r.nBins]!);
  const n = g.n;
  const masks = SERVICES.map((id) => openMasks(g, SERVICE_BY_ID.get(id)!.hours));
  const electiveMasks = openMasks(g, ELECTIVE_HOURS);
  const bySector = SECTORS.map((sector) => SERVICES.flatMap((id, i) => (SERVICE_BY_ID.get(id)!.sector === sector ? [i] : [])));

  const customerLoss = new Float64Array(t.nCustomers);
  const services = new ServiceTally(n, params, customerLoss);
  const hospitals = new HospitalTally(sp.healthcare.proceduresPerDay);
  const calls = new CallTally();
  const tv = new BroadcastTally();
  const airlines = new AirlineTally(g, params, openMasks(g, FLIGHT_HOURS), services.sectorLoss, customerLoss);

  const curves = CLASSES.map(() => new DownCurve());
  const runner = new ServiceRunner(g);
  const deps = SERVICES.map((id): Dependency[] => SERVICE_BY_ID.get(id)!.deps.map((d) => ({
    curve: curves[CLASSES.indexOf(d.cls)]!, stopBelow: sp[d.role].stopBelow, fullAt: sp[d.role].fullAt,
  })));
  const knobs = SERVICES.map((id): ServiceKnobs => ({
    fallbackLevel: sp[id].fallbackLevel, fallbackMinutes: sp[id].fallbackMinutes, deferShare: sp[id].deferShare, surgeShare: sp.surgeShare,
  }));
  const is = (i: number, id: ServiceId) => SERVICES[i] === id;

  for (const sites of sitesByCustomer(t)) {
    if (sites.length === 0) continue;
    const sector = t.sector[sites[0]!]!;
    const share = sp.onWindowsShare[SECTORS[sector]!];
    const customer = t.customer[sites[0]!]!;
    for (const s of sites) {
      let devices = 0;
      for (let c = 0; c < NC; c++) {
        devices += t.devices[s * NC + c]!;
        curves[c]!.load(t, s, c);
      }
      if (devices === 0) continue;
      const units = devices / sp.unitDevices[SECTORS[sector]!];
      const w = units * share;
      const region = t.region[s]!;
      for (const i of bySector[sector]!) {
        const run = runner.run(deps[i]!, knobs[i]!, masks[i]![region]!);
        services.add(i, sector, customer, units, w, devices, run, runner, masks[i]![region]!);
        if (is(i, 'clinical')) hospitals.add(units, w, run, runner, electiveMasks[region]!);
        else if (is(i, 'calls')) calls.add(region, units, w, run);
        else if (is(i, 'playout')) tv.add(units, w, run);
        else if (is(i, 'checkin')) airlines.checkin(region, devices, run, runner);
        else if (is(i, 'crew')) airlines.crew(run, runner);
      }
    }
    if (SECTORS[sector] === 'airlines') airlines.endCustomer(customer, share);
  }

  const sectors = services.sectors();
  return {
    timeMs: Float64Array.from({ length: n }, (_, k) => stepMs(g, k)),
    stepMinutes: STEP_MINUTES,
    services: services.rows,
    sectors,
    sectorOutput: services.sectorOutput(),
    sectorLoss: services.sectorLoss,
    lossUSD: sectors.reduce((a, x) => a + x.lossUSD, 0),
    customerLoss,
    flights: airlines.result(),
    hospitals: hospitals.result(),
    emergency: calls.result(),
    broadcast: tv.result(),
    fortune500: fortune500Like(t, customerLoss, sp.fortune500Customers),
  };
}
