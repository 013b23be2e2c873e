// Japanese and English for the page: the language model, the catalogs and t(), the formatters,
// the structured errors and formatError, and the names of parameters and the model's things.
// docs/I18N.md explains how to add a string and how the language is chosen and kept in the link.
export { LOCALES, DEFAULT_LOCALE, LOCALE_NAMES, intlTag, htmlLang, parseLocale, isLocale, type Locale } from './locale.js';
export { chooseLocale, type LocaleChoice, type LocaleInputs, type LocaleSource } from './chooseLocale.js';
export { LANG_PARAM, LANG_STORAGE_KEY, readLang, withLang, withoutLang } from './langParam.js';
export { t, isMessageKey, type MessageKey, type MessageArgs } from './translate.js';
export type { Message, PluralForms, Catalog, Translation } from './message.js';
export {
  formatCount, formatNumber, formatDecimal, formatPercent, formatMoney, formatMegabytes,
  type CountOptions, type CountStyle, type CountUnit, type Currency,
} from './formatNumber.js';
export {
  formatDateTime, formatHours, formatMinutes, formatDays, formatOffset, formatHourOfDay, formatUtcOffset,
  formatZoneLabel, formatClockAtOffset, zoneOffsetHours, type DateOptions, type DateStyle,
} from './formatTime.js';
export { formatList, joinSentences, capitalizeFirst } from './formatText.js';
export {
  structuredError, noValues, describeValue, jsonErrorLocation,
  type StructuredError, type ErrorCode, type ErrorValues, type Got,
} from './problem.js';
export { formatError, errorParamKeys, type FormatErrorOptions } from './formatError.js';
export { paramText, unitText, hasUnitText, type ParamText } from './paramText.js';
export {
  sectorName, regionName, cityName, deviceClassName, paramGroupTitle, paramGroupNote, bundledScenarioText,
} from './domain.js';
export { problemMessageIn, problemTextIn } from './problemText.js';
export { createI18n, type I18n } from './i18n.js';
