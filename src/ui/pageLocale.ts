// The page's language as page state: one current I18n for every view, chosen once at start
// (link `lang=`, then the browser's languages, then English) and changed by the switch in the
// header. Views read `tr()` / `ui()` when they draw, so a switch only has to draw them again.
// The format modules (app/format.ts, charts/format.ts) read the same locale, so every number,
// date and time zone on the page follows the language without each caller passing it.
import { chooseLocale, createI18n, DEFAULT_LOCALE, t, type I18n, type Locale, type MessageArgs, type MessageKey } from '../i18n/index.js';

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<(l: Locale) => void>();

export function pageLocale(): Locale {
  return current;
}

/** The current language's formatters and names. */
export function ui(): I18n {
  return createI18n(current);
}

/** A catalog text in the page's current language. */
export function tr<K extends MessageKey>(key: K, ...values: MessageArgs<K>): string {
  return t(current, key, ...values);
}

/** Sets the language (no listeners are told when it does not change). */
export function setPageLocale(l: Locale): void {
  if (l === current) return;
  current = l;
  for (const f of listeners) f(l);
}

export function onPageLocale(f: (l: Locale) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/**
 * The language the page opens in: the link's `lang` first, then the browser's languages, then
 * English. A language picked with the switch is kept in the link (every link the page writes
 * carries it), not in storage, so a shared link reads the same for everyone.
 */
export function initialPageLocale(query: string, languages: readonly string[]): { locale: Locale; unsupported: string | null } {
  const c = chooseLocale({ query, languages });
  current = c.locale;
  return { locale: c.locale, unsupported: c.unsupportedLinkLang };
}
