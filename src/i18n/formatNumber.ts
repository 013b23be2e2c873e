// Counts, plain numbers, percentages and money for each language, with Intl doing the digits.
// Short counts: English groups by thousands (8.5M, 97.7k, $5.4 billion), Japanese by ten
// thousands (850万, 9.77万, 54億ドル). Both keep three significant digits, enough to tell 8.50M
// from 8.46M, and round before picking the unit so 999,950 reads 1M, not 1000k.
// The counter of a Japanese count (台, 社, 回...) comes with the unit argument, so a caller never
// writes a counter after a number in a message.
import { intlTag, type Locale } from './locale.js';
import { t } from './translate.js';

export type CountStyle = 'short' | 'long' | 'full';
export type CountUnit = 'device' | 'sensor' | 'customer' | 'reboot' | 'person' | 'byte' | 'character';
export type Currency = 'USD' | 'EUR' | 'GBP' | 'JPY';

export interface CountOptions {
  /** short: 8.5M / 850万; long: 8.5 million / 850万; full: 8,496,325. Default short. */
  style?: CountStyle;
  /** Adds the noun (en, singular or plural) or the counter (ja): 8.5M devices / 850万台. */
  unit?: CountUnit;
}

type Scale = readonly [size: number, suffix: string];
// Largest first. English `long` starts at a million: "97,695 devices" reads better than "97.7 thousand".
const SCALES: Readonly<Record<Locale, Readonly<Record<'short' | 'long', readonly Scale[]>>>> = {
  en: {
    short: [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']],
    long: [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']],
  },
  ja: {
    short: [[1e12, '兆'], [1e8, '億'], [1e4, '万']],
    long: [[1e12, '兆'], [1e8, '億'], [1e4, '万']],
  },
};

const formats = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), options);
    formats.set(key, f);
  }
  return f;
}

const MINUS = '−';
const DASH = '–';

/** A count with its magnitude unit: "8.5M", "850万", "8.5 million"; `full`: "8,496,325". */
function countText(n: number, locale: Locale, style: CountStyle): string {
  if (style === 'full') return nf(locale, { maximumFractionDigits: 0 }).format(n).replace('-', MINUS);
  const abs = Math.abs(n);
  const rounded = Number(abs.toPrecision(3));
  const scale = SCALES[locale][style].find(([size]) => rounded >= size);
  const sign = n < 0 && Math.round(abs) !== 0 ? MINUS : '';
  if (!scale) return sign + nf(locale, { maximumFractionDigits: 0 }).format(abs);
  const [size, suffix] = scale;
  return sign + nf(locale, { maximumSignificantDigits: 3, useGrouping: false }).format(rounded / size) + suffix;
}

export function formatCount(n: number, locale: Locale, options: CountOptions = {}): string {
  if (!Number.isFinite(n)) return DASH;
  const text = countText(n, locale, options.style ?? 'short');
  if (!options.unit) return text;
  return t(locale, 'format.countWithNoun', { n: text, noun: t(locale, `format.noun.${options.unit}`, { count: Math.abs(n) }) });
}

/** A plain number, all its digits (up to 6 decimals): "20,160", "0.97", "1.5e-7" for the tiny. */
export function formatNumber(n: number, locale: Locale, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return DASH;
  const a = Math.abs(n);
  const f = a >= 1e15 || (a > 0 && a < 10 ** -maxDecimals)
    ? nf(locale, { notation: 'scientific', maximumFractionDigits: 3 })
    : nf(locale, { maximumFractionDigits: maxDecimals });
  return f.format(n).replace(/^-/, MINUS);
}

/** A decimal with a fixed number of digits after the point: "1.3" for (1.28, 1). */
export function formatDecimal(n: number, locale: Locale, digits: number): string {
  if (!Number.isFinite(n)) return DASH;
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n).replace(/^-/, MINUS);
}

/** 0.9743 -> "97.4%". Shares near 0 or 1 keep enough digits not to read as 0% or 100%. */
export function formatPercent(share: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(share)) return DASH;
  const p = share * 100;
  let d = digits;
  while (d < 4 && p !== 0 && p !== 100 && (Number(p.toFixed(d)) === 0 || Number(p.toFixed(d)) === 100)) d++;
  return nf(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(share).replace(/^-/, MINUS);
}

/** Money: en "$5.4 billion" (long, default), "$5.4B" (short); ja "54億ドル"; full "$5,400,000,000". */
export function formatMoney(amount: number, currency: Currency, locale: Locale, style: CountStyle = 'long'): string {
  if (!Number.isFinite(amount)) return DASH;
  const text = countText(Math.abs(amount), locale, style);
  const money = t(locale, `format.money.${currency}`, { amount: text });
  return amount < 0 ? MINUS + money : money;
}

/** Bytes as whole mebibytes: "400 MB" / "400MB". */
export function formatMegabytes(bytes: number, locale: Locale): string {
  return t(locale, 'format.megabytes', { n: formatCount(Math.round(bytes / 1048576), locale, { style: 'full' }) });
}
