// The one place an error becomes text. Each code has a whole sentence per language in the
// catalog (error.*); this file formats the values that go into it (numbers, units, labels,
// dates, lists) for the language and puts the subject in front: the parameter's label and key
// ("Revert after (push.revertMinutes): …", "取り消しまでの時間(push.revertMinutes)：…").
import { PARAM_BY_KEY, PARAM_SPECS } from '../engine/params.js';
import { formatCount, formatMegabytes, formatNumber } from './formatNumber.js';
import { capitalizeFirst, formatList } from './formatText.js';
import { formatDays, formatHourOfDay, formatHours, formatMinutes } from './formatTime.js';
import type { Locale } from './locale.js';
import { paramText, unitText } from './paramText.js';
import type { ErrorCode, ErrorValues, Got, StructuredError } from './problem.js';
import { t } from './translate.js';

export interface FormatErrorOptions {
  /** Put the subject (what the path names) in front. Default true; false under a field that already shows its label. */
  subject?: boolean;
}

const EXAMPLE_DATE = '2024-07-19T04:09:00Z';
const SHOWN_TEXT = 40;
const SHOWN_PATH = 60;
const SHOWN_KEYS = 6;

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The registry key a path names, if any ("params.push.revertMinutes" or "push.revertMinutes"). */
function paramKeyOf(path: string): string | null {
  const key = path.startsWith('params.') ? path.slice('params.'.length) : path;
  return PARAM_BY_KEY.has(key) ? key : null;
}

/** A family's path ("params.fleet.sectorShare") -> a member's key, for the family's name. */
function familyMemberOf(path: string): string | null {
  const prefix = `${path.startsWith('params.') ? path.slice('params.'.length) : path}.`;
  return PARAM_SPECS.find((s) => s.key.startsWith(prefix) && s.key.split('.').length === 3)?.key ?? null;
}

function subjectOf(path: string, locale: Locale): string | null {
  if (path === '') return null;
  const key = paramKeyOf(path);
  if (key) return t(locale, 'error.subject.param', { label: paramText(key, locale).label, key });
  switch (path) {
    case 'seed':
      return t(locale, 'error.subject.seed');
    case 'name':
      return t(locale, 'error.subject.name');
    case 'description':
      return t(locale, 'error.subject.description');
    case 'version':
      return t(locale, 'error.subject.version');
    case 'params':
      return t(locale, 'error.subject.params');
  }
  const member = familyMemberOf(path);
  if (member) return paramText(member, locale).family;
  return cut(path, SHOWN_PATH);
}

/** Helpers the per-code texts share, bound to a language and to the error's path. */
class Say {
  constructor(readonly locale: Locale, readonly path: string) {}

  num = (n: number) => formatNumber(n, this.locale);
  label = (key: string) => (PARAM_BY_KEY.has(key) ? paramText(key, this.locale).label : key);
  list = (items: readonly string[]) => formatList(items, this.locale);

  got(g: Got): string {
    const l = this.locale;
    switch (g.kind) {
      case 'text':
        return g.text === '' ? t(l, 'error.got.emptyText') : t(l, 'error.got.text', { text: cut(g.text, SHOWN_TEXT) });
      case 'number':
        return this.num(g.value);
      case 'boolean':
        return g.value ? t(l, 'error.got.true') : t(l, 'error.got.false');
      case 'null':
        return t(l, 'error.got.null');
      case 'list':
        return t(l, 'error.got.list');
      case 'object':
        return t(l, 'error.got.object');
      case 'nothing':
        return t(l, 'error.got.nothing');
    }
  }

  /** "a whole number from 1 to 20,160 (min)"; the unit defaults to the registry's for the path.
   * Shares go without a unit: "from 0 to 1" already says it. */
  expected(kind: 'number' | 'integer' | 'datetime', min: number, max: number, unit?: string): string {
    const l = this.locale;
    if (kind === 'datetime') {
      const year = (ms: number) => String(new Date(ms).getUTCFullYear());
      return t(l, 'error.expect.dateTime', { example: EXAMPLE_DATE, min: year(min), max: year(max) });
    }
    const key = paramKeyOf(this.path);
    const u = unit ?? (key ? PARAM_BY_KEY.get(key)!.unit : undefined);
    const range = { min: this.num(min), max: this.num(max) };
    if (u === undefined || u === '' || u === 'share') return t(l, kind === 'integer' ? 'error.expect.integer' : 'error.expect.number', range);
    const withUnit = { ...range, unit: unitText(u, l) };
    return t(l, kind === 'integer' ? 'error.expect.integerWithUnit' : 'error.expect.numberWithUnit', withUnit);
  }

