// Finding a parameter by what the reader remembers of it: every word typed must appear in its
// label, key, help or the title of its group ("bitlocker key", "revert", "push.canary").
// Case and accents do not matter.
import type { ParamSpec } from '../../engine/index.js';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The words of a query, folded; empty for a blank one. */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Whether a parameter matches every term (a blank query matches all). */
export function matchesParam(spec: ParamSpec, terms: readonly string[], context: readonly string[] = []): boolean {
  if (terms.length === 0) return true;
  const text = fold([spec.label, spec.key, spec.help, ...context].join(' \u0000 '));
  return terms.every((t) => text.includes(t));
}
