// simulate(params, seed, { fleet }): the hook the organisation model uses.
import { describe, expect, it } from 'vitest';
import { buildFleet } from '../../src/engine/fleet.js';
import { simulate } from '../../src/engine/simulate.js';
import type { Fleet } from '../../src/engine/index.js';
import { smallParams } from '../helpers/params.js';
import { expectSameFields } from '../helpers/sameResult.js';

const params = smallParams({ 'fleet.windowsSensors': 30_000, 'fleet.customers': 100, 'run.horizonDays': 6, 'run.checkHours': 100 });

/** The first `k` sites of a fleet, as a fleet of their own. */
function firstSites(f: Fleet, k: number): Fleet {
  const NC = 4;
  let total = 0;
  for (let i = 0; i < k * NC; i++) total += f.siteDevices[i]!;
  return {
    nSites: k, nCustomers: f.siteCustomer[k - 1]! + 1, total,
    siteCustomer: f.siteCustomer.slice(0, k), siteSector: f.siteSector.slice(0, k), siteRegion: f.siteRegion.slice(0, k),
    siteDevices: f.siteDevices.slice(0, k * NC), siteStaff: f.siteStaff.slice(0, k), siteHoldback: f.siteHoldback.slice(0, k),
    siteOptIn: f.siteOptIn.slice(0, k), siteOnPremKeys: f.siteOnPremKeys.slice(0, k), siteEscrow: f.siteEscrow.slice(0, k),
    siteReach: f.siteReach.slice(0, k * NC), siteUnattended: f.siteUnattended.slice(0, k * NC),
  };
}

describe('simulate with a given fleet', () => {
  it('simulate(params, seed, { fleet: the generated fleet }) is bit-identical to simulate(params, seed)', () => {
    expectSameFields(simulate(params, 4, { fleet: buildFleet(params, 4) }), simulate(params, 4));
  });

  it('simulate with some of the sites gives each of them the same outcome as in the whole run', () => {
    const whole = simulate(params, 5);
    const part = simulate(params, 5, { fleet: firstSites(buildFleet(params, 5), 20) });
    expect(part.sites.n).toBe(20);
    const NC = 4;
    expect(Array.from(part.sites.crashed)).toEqual(Array.from(whole.sites.crashed.subarray(0, 20 * NC)));
    expect(Array.from(part.sites.backAt)).toEqual(Array.from(whole.sites.backAt.subarray(0, 20 * NC * 6)));
    expect(part.fleet).toBe(Array.from(part.sites.devices).reduce((a, b) => a + b, 0));
  });

  it('simulate with a given fleet keeps the rollout of the whole customer base: the automatic halt reads everyone', () => {
    const canary = { ...params, push: { ...params.push, canaryShare: 0.05, canaryBakeMinutes: 120, haltAfterCrashes: 200, haltDetectionMinutes: 15 } };
    const whole = simulate(canary, 6);
    expect(whole.haltAtMinutes).not.toBeNull();
    const one = simulate(canary, 6, { fleet: firstSites(buildFleet(canary, 6), 3) });
    expect(one.haltAtMinutes).toBe(whole.haltAtMinutes);
    expect(one.contentEndMinutes).toBe(whole.contentEndMinutes);
  });
});
