import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatMegabytes, formatMoney, formatNumber, formatPercent } from '../../src/i18n/formatNumber.js';

describe('formatCount', () => {
  it('shortens by thousands in English and by ten thousands in Japanese', () => {
    expect(formatCount(8_496_325, 'en')).toBe('8.5M');
    expect(formatCount(8_496_325, 'ja')).toBe('850万');
    expect(formatCount(97_695, 'en')).toBe('97.7k');
    expect(formatCount(97_695, 'ja')).toBe('9.77万');
    expect(formatCount(12_345_678, 'en')).toBe('12.3M');
    expect(formatCount(12_345_678, 'ja')).toBe('1230万');
    expect(formatCount(123_456_789, 'ja')).toBe('1.23億');
    expect(formatCount(5.4e9, 'en')).toBe('5.4B');
    expect(formatCount(5.4e9, 'ja')).toBe('54億');
    expect(formatCount(1.23e12, 'ja')).toBe('1.23兆');
  });

  it('keeps small counts whole: below 1,000 in English, below 10,000 in Japanese', () => {
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatCount(9_994, 'ja')).toBe('9,994');
    expect(formatCount(9_999, 'ja')).toBe('1万');
    expect(formatCount(1_000, 'en')).toBe('1k');
    expect(formatCount(10_000, 'ja')).toBe('1万');
    expect(formatCount(0, 'ja')).toBe('0');
    expect(formatCount(12.6, 'en')).toBe('13');
  });

  it('rounds before picking the unit, so nothing reads 1000k or 10000万', () => {
    expect(formatCount(999_950, 'en')).toBe('1M');
    expect(formatCount(999_499, 'en')).toBe('999k');
    expect(formatCount(99_995_000, 'ja')).toBe('1億');
    expect(formatCount(9_999_500, 'ja')).toBe('1000万');
  });

  it('long style spells the English unit and starts at a million', () => {
    expect(formatCount(8_496_325, 'en', { style: 'long' })).toBe('8.5 million');
    expect(formatCount(97_695, 'en', { style: 'long' })).toBe('97,695');
    expect(formatCount(8_496_325, 'ja', { style: 'long' })).toBe('850万');
  });

  it('full style gives every digit with the language\'s grouping', () => {
    expect(formatCount(8_496_325, 'en', { style: 'full' })).toBe('8,496,325');
    expect(formatCount(8_496_325, 'ja', { style: 'full' })).toBe('8,496,325');
  });

  it('the unit adds an English noun (singular or plural) or a Japanese counter', () => {
    expect(formatCount(8_496_325, 'en', { unit: 'device' })).toBe('8.5M devices');
    expect(formatCount(8_496_325, 'ja', { unit: 'device' })).toBe('850万台');
    expect(formatCount(8_496_325, 'ja', { style: 'full', unit: 'device' })).toBe('8,496,325台');
    expect(formatCount(1, 'en', { unit: 'device' })).toBe('1 device');
    expect(formatCount(29_000, 'en', { style: 'full', unit: 'customer' })).toBe('29,000 customers');
    expect(formatCount(29_000, 'ja', { unit: 'customer' })).toBe('2.9万社');
    expect(formatCount(15, 'ja', { unit: 'reboot' })).toBe('15回');
    expect(formatCount(1, 'en', { unit: 'person' })).toBe('1 person');
    expect(formatCount(2, 'en', { unit: 'person' })).toBe('2 people');
    expect(formatCount(14_550_000, 'en', { style: 'full', unit: 'sensor' })).toBe('14,550,000 Windows sensors');
  });

  it('negative and non-finite counts', () => {
    expect(formatCount(-5_000, 'en')).toBe('−5k');
    expect(formatCount(-5_000, 'ja')).toBe('−5,000');
    expect(formatCount(Number.NaN, 'en')).toBe('–');
    expect(formatCount(Number.POSITIVE_INFINITY, 'ja', { unit: 'device' })).toBe('–');
  });
});

describe('formatNumber and formatDecimal', () => {
  it('shows every digit up to six decimals, grouped', () => {
    expect(formatNumber(20_160, 'en')).toBe('20,160');
    expect(formatNumber(20_160, 'ja')).toBe('20,160');
    expect(formatNumber(0.97, 'ja')).toBe('0.97');
    expect(formatNumber(1 / 3, 'en')).toBe('0.333333');
    expect(formatNumber(-0.27, 'en')).toBe('−0.27');
    expect(formatNumber(4_294_967_295, 'en')).toBe('4,294,967,295');
  });

  it('switches to scientific notation for the tiny and the huge', () => {
    expect(formatNumber(1e-9, 'en')).toBe('1E-9');
    expect(formatNumber(1e20, 'ja')).toBe('1E20');
  });

  it('formatDecimal keeps a fixed number of digits', () => {
    expect(formatDecimal(1.28, 'en', 1)).toBe('1.3');
    expect(formatDecimal(2, 'ja', 1)).toBe('2.0');
  });
});

describe('formatPercent', () => {
  it('gives one decimal by default, the same sign in both languages', () => {
    expect(formatPercent(0.9743, 'en')).toBe('97.4%');
    expect(formatPercent(0.9743, 'ja')).toBe('97.4%');
    expect(formatPercent(0.5, 'en', 0)).toBe('50%');
  });

  it('adds digits rather than show a share near 0 or 1 as 0% or 100%', () => {
    expect(formatPercent(0.99996, 'en')).toBe('99.996%');
    expect(formatPercent(0.00002, 'ja')).toBe('0.002%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0, 'en', 0)).toBe('0%');
  });
});

describe('formatMoney', () => {
  it('English puts the symbol first and spells the magnitude; Japanese counts in 万 and 億 with the currency after', () => {
    expect(formatMoney(5.4e9, 'USD', 'en')).toBe('$5.4 billion');
    expect(formatMoney(5.4e9, 'USD', 'ja')).toBe('54億ドル');
    expect(formatMoney(5.4e9, 'USD', 'en', 'short')).toBe('$5.4B');
    expect(formatMoney(5.4e9, 'USD', 'en', 'full')).toBe('$5,400,000,000');
    expect(formatMoney(950_000, 'USD', 'en')).toBe('$950,000');
    expect(formatMoney(950_000, 'USD', 'ja')).toBe('95万ドル');
    expect(formatMoney(8e11, 'JPY', 'ja')).toBe('8000億円');
    expect(formatMoney(1.2e9, 'EUR', 'en')).toBe('€1.2 billion');
    expect(formatMoney(-3e6, 'GBP', 'ja')).toBe('−300万ポンド');
  });
});

describe('formatMegabytes', () => {
  it('rounds to whole mebibytes', () => {
    expect(formatMegabytes(400 * 1048576, 'en')).toBe('400 MB');
    expect(formatMegabytes(1536 * 1048576, 'ja')).toBe('1,536MB');
  });
});
