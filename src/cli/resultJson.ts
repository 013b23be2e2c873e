// The command line's JSON result: the summary figures first, then context a report needs.
import type { SimResult } from '../engine/types.js';
import { endMinutes } from '../results/bins.js';
import { largestCustomers } from '../results/largestCustomers.js';
import { orgShareAt, orgSpread, type OrgSpreadGroup } from '../results/orgSpread.js';
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
    ...orgsBackJson(r),
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

/** Days after publish at which the summary reads the share of organisations fully back. */
const ORGS_BACK_DAYS = [1, 3, 7] as const;

/** Affected organisations (customers with a crashed device) and the share of them with every
 * crashed device back 1, 3 and 7 days after publish, overall and by size band. */
export function orgsBackJson(r: SimResult) {
  const s = orgSpread(r);
  if (!s) return {};
  const days = ORGS_BACK_DAYS.filter((d) => d * 1440 <= endMinutes(r));
  const group = (g: OrgSpreadGroup) => ({
    affected: g.affected,
    afterDays: Object.fromEntries(days.map((d) => [String(d), orgShareAt(g, r, d * 24)])),
    notBackAtEnd: g.notBackAtEnd,
  });
  return { orgsBack: { ...group(s.all), bySize: s.bySize.map((g) => ({ band: g.band, ...group(g) })) } };
}
