// A parameter's texts in a language: label, help, source and unit. English is the registry
// itself (src/engine/params.ts stays the one place a parameter is defined); Japanese comes from
// params/ja.ts. Source titles stay as published; the words around them are translated.
import { PARAM_BY_KEY } from '../engine/params.js';
import type { Locale } from './locale.js';
import { JA_PARAM_TEXT } from './params/ja.js';
import { jaWhy } from './params/jaWhy.js';
import { t, type MessageKey } from './translate.js';

export interface ParamText {
  /** Full label: "Revert after", "Sector share: Healthcare". */
  label: string;
  /** A family's name ("Sector share") for parameters that come one per sector, region or device class. */
  family: string | null;
  /** The label inside its family's block ("Healthcare"); the full label for other parameters. */
  item: string;
  help: string;
  source: string;
  /** The unit as shown beside the value ("min", "share (0–1)" / "分", "割合(0〜1)"). */
  unit: string;
  /** Why an assumption's plausible range is what it is (src/engine/plausible.ts); null for a parameter without one. */
  why: string | null;
}

type UnitKey = Extract<MessageKey, `unit.${string}`>;

/** Registry unit -> catalog key. Every unit in the registry has one (tested). */
const UNIT_KEYS: Readonly<Record<string, UnitKey>> = {
  UTC: 'unit.utc',
  min: 'unit.minutes',
  'min after publish': 'unit.minutesAfterPublish',
  h: 'unit.hours',
  'h after publish': 'unit.hoursAfterPublish',
  days: 'unit.days',
  'local hour': 'unit.localHour',
  share: 'unit.share',
  devices: 'unit.devices',
  crashes: 'unit.crashes',
  organisations: 'unit.organisations',
  reboots: 'unit.reboots',
  'per 1,000 devices': 'unit.staffPer1000',
  'log-sd': 'unit.logSd',
  exponent: 'unit.exponent',
  '×': 'unit.times',
  customers: 'unit.customers',
  USD: 'unit.usd',
  'USD/h per 1,000 devices': 'unit.usdPerHourPer1000',
  'USD/min': 'unit.usdPerMinute',
  'per weekday': 'unit.perWeekday',
  people: 'unit.people',
  'log-odds sd': 'unit.logOddsSd',
};

export function hasUnitText(unit: string): boolean {
  return Object.hasOwn(UNIT_KEYS, unit);
}

/** A registry unit as shown in a language; a unit without a catalog entry is shown as written. */
export function unitText(unit: string, locale: Locale): string {
  const key = UNIT_KEYS[unit];
  return key ? t(locale, key) : unit;
}

/** The texts of a registry parameter. Throws for a key the registry does not have. A parameter
 * without Japanese text falls back to English, so the page still works; the completeness test
 * fails until the Japanese is written. */
export function paramText(key: string, locale: Locale): ParamText {
  const spec = PARAM_BY_KEY.get(key);
  if (!spec) throw new Error(`paramText: unknown parameter ${key}`);
  const unit = unitText(spec.unit, locale);
  if (locale === 'en') {
    const split = spec.key.split('.').length === 3 ? spec.label.indexOf(': ') : -1;
    return {
      label: spec.label,
      family: split > 0 ? spec.label.slice(0, split) : null,
      item: split > 0 ? spec.label.slice(split + 2) : spec.label,
      help: spec.help,
      source: spec.source,
      unit,
      why: spec.plausible?.why ?? null,
    };
  }
  const en = paramText(key, 'en');
  const why = en.why === null ? null : jaWhy(key) ?? en.why;
  const ja = JA_PARAM_TEXT.get(key);
  if (!ja) return { ...en, unit, why };
  return { label: ja.label, family: ja.family ?? null, item: ja.item ?? ja.label, help: ja.help, source: ja.source, unit, why };
}
