import { describe, expect, it } from 'vitest';
import { validateOrg } from '../../../src/scenario/org.js';
import { problemText } from '../../../src/scenario/problems.js';
import { baselineScenario } from '../../../src/scenario/scenario.js';
import { DEFAULT_VIEW, decodePageLink, encodePageLink, type PageLink } from '../../../src/ui/state/pageLink.js';

const FILES = ['july-2024', 'canary-ring', 'faster-revert'];

describe('page link', () => {
  it('encodePageLink/decodePageLink round-trip the scenario, files and inline scenarios compared, and the view', () => {
    const link: PageLink = {
      scenario: { ...baselineScenario(), name: 'Mine', seed: 4, params: { 'push.revertMinutes': 20 } },
      compare: [
        { kind: 'file', id: 'canary-ring' },
        { kind: 'inline', scenario: { ...baselineScenario(), name: 'Pinned & edited', params: { 'repair.staffPer1000': 11 } } },
      ],
      view: { zoom: 'd2', log: true, timeZone: 'local', cursorMin: 120, ghost: false },
    };
    const q = encodePageLink(link);
    const back = decodePageLink(`?${q}`, FILES);
    expect(back.problems).toEqual([]);
    expect(back.scenario).toEqual(link.scenario);
    expect(back.compare).toEqual(link.compare);
    expect(back.view).toEqual(link.view);
  });

  it('the default view adds nothing to the link; a bare query has no scenario', () => {
    const q = encodePageLink({ scenario: baselineScenario(), compare: [], view: DEFAULT_VIEW });
    expect(q).not.toMatch(/zoom|log|tz|t=|ghost|cmp/);
    expect(decodePageLink('', FILES)).toMatchObject({ scenario: null, compare: [], view: DEFAULT_VIEW, problems: [] });
    expect(decodePageLink('zoom=h6', FILES)).toMatchObject({ scenario: null, view: { ...DEFAULT_VIEW, zoom: 'h6' } });
  });

  it('bad page settings are named and skipped; the scenario still opens', () => {
    const r = decodePageLink('name=x&push.revertMinutes=30&zoom=week&tz=Mars&t=-5&cmp=nope&cmp=c2&c2.push.revertMinutes=0', FILES);
    expect(r.scenario?.params).toEqual({ 'push.revertMinutes': 30 });
    expect(r.view).toEqual(DEFAULT_VIEW);
    const text = r.problems.map(problemText);
    expect(text).toEqual([
      'link: zoom: got "week"; expected h6, d2 or all',
      'link: tz: got "Mars"; expected UTC or local',
      'link: t: got "-5"; expected minutes after publish, from 0 to 86400',
      expect.stringMatching(/^link: cmp: got "nope"; expected a scenario file \(july-2024, canary-ring, faster-revert\)$/),
      expect.stringMatching(/^link \(compared scenario c2\): push\.revertMinutes: got 0; expected a whole number from 1/),
    ]);
  });

  it('at most three scenarios are compared; more is said, not silently dropped', () => {
    const r = decodePageLink('cmp=july-2024&cmp=canary-ring&cmp=faster-revert&cmp=july-2024', FILES);
    expect(r.compare).toHaveLength(3);
    expect(r.problems.map(problemText)).toEqual(['link: cmp: more than 3 scenarios to compare; the first 3 are shown']);
  });

  it('page keys (lang, embed) are left to the page, not read as parameters', () => {
    const r = decodePageLink('lang=ja&embed=timeline&push.revertMinutes=30', FILES);
    expect(r.problems).toEqual([]);
    expect(r.scenario?.params).toEqual({ 'push.revertMinutes': 30 });
  });

  it('the organisation rides in the link, compactly, beside the scenario and the view', () => {
    const org = validateOrg({
      name: 'Regional hospital group', sector: 'healthcare', repairStaff: 20, keyEscrowedShare: 0.6, keyServerOnSite: true,
      sites: [{ name: 'Leeds: main', region: 'uk-ie', devices: { server: 80, workstation: 2400, fixed: 300 } }],
    }, 'x');
    if (!org.ok) throw new Error('bad test organisation');
    const link: PageLink = { scenario: { ...baselineScenario(), params: { 'push.revertMinutes': 20 } }, compare: [], view: { ...DEFAULT_VIEW, cursorMin: 60 }, org: org.value };
    const q = encodePageLink(link);
    expect(q).toContain('org=Regional+hospital+group');
    expect(q).toContain('org.site=uk-ie%3A80%2C300%2C2400%2C0%3A%3ALeeds%3A+main');
    const back = decodePageLink(q, FILES);
    expect(back.problems).toEqual([]);
    expect(back.org).toEqual({ ...org.value, description: '' });
    expect(back.scenario?.params).toEqual({ 'push.revertMinutes': 20 });
    expect(back.view.cursorMin).toBe(60);
    // Without an organisation the link has no org part, and decodes to none.
    const bare = encodePageLink({ ...link, org: null });
    expect(bare).not.toMatch(/(^|&)org/);
    expect(decodePageLink(bare, FILES).org).toBeNull();
  });

  it('a bad organisation in a link is named and dropped; the scenario and the view still apply', () => {
    const r = decodePageLink('push.revertMinutes=30&zoom=h6&org=Mine&org.sector=banking&org.site=europe:5,0,-2,0::HQ', FILES);
    expect(r.org).toBeNull();
    expect(r.scenario?.params).toEqual({ 'push.revertMinutes': 30 });
    expect(r.view.zoom).toBe('h6');
    expect(r.problems.map(problemText)).toEqual([
      expect.stringMatching(/^link \(organisation\): org\.site \(site 1\)\.devices\.workstation: got -2; expected a whole number from 0/),
    ]);
  });
});
