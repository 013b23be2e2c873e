import { describe, expect, it } from 'vitest';
import { readLang, withLang, withoutLang } from '../../src/i18n/langParam.js';
import { encodeUrlState, decodeUrlState } from '../../src/scenario/urlState.js';
import { baselineScenario } from '../../src/scenario/scenario.js';

describe('the lang parameter in the link', () => {
  it('readLang reads it with or without "?"', () => {
    expect(readLang('?v=1&lang=ja')).toBe('ja');
    expect(readLang('lang=en&v=1')).toBe('en');
    expect(readLang('?v=1')).toBeNull();
    expect(readLang('')).toBeNull();
  });

  it('withLang writes it last, replacing any earlier one', () => {
    expect(withLang('v=1&seed=2', 'ja')).toBe('v=1&seed=2&lang=ja');
    expect(withLang('?lang=en&v=1&seed=2', 'ja')).toBe('v=1&seed=2&lang=ja');
    expect(withLang('', 'en')).toBe('lang=en');
    expect(withLang('?', 'ja')).toBe('lang=ja');
  });

  it('withoutLang removes every lang key and leaves the other keys byte for byte', () => {
    const q = 'v=1&name=July%202024%20baseline&lang=ja&seed=1&push.revertMinutes=30&lang=en&%6Cang=ja';
    expect(withoutLang(`?${q}`)).toBe('v=1&name=July%202024%20baseline&seed=1&push.revertMinutes=30');
    expect(withoutLang('lang=ja')).toBe('');
    expect(withoutLang('language=ja&lang')).toBe('language=ja');
  });

  it('a scenario link with the language still decodes once the language is taken out', () => {
    const s = { ...baselineScenario(), seed: 7, params: { 'push.revertMinutes': 30 } };
    const link = withLang(encodeUrlState(s), 'ja');
    expect(readLang(link)).toBe('ja');
    const decoded = decodeUrlState(withoutLang(link));
    expect(decoded?.ok).toBe(true);
    if (decoded?.ok) expect(decoded.value.params).toEqual({ 'push.revertMinutes': 30 });
    // The page must do this: the scenario decoder reads `lang` as an (unknown) parameter.
    expect(decodeUrlState(link)?.ok).toBe(false);
  });

  it('a link with only the language carries no scenario', () => {
    expect(decodeUrlState(withoutLang('?lang=ja'))).toBeNull();
  });
});
