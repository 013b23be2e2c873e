// The command line's JSON result: the summary figures first, then context a report needs.
import type { SimResult } from '../engine/types.js';
import { largestCustomers } from '../results/largestCustomers.js';
import type { Summary } from '../results/summary.js';
import type { Organisation } from '../scenario/org.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ServiceImpact } from '../services/impact.js';
import { impactJson, organisationJson, sectorServiceJson } from './impactJson.js';

export function resultJson(s: Scenario, hash: string, r: SimResult, sum: Summary, im: ServiceImpact, org: Organisation | null = null) {
  /** Minutes after publish as an ISO time, or null for a time that never came. */
  const at = (minutes: number | null) => (minutes === null ? null : new Date(r.publishAtMs + minutes * 60000).toISOString());
  return {
    ...(org ? { organisation: organisationJson(org) } : {}),
    scenario: s.name,
    seed: s.seed,
    paramsHash: hash,
    publishAt: new Date(r.publishAtMs).toISOString(),
    fleet: sum.fleet,
    exposed: sum.exposed,
    crashed: sum.crashed,
    peakDown: sum.peakDown,
    peakDownAt: sum.peakDownAt,
    hoursTo: sum.hoursTo,
    deviceHoursLost: Math.round(sum.deviceHoursLost),
    checkAt: sum.checkAt,
    sensorsOnlineAtCheck: sum.sensorsOnlineAtCheck,
    crashedRecoveredAtCheck: sum.crashedRecoveredAtCheck,
    calibratedOn: 'sensorsOnlineAtCheck: Windows sensors online compared with before the update (CrowdStrike, 25 Jul 2024: over 97%)',
    stillDownAtEnd: sum.stillDownAtEnd,
    selfRecovered: r.selfRecovered,
    autoRemediated: r.autoRemediated,
    reimaged: r.reimaged,
    agentOnlyFailures: r.agentOnly,
    agentOnlyDownPeak: sum.agentOnlyDownPeak,
    agentOnlyDownAtCheck: sum.agentOnlyDownAtCheck,
    contentEndAt: at(r.contentEndMinutes),
    haltAt: sum.haltAt,
    detectedAt: at(r.detectedAtMinutes),
    knownBadAt: at(r.knownBadMinutes),
    lossUSD: Math.round(im.lossUSD),
    bySector: sum.bySector.map((b, i) => ({ ...b, ...sectorServiceJson(im.sectors[i]!) })),
    // The fleet's five largest customers per sector, to check against what is known (Delta:
    // about 77,000 Windows machines crashed). An organisation's own run has only itself.
    ...(org ? {} : { largestCustomers: largestCustomersJson(r) }),
    ...impactJson(im),
  };
}

/** Per sector, its five largest customers: Windows devices, crashed, and devices per class. */
export function largestCustomersJson(r: SimResult) {
  return largestCustomers(r.sites, 5).map((s) => ({
    sector: s.sector,
    customers: s.customers.map((c) => ({ devices: c.devices, crashed: c.crashed, ...c.byClass })),
  }));
}
