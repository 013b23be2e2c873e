import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrgText, validateOrg, type Organisation } from '../../src/scenario/org.js';
import { problemText } from '../../src/scenario/problems.js';
import { SCENARIO_DIR } from '../helpers/baseline.js';

const SRC = 'org.json';
const minimal = { sector: 'healthcare', sites: [{ region: 'uk-ie', devices: { workstation: 300, server: 20 } }] };
const errorsOf = (input: unknown): string[] => {
  const r = validateOrg(input, SRC);
  return r.ok ? [] : r.errors.map(problemText);
};

describe('validateOrg', () => {
  it('validateOrg reads a minimal organisation, filling in the defaults', () => {
    const r = validateOrg(minimal, SRC);
    expect(r).toEqual({
      ok: true, warnings: [],
      value: {
        version: 1, name: 'Untitled organisation', description: '', sector: 'healthcare', repairStaff: null, bitlockerShare: null,
        keyEscrowedShare: null, keyServerOnSite: false, automatedRemediation: false, holdsContentBack: false,
        sites: [{ name: 'site 1', region: 'uk-ie', devices: { server: 20, fixed: 0, workstation: 300, vm: 0 }, repairStaff: null }],
      } satisfies Organisation,
    });
  });

  it('validateOrg takes one BitLocker share for every class, or one per class', () => {
    const one = validateOrg({ ...minimal, bitlockerShare: 0.4 }, SRC);
    expect(one.ok && one.value.bitlockerShare).toEqual({ server: 0.4, fixed: 0.4, workstation: 0.4, vm: 0.4 });
    const each = validateOrg({ ...minimal, bitlockerShare: { server: 0.1, fixed: 0.2, workstation: 0.9, vm: 0 } }, SRC);
    expect(each.ok && each.value.bitlockerShare).toEqual({ server: 0.1, fixed: 0.2, workstation: 0.9, vm: 0 });
  });

  it('validateOrg names every bad field by its path, with what was given and what is allowed', () => {
    const e = errorsOf({
      sector: 'aviation', repairStaff: -3, bitlockerShare: { server: 2, workstation: 0.5, fixed: 0.5, vm: 0.5, laptops: 1 }, keyEscrowedShare: 'most',
      keyServerOnSite: 'yes', colour: 'blue',
      sites: [
        { region: 'mars', devices: { server: 1.5, printer: 3 } },
        { region: 'europe', devices: { server: 0 } },
        'Atlanta',
        { region: 'na-east', devices: { workstation: 10 }, repairStaff: 0, floor: 2 },
      ],
    });
    const expectLine = (prefix: string, ...parts: string[]) => {
      const line = e.find((x) => x.startsWith(`${SRC}: ${prefix}`));
      expect(line, `${prefix} in ${e.join('\n')}`).toBeDefined();
      for (const p of parts) expect(line).toContain(p);
    };
    expectLine('colour: unknown field', 'allowed fields are version, name');
    expectLine('sector: got "aviation"', 'expected one of airlines, healthcare');
    expectLine('repairStaff: got -3', 'above 0');
    expectLine('bitlockerShare.laptops: unknown device class');
    expectLine('bitlockerShare.server: got 2', 'share from 0 to 1');
    expectLine('keyEscrowedShare: got "most"');
    expectLine('keyServerOnSite: got "yes"', 'true or false');
    expectLine('sites[0].region: got "mars"', 'na-east');
    expectLine('sites[0].devices.server: got 1.5', 'whole number');
    expectLine('sites[0].devices.printer: unknown device class');
    expectLine('sites[1].devices: no devices');
    expectLine('sites[2]: got "Atlanta"');
    expectLine('sites[3].repairStaff: got 0');
    expectLine('sites[3].floor: unknown field');
    for (const line of e) expect(line).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it('validateOrg refuses a file without sites, or with more devices than it simulates', () => {
    expect(errorsOf({ sector: 'retail' })[0]).toContain('org.json: sites: got undefined; expected a list of 1 to 500 sites');
    expect(errorsOf({ sector: 'retail', sites: [] })[0]).toContain('sites: got a list');
    const huge = { sector: 'retail', sites: [{ region: 'europe', devices: { fixed: 3_000_000 } }, { region: 'india', devices: { fixed: 3_000_000 } }] };
    expect(errorsOf(huge)).toEqual(['org.json: sites: 6,000,000 devices in all; at most 5,000,000']);
    expect(errorsOf([1, 2])[0]).toContain('org.json: expected a JSON object');
    expect(errorsOf({ ...minimal, version: 2 })[0]).toContain('version: got 2');
  });

  it('parseOrgText says when the file is not JSON', () => {
    const r = parseOrgText('{ "sector": ', SRC);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemText(r.errors[0]!)).toMatch(/^org\.json: not valid JSON \(/);
  });

  it('the example organisation (scenarios/orgs/delta-scale-airline.json) is valid: 40,000 servers and 37,000 computers', () => {
    const file = join(SCENARIO_DIR, 'orgs', 'delta-scale-airline.json');
    const r = parseOrgText(readFileSync(file, 'utf8'), file);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    const sum = (c: 'server' | 'fixed' | 'workstation' | 'vm') => r.value.sites.reduce((a, s) => a + s.devices[c], 0);
    expect(r.value.sector).toBe('airlines');
    expect(sum('server')).toBe(40_000);
    expect(sum('fixed') + sum('workstation')).toBe(37_000);
  });
});
