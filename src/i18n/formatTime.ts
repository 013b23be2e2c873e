// Dates, times, durations and time zones for each language. Intl supplies the parts (month and
// weekday names, the zone's abbreviation); the catalog puts them in each language's order:
// "Fri 19 Jul 2024, 04:09 UTC" and "2024年7月19日(金) 13:09 JST". Every function that reads a
// calendar takes the time zone explicitly (an IANA name or "UTC"), so results never depend on
// the machine: the page passes Intl.DateTimeFormat().resolvedOptions().timeZone for local time.
import { formatNumber } from './formatNumber.js';
import { intlTag, type Locale } from './locale.js';
import { t } from './translate.js';

export type DateStyle =
  /** Fri 19 Jul 2024, 04:09 UTC / 2024年7月19日(金) 13:09 JST */
  | 'full'
  /** Fri 19 Jul, 04:09 UTC / 7月19日(金) 13:09 JST */
  | 'short'
  /** 19 July 2024 / 2024年7月19日 */
  | 'date'
  /** Fri 19 Jul / 7月19日(金): midnight ticks on a time axis */
  | 'day'
  /** 04:09 UTC / 13:09 JST */
  | 'time';

export interface DateOptions {
  /** "UTC" or an IANA zone such as "Asia/Tokyo". */
  timeZone: string;
  style?: DateStyle;
  /** Adds the zone's name after the time (default true; dates without a time never show it). */
  zoneName?: boolean;
}

const MINUS = '−';
const DASH = '–';

interface Parts {
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
  zone: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function parts(ms: number, locale: Locale, timeZone: string, longMonth: boolean): Parts {
  const key = `${locale}|${timeZone}|${longMonth}`;
  let f = dateFormats.get(key);
  if (!f) {
    // English names the month ("Jul", "July"); Japanese numbers it (7月).
    const month = locale === 'ja' ? 'numeric' : longMonth ? 'long' : 'short';
    f = new Intl.DateTimeFormat(intlTag(locale), {
      timeZone, year: 'numeric', month, day: 'numeric', weekday: 'short',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
    });
    dateFormats.set(key, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    year: out.year ?? '', month: out.month ?? '', day: out.day ?? '', weekday: out.weekday ?? '',
    hour: out.hour ?? '', minute: out.minute ?? '', zone: out.timeZoneName ?? timeZone,
  };
}

export function formatDateTime(ms: number, locale: Locale, options: DateOptions): string {
  if (!Number.isFinite(ms)) return DASH;
  const style = options.style ?? 'full';
  const p = parts(ms, locale, options.timeZone, style === 'date');
  const time = `${p.hour}:${p.minute}`;
  const v = { year: p.year, month: p.month, day: p.day, weekday: p.weekday, time };
  let text: string;
  switch (style) {
    case 'full':
      text = t(locale, 'format.dateTime.full', v);
      break;
    case 'short':
      text = t(locale, 'format.dateTime.short', v);
      break;
    case 'date':
      return t(locale, 'format.date.long', v);
    case 'day':
      return t(locale, 'format.date.day', v);
    case 'time':
      text = time;
      break;
  }
  return options.zoneName === false ? text : `${text} ${p.zone}`;
}

/** Offset of an IANA zone from UTC at a moment, in hours (daylight saving included). */
export function zoneOffsetHours(timeZone: string, atMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(atMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-−])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const h = Number(m[2]) + Number(m[3] ?? 0) / 60;
  return m[1] === '+' ? h : -h;
}

/** 5.5 -> "UTC+5:30", -4 -> "UTC−4", 0 -> "UTC" (the same in both languages). */
export function formatUtcOffset(hours: number): string {
  if (hours === 0) return 'UTC';
  const a = Math.abs(hours);
  const h = Math.floor(a);
  const m = Math.round((a - h) * 60);
  return `UTC${hours < 0 ? MINUS : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "UTC", or the zone with its offset at `atMs`: "Europe/Berlin, UTC+2" / "Asia/Tokyo(UTC+9)". */
export function formatZoneLabel(timeZone: string, atMs: number, locale: Locale): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return t(locale, 'format.zone.named', { zone: timeZone, offset: formatUtcOffset(zoneOffsetHours(timeZone, atMs)) });
}

/** A local hour of the day (8, 18.5) as "08:00", "18:30"; 24 stays "24:00" (end of day). */
export function formatHourOfDay(hour: number): string {
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Weekday and clock at a fixed UTC offset: "Fri 04:09" / "金曜 13:09" (a region's local clock). */
export function formatClockAtOffset(ms: number, offsetHours: number, locale: Locale): string {
  const p = parts(ms + offsetHours * 3_600_000, locale, 'UTC', false);
  return t(locale, 'format.weekdayTime', { weekday: p.weekday, time: `${p.hour}:${p.minute}` });
}

const trim1 = (h: number, locale: Locale) => formatNumber(Math.round(h * 10) / 10, locale, 1);

/** Hours: "16.7 h" / "16.7時間"; from 48 h whole hours with days: "107 h (4.5 days)";
 * null (a share never reached): "not within the run". */
export function formatHours(h: number | null, locale: Locale): string {
  if (h === null || !Number.isFinite(h)) return t(locale, 'format.notWithinRun');
  if (h < 48) return t(locale, 'format.hours', { hours: trim1(h, locale) });
  return t(locale, 'format.hoursAndDays', { hours: formatNumber(Math.round(h), locale, 0), days: trim1(h / 24, locale) });
}

/** Minutes: "78 min" / "78分". */
export function formatMinutes(minutes: number, locale: Locale): string {
  return t(locale, 'format.minutes', { minutes: formatNumber(minutes, locale, 1) });
}

/** Days: "14 days", "1 day" / "14日". */
export function formatDays(days: number, locale: Locale): string {
  return t(locale, 'format.days', { count: days });
}

/** Minutes after publish: "+1 h 51 min", "−45 min", "+3 d 4 h" / "+1時間51分", "+3日4時間". */
export function formatOffset(minutes: number, locale: Locale): string {
  if (!Number.isFinite(minutes)) return DASH;
  const sign = minutes < 0 ? MINUS : '+';
  let m = Math.round(Math.abs(minutes));
  if (m >= 48 * 60) {
    const d = String(Math.floor(m / 1440));
    const h = Math.round((m - Number(d) * 1440) / 60);
    return h ? t(locale, 'format.offset.dh', { sign, d, h: String(h) }) : t(locale, 'format.offset.d', { sign, d });
  }
  const h = Math.floor(m / 60);
  m -= h * 60;
  if (h === 0) return t(locale, 'format.offset.m', { sign, m: String(m) });
  return m ? t(locale, 'format.offset.hm', { sign, h: String(h), m: String(m) }) : t(locale, 'format.offset.h', { sign, h: String(h) });
}
