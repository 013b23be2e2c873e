// Number and time formatting for labels, read-outs and tables: "8.5M", "97.4%", "107 h".
// Written out rather than taken from Intl so labels are the same in every locale and in tests.
// Japanese goes through src/i18n (850万, 16.7時間, 7月19日(金) 04:09), English keeps this style.
import { timeFormat, utcFormat } from 'd3-time-format';
import { pageLocale, ui } from '../pageLocale.js';

const ja = () => pageLocale() === 'ja';
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

export type TimeZoneMode = 'UTC' | 'local';

/** Up to three significant digits with k, M or B: 8,500,000 -> "8.5M", 97,695 -> "97.7k". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (ja()) return ui().count(n);
  const a = Math.abs(n);
  const units: [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [u, suffix] of units) {
    if (a >= u * 0.9995) {
      const v = n / u;
      const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
      return `${trimZeros(v.toFixed(digits))}${suffix}`;
    }
  }
  return String(Math.round(n));
}

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** 8057618 -> "8,057,618". */
export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${s}` : s;
}

/** 0.9743 -> "97.4%". Shares very close to 0 or 1 keep enough digits not to read as 0% or 100%. */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  const p = share * 100;
  let d = digits;
  while (d < 4 && p !== 0 && p !== 100 && (Number(p.toFixed(d)) === 0 || Number(p.toFixed(d)) === 100)) d++;
  return `${p.toFixed(d)}%`;
}

/** 106.97 -> "107 h (4.5 days)", 16.7 -> "16.7 h". */
export function formatHours(h: number | null): string {
  if (ja()) return ui().hours(h);
  if (h === null || !Number.isFinite(h)) return 'not within the run';
  const hours = h < 10 ? trimZeros(h.toFixed(1)) : String(Math.round(h));
  return h >= 48 ? `${hours} h (${trimZeros((h / 24).toFixed(1))} days)` : `${hours} h`;
}

/** Minutes after publish as "+1 h 51 min", "−45 min", "+3 d 4 h". */
export function formatOffset(minutes: number): string {
  if (ja()) return ui().offset(minutes);
  const sign = minutes < 0 ? '−' : '+';
  let m = Math.round(Math.abs(minutes));
  if (m >= 48 * 60) {
    const d = Math.floor(m / 1440);
    const h = Math.round((m - d * 1440) / 60);
    return `${sign}${d} d${h ? ` ${h} h` : ''}`;
  }
  const h = Math.floor(m / 60);
  m -= h * 60;
  return `${sign}${h ? `${h} h` : ''}${h && m ? ' ' : ''}${m || !h ? `${m} min` : ''}`;
}

const FMT = {
  UTC: { dateTime: utcFormat('%a %-d %b %Y, %H:%M'), short: utcFormat('%a %-d %b, %H:%M') },
  local: { dateTime: timeFormat('%a %-d %b %Y, %H:%M'), short: timeFormat('%a %-d %b, %H:%M') },
};

/** "Fri 19 Jul 2024, 04:09" in UTC or the browser's zone. */
export function formatDateTime(ms: number, tz: TimeZoneMode, short = false): string {
  if (ja()) return ui().dateTime(ms, { timeZone: tz === 'UTC' ? 'UTC' : localZone(), style: short ? 'short' : 'full', zoneName: false });
  const f = FMT[tz];
  return (short ? f.short : f.dateTime)(new Date(ms));
}

/** "UTC", or the browser's zone with its offset at `atMs`: "Europe/Berlin, UTC+2". */
export function zoneLabel(tz: TimeZoneMode, atMs: number): string {
  if (tz === 'UTC') return 'UTC';
  if (ja()) return ui().zoneLabel(localZone(), atMs);
  const offsetMin = -new Date(atMs).getTimezoneOffset();
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'local time';
  return `${name}, ${utcOffsetLabel(offsetMin / 60)}`;
}

/** 5.5 -> "UTC+5:30", -4 -> "UTC−4", 0 -> "UTC". */
export function utcOffsetLabel(hours: number): string {
  if (hours === 0) return 'UTC';
  const a = Math.abs(hours);
  const h = Math.floor(a);
  const m = Math.round((a - h) * 60);
  return `UTC${hours < 0 ? '−' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** US dollars with k, M or B: 5.4e9 -> "$5.4B", 79000 -> "$79k". */
export function formatUSD(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (ja()) return ui().money(n, 'USD', 'short');
  return n < 0 ? `−$${formatCount(-n)}` : `$${formatCount(n)}`;
}
