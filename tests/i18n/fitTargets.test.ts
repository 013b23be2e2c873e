// Calibration targets are English data (src/calibration/targets.ts); the page names them and
// their sources through the catalog, keyed by target id, in both languages.
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/calibration/targets.js';
import { CATALOGS } from '../../src/i18n/catalog/index.js';
import { LOCALES } from '../../src/i18n/locale.js';

describe('target texts', () => {
  it(`every target (${TARGETS.length}) has a label and a source in every language; English labels are the data's`, () => {
    for (const l of LOCALES) {
      const c = CATALOGS[l] as Readonly<Record<string, unknown>>;
      for (const t of TARGETS) {
        expect(typeof c[`fit.target.${t.id}`], `${l} fit.target.${t.id}`).toBe('string');
        expect(typeof c[`fit.source.${t.id}`], `${l} fit.source.${t.id}`).toBe('string');
      }
    }
    const en = CATALOGS.en as Readonly<Record<string, unknown>>;
    for (const t of TARGETS) expect(en[`fit.target.${t.id}`]).toBe(t.label);
  });
});
