// The organisation survives a reload: saved as its file text in localStorage when it changes,
// read back through the file check when the page opens without one in its link.
import { orgToJson, parseOrgText, type Organisation } from '../../scenario/org.js';
import type { Parsed } from '../../scenario/problems.js';
import type { KeyValueStore } from './storage.js';

export const ORG_STORAGE_KEY = 'outage-impact-simulator.org.v1';

/** Saves the organisation, or forgets it (null). Returns whether the browser kept it. */
export function saveOrg(store: (KeyValueStore & { removeItem?(key: string): void }) | null, org: Organisation | null): boolean {
  if (!store) return false;
  try {
    if (org) store.setItem(ORG_STORAGE_KEY, orgToJson(org));
    else if (store.removeItem) store.removeItem(ORG_STORAGE_KEY);
    else store.setItem(ORG_STORAGE_KEY, '');
    return true;
  } catch {
    return false; // private mode or full storage: the page still works, it just forgets
  }
}

/** The saved organisation, null when there is none, or why it cannot be used. */
export function loadOrg(store: KeyValueStore | null): Parsed<Organisation> | null {
  let text: string | null = null;
  try {
    text = store?.getItem(ORG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null || text === '') return null;
  return parseOrgText(text, 'saved organisation');
}
