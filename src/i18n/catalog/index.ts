// The two catalogs, assembled from one file per area. The English catalog defines the keys and
// their placeholders; the Japanese one must have exactly the same keys (the types reject a
// missing or extra key; tests/i18n/completeness.test.ts also checks placeholders).
import type { Locale } from '../locale.js';
import type { Catalog, Translation } from '../message.js';
import { app as enApp } from './en/app.js';
import { charts as enCharts } from './en/charts.js';
import { domain as enDomain } from './en/domain.js';
import { errors as enErrors } from './en/errors.js';
import { fit as enFit } from './en/fit.js';
import { formats as enFormats } from './en/formats.js';
import { page as enPage } from './en/page.js';
import { report as enReport } from './en/report.js';
import { app as jaApp } from './ja/app.js';
import { charts as jaCharts } from './ja/charts.js';
import { domain as jaDomain } from './ja/domain.js';
import { errors as jaErrors } from './ja/errors.js';
import { fit as jaFit } from './ja/fit.js';
import { formats as jaFormats } from './ja/formats.js';
import { page as jaPage } from './ja/page.js';
import { report as jaReport } from './ja/report.js';

export const EN = { ...enPage, ...enApp, ...enCharts, ...enErrors, ...enFormats, ...enDomain, ...enReport, ...enFit } as const;
export type MessageKey = keyof typeof EN;
export type En = typeof EN;

export const JA: Translation<En> = { ...jaPage, ...jaApp, ...jaCharts, ...jaErrors, ...jaFormats, ...jaDomain, ...jaReport, ...jaFit };

export const CATALOGS: Readonly<Record<Locale, Translation<En>>> = { en: EN, ja: JA };

/** The area files and the key prefixes each may use, so two areas never define the same key. */
export const AREAS: readonly { name: string; prefixes: readonly string[]; en: Catalog; ja: Catalog }[] = [
  { name: 'page', prefixes: ['page.'], en: enPage, ja: jaPage },
  {
    name: 'app',
    prefixes: ['main.', 'runStatus.', 'app.', 'simClient.', 'initialState.', 'messages.', 'controls.', 'summary.', 'playback.'],
    en: enApp,
    ja: jaApp,
  },
  { name: 'charts', prefixes: ['chart.', 'export.'], en: enCharts, ja: jaCharts },
  { name: 'errors', prefixes: ['error.'], en: enErrors, ja: jaErrors },
  { name: 'formats', prefixes: ['format.', 'unit.'], en: enFormats, ja: jaFormats },
  { name: 'domain', prefixes: ['domain.', 'scenario.', 'scenarioFile.'], en: enDomain, ja: jaDomain },
  { name: 'report', prefixes: ['report.'], en: enReport, ja: jaReport },
  { name: 'fit', prefixes: ['fit.'], en: enFit, ja: jaFit },
];
