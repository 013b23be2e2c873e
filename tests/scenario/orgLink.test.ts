import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orgToJson, parseOrgText, validateOrg, type Organisation } from '../../src/scenario/org.js';
import { decodeOrgLink, encodeOrgLink, isOrgKey } from '../../src/scenario/orgLink.js';
import { problemText } from '../../src/scenario/problems.js';
import { SCENARIO_DIR } from '../helpers/baseline.js';

const delta = (): Organisation => {
  const r = parseOrgText(readFileSync(join(SCENARIO_DIR, 'orgs', 'delta-scale-airline.json'), 'utf8'), 'delta');
  if (!r.ok) throw new Error('example unreadable');
  return r.value;
};

/** Every field off its default, and names that need escaping. */
const busy = (): Organisation => {
  const r = validateOrg({
    name: 'St. Mary: A&E, wards = 3', sector: 'healthcare', repairStaff: 12.5,
    bitlockerShare: { server: 0.2, fixed: 0.9, workstation: 1, vm: 0 }, keyEscrowedShare: 0.75,
    keyServerOnSite: true, automatedRemediation: true, holdsContentBack: true,
    sites: [
      { name: 'Main: campus, north', region: 'uk-ie', devices: { server: 40, fixed: 300, workstation: 900, vm: 60 }, repairStaff: 4 },
      { name: '', region: 'anz', devices: { workstation: 5 } },
    ],
  }, 'x');
  if (!r.ok) throw new Error(r.errors.map(problemText).join('; '));
  return r.value;
};

const roundTrip = (o: Organisation) => {
  const q = new URLSearchParams(encodeOrgLink(o));
  return decodeOrgLink([...new URLSearchParams(q.toString())]);
};

describe('orgLink', () => {
  it('encodeOrgLink/decodeOrgLink round-trip the Delta-scale example (all but its description)', () => {
    const o = delta();
    const back = roundTrip(o);
    expect(back).toEqual({ ok: true, warnings: [], value: { ...o, description: '' } });
    // Compact: one short entry per site, nothing for what is left to the scenario.
    const q = new URLSearchParams(encodeOrgLink(o)).toString();
    expect(q.length).toBeLessThan(700);
    expect(q).not.toMatch(/org\.bl|org\.esc|keysOnSite|remediation|holdback/);
  });

  it('encodeOrgLink/decodeOrgLink round-trip every field, per-class BitLocker shares and names with colons and commas', () => {
    const o = busy();
    expect(roundTrip(o)).toEqual({ ok: true, warnings: [], value: { ...o, description: '' } });
    const same = { ...o, bitlockerShare: { server: 0.5, fixed: 0.5, workstation: 0.5, vm: 0.5 } };
    expect(encodeOrgLink(same)).toContainEqual(['org.bl', '0.5']);
    expect(roundTrip(same)).toMatchObject({ ok: true, value: { bitlockerShare: same.bitlockerShare } });
  });

  it('decodeOrgLink: none without org keys; bad values named as the link names them', () => {
    expect(decodeOrgLink([['name', 'x'], ['push.revertMinutes', '20']])).toBeNull();
    expect(isOrgKey('org')).toBe(true);
    expect(isOrgKey('org.site')).toBe(true);
    expect(isOrgKey('organisation')).toBe(false);
    const r = decodeOrgLink([
      ['org', 'Mine'], ['org.sector', 'airline'], ['org.staff', '-3'], ['org.esc', 'lots'], ['org.holdback', 'yes'], ['org.colour', 'red'],
      ['org.site', 'na-east:10,abc,0,0::Hub'], ['org.site', 'mars:1,0,0,0::Base'], ['org.site', 'europe:12'],
    ]);
    expect(r?.ok).toBe(false);
    const text = r && !r.ok ? r.errors.map(problemText) : [];
    expect(text).toEqual(expect.arrayContaining([
      expect.stringMatching(/^link: org\.colour: unknown field; allowed fields are org, org\.sector/),
      expect.stringMatching(/^link: org\.sector: got "airline"; expected one of airlines, /),
      expect.stringMatching(/^link: org\.staff: got -3; expected a number of people above 0/),
      expect.stringMatching(/^link: org\.esc: got "lots"; expected a share from 0 to 1/),
      expect.stringMatching(/^link: org\.holdback: got "yes"; expected true or false/),
      expect.stringMatching(/^link: org\.site \(site 1\)\.devices\.fixed: got "abc"; expected a whole number/),
      expect.stringMatching(/^link: org\.site \(site 2\)\.region: got "mars"; expected one of na-east/),
      expect.stringMatching(/^link: org\.site \(site 3\)\.devices: got "12"; expected \{ "server": N/),
    ]));
    expect(decodeOrgLink([['org', 'x'], ['org', 'y'], ['org.sector', 'retail'], ['org.site', 'latam:1,0,0,0::a']])).toMatchObject({
      ok: false, errors: [{ path: 'org', code: 'link.repeated' }],
    });
  });

  it('decodeOrgLink refuses an organisation part longer than a link may be', () => {
    const sites = Array.from({ length: 400 }, (_, i): [string, string] => ['org.site', `europe:1,1,1,1::${'x'.repeat(60)}${i}`]);
    expect(decodeOrgLink([['org', 'Big'], ['org.sector', 'other'], ...sites])).toMatchObject({ ok: false, errors: [{ code: 'link.tooLong', path: 'org' }] });
  });
});

describe('orgToJson', () => {
  it('orgToJson writes a file that reads back the same', () => {
    for (const o of [delta(), busy()]) {
      const text = orgToJson(o);
      expect(parseOrgText(text, 'back')).toEqual({ ok: true, warnings: [], value: o });
    }
    // What is left to the scenario is left out of the file.
    const json = JSON.parse(orgToJson(delta())) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain('bitlockerShare');
    expect(Object.keys(json)).not.toContain('keyEscrowedShare');
  });
});
