import { describe, expect, it } from 'vitest';
import { problem, problemText } from '../../../src/scenario/problems.js';
import { baselineScenario, type Scenario } from '../../../src/scenario/scenario.js';
import { encodeUrlState } from '../../../src/scenario/urlState.js';
import { setValue, startFrom } from '../../../src/ui/app/editState.js';
import { chooseInitial } from '../../../src/ui/app/initialState.js';

const baseline: Scenario = { ...baselineScenario(), name: 'July 2024', description: 'The real thing.' };
const canary: Scenario = { ...baselineScenario(), name: 'Canary ring', description: 'What if.', params: { 'push.canaryShare': 0.01 } };
const files = [{ id: 'july-2024', scenario: baseline }, { id: 'canary', scenario: canary }];
const saved = { ok: true as const, state: setValue(startFrom(canary), 'push.revertMinutes', 30) };

describe('chooseInitial', () => {
  it('opens the baseline when there is no link and nothing saved', () => {
    const r = chooseInitial({ query: '', saved: null, files, baseline });
    expect(r.from).toBe('baseline');
    expect(r.state.current).toEqual(baseline);
    expect(r.linkProblems).toEqual([]);
  });

  it('prefers a link over saved state, with the named file as base', () => {
    const linked = { ...canary, seed: 9, params: { ...canary.params, 'repair.staffPer1000': 8 } };
    const r = chooseInitial({ query: `?${encodeUrlState(linked)}`, saved, files, baseline });
    expect(r.from).toBe('link');
    expect(r.state.base).toEqual(canary);
    expect(r.state.current.params).toEqual(linked.params);
    expect(r.state.current.seed).toBe(9);
    expect(r.state.current.description).toBe('What if.');
  });

  it('a link to an unknown scenario becomes its own base', () => {
    const other = { ...baselineScenario(), name: 'Someone else’s', params: { 'push.revertMinutes': 5 } };
    const r = chooseInitial({ query: encodeUrlState(other), saved: null, files, baseline });
    expect(r.state.base.name).toBe('Someone else’s');
    expect(r.state.current.params).toEqual(other.params);
  });

  it('a bad link is reported and falls back to the saved state', () => {
    const r = chooseInitial({ query: 'v=1&name=x&push.revertMinutes=-3', saved, files, baseline });
    expect(r.from).toBe('saved');
    expect(r.state).toEqual(saved.state);
    expect(r.linkProblems.map(problemText).join('\n')).toMatch(/push\.revertMinutes/);
  });

  it('a bad link with nothing saved falls back to the baseline', () => {
    const r = chooseInitial({ query: 'seed=banana', saved: null, files, baseline });
    expect(r.from).toBe('baseline');
    expect(r.linkProblems.length).toBeGreaterThan(0);
  });

  it('a link too large for the page is refused like a bad one: saved state (or the baseline) instead, the reason named', () => {
    const huge = { ...baselineScenario(), params: { 'fleet.windowsSensors': 100_000_000 } };
    const r = chooseInitial({ query: encodeUrlState(huge), saved, files, baseline });
    expect(r.from).toBe('saved');
    expect(r.state).toEqual(saved.state);
    expect(r.linkProblems.map(problemText)).toEqual([
      'link: fleet.windowsSensors: 100,000,000 is more than the page simulates (largest that fits: 60,000,000). Use the command line for larger fleets.',
    ]);
    const fresh = chooseInitial({ query: encodeUrlState(huge), saved: null, files, baseline });
    expect(fresh.from).toBe('baseline');
    expect(fresh.state.current).toEqual(baseline);
    // A saved state too large for the page (saved before the page refused it) is skipped too.
    const big = { ok: true as const, state: startFrom(huge) };
    expect(chooseInitial({ query: '', saved: big, files, baseline }).from).toBe('baseline');
  });

  it('unreadable saved state is noted and skipped', () => {
    const r = chooseInitial({ query: '', saved: { ok: false, errors: [problem('saved state', '', 'file.notText')] }, files, baseline });
    expect(r.from).toBe('baseline');
    expect(r.savedUnreadable).toBe(true);
  });

  it('a link with comparisons and view settings keeps them; a bad compared file is named', () => {
    const q = `?${encodeUrlState(canary)}&cmp=july-2024&cmp=nope&zoom=h6&tz=local&t=90&ghost=0`;
    const r = chooseInitial({ query: q, saved, files, baseline });
    expect(r.from).toBe('link');
    expect(r.compare).toEqual([{ kind: 'file', id: 'july-2024' }]);
    expect(r.view).toEqual({ zoom: 'h6', log: false, timeZone: 'local', cursorMin: 90, ghost: false });
    expect(r.linkProblems.map(problemText)).toEqual([expect.stringMatching(/^link: cmp: got "nope"; expected a scenario file/)]);
  });

  it('the link\'s organisation comes through, with or without a scenario beside it', () => {
    const org = 'org=Clinic&org.sector=healthcare&org.site=uk-ie%3A10%2C0%2C90%2C0%3A%3AMain';
    const alone = chooseInitial({ query: `?${org}`, saved, files, baseline });
    expect(alone.from).toBe('saved');
    expect(alone.org).toMatchObject({ name: 'Clinic', sector: 'healthcare', sites: [{ name: 'Main', region: 'uk-ie', devices: { server: 10, workstation: 90 } }] });
    const both = chooseInitial({ query: `?${encodeUrlState(canary)}&${org}`, saved: null, files, baseline });
    expect(both.from).toBe('link');
    expect(both.state.current.params).toEqual(canary.params);
    expect(both.org?.name).toBe('Clinic');
    expect(chooseInitial({ query: '', saved, files, baseline }).org).toBeNull();
  });
});