  /** The first few keys of a long list, then an ellipsis. */
  someKeys(keys: readonly string[]): string {
    const sep = this.locale === 'ja' ? '、' : ', ';
    const shown = keys.slice(0, SHOWN_KEYS).join(sep);
    return keys.length > SHOWN_KEYS ? `${shown}${sep}…` : shown;
  }
}

type Detail<C extends ErrorCode> = (v: ErrorValues[C], s: Say) => string;

/** Each code's sentence. `subject: false` for codes whose sentence names its parameters itself. */
const DETAILS: { readonly [C in ErrorCode]: { readonly detail: Detail<C>; readonly subject?: false } } = {
  emptyValue: { detail: (v, s) => t(s.locale, 'error.emptyValue', { expected: s.expected(v.kind, v.min, v.max, v.unit) }) },
  notNumber: {
    detail: (v, s) => t(s.locale, 'error.notNumber', { got: s.got(v.got), expected: s.expected(v.kind, v.min, v.max, v.unit) }),
  },
  notWholeNumber: {
    detail: (v, s) => t(s.locale, 'error.notWholeNumber', { got: s.got(v.got), expected: s.expected('integer', v.min, v.max, v.unit) }),
  },
  outOfRange: {
    detail: (v, s) => t(s.locale, 'error.outOfRange', { got: s.got(v.got), expected: s.expected(v.kind, v.min, v.max, v.unit) }),
  },
  notDateTime: {
    detail: (v, s) => t(s.locale, 'error.notDateTime', { got: s.got(v.got), expected: s.expected('datetime', v.min, v.max) }),
  },
  dateDoesNotExist: {
    detail: (v, s) => t(s.locale, 'error.dateDoesNotExist', { got: s.got(v.got), expected: s.expected('datetime', v.min, v.max) }),
  },
  dateOutOfRange: {
    detail: (v, s) => t(s.locale, 'error.dateOutOfRange', { got: s.got(v.got), expected: s.expected('datetime', v.min, v.max) }),
  },
  wrongType: {
    detail: (v, s) => {
      const expected = v.expected === 'text' ? 'error.expect.text' : v.expected === 'object' ? 'error.expect.object' : 'error.expect.paramsObject';
      return t(s.locale, 'error.wrongType', { got: s.got(v.got), expected: t(s.locale, expected) });
    },
  },
  textTooLong: {
    detail: (v, s) => t(s.locale, 'error.textTooLong', {
      length: formatCount(v.length, s.locale, { style: 'full', unit: 'character' }),
      max: formatCount(v.max, s.locale, { style: 'full', unit: 'character' }),
    }),
  },
  unknownParameter: { detail: (_v, s) => t(s.locale, 'error.unknownParameter') },
  unknownParameterDidYouMean: { detail: (v, s) => t(s.locale, 'error.unknownParameterDidYouMean', { suggestion: v.suggestion }) },
  unknownParameterInGroup: {
    detail: (v, s) => t(s.locale, 'error.unknownParameterInGroup', { group: v.group, known: s.someKeys(v.known) }),
  },
  unknownParameterGroup: { detail: (v, s) => t(s.locale, 'error.unknownParameterGroup', { groups: s.list(v.groups) }) },
  givenTwice: { detail: (_v, s) => t(s.locale, 'error.givenTwice') },
  tooDeep: { detail: (v, s) => t(s.locale, 'error.tooDeep', { depth: s.num(v.depth) }) },
  unknownField: { detail: (v, s) => t(s.locale, 'error.unknownField', { allowed: s.list(v.allowed) }) },
  notScenarioObject: { detail: (v, s) => t(s.locale, 'error.notScenarioObject', { fields: s.list(v.fields), got: s.got(v.got) }) },
  badVersion: { detail: (v, s) => t(s.locale, 'error.badVersion', { got: s.got(v.got), max: s.num(v.max) }) },
  versionTooNew: { detail: (v, s) => t(s.locale, 'error.versionTooNew', { version: s.num(v.version), max: s.num(v.max) }) },
  migrated: { detail: (v, s) => t(s.locale, 'error.migrated', { from: s.num(v.from), to: s.num(v.to) }) },
  fileTooLarge: {
    detail: (v, s) => t(s.locale, 'error.fileTooLarge', {
      size: formatCount(v.bytes, s.locale, { style: 'full', unit: 'byte' }),
      max: formatCount(v.max, s.locale, { style: 'full', unit: 'byte' }),
    }),
  },
  invalidJson: {
    detail: (v, s) => (v.line !== null && v.column !== null
      ? t(s.locale, 'error.invalidJsonAt', { line: s.num(v.line), column: s.num(v.column) })
      : t(s.locale, 'error.invalidJson')),
  },
  linkTooLong: {
    detail: (v, s) => t(s.locale, 'error.linkTooLong', {
      length: formatCount(v.length, s.locale, { style: 'full', unit: 'character' }),
      max: formatCount(v.max, s.locale, { style: 'full', unit: 'character' }),
    }),
  },
  linkUnreadable: { detail: (_v, s) => t(s.locale, 'error.linkUnreadable') },
  ringsOverfull: {
    subject: false,
    detail: (v, s) => t(s.locale, 'error.ringsOverfull', {
      canaryLabel: s.label('push.canaryShare'), canary: s.num(v.canary),
      earlyLabel: s.label('push.earlyShare'), early: s.num(v.early),
      sum: s.num(Math.round((v.canary + v.early) * 1e9) / 1e9),
    }),
  },
  revertAfterRunEnd: {
    detail: (v, s) => t(s.locale, 'error.revertAfterRunEnd', {
      revert: formatMinutes(v.revertMinutes, s.locale), horizonLabel: s.label('run.horizonDays'), days: formatDays(v.horizonDays, s.locale),
    }),
  },
  checkAfterRunEnd: {
    detail: (v, s) => t(s.locale, 'error.checkAfterRunEnd', {
      check: formatHours(v.checkHours, s.locale), horizonLabel: s.label('run.horizonDays'), days: formatDays(v.horizonDays, s.locale),
    }),
  },
  hoursOrder: {
    detail: (v, s) => t(s.locale, 'error.hoursOrder', {
      start: formatHourOfDay(v.start), endLabel: s.label(v.endKey), end: formatHourOfDay(v.end),
    }),
  },
  allSectorsZero: { detail: (_v, s) => t(s.locale, 'error.allSectorsZero') },
  allRegionsZero: { detail: (_v, s) => t(s.locale, 'error.allRegionsZero') },
  customersExceedSensors: {
    detail: (v, s) => t(s.locale, 'error.customersExceedSensors', {
      customers: formatCount(v.customers, s.locale, { style: 'full', unit: 'customer' }),
      sensors: formatCount(v.sensors, s.locale, { style: 'full', unit: 'sensor' }),
    }),
  },
  tooManySensors: {
    detail: (v, s) => t(s.locale, 'error.tooManySensors', {
      value: formatCount(v.value, s.locale, { style: 'full', unit: 'sensor' }),
      max: formatCount(v.max, s.locale, { style: 'full', unit: 'sensor' }),
    }),
  },
  tooManyCustomers: {
    detail: (v, s) => t(s.locale, 'error.tooManyCustomers', {
      value: formatCount(v.value, s.locale, { style: 'full', unit: 'customer' }),
      max: formatCount(v.max, s.locale, { style: 'full', unit: 'customer' }),
    }),
  },
  tooMuchMemory: {
    detail: (v, s) => t(s.locale, 'error.tooMuchMemory', {
      size: formatMegabytes(v.bytes, s.locale), max: formatMegabytes(v.maxBytes, s.locale),
      sensorsLabel: s.label('fleet.windowsSensors'), spreadLabel: s.label('fleet.customerSizeSigma'),
    }),
  },
};

