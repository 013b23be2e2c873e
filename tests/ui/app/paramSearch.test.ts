import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../../src/engine/index.js';
import { matchesParam, searchTerms } from '../../../src/ui/app/paramSearch.js';
import { KEY_LEVERS } from '../../../src/ui/app/keyLevers.js';

const find = (q: string) => PARAM_SPECS.filter((s) => matchesParam(s, searchTerms(q))).map((s) => s.key);

describe('paramSearch', () => {
  it('searchTerms folds case and accents and splits on spaces', () => {
    expect(searchTerms('  BitLocker   Kéy ')).toEqual(['bitlocker', 'key']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('matchesParam finds by label, key and help; every word must match', () => {
    expect(find('escrow')).toContain('repair.keyEscrowedShare');
    expect(find('push.canary')).toEqual(['push.canaryShare', 'push.canaryBakeMinutes']);
    expect(find('bitlocker')).toEqual(expect.arrayContaining(['repair.keyMinutes', 'repair.bitlockerShare.workstation']));
    // "recovery key" appears only in help texts.
    expect(find('recovery key')).toEqual(expect.arrayContaining(['repair.keyMinutes', 'repair.keyEscrowedShare']));
    // Both words must match: the revert itself, and the two parameters whose label says "after"
    // and whose help speaks of the revert (the halt that stops the content, the known-bad list).
    expect(find('revert after')).toEqual(['push.revertMinutes', 'push.haltAfterCrashes', 'crash.knownBadDelayMinutes']);
    expect(find('revertminutes')).toEqual(['push.revertMinutes']);
    expect(find('no such thing')).toEqual([]);
    expect(find('')).toHaveLength(PARAM_SPECS.length);
  });

  it('matchesParam takes extra context (a group or family title)', () => {
    const spec = PARAM_SPECS.find((s) => s.key === 'repair.travelMinutes')!;
    expect(matchesParam(spec, ['hands-on'])).toBe(false);
    expect(matchesParam(spec, ['hands-on'], ['Hands-on repair'])).toBe(true);
  });

  it('every key lever is a parameter, listed once', () => {
    const keys = new Set(PARAM_SPECS.map((s) => s.key));
    for (const k of KEY_LEVERS) expect(keys.has(k), k).toBe(true);
    expect(new Set(KEY_LEVERS).size).toBe(KEY_LEVERS.length);
  });
});
