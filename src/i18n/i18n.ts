// Everything a view needs in one language, so page code holds one object (`i18n.t(...)`,
// `i18n.count(...)`) instead of passing the locale to every call. Each method is the free
// function of the same job with the locale filled in.
import type { ParamGroup } from '../engine/params.js';
import type { DeviceClass, Region, Sector } from '../engine/types.js';
import { bundledScenarioText, cityName, deviceClassName, paramGroupNote, paramGroupTitle, regionName, sectorName } from './domain.js';
import { errorParamKeys, formatError, type FormatErrorOptions } from './formatError.js';
import {
  formatCount, formatDecimal, formatMegabytes, formatMoney, formatNumber, formatPercent,
  type CountOptions, type CountStyle, type Currency,
} from './formatNumber.js';
import { capitalizeFirst, formatList, joinNames, joinSentences } from './formatText.js';
import {
  formatClockAtOffset, formatDateTime, formatDays, formatHourOfDay, formatHours, formatMinutes, formatOffset,
  formatUtcOffset, formatZoneLabel, type DateOptions,
} from './formatTime.js';
import { htmlLang, type Locale } from './locale.js';
import { paramText, unitText, type ParamText } from './paramText.js';
import type { StructuredError } from './problem.js';
import { problemMessageIn, problemTextIn } from './problemText.js';
import type { Problem } from '../scenario/problems.js';
import { t, type MessageArgs, type MessageKey } from './translate.js';

export interface I18n {
  readonly locale: Locale;
  /** For <html lang>. */
  readonly htmlLang: string;
  t<K extends MessageKey>(key: K, ...values: MessageArgs<K>): string;
  count(n: number, options?: CountOptions): string;
  number(n: number, maxDecimals?: number): string;
  decimal(n: number, digits: number): string;
  percent(share: number, digits?: number): string;
  money(amount: number, currency: Currency, style?: CountStyle): string;
  megabytes(bytes: number): string;
  dateTime(ms: number, options: DateOptions): string;
  hours(h: number | null): string;
  minutes(m: number): string;
  days(d: number): string;
  offset(minutes: number): string;
  hourOfDay(hour: number): string;
  utcOffset(hours: number): string;
  zoneLabel(timeZone: string, atMs: number): string;
  clockAtOffset(ms: number, offsetHours: number): string;
  list(items: readonly string[], type?: 'and' | 'or'): string;
  sentences(parts: readonly string[]): string;
  /** Names in a row, kept apart even when they hold commas themselves. */
  names(names: readonly string[]): string;
  capitalize(text: string): string;
  error(err: StructuredError, options?: FormatErrorOptions): string;
  /** A scenario, link or file problem (src/scenario/problems.ts) as text: source, path and sentence. */
  problem(p: Problem): string;
  /** The same without its source and path. */
  problemMessage(p: Problem): string;
  errorParamKeys(err: StructuredError): string[];
  param(key: string): ParamText;
  unit(unit: string): string;
  sector(id: Sector): string;
  region(id: Region): string;
  city(id: Region): string;
  deviceClass(id: DeviceClass): string;
  groupTitle(group: ParamGroup): string;
  groupNote(group: ParamGroup): string;
  bundledScenario(fileId: string): { name: string; description: string } | null;
}

const made = new Map<Locale, I18n>();

export function createI18n(locale: Locale): I18n {
  const cached = made.get(locale);
  if (cached) return cached;
  const l = locale;
  const i18n: I18n = {
    locale: l,
    htmlLang: htmlLang(l),
    t: (key, ...values) => t(l, key, ...values),
    count: (n, o) => formatCount(n, l, o),
    number: (n, d) => formatNumber(n, l, d),
    decimal: (n, d) => formatDecimal(n, l, d),
    percent: (x, d) => formatPercent(x, l, d),
    money: (a, c, s) => formatMoney(a, c, l, s),
    megabytes: (b) => formatMegabytes(b, l),
    dateTime: (ms, o) => formatDateTime(ms, l, o),
    hours: (h) => formatHours(h, l),
    minutes: (m) => formatMinutes(m, l),
    days: (d) => formatDays(d, l),
    offset: (m) => formatOffset(m, l),
    hourOfDay: (h) => formatHourOfDay(h),
    utcOffset: (h) => formatUtcOffset(h),
    zoneLabel: (z, at) => formatZoneLabel(z, at, l),
    clockAtOffset: (ms, h) => formatClockAtOffset(ms, h, l),
    list: (items, type) => formatList(items, l, type),
    sentences: (parts) => joinSentences(parts, l),
    names: (names) => joinNames(names, l),
    capitalize: (text) => capitalizeFirst(text, l),
    error: (err, o) => formatError(err, l, o),
    problem: (p) => problemTextIn(p, l),
    problemMessage: (p) => problemMessageIn(p, l),
    errorParamKeys,
    param: (key) => paramText(key, l),
    unit: (u) => unitText(u, l),
    sector: (id) => sectorName(id, l),
    region: (id) => regionName(id, l),
    city: (id) => cityName(id, l),
    deviceClass: (id) => deviceClassName(id, l),
    groupTitle: (g) => paramGroupTitle(g, l),
    groupNote: (g) => paramGroupNote(g, l),
    bundledScenario: (id) => bundledScenarioText(id, l),
  };
  made.set(locale, i18n);
  return i18n;
}
