// Names of the model's things in each language: sectors, regions, their cities, device classes,
// the parameter groups and the bundled scenario files. English names equal the engine's labels
// (tests/i18n/domain.test.ts keeps them in step).
import type { ParamGroup } from '../engine/params.js';
import type { DeviceClass, Region, Sector } from '../engine/types.js';
import type { Locale } from './locale.js';
import { isMessageKey, t, type MessageKey } from './translate.js';

type ScenarioFileKey = Extract<MessageKey, `scenarioFile.${string}`>;
const isScenarioFileKey = (key: string): key is ScenarioFileKey => key.startsWith('scenarioFile.') && isMessageKey(key);

export function sectorName(id: Sector, locale: Locale): string {
  return t(locale, `domain.sector.${id}`);
}

export function regionName(id: Region, locale: Locale): string {
  return t(locale, `domain.region.${id}`);
}

/** The region's representative city (its clock is the region's clock). */
export function cityName(id: Region, locale: Locale): string {
  return t(locale, `domain.city.${id}`);
}

export function deviceClassName(id: DeviceClass, locale: Locale): string {
  return t(locale, `domain.class.${id}`);
}

export function paramGroupTitle(group: ParamGroup, locale: Locale): string {
  return t(locale, `controls.group.${group}.title`);
}

export function paramGroupNote(group: ParamGroup, locale: Locale): string {
  return t(locale, `controls.group.${group}.note`);
}

/** Name and description of a bundled scenario file (scenarios/<id>.json) in a language; null for
 * any other scenario (an import, a link), whose texts are shown as their author wrote them.
 * Show these, but never write them back into a scenario: links and files keep the file's own name. */
export function bundledScenarioText(fileId: string, locale: Locale): { name: string; description: string } | null {
  const name = `scenarioFile.${fileId}.name`;
  const description = `scenarioFile.${fileId}.description`;
  if (!isScenarioFileKey(name) || !isScenarioFileKey(description)) return null;
  return { name: t(locale, name), description: t(locale, description) };
}