/** The error as text in a language: "Subject: detail", or the detail alone (as a sentence). */
export function formatError(err: StructuredError, locale: Locale, options: FormatErrorOptions = {}): string {
  const entry = DETAILS[err.code] as { detail: Detail<ErrorCode>; subject?: false };
  const detail = entry.detail(err.values as never, new Say(locale, err.path));
  const subject = options.subject === false || entry.subject === false ? null : subjectOf(err.path, locale);
  return subject === null ? capitalizeFirst(detail, locale) : t(locale, 'error.withSubject', { subject, detail });
}

/** The parameters an error is about (to show it under each of their fields); [] for a general one. */
export function errorParamKeys(err: StructuredError): string[] {
  const own = paramKeyOf(err.path);
  const keys = own ? [own] : [];
  switch (err.code) {
    case 'ringsOverfull':
      return ['push.canaryShare', 'push.earlyShare'];
    case 'revertAfterRunEnd':
      return ['push.revertMinutes', 'run.horizonDays'];
    case 'checkAfterRunEnd':
      return ['run.checkHours', 'run.horizonDays'];
    case 'customersExceedSensors':
      return ['fleet.customers', 'fleet.windowsSensors'];
    case 'hoursOrder':
      return PARAM_BY_KEY.has(err.values.endKey) ? [...keys, err.values.endKey] : keys;
    default:
      return keys;
  }
}
