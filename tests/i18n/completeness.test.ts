// Both languages, complete: every key in both catalogs with the same placeholders, every
// registry parameter with a Japanese label, help and source, every unit with a text. These
// tests fail the build when a string exists in one language only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../src/engine/params.js';
import { AREAS, CATALOGS, EN } from '../../src/i18n/catalog/index.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { placeholdersOf, type Message } from '../../src/i18n/message.js';
import { JA_PARAM_TEXT } from '../../src/i18n/params/ja.js';
import { hasUnitText, paramText } from '../../src/i18n/paramText.js';
import { hashText } from '../../src/scenario/hash.js';

const enKeys = Object.keys(EN).sort();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));

describe('message catalogs', () => {
  it(`every key is in every language, and no language has a key English lacks (${enKeys.length} keys)`, () => {
    for (const l of LOCALES) {
      const keys = Object.keys(CATALOGS[l]);
      expect(enKeys.filter((k) => !keys.includes(k)), `keys missing in ${l}`).toEqual([]);
      expect(keys.filter((k) => !Object.hasOwn(EN, k)), `keys only in ${l}`).toEqual([]);
    }
  });

  it('every key has the same placeholders in every language', () => {
    const differ: string[] = [];
    for (const k of enKeys) {
      const want = placeholdersOf(EN[k as keyof typeof EN]).join(',');
      for (const l of LOCALES) {
        const got = placeholdersOf(CATALOGS[l][k as keyof typeof EN]).join(',');
        if (got !== want) differ.push(`${l} ${k}: {${got}} but English has {${want}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('texts are well formed: non-empty, trimmed, braces only around placeholder names', () => {
    const bad: string[] = [];
    for (const l of LOCALES) {
      for (const [k, m] of Object.entries(CATALOGS[l])) {
        for (const text of texts(m)) {
          if (text.trim() === '' || text !== text.trim()) bad.push(`${l} ${k}: empty or padded`);
          if (/[{}]/.test(text.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ''))) bad.push(`${l} ${k}: stray brace in "${text}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('plural entries have the forms their language uses', () => {
    const bad: string[] = [];
    for (const l of LOCALES) {
      const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[];
      for (const [k, m] of Object.entries(CATALOGS[l])) {
        if (typeof m === 'string') continue;
        if (!m.other) bad.push(`${l} ${k}: no "other" form`);
        for (const form of Object.keys(m)) if (!categories.includes(form)) bad.push(`${l} ${k}: "${form}" is not a ${l} plural form`);
        if (l === 'en' && !m.one) bad.push(`${l} ${k}: no "one" form`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('each area file keeps to its own key prefixes, so no key is defined twice', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const area of AREAS) {
      expect(Object.keys(area.ja).sort(), `${area.name}: Japanese keys`).toEqual(Object.keys(area.en).sort());
      for (const k of Object.keys(area.en)) {
        if (!area.prefixes.some((p) => k.startsWith(p))) bad.push(`${area.name}: ${k} outside ${area.prefixes.join(' ')}`);
        if (seen.has(k)) bad.push(`${k} in both ${seen.get(k)} and ${area.name}`);
        seen.set(k, area.name);
      }
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBe(enKeys.length);
  });

  it('Japanese texts are Japanese (an English text copied over fails here)', () => {
    // Texts that are the same in Japanese by nature: literals and a unit.
    const same = new Set(['error.got.null', 'error.got.true', 'error.got.false', 'unit.utc', 'format.megabytes']);
    const bad: string[] = [];
    for (const [k, m] of Object.entries(CATALOGS.ja)) {
      for (const text of texts(m)) {
        const words = text.replace(/\{[A-Za-z0-9]+\}/g, '');
        if (/[A-Za-z]/.test(words) && !JAPANESE.test(words) && !same.has(k)) bad.push(`${k}: "${text}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('Japanese counters (台, 社, 回, 人) follow only {count}: other counts bring theirs from formatCount', () => {
    const bad = Object.entries(CATALOGS.ja)
      .flatMap(([k, m]) => texts(m).map((text) => [k, text] as const))
      .filter(([, text]) => /\{(?!count\})[A-Za-z0-9]+\}(台|社|回|人|バイト)/.test(text))
      .map(([k, text]) => `${k}: "${text}"`);
    expect(bad).toEqual([]);
  });
});

describe('parameter texts', () => {
  it(`every registry parameter has a Japanese label, help and source (${PARAM_SPECS.length} parameters)`, () => {
    const missing: string[] = [];
    for (const spec of PARAM_SPECS) {
      const ja = JA_PARAM_TEXT.get(spec.key);
      if (!ja) {
        missing.push(`${spec.key}: no entry in src/i18n/params/ja.ts`);
        continue;
      }
      for (const field of ['label', 'help', 'source'] as const) {
        if (!JAPANESE.test(ja[field])) missing.push(`${spec.key}: ${field} "${ja[field]}" is not Japanese`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the Japanese table has no parameter the registry has dropped', () => {
    const keys = new Set(PARAM_SPECS.map((s) => s.key));
    expect([...JA_PARAM_TEXT.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('families are families in both languages, and labels read "family：item"', () => {
    const bad: string[] = [];
    for (const spec of PARAM_SPECS) {
      const en = paramText(spec.key, 'en');
      const ja = paramText(spec.key, 'ja');
      if ((en.family === null) !== (ja.family === null)) bad.push(`${spec.key}: a family in one language only`);
      if (ja.family !== null && ja.label !== `${ja.family}：${ja.item}`) bad.push(`${spec.key}: "${ja.label}"`);
      if (en.family !== null && en.label !== `${en.family}: ${en.item}`) bad.push(`${spec.key}: "${en.label}"`);
    }
    expect(bad).toEqual([]);
  });

  it('every unit in the registry has a text in both languages', () => {
    const units = [...new Set(PARAM_SPECS.map((s) => s.unit))];
    expect(units.filter((u) => !hasUnitText(u))).toEqual([]);
    for (const u of units) expect(paramText(PARAM_SPECS.find((s) => s.unit === u)!.key, 'ja').unit).not.toBe('');
  });

  it('the Japanese was reviewed against the English the registry has now', () => {
    // tests/i18n/paramsReviewed.json holds a fingerprint of each parameter's English label, help,
    // source and unit as they were when the Japanese was last checked. A changed English text
    // fails here until its Japanese (src/i18n/params/ja.ts) is reviewed and the fingerprint updated.
    const reviewed = JSON.parse(readFileSync(join(import.meta.dirname, 'paramsReviewed.json'), 'utf8')) as Record<string, string>;
    const stale: string[] = [];
    for (const s of PARAM_SPECS) {
      const now = hashText([s.label, s.help, s.source, s.unit].join('\n'));
      if (reviewed[s.key] !== now) stale.push(`"${s.key}": "${now}"`);
    }
    expect(stale, 'English changed (or is new) since the Japanese was reviewed; review it, then set these fingerprints').toEqual([]);
    expect(Object.keys(reviewed).filter((k) => !PARAM_SPECS.some((s) => s.key === k))).toEqual([]);
  });
});

describe('the static page', () => {
  it('every data-i18n and data-i18n-aria key of index.html is in the catalog', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-aria)?="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !Object.hasOwn(EN, k))).toEqual([]);
  });
});
