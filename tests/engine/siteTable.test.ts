// SimResult.sites against the run's own histograms: totals per class, sector and region, and,
// for a fleet of one site, every milestone read off the per-class recovery histogram.
import { describe, expect, it } from 'vitest';
import { BACK_SHARES, CLASSES, REGIONS, SECTORS, simulate, type SimResult } from '../../src/engine/index.js';
import { milestoneRank } from '../../src/engine/milestones.js';
import { smallParams } from '../helpers/params.js';

const NC = CLASSES.length;
const NK = BACK_SHARES.length;
/** One customer in one sector with no foreign sites: a fleet of exactly one site. */
const ONE_SITE = {
  ...Object.fromEntries(SECTORS.map((s) => [`fleet.sectorShare.${s}`, s === 'healthcare' ? 1 : 0])),
  'fleet.customers': 1, 'fleet.windowsSensors': 5000, 'fleet.multinationalMinSize': 10_000_000,
};

/** Milestones of class c from the result's per-class recovery histogram (one site only). */
function fromHistogram(r: SimResult, c: number, crashed: number): number[] {
  return BACK_SHARES.map((_, k) => {
    const need = milestoneRank(k, crashed);
    let cum = 0;
    for (let b = 0; b < r.nBins; b++) {
      cum += r.recoveredByClass[c * r.nBins + b]!;
      if (cum >= need) return Math.fround(r.binEdges[b + 1]!);
    }
    return Infinity;
  });
}

describe('SimResult.sites', () => {
  it('simulate on a one-site fleet: milestones and first crash agree with the class histograms (seeds 1-3, short and long runs)', () => {
    for (const seed of [1, 2, 3]) {
      for (const days of [1, 8]) {
        const r = simulate(smallParams({ ...ONE_SITE, 'run.horizonDays': days, 'run.checkHours': 20 }), seed);
        const t = r.sites;
        expect(t.n).toBe(1);
        let crashedAny = 0;
        for (let c = 0; c < NC; c++) {
          const n = t.crashed[c]!;
          expect(n, CLASSES[c]).toBe(r.classCrashed[c]);
          const back = Array.from(t.backAt.subarray(c * NK, (c + 1) * NK));
          if (n === 0) {
            expect(t.firstCrash[c]).toBe(0);
            expect(back).toEqual(new Array(NK).fill(0));
            continue;
          }
          crashedAny++;
          expect(back, `${CLASSES[c]} seed ${seed} ${days} d`).toEqual(fromHistogram(r, c, n));
          const first = r.crashedByClass.subarray(c * r.nBins, (c + 1) * r.nBins).findIndex((x) => x > 0);
          expect(t.firstCrash[c]).toBeGreaterThanOrEqual(Math.fround(r.binEdges[first]!));
          expect(t.firstCrash[c]).toBeLessThan(r.binEdges[first + 1]!);
        }
        expect(crashedAny).toBeGreaterThan(0);
        if (days === 1) expect(Array.from(t.backAt)).toContain(Infinity); // some still down after one day
      }
    }
  });

  it('simulate: the site table adds up to the fleet, sector, region and class totals, with milestones in order', () => {
    const r = simulate(smallParams({ 'run.horizonDays': 3 }), 5);
    const t = r.sites;
    expect(t.customer.length).toBe(t.n);
    expect(t.devices.length).toBe(t.n * NC);
    expect(t.backAt.length).toBe(t.n * NC * NK);
    const sector = new Float64Array(SECTORS.length);
    const region = new Float64Array(REGIONS.length);
    const cls = new Float64Array(NC);
    let devices = 0;
    const sectorOf = new Map<number, number>();
    for (let s = 0; s < t.n; s++) {
      expect(t.customer[s]).toBeGreaterThanOrEqual(0);
      expect(t.customer[s]).toBeLessThan(t.nCustomers);
      // a customer's sites all belong to its sector
      expect(sectorOf.get(t.customer[s]!) ?? t.sector[s]).toBe(t.sector[s]);
      sectorOf.set(t.customer[s]!, t.sector[s]!);
      for (let c = 0; c < NC; c++) {
        const i = s * NC + c;
        const n = t.crashed[i]!;
        devices += t.devices[i]!;
        expect(n).toBeLessThanOrEqual(t.devices[i]!);
        sector[t.sector[s]!]! += n;
        region[t.region[s]!]! += n;
        cls[c]! += n;
        const back = t.backAt.subarray(i * NK, (i + 1) * NK);
        if (n === 0) {
          expect(t.firstCrash[i]! + back.reduce((a, b) => a + b, 0)).toBe(0);
          continue;
        }
        expect(back[0]).toBeGreaterThan(t.firstCrash[i]!);
        for (let k = 1; k < NK; k++) expect(back[k]).toBeGreaterThanOrEqual(back[k - 1]!);
      }
    }
    expect(devices).toBe(r.fleet);
    expect(Array.from(sector)).toEqual(Array.from(r.sectorCrashed));
    expect(Array.from(region)).toEqual(Array.from(r.regionCrashed));
    expect(Array.from(cls)).toEqual(Array.from(r.classCrashed));
    expect(new Set(t.customer).size).toBeGreaterThan(1);
  });
});
