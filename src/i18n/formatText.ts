// Putting several texts together the way each language does: lists ("a, b and c" / "a、b、c")
// and whole sentences (joined by a space in English, nothing in Japanese).
import { intlTag, type Locale } from './locale.js';

const lists = new Map<string, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: Locale, type: 'and' | 'or' = 'and'): string {
  const key = `${locale}|${type}`;
  let f = lists.get(key);
  if (!f) {
    f = new Intl.ListFormat(intlTag(locale), { type: type === 'and' ? 'conjunction' : 'disjunction' });
    lists.set(key, f);
  }
  return f.format(items);
}

/** Names in a row (runs' names, which may hold commas and 、 themselves): "a; b" / "a／b". */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'ja' ? '／' : '; ');
}

/** Complete sentences in a row. Only for sentences that each stand alone, never for fragments. */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.filter((s) => s !== '').join(locale === 'ja' ? '' : ' ');
}

/** An English detail after "Subject: " starts in lower case; shown alone it starts a sentence. */
export function capitalizeFirst(text: string, locale: Locale): string {
  if (locale !== 'en' || text === '') return text;
  return text[0]!.toUpperCase() + text.slice(1);
}
