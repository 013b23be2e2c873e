// Which language the page opens in: the link's `lang` first (a shared link reads the same for
// everyone), then the language the reader picked before (saved in this browser), then the
// browser's preferred languages in order, then English. Pure: the page passes location.search,
// the saved value and navigator.languages.
import { readLang } from './langParam.js';
import { DEFAULT_LOCALE, parseLocale, type Locale } from './locale.js';

export interface LocaleInputs {
  /** location.search, with or without the "?". */
  query?: string;
  /** The value saved under LANG_STORAGE_KEY, if any. */
  saved?: string | null;
  /** navigator.languages (most preferred first). */
  languages?: readonly string[];
}

export type LocaleSource = 'link' | 'saved' | 'browser' | 'default';

export interface LocaleChoice {
  locale: Locale;
  from: LocaleSource;
  /** A `lang` value in the link that names no language of the page ("fr"), so the reader can be told. */
  unsupportedLinkLang: string | null;
}

export function chooseLocale(inputs: LocaleInputs): LocaleChoice {
  const raw = inputs.query === undefined ? null : readLang(inputs.query);
  const fromLink = parseLocale(raw);
  const unsupportedLinkLang = raw !== null && fromLink === null ? raw.slice(0, 20) : null;
  if (fromLink) return { locale: fromLink, from: 'link', unsupportedLinkLang };
  const saved = parseLocale(inputs.saved);
  if (saved) return { locale: saved, from: 'saved', unsupportedLinkLang };
  // The first language the page has wins: a reader listing French, then Japanese, gets Japanese.
  for (const tag of inputs.languages ?? []) {
    const l = parseLocale(tag);
    if (l) return { locale: l, from: 'browser', unsupportedLinkLang };
  }
  return { locale: DEFAULT_LOCALE, from: 'default', unsupportedLinkLang };
}
