import { describe, expect, it } from 'vitest';
import { validateOrg } from '../../../src/scenario/org.js';
import { problemText } from '../../../src/scenario/problems.js';
import { loadOrg, ORG_STORAGE_KEY, saveOrg } from '../../../src/ui/app/orgStorage.js';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

const org = () => {
  const r = validateOrg({ name: 'Shop', sector: 'retail', repairStaff: 3, sites: [{ region: 'europe', devices: { fixed: 40, server: 2 } }] }, 'x');
  if (!r.ok) throw new Error('bad');
  return r.value;
};

describe('orgStorage', () => {
  it('saveOrg/loadOrg keep the organisation across a reload, and forget it when cleared', () => {
    const s = memory();
    expect(loadOrg(s)).toBeNull();
    expect(saveOrg(s, org())).toBe(true);
    expect(loadOrg(s)).toEqual({ ok: true, warnings: [], value: org() });
    expect(saveOrg(s, null)).toBe(true);
    expect(s.m.has(ORG_STORAGE_KEY)).toBe(false);
    expect(loadOrg(s)).toBeNull();
  });

  it('loadOrg names what is wrong with damaged saved text; blocked storage is no organisation', () => {
    const s = memory();
    s.setItem(ORG_STORAGE_KEY, '{"sector":"retail","sites":[]}');
    const r = loadOrg(s);
    expect(r && !r.ok && r.errors.map(problemText)[0]).toMatch(/^saved organisation: sites: got a list; expected a list of 1 to 500 sites/);
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadOrg(blocked)).toBeNull();
    expect(saveOrg(blocked, org())).toBe(false);
    expect(saveOrg(null, org())).toBe(false);
  });
});
