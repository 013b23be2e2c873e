// What every run must satisfy, whatever the parameters and the seed. Returns the broken rules as
// readable lines (empty when all hold) so a failing test shows what went wrong and where.
import { CLASSES, REGIONS, SECTORS, type Params, type SimResult } from '../../src/engine/index.js';

/** Sums a [group][bin] histogram over groups: one value per bin. */
export function perBin(h: Float64Array, nBins: number): Float64Array {
  const out = new Float64Array(nBins);
  for (let i = 0; i < h.length; i++) out[i % nBins]! += h[i]!;
  return out;
}

/** Sums a [group][bin] histogram over bins: one value per group. */
export function perGroup(h: Float64Array, nBins: number): Float64Array {
  const out = new Float64Array(h.length / nBins);
  for (let i = 0; i < h.length; i++) out[Math.floor(i / nBins)]! += h[i]!;
  return out;
}

export const total = (a: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
};

export function cumsum(a: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) out[i] = s += a[i]!;
  return out;
}

const firstNonZero = (a: ArrayLike<number>): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return i;
  return Infinity;
};

export function invariantViolations(r: SimResult, params?: Params): string[] {
  const v: string[] = [];
  const n = r.nBins;
  const fail = (m: string) => { if (v.length < 20) v.push(m); };

  if (r.binEdges.length !== n + 1) fail(`binEdges has ${r.binEdges.length} edges for ${n} bins`);
  for (let i = 0; i < n; i++) if (!(r.binEdges[i + 1]! > r.binEdges[i]!)) fail(`binEdges not increasing at ${i}`);

  const hists = {
    exposedByRegion: [r.exposedByRegion, REGIONS.length],
    crashedBySector: [r.crashedBySector, SECTORS.length],
    recoveredBySector: [r.recoveredBySector, SECTORS.length],
    crashedByRegion: [r.crashedByRegion, REGIONS.length],
    recoveredByRegion: [r.recoveredByRegion, REGIONS.length],
    crashedByClass: [r.crashedByClass, CLASSES.length],
    recoveredByClass: [r.recoveredByClass, CLASSES.length],
  } as const;
  for (const [name, [h, groups]] of Object.entries(hists)) {
    if (h.length !== groups * n) fail(`${name}: length ${h.length}, expected ${groups} x ${n}`);
    for (let i = 0; i < h.length; i++) {
      if (!(Number.isInteger(h[i]) && h[i]! >= 0)) {
        fail(`${name}[${i}] = ${h[i]} is not a count`);
        break;
      }
    }
  }

  const exp = perBin(r.exposedByRegion, n);
  const cr = perBin(r.crashedBySector, n);
  const rec = perBin(r.recoveredBySector, n);
  const same = (name: string, a: Float64Array, b: Float64Array) => {
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return fail(`${name}: bin ${i} has ${a[i]}, by sector ${b[i]}`);
  };
  same('crashedByRegion', perBin(r.crashedByRegion, n), cr);
  same('crashedByClass', perBin(r.crashedByClass, n), cr);
  same('recoveredByRegion', perBin(r.recoveredByRegion, n), rec);
  same('recoveredByClass', perBin(r.recoveredByClass, n), rec);

  // Counts over time: cumulative never falls (histograms are counts), down within [0, fleet].
  const cumE = cumsum(exp);
  const cumC = cumsum(cr);
  const cumR = cumsum(rec);
  for (let i = 0; i < n; i++) {
    const down = cumC[i]! - cumR[i]!;
    const up = r.fleet - down;
    if (down < 0) { fail(`bin ${i}: recovered ${cumR[i]} > crashed ${cumC[i]} (down ${down})`); break; }
    if (down > r.fleet || up + down !== r.fleet) { fail(`bin ${i}: down ${down} not within fleet ${r.fleet}`); break; }
    if (cumC[i]! > cumE[i]!) { fail(`bin ${i}: crashed ${cumC[i]} > exposed ${cumE[i]}`); break; }
  }
  if (firstNonZero(rec) < firstNonZero(cr)) fail(`first recovery in bin ${firstNonZero(rec)} before first crash in bin ${firstNonZero(cr)}`);

  // Nothing before the publish time; no new exposure once the content stopped going out.
  for (let i = 0; i < n && r.binEdges[i + 1]! <= 0; i++) {
    if (exp[i] || cr[i] || rec[i]) fail(`bin ${i} (${r.binEdges[i]} min) before publish has events`);
  }
  for (let i = 0; i < n; i++) {
    if (r.contentEndMinutes !== null && r.binEdges[i]! >= r.contentEndMinutes && exp[i] !== 0) {
      fail(`bin ${i} (from ${r.binEdges[i]} min) has ${exp[i]} exposures at or after contentEnd ${r.contentEndMinutes}`);
      break;
    }
  }

  // Totals add up across every view.
  const eq = (name: string, a: number, b: number) => { if (a !== b) fail(`${name}: ${a} != ${b}`); };
  eq('sum of exposure bins vs exposed', total(exp), r.exposed);
  eq('sum of crash bins vs crashed', total(cr), r.crashed);
  eq('crashed + agentOnly vs exposed', r.crashed + r.agentOnly, r.exposed);
  eq('recovered + stillDown vs crashed', total(rec) + r.stillDown, r.crashed);
  eq('down at the end vs stillDown', cumC[n - 1]! - cumR[n - 1]!, r.stillDown);
  eq('sum regionExposed', total(r.regionExposed), r.exposed);
  eq('sum regionCrashed', total(r.regionCrashed), r.crashed);
  eq('sum sectorCrashed', total(r.sectorCrashed), r.crashed);
  eq('sum classCrashed', total(r.classCrashed), r.crashed);
  eq('sum sectorFleet', total(r.sectorFleet), r.fleet);
  eq('sum regionFleet', total(r.regionFleet), r.fleet);
  eq('sum classFleet', total(r.classFleet), r.fleet);
  const groupsEq = (name: string, a: Float64Array, b: ArrayLike<number>) => {
    for (let g = 0; g < a.length; g++) if (a[g] !== b[g]) return fail(`${name}[${g}]: bins sum to ${a[g]}, total says ${b[g]}`);
  };
  groupsEq('exposedByRegion', perGroup(r.exposedByRegion, n), r.regionExposed);
  groupsEq('crashedByRegion', perGroup(r.crashedByRegion, n), r.regionCrashed);
  groupsEq('crashedBySector', perGroup(r.crashedBySector, n), r.sectorCrashed);
  groupsEq('crashedByClass', perGroup(r.crashedByClass, n), r.classCrashed);
  const within = (name: string, part: ArrayLike<number>, whole: ArrayLike<number>) => {
    for (let g = 0; g < part.length; g++) if (part[g]! > whole[g]!) return fail(`${name}[${g}]: ${part[g]} > fleet ${whole[g]}`);
  };
  within('regionExposed', r.regionExposed, r.regionFleet);
  within('sectorCrashed', r.sectorCrashed, r.sectorFleet);
  within('classCrashed', r.classCrashed, r.classFleet);
  if (r.exposed < r.crashed) fail(`exposed ${r.exposed} < crashed ${r.crashed}`);
  // Each of these is at most the crashed devices. (That they are also at most the devices back
  // within the run fails today: see tests/engine/site.test.ts.)
  if (r.selfRecovered + r.autoRemediated + r.reimaged > r.crashed) {
    fail(`self ${r.selfRecovered} + auto ${r.autoRemediated} + reimaged ${r.reimaged} > crashed ${r.crashed}`);
  }
  for (const [name, x] of Object.entries({ exposed: r.exposed, crashed: r.crashed, stillDown: r.stillDown, agentOnly: r.agentOnly, selfRecovered: r.selfRecovered, autoRemediated: r.autoRemediated, reimaged: r.reimaged })) {
    if (!(Number.isInteger(x) && x >= 0)) fail(`${name} = ${x} is not a count`);
  }

  // Device-hours: non-negative, per sector adds up, at most every crash down until the end.
  const dh = r.deviceHoursLost;
  if (!(dh >= 0) || !Number.isFinite(dh)) fail(`deviceHoursLost = ${dh}`);
  if (Math.abs(total(r.sectorDeviceHours) - dh) > 1e-6 * Math.max(1, dh)) fail(`sectorDeviceHours sum ${total(r.sectorDeviceHours)} != ${dh}`);
  const end = r.binEdges[n]!;
  if (dh > (r.crashed * (end + 0.5)) / 60 + 1e-6) fail(`deviceHoursLost ${dh} > crashed x horizon`);
  if (r.crashed > 0 && r.stillDown === r.crashed && dh === 0) fail('crashed devices but no device-hours lost');

  if (r.contentEndMinutes !== null && !(r.contentEndMinutes >= 0)) fail(`contentEndMinutes = ${r.contentEndMinutes}`);
  if (r.haltAtMinutes !== null && r.haltAtMinutes !== r.contentEndMinutes) fail(`haltAtMinutes ${r.haltAtMinutes} != contentEnd ${r.contentEndMinutes}`);
  if (r.haltAtMinutes !== null && !(r.detectedAtMinutes !== null && r.detectedAtMinutes <= r.haltAtMinutes)) {
    fail(`halted at ${r.haltAtMinutes} without crash telemetry passing the threshold before (${r.detectedAtMinutes})`);
  }
  // The known-bad list follows the fix: never before the content stopped, never without it.
  if ((r.knownBadMinutes === null) !== (r.contentEndMinutes === null)) fail(`knownBad ${r.knownBadMinutes} but contentEnd ${r.contentEndMinutes}`);
  if (r.knownBadMinutes !== null && r.contentEndMinutes !== null && r.knownBadMinutes < r.contentEndMinutes) {
    fail(`known-bad list at ${r.knownBadMinutes} before the content stopped at ${r.contentEndMinutes}`);
  }
  // Agent-only failures: counted per region, back at most once each, never before the known-bad list.
  eq('sum of agent failure bins vs agentOnly', total(r.agentFailedByRegion), r.agentOnly);
  eq('sum of agent recovery bins vs agentOnlyRecovered', total(r.agentRecoveredByRegion), r.agentOnlyRecovered);
  if (r.agentOnlyRecovered > r.agentOnly) fail(`agents back ${r.agentOnlyRecovered} > agent failures ${r.agentOnly}`);
  const agentBack = perBin(r.agentRecoveredByRegion, n);
  const knownBad = r.knownBadMinutes ?? Infinity;
  for (let i = 0; i < n; i++) {
    if (agentBack[i]! > 0 && r.binEdges[i + 1]! <= knownBad) { fail(`agents back in bin ${i} (to ${r.binEdges[i + 1]} min) before the known-bad list at ${knownBad}`); break; }
  }
  for (let g = 0; g < r.regionOnAtPublish.length; g++) {
    const x = r.regionOnAtPublish[g]!;
    if (!(x >= 0 && x <= 1)) fail(`regionOnAtPublish[${g}] = ${x}`);
  }
  if (params) {
    if (r.fleet !== params.fleet.windowsSensors) fail(`fleet ${r.fleet} != windowsSensors ${params.fleet.windowsSensors}`);
    const revert = params.push.revertMinutes;
    if (revert !== 'never' && (r.contentEndMinutes === null || r.contentEndMinutes > revert)) fail(`contentEnd ${r.contentEndMinutes} after revert ${revert}`);
    if (revert === 'never' && r.haltAtMinutes === null && r.contentEndMinutes !== null) fail(`no revert and no halt, but the content ended at ${r.contentEndMinutes}`);
    if (r.knownBadMinutes !== null && r.contentEndMinutes !== null && r.knownBadMinutes !== r.contentEndMinutes + params.crash.knownBadDelayMinutes) {
      fail(`known-bad list at ${r.knownBadMinutes}, not the content's end ${r.contentEndMinutes} + ${params.crash.knownBadDelayMinutes}`);
    }
    if (params.push.kernelModeShare === 0 && r.crashed !== 0) fail(`kernelModeShare 0 but ${r.crashed} crashed`);
    if (params.push.kernelModeShare === 1 && r.agentOnly !== 0) fail(`kernelModeShare 1 but ${r.agentOnly} agent-only`);
    if (params.fleet.eligibleShare === 0 && r.exposed !== 0) fail(`eligibleShare 0 but ${r.exposed} exposed`);
    if (r.publishAtMs !== Date.parse(params.push.publishAt)) fail('publishAtMs does not match push.publishAt');
  }
  return v;
}
