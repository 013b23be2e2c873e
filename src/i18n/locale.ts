// The page's languages. English is the default and the language of the data (scenario files,
// parameter registry, command line); Japanese because the reporting this project started from
// is Japanese. Intl gets a full tag: en-GB for the house style ("19 July 2024", 24-hour clock).
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, for the language switch (never translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ja: '日本語' };

const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', ja: 'ja-JP' };

/** The BCP 47 tag handed to Intl formatters. */
export function intlTag(locale: Locale): string {
  return INTL_TAG[locale];
}

/** The value for <html lang>: the same tag, so screen readers and fonts pick the language. */
export function htmlLang(locale: Locale): string {
  return INTL_TAG[locale];
}

/** "ja", "JA", "ja-JP", "ja_JP" -> 'ja'; "en-US" -> 'en'; anything else -> null. */
export function parseLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}
