// The edited scenario survives a reload: saved to localStorage on every change, read back
// (and checked like any file) when the page opens without a link.
import { problem, type Problem } from '../../scenario/problems.js';
import { validateScenario, type Scenario } from '../../scenario/scenario.js';
import type { EditState } from './editState.js';

export const STORAGE_KEY = 'outage-impact-simulator.state.v1';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function saveState(store: KeyValueStore | null, state: EditState): boolean {
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ current: state.current, base: state.base }));
    return true;
  } catch {
    return false; // private mode or full storage: the page still works, it just forgets
  }
}

/** The saved state, null when there is none, or the reasons it cannot be used. */
export function loadState(store: KeyValueStore | null): { ok: true; state: EditState } | { ok: false; errors: Problem[] } | null {
  let text: string | null = null;
  try {
    text = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    return { ok: false, errors: [problem('saved state', '', 'file.invalidJson', { why: 'unreadable' })] };
  }
  if (obj === null || typeof obj !== 'object') return { ok: false, errors: [problem('saved state', '', 'notObject', { got: String(obj) })] };
  const o = obj as { current?: unknown; base?: unknown };
  const current = validateScenario(o.current, 'saved state');
  const base = validateScenario(o.base ?? o.current, 'saved state (base)');
  if (!current.ok) return current;
  if (!base.ok) return base;
  return { ok: true, state: { current: current.value, base: base.value } };
}

export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export type { Scenario };
