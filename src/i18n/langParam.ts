// The language in the link: `lang=en` or `lang=ja`, written last in the query so the scenario
// keys come first and stay readable. The page writes it on every link it makes, so whoever opens
// a shared link reads the page in the language it was shared in (and can switch).
//
// The scenario decoder (src/scenario/urlState.ts) reads every query key it does not know as a
// parameter, so the page must hand it the query WITHOUT `lang` (see `withoutLang`).
import type { Locale } from './locale.js';

export const LANG_PARAM = 'lang';

/** localStorage key of the language the reader picked with the switch. */
export const LANG_STORAGE_KEY = 'outage-impact-simulator.lang';

const strip = (query: string) => (query.startsWith('?') ? query.slice(1) : query);

/** The raw `lang` value of a query string ("?a=1&lang=ja" -> "ja"), or null. */
export function readLang(query: string): string | null {
  try {
    return new URLSearchParams(strip(query)).get(LANG_PARAM);
  } catch {
    return null;
  }
}

/** The query without `lang`, other keys untouched and in order ("?v=1&lang=ja&seed=2" -> "v=1&seed=2"). */
export function withoutLang(query: string): string {
  // Split by hand rather than re-serialise with URLSearchParams, which would re-encode the
  // other values (the scenario hash of a link must not change because of the language).
  return strip(query)
    .split('&')
    .filter((part) => part !== '' && decodeKey(part) !== LANG_PARAM)
    .join('&');
}

/** The query with `lang` set to `locale`, last ("v=1&seed=2" + ja -> "v=1&seed=2&lang=ja"). */
export function withLang(query: string, locale: Locale): string {
  const rest = withoutLang(query);
  return rest ? `${rest}&${LANG_PARAM}=${locale}` : `${LANG_PARAM}=${locale}`;
}

function decodeKey(part: string): string {
  const key = part.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}
