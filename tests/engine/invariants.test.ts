// Rules every run obeys, checked under many seeds on small fleets (see helpers/invariants.ts):
// up + down = fleet, counts never fall, no recovery before a crash, no exposure before publish or
// after the content stopped, and every breakdown adds up to the totals.
import { describe, expect, it } from 'vitest';
import { simulate, type Params } from '../../src/engine/index.js';
import { invariantViolations } from '../helpers/invariants.js';
import { smallParams } from '../helpers/params.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i * 7919 + 1);
const small = { 'fleet.windowsSensors': 20_000, 'fleet.customers': 60 };

const variants: [string, Params, number[]][] = [
  ['July 2024', smallParams(small), SEEDS],
  ['canary ring with halt', smallParams({ ...small, 'push.canaryShare': 0.01, 'push.earlyShare': 0.1, 'push.haltAfterCrashes': 20, 'push.haltDetectionMinutes': 15 }), SEEDS.slice(0, 5)],
  ['halt with a long reaction time', smallParams({ ...small, 'push.haltAfterCrashes': 500, 'push.haltDetectionMinutes': 30 }), SEEDS.slice(0, 5)],
  ['holdback 2 h with a 6 h revert', smallParams({ ...small, 'push.holdbackShare': 0.5, 'push.holdbackHours': 2, 'push.revertMinutes': 360 }), SEEDS.slice(0, 5)],
  ['half the agents in user mode', smallParams({ ...small, 'push.kernelModeShare': 0.5 }), SEEDS.slice(0, 5)],
  ['US business hours, one-day horizon', smallParams({ ...small, 'push.publishAt': '2024-07-18T14:09:00Z', 'run.horizonDays': 1, 'run.checkHours': 20 }), SEEDS.slice(0, 5)],
  ['few staff, no automation, keys lost', smallParams({ ...small, 'repair.staffPer1000': 0.05, 'vendor.autoOptInShare': 0, 'repair.keyEscrowedShare': 0 }), SEEDS.slice(0, 5)],
  ['rings with a revert after the last ring', smallParams({ ...small, 'push.canaryShare': 0.2, 'push.earlyShare': 0.3, 'push.canaryBakeMinutes': 30, 'push.earlyBakeMinutes': 60, 'push.revertMinutes': 200 }), SEEDS.slice(0, 5)],
  ['revert on detection, known-bad list an hour later', smallParams({ ...small, 'push.revertMinutes': 'never', 'push.haltAfterCrashes': 200, 'push.haltDetectionMinutes': 40, 'crash.knownBadDelayMinutes': 60 }), SEEDS.slice(0, 3)],
  ['never reverted, half the agents in user mode', smallParams({ ...small, 'push.revertMinutes': 'never', 'push.kernelModeShare': 0.5, 'run.horizonDays': 3, 'run.checkHours': 48 }), SEEDS.slice(0, 3)],
  ['no vendor tools, network repair, surge staff', smallParams({
    ...small, 'vendor.usbToolHours': 'never', 'vendor.autoRemediationHours': 'never', 'repair.networkFixShare': 0.6, 'repair.networkFixHours': 6,
    'repair.surgeStaff.healthcare': 3, 'repair.surgeStaff.retail': 0.5,
  }), SEEDS.slice(0, 3)],
];

describe('simulate invariants', () => {
  for (const [name, params, seeds] of variants) {
    it(`simulate (${name}) keeps every invariant under ${seeds.length} seeds`, () => {
      for (const seed of seeds) {
        const r = simulate(params, seed);
        expect(invariantViolations(r, params), `seed ${seed}`).toEqual([]);
        expect(r.crashed, `seed ${seed}`).toBeGreaterThan(0);
      }
    });
  }

  it('simulate (canary ring with halt) halts before the revert and the early rings never crash', () => {
    const [, params] = variants[1]!;
    const r = simulate(params, 1);
    expect(r.haltAtMinutes).not.toBeNull();
    expect(r.contentEndMinutes).toBeLessThan(params.push.revertMinutes as number);
    expect(r.crashed).toBeLessThan(0.02 * r.fleet);
  });
});
