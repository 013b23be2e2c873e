// t(): a catalog text in a language, with its values filled in. The key must be a key of the
// English catalog and the values must match its placeholders, both checked at compile time.
import { CATALOGS, EN, type En, type MessageKey } from './catalog/index.js';
import type { Locale } from './locale.js';
import { interpolate, type ValuesArg } from './message.js';

export type { MessageKey } from './catalog/index.js';
export type MessageArgs<K extends MessageKey> = ValuesArg<En[K]>;

export function t<K extends MessageKey>(locale: Locale, key: K, ...values: MessageArgs<K>): string {
  return interpolate(CATALOGS[locale][key], (values[0] ?? {}) as Readonly<Record<string, string | number>>, locale);
}

/** For keys made at run time (from data): narrows a string to a key, so t() accepts it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}
