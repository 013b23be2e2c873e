// Number and time formatting for the page. Dates are shown in UTC by default or in the
// reader's time zone; "local" means the browser's zone. English keeps its own house style here;
// Japanese goes through src/i18n (850万, 16.7時間, 2024年7月19日(金) 04:09 UTC).
import { pageLocale, ui } from '../pageLocale.js';

const ja = () => pageLocale() === 'ja';
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

export type TimeZoneChoice = 'UTC' | 'local';

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 8057618 -> "8.06 million"; below 100,000 the full number with separators. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (ja()) return ui().count(n, { style: 'long' });
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toFixed(2)} billion`;
  if (a >= 1e6) return `${(n / 1e6).toFixed(2)} million`;
  if (a >= 1e5) return `${int.format(Math.round(n / 1000))} thousand`;
  return int.format(n);
}

export function formatInt(n: number): string {
  return Number.isFinite(n) ? int.format(n) : '–';
}

/** 0.96554 -> "96.6%"; shares above 99% get a second decimal so "99.95%" is not shown as 100%. */
export function formatShare(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const pct = x * 100;
  const digits = pct > 99 && pct < 100 ? 2 : 1;
  return `${pct.toFixed(digits)}%`;
}

/** Hours as "16.7 h (0.7 days)"; null -> "not within the run". */
export function formatHours(h: number | null): string {
  if (ja()) return ui().hours(h);
  if (h === null) return 'not within the run';
  if (h < 48) return `${h.toFixed(1)} h`;
  return `${h.toFixed(0)} h (${(h / 24).toFixed(1)} days)`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(tz: TimeZoneChoice): Intl.DateTimeFormat {
  let f = dateFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      timeZone: tz === 'UTC' ? 'UTC' : undefined, timeZoneName: tz === 'UTC' ? undefined : 'short',
    });
    dateFormats.set(tz, f);
  }
  return f;
}

/** "Fri 19 Jul, 04:09 UTC" or the same in the reader's zone ("Fri 19 Jul, 06:09 CEST"). */
export function formatTime(ms: number, tz: TimeZoneChoice): string {
  if (ja()) return ui().dateTime(ms, { timeZone: tz === 'UTC' ? 'UTC' : localZone(), style: 'short' });
  const s = dateFormat(tz).format(new Date(ms)).replace(/^(\w{3}) /, '$1 ');
  return tz === 'UTC' ? `${s} UTC` : s;
}

/** Minutes after publish as "+3 d 4 h 10 min". */
export function formatOffset(minutes: number): string {
  if (ja()) return ui().offset(minutes);
  const sign = minutes < 0 ? '−' : '+';
  let m = Math.round(Math.abs(minutes));
  const d = Math.floor(m / 1440);
  m -= d * 1440;
  const h = Math.floor(m / 60);
  m -= h * 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', `${m} min`].filter(Boolean);
  return `${sign}${parts.join(' ')}`;
}

/** ISO "2024-07-19T04:09:00Z" <-> datetime-local value "2024-07-19T04:09" (read as UTC). */
export function isoToInput(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toISOString().slice(0, 16);
}

export function inputToIso(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return `${v}:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(v)) return `${v.replace(/\.\d+$/, '')}Z`;
  return v;
}
