import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/i18n/chooseLocale.js';
import { htmlLang, intlTag, parseLocale } from '../../src/i18n/locale.js';

describe('parseLocale', () => {
  it('reads the primary language of a tag, in any case and with either separator', () => {
    expect(parseLocale('ja')).toBe('ja');
    expect(parseLocale('JA')).toBe('ja');
    expect(parseLocale('ja-JP')).toBe('ja');
    expect(parseLocale('ja_JP')).toBe('ja');
    expect(parseLocale(' en-US ')).toBe('en');
    expect(parseLocale('en-GB')).toBe('en');
  });

  it('refuses languages the page does not have and non-strings', () => {
    for (const bad of ['fr', 'jap', 'english', '', '-', null, undefined]) expect(parseLocale(bad)).toBeNull();
  });

  it('gives Intl and <html lang> a full tag', () => {
    expect(intlTag('en')).toBe('en-GB');
    expect(intlTag('ja')).toBe('ja-JP');
    expect(htmlLang('ja')).toBe('ja-JP');
  });
});

describe('chooseLocale', () => {
  it('takes the link first, over a saved choice and the browser', () => {
    expect(chooseLocale({ query: '?v=1&lang=ja', saved: 'en', languages: ['en-US'] })).toEqual({
      locale: 'ja', from: 'link', unsupportedLinkLang: null,
    });
    expect(chooseLocale({ query: 'lang=en', saved: 'ja', languages: ['ja'] }).locale).toBe('en');
  });

  it('then the language saved in this browser', () => {
    expect(chooseLocale({ query: '?v=1', saved: 'ja', languages: ['en'] })).toMatchObject({ locale: 'ja', from: 'saved' });
  });

  it('then the first browser language the page has, in the reader\'s order', () => {
    expect(chooseLocale({ languages: ['fr-FR', 'ja-JP', 'en'] })).toMatchObject({ locale: 'ja', from: 'browser' });
    expect(chooseLocale({ languages: ['de', 'en-AU', 'ja'] })).toMatchObject({ locale: 'en', from: 'browser' });
  });

  it('then English', () => {
    expect(chooseLocale({})).toEqual({ locale: 'en', from: 'default', unsupportedLinkLang: null });
    expect(chooseLocale({ query: '', saved: null, languages: ['fr', 'de'] })).toMatchObject({ locale: 'en', from: 'default' });
  });

  it('skips an unknown lang in the link or in storage, and reports the link\'s', () => {
    expect(chooseLocale({ query: '?lang=fr', saved: 'ja' })).toEqual({ locale: 'ja', from: 'saved', unsupportedLinkLang: 'fr' });
    expect(chooseLocale({ query: '?lang=', saved: 'xx', languages: ['ja'] })).toEqual({
      locale: 'ja', from: 'browser', unsupportedLinkLang: '',
    });
  });

  it('cuts an absurd lang value before it reaches a message', () => {
    expect(chooseLocale({ query: `?lang=${'x'.repeat(500)}` }).unsupportedLinkLang).toHaveLength(20);
  });
});
