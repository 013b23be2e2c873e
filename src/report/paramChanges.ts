// The parameters a run sets away from the July 2024 baseline (the registry's defaults), read
// off the run's own parameters, so a value typed on the page, set in a file or given with --set
// is listed the same way. Values are formatted for the reader with the registry's unit.
import { PARAM_BY_KEY, PARAM_SPECS, flattenParams } from '../engine/params.js';
import type { Params } from '../engine/types.js';
import type { I18n } from '../i18n/i18n.js';
import { sameValue } from '../scenario/runName.js';

export interface ParamChange {
  key: string;
  from: number | string;
  to: number | string;
}

/** Registry order (the order of the page's parameter groups). */
export function paramChanges(params: Params): ParamChange[] {
  const flat = flattenParams(params);
  return PARAM_SPECS.filter((s) => !sameValue(flat[s.key]!, s.default)).map((s) => ({ key: s.key, from: s.default, to: flat[s.key]! }));
}

/** A value as the reader reads it: a time as a date, "never" in words, a number with its digits. */
export function paramValueText(key: string, value: number | string, i18n: I18n): string {
  const spec = PARAM_BY_KEY.get(key);
  if (value === 'never') return i18n.t('report.params.never');
  if (spec?.kind === 'datetime') {
    const ms = typeof value === 'number' ? value : Date.parse(value);
    return i18n.dateTime(ms, { timeZone: 'UTC', style: 'full' });
  }
  return typeof value === 'number' ? i18n.number(value) : value;
}

/** A parameter's source, or the word "assumption" in the reader's language. */
export function paramSourceText(key: string, i18n: I18n): string {
  const spec = PARAM_BY_KEY.get(key)!;
  return spec.source === 'assumption' ? i18n.t('report.params.assumption') : i18n.param(key).source;
}
