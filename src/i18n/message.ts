// What a catalog entry is, and how values go into it. A message is a whole sentence or phrase
// with named placeholders, `{name}`, never a fragment glued to others: Japanese puts the verb
// last, so only whole phrases can be moved around. Where English needs a plural, the entry
// holds one text per Intl.PluralRules category ({one, other}) and `values.count` picks one;
// Japanese has no plural, so its entry is usually a plain string.
//
// Placeholders are read from the English text's literal type, so `t()` rejects a missing,
// misspelt or extra value at compile time. `{count}` takes a number (formatted with the
// locale's digit grouping); every other placeholder takes text the caller has already formatted
// (a count with formatCount, a time with formatDateTime, a label with paramText...).
import { intlTag, type Locale } from './locale.js';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };
export type Message = string | PluralForms;
export type Catalog = { readonly [key: string]: Message };

/** The same keys as the English catalog, each with a text in the other language. */
export type Translation<T extends Catalog> = { readonly [K in keyof T]: Message };

type NamesIn<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | NamesIn<Rest> : never;

/** Placeholder names of a message; a plural message also needs `count` to pick its form. */
export type Placeholders<M> = M extends string
  ? NamesIn<M>
  : M extends PluralForms
    ? NamesIn<M[keyof M] & string> | 'count'
    : never;

export type MessageValues<M> = { readonly [P in Placeholders<M>]: P extends 'count' ? number : string };

/** `t(key)` for a message without placeholders, `t(key, values)` otherwise. */
export type ValuesArg<M> = [Placeholders<M>] extends [never] ? [] : [values: MessageValues<M>];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names written in a message (all plural forms), sorted. */
export function placeholdersOf(m: Message): string[] {
  const texts = typeof m === 'string' ? [m] : Object.values(m);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const countFormats = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  let v = map.get(locale);
  if (v === undefined) {
    v = make();
    map.set(locale, v);
  }
  return v;
}

/** Picks the plural form for `count` (falling back to `other`). */
export function selectForm(m: Message, locale: Locale, count: unknown): string {
  if (typeof m === 'string') return m;
  if (typeof count !== 'number') throw new Error('a plural message needs a numeric `count` value');
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(intlTag(locale))).select(count) as PluralCategory;
  return m[category] ?? m.other;
}

/** Fills a message's placeholders. A value missing at run time is a programming error: it throws
 * (the types prevent it; the completeness test checks both languages use the same names). */
export function interpolate(m: Message, values: Readonly<Record<string, string | number>>, locale: Locale): string {
  const text = selectForm(m, locale, values.count);
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`message value {${name}} is missing in "${text}"`);
    if (typeof v === 'number') {
      return cached(countFormats, locale, () => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 })).format(v);
    }
    return v;
  });
}
