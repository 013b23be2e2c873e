// The service layer's figures for the command line's JSON: rounded for reading (whole flights
// and dollars, hours to a tenth, shares to four places), in the shapes the issue asks for.
import type { Organisation } from '../scenario/org.js';
import type { ServiceImpact } from '../services/impact.js';
import type { Quantiles } from '../services/quantiles.js';
import { REFERENCE } from '../services/reference.js';
import type { SectorRow } from '../services/serviceRows.js';
import { orgDevices } from '../scenario/org.js';

const int = (x: number) => Math.round(x);
const tenth = (x: number) => Math.round(x * 10) / 10;
const share = (x: number) => Math.round(x * 1e4) / 1e4;
const hours = (q: Quantiles) => ({
  p10: q.p10 === null ? null : tenth(q.p10), p50: q.p50 === null ? null : tenth(q.p50),
  p90: q.p90 === null ? null : tenth(q.p90), max: q.max === null ? null : tenth(q.max),
});

/** What each bySector entry gains. */
export function sectorServiceJson(s: SectorRow) {
  return { serviceUnit: s.unit, serviceUnits: tenth(s.units), serviceHoursLost: int(s.serviceHoursLost), lossUSD: int(s.lossUSD) };
}

/** The figures that follow bySector. */
export function impactJson(im: ServiceImpact) {
  const f = im.flights;
  return {
    flightsCancelledByDay: Object.fromEntries(f.byDay.map((d) => [d.date, int(d.cancelled)])),
    flights: {
      scheduledPerDay: int(f.scheduledPerDay),
      shareOfWorldSchedule: share(f.scheduledPerDay / REFERENCE.worldFlightsPerDay.value),
      cancelled: int(f.cancelled),
      knockOnCancelled: int(f.knockOn),
      delayMinutes: int(f.delayMinutes),
      largestAirlines: f.airlines.slice(0, 5).map((a) => ({
        customer: a.customer, flightsPerDay: int(a.flightsPerDay), cancelled: int(a.cancelled), daysDisrupted: a.daysDisrupted,
        lastDisruptedDay: a.lastDisruptedDay, lossUSD: int(a.lossUSD),
      })),
    },
    hospitals: {
      hospitals: tenth(im.hospitals.hospitals),
      shareDisrupted: share(im.hospitals.shareDisrupted),
      outageHours: hours(im.hospitals.outageHours),
      hoursOnPaper: int(im.hospitals.hoursOnPaper),
      proceduresPostponed: int(im.hospitals.proceduresPostponed),
    },
    emergency: {
      centres: tenth(im.emergency.centres),
      unableToTakeCalls: tenth(im.emergency.unable),
      centreHoursUnable: tenth(im.emergency.centreHours),
      hoursUnable: hours(im.emergency.hours),
      centreHoursManual: int(im.emergency.manualHours),
      hoursImpaired: hours(im.emergency.impairedHours),
      byRegion: im.emergency.byRegion.filter((r) => r.centres > 0).map((r) => ({
        region: r.region, centres: tenth(r.centres), unableToTakeCalls: tenth(r.unable), centreHoursUnable: tenth(r.centreHours), maxHours: tenth(r.maxHours),
        centreHoursImpaired: int(r.impairedCentreHours),
      })),
    },
    broadcast: { channels: tenth(im.broadcast.channels), offAir: tenth(im.broadcast.offAir), channelMinutesOffAir: int(im.broadcast.channelMinutesOffAir) },
    services: im.services.filter((s) => s.units > 0).map((s) => ({
      service: s.id, sector: s.sector, unit: s.unit, units: tenth(s.units), affected: tenth(s.affectedUnits),
      lostHours: int(s.lostHours), stoppedHours: int(s.stoppedHours), manualHours: int(s.manualHours), lossUSD: int(s.lossUSD),
    })),
    fortune500Like: {
      customers: im.fortune500.customers,
      devices: im.fortune500.devices,
      lossUSD: int(im.fortune500.lossUSD),
      bySector: im.fortune500.bySector.map((x) => ({ sector: x.sector, customers: x.customers, lossUSD: int(x.lossUSD) })),
      reported: { lossUSD: REFERENCE.fortune500LossUSD.value, source: REFERENCE.fortune500LossUSD.source },
    },
  };
}

/** Who the organisation run was for. */
export function organisationJson(org: Organisation) {
  return {
    name: org.name, sector: org.sector, devices: orgDevices(org),
    sites: org.sites.map((s) => ({ name: s.name, region: s.region, devices: s.devices })),
  };
}
