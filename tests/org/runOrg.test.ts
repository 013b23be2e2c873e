// The organisation model on the example file: a Delta-scale airline under the July 2024
// baseline and under what-ifs. Delta cancelled about 7,000 flights over about five days (Delta
// filings, Aug 2024); the tolerance is a factor of two because the example's sites and repair
// staff are assumptions, not Delta's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultParams, withOverrides } from '../../src/engine/index.js';
import { runOrg, type OrgRun } from '../../src/org/runOrg.js';
import { parseOrgText, type Organisation } from '../../src/scenario/org.js';
import { REFERENCE } from '../../src/services/reference.js';
import { SCENARIO_DIR } from '../helpers/baseline.js';

const SLOW = 60_000;
function example(): Organisation {
  const file = join(SCENARIO_DIR, 'orgs', 'delta-scale-airline.json');
  const r = parseOrgText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
let cached: OrgRun | null = null;
const july = (): OrgRun => (cached ??= runOrg(example(), defaultParams(), 1));

describe('runOrg: the Delta-scale example', () => {
  it('runOrg(example, baseline) crashes most of its machines and cancels on the order of 7,000 flights over about five days', () => {
    const { result, impact } = july();
    expect(result.fleet).toBe(77_000);
    expect(result.crashed).toBeGreaterThan(0.5 * 77_000);
    const a = impact.flights.airlines;
    expect(a).toHaveLength(1);
    expect(a[0]!.flightsPerDay).toBeCloseTo(77_000 / 19, 6);
    expect(a[0]!.cancelled).toBeGreaterThan(REFERENCE.deltaCancellations.value / 2);
    expect(a[0]!.cancelled).toBeLessThan(REFERENCE.deltaCancellations.value * 2);
    expect(a[0]!.daysDisrupted).toBeGreaterThanOrEqual(4);
    expect(a[0]!.daysDisrupted).toBeLessThanOrEqual(6);
    // Most of it is knock-on: crews and aircraft out of position after the systems came back.
    expect(a[0]!.knockOn).toBeGreaterThan(0.3 * a[0]!.cancelled);
    // Its money: within a factor of two of Delta's $550 million.
    expect(impact.lossUSD).toBeGreaterThan(REFERENCE.deltaCostUSD.value / 2);
    expect(impact.lossUSD).toBeLessThan(REFERENCE.deltaCostUSD.value * 2);
  }, SLOW);

  it('runOrg is deterministic: the same organisation, scenario and seed give the same figures', () => {
    const again = runOrg(example(), defaultParams(), 1);
    expect(again.impact.flights.cancelled).toBe(july().impact.flights.cancelled);
    expect(again.result.crashed).toBe(july().result.crashed);
  }, SLOW);

  it('runOrg: more repair staff, fewer cancellations; agents outside the kernel, none', () => {
    const more = { ...example(), repairStaff: 1000 };
    const helped = runOrg(more, defaultParams(), 1).impact.flights.cancelled;
    expect(helped).toBeLessThan(0.6 * july().impact.flights.cancelled);
    const userMode = runOrg(example(), withOverrides({ 'push.kernelModeShare': 0 }), 1);
    expect(userMode.result.crashed).toBe(0);
    expect(userMode.impact.flights.cancelled).toBe(0);
    expect(userMode.impact.lossUSD).toBe(0);
  }, SLOW);

  it('runOrg: an organisation that holds content back for 24 hours never sees the faulty file', () => {
    const r = runOrg({ ...example(), holdsContentBack: true }, withOverrides({ 'push.holdbackHours': 24 }), 1);
    expect(r.result.crashed).toBe(0);
  }, SLOW);
});
