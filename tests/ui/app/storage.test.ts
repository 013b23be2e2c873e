import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/scenario/problems.js';
import { baselineScenario } from '../../../src/scenario/scenario.js';
import { startFrom, setValue } from '../../../src/ui/app/editState.js';
import { STORAGE_KEY, loadState, saveState, type KeyValueStore } from '../../../src/ui/app/storage.js';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('storage', () => {
  it('round-trips the edited scenario and its base', () => {
    const store = memory();
    const s = setValue(startFrom({ ...baselineScenario(), name: 'Mine <script>' }), 'repair.staffPer1000', 9);
    expect(saveState(store, s)).toBe(true);
    const back = loadState(store);
    expect(back).toEqual({ ok: true, state: s });
  });

  it('null when nothing is saved; errors for damaged state', () => {
    const store = memory();
    expect(loadState(store)).toBeNull();
    store.setItem(STORAGE_KEY, '{not json');
    expect(loadState(store)).toMatchObject({ ok: false });
    store.setItem(STORAGE_KEY, JSON.stringify({ current: { params: { 'push.revertMinutes': -5 } } }));
    const r = loadState(store);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.errors.map(problemText).join(' ')).toMatch(/push\.revertMinutes/);
  });

  it('survives a store that throws', () => {
    const broken: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(saveState(broken, startFrom(baselineScenario()))).toBe(false);
    expect(loadState(broken)).toBeNull();
    expect(loadState(null)).toBeNull();
  });
});
