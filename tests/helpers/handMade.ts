// A tiny SimResult written by hand: 100 devices, 5 bins of an hour, every crash in sector 0,
// region 0 and class 0, so series and summaries can be checked with pencil and paper.
import { BACK_SHARES, CLASSES, REGIONS, SECTORS, type SimResult, type SiteTable } from '../../src/engine/index.js';
import { milestoneRank } from '../../src/engine/milestones.js';

export const HAND_PUBLISH = Date.parse('2024-07-19T04:09:00Z');

/** `crashed[b]` and `recovered[b]` are new events in bin b (all bins one hour, from minute 0). */
export function handMade(crashed: number[], recovered: number[], fleet = 100): SimResult {
  const n = crashed.length;
  const rows = (groups: number, first: number[]) => {
    const out = new Float64Array(groups * n);
    first.forEach((x, b) => (out[b] = x));
    return out;
  };
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  const one = (groups: number, v: number) => {
    const out = new Float64Array(groups);
    out[0] = v;
    return out;
  };
  const c = sum(crashed);
  const edges = Float64Array.from({ length: n + 1 }, (_, i) => i * 60);
  return {
    binEdges: edges,
    nBins: n,
    publishAtMs: HAND_PUBLISH,
    seed: 1,
    fleet,
    eligible: fleet,
    exposed: c,
    crashed: c,
    selfRecovered: 0,
    autoRemediated: 0,
    reimaged: 0,
    agentOnly: 0,
    agentOnlyRecovered: 0,
    stillDown: c - sum(recovered),
    deviceHoursLost: 0,
    haltAtMinutes: null,
    detectedAtMinutes: null,
    contentEndMinutes: 78,
    knownBadMinutes: 78,
    exposedByRegion: rows(REGIONS.length, crashed),
    agentFailedByRegion: new Float64Array(REGIONS.length * n),
    agentRecoveredByRegion: new Float64Array(REGIONS.length * n),
    crashedBySector: rows(SECTORS.length, crashed),
    recoveredBySector: rows(SECTORS.length, recovered),
    crashedByRegion: rows(REGIONS.length, crashed),
    recoveredByRegion: rows(REGIONS.length, recovered),
    crashedByClass: rows(CLASSES.length, crashed),
    recoveredByClass: rows(CLASSES.length, recovered),
    sectorFleet: one(SECTORS.length, fleet),
    sectorCrashed: one(SECTORS.length, c),
    sectorDeviceHours: new Float64Array(SECTORS.length),
    regionFleet: one(REGIONS.length, fleet),
    regionExposed: one(REGIONS.length, c),
    regionCrashed: one(REGIONS.length, c),
    regionOnAtPublish: new Float64Array(REGIONS.length),
    classFleet: one(CLASSES.length, fleet),
    classCrashed: one(CLASSES.length, c),
    sites: oneSite(crashed, recovered, fleet, edges),
  };
}

/** The one site of a hand-made result: every device and crash in class 0. */
function oneSite(crashed: number[], recovered: number[], fleet: number, edges: Float64Array): SiteTable {
  const NC = CLASSES.length;
  const c = crashed.reduce((s, x) => s + x, 0);
  const devices = new Int32Array(NC);
  devices[0] = fleet;
  const siteCrashed = new Int32Array(NC);
  siteCrashed[0] = c;
  const firstCrash = new Float32Array(NC);
  firstCrash[0] = c > 0 ? edges[crashed.findIndex((x) => x > 0)]! : 0;
  const backAt = new Float32Array(NC * BACK_SHARES.length);
  if (c > 0) {
    BACK_SHARES.forEach((_, k) => {
      let cum = 0;
      const bin = recovered.findIndex((x) => (cum += x) >= milestoneRank(k, c));
      backAt[k] = bin < 0 ? Infinity : edges[bin + 1]!;
    });
  }
  return {
    n: 1, nCustomers: 1, customer: new Int32Array(1), sector: new Uint8Array(1), region: new Uint8Array(1),
    devices, crashed: siteCrashed, firstCrash, backAt,
  };
}
