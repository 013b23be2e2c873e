import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf, selectForm } from '../../src/i18n/message.js';

describe('placeholdersOf', () => {
  it('lists the names in every plural form, sorted, once each', () => {
    expect(placeholdersOf('{b} and {a} and {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf({ one: 'one value in {where}', other: '{count} values in {where}' })).toEqual(['count', 'where']);
    expect(placeholdersOf('no values')).toEqual([]);
  });
});

describe('interpolate', () => {
  it('fills names with text as given', () => {
    expect(interpolate('{a}, then {b}', { a: 'x', b: '{not a placeholder}' }, 'en')).toBe('x, then {not a placeholder}');
  });

  it('formats a number with the language\'s digit grouping', () => {
    expect(interpolate('{count} values', { count: 12345 }, 'en')).toBe('12,345 values');
    expect(interpolate('{count}件', { count: 12345 }, 'ja')).toBe('12,345件');
  });

  it('picks the English plural form by count, and other when a form is missing', () => {
    const m = { one: '{count} day', other: '{count} days' };
    expect(interpolate(m, { count: 1 }, 'en')).toBe('1 day');
    expect(interpolate(m, { count: 0 }, 'en')).toBe('0 days');
    expect(interpolate(m, { count: 1.5 }, 'en')).toBe('1.5 days');
    expect(interpolate(m, { count: 1 }, 'ja')).toBe('1 days');
    expect(selectForm({ other: 'x' }, 'en', 1)).toBe('x');
  });

  it('throws on a value missing at run time, and on a plural without a numeric count', () => {
    expect(() => interpolate('{a} {b}', { a: 'x' }, 'en')).toThrow(/\{b\}/);
    expect(() => interpolate({ one: 'a', other: 'b' }, {}, 'en')).toThrow(/count/);
  });
});
