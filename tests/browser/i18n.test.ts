// The page in Japanese and in English: one page load per language. Every section, parameter
// group, chart and chart table is opened, and the visible text is read: no raw catalog key, no
// "undefined" or "NaN", and in Japanese no English word beyond proper names, units and the
// parameter keys shown as code. The switch in the header changes the language in place, keeping
// the scenario, the edit and the run; the same figure reads the same number in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import { formatCount } from '../../src/ui/app/format.js';
import { changeAndWait, launchBrowser, openPage, SEL, typeParam, waitDone, type Opened } from './helpers.js';

/** Words a Japanese page keeps in Latin letters: names of companies, products, sources and people, units and file types. */
const ALLOWED = new Set([
  'CrowdStrike', 'Microsoft', 'Windows', 'Falcon', 'Azure', 'BitLocker', 'WinPE', 'USB', 'PXE', 'VM', 'VMs', 'IT', 'PC', 'PCs',
  'UTC', 'GMT', 'CSV', 'PNG', 'SVG', 'JSON', 'PDF', 'URL', 'Ctrl', 'Mac', 'MB', 'ID', 'OS', 'API',
  'George', 'Kurtz', 'David', 'Weston', 'Wall', 'Street', 'Journal', 'Mercer', 'ITAA', 'Grant', 'Thornton', 'Australia',
  'The', 'Register', 'Preliminary', 'Post', 'Incident', 'Review', 'Reuters', 'Delta', 'Cirium', 'Parametrix', 'FAA', 'NHS',
  'Gartner', 'Sevco', 'Statista', 'Fortune', 'Ponemon', 'SEC', 'FlightAware', 'NENA', 'PSAP', 'EHR', 'Natural', 'Earth', 'world-atlas', 'Okabe', 'Ito', 'JST', 'npm', 'run', 'simulate', 'iframe', 'lang', 'ja', 'en',
]);

interface Scan {
  keys: string[];
  broken: string[];
  english: string[];
}

/** Opens what the reader can open: every parameter group and family, every chart's table. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    const all = document.getElementById('show-all-params');
    if (all?.getAttribute('aria-expanded') === 'false') (all as HTMLButtonElement).click();
    for (const d of document.querySelectorAll('details')) d.open = true;
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-export="table"]')) {
      if (!b.disabled && b.getAttribute('aria-expanded') === 'false') b.click();
    }
  });
}

/** The visible text nodes of the page (not parameter keys shown as code), checked in the page. */
async function scan(page: Page, japanese: boolean, allowed: readonly string[]): Promise<Scan> {
  return page.evaluate(({ japanese, allowed }) => {
    const allow = new Set(allowed);
    const out = { keys: [] as string[], broken: [] as string[], english: [] as string[] };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const KEY = /\b(page|app|chart|controls|summary|runStatus|playback|format|unit|domain|error|export|scenario)\.[a-z][A-Za-z0-9]*\.[A-Za-z0-9.]+/;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || el.closest('code, script, style, [hidden], textarea, .param-key, .share-url')) continue;
      if (!el.checkVisibility()) continue;
      if (KEY.test(text)) out.keys.push(text);
      if (/\bundefined\b|\bNaN\b|\[object /.test(text)) out.broken.push(text);
      if (!japanese) continue;
      // Parameter keys (push.revertMinutes) and hashes (8 hex digits, e.g. 42ee9c16) are code, not
      // words: a hash is taken out whole before the text is split into words.
      const words = text.replace(/\b[0-9a-f]{8}\b/g, '').replace(/[\w.-]*\/[\w./-]+/g, '').replace(/\b[a-z]+(\.[a-zA-Z0-9]+)+\b/g, '').match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|\b[A-Za-z]\b/g) ?? [];
      const foreign = words.filter((w) => w.length > 1 && !allow.has(w) && !/^[a-f0-9]{6,}$/.test(w) && !/^p\d+$/.test(w));
      if (foreign.length) out.english.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 120)}`);
    }
    return out;
  }, { japanese, allowed });
}

const crashedText = (page: Page) => page.textContent('#hero-figures [data-figure="crashed"] .figure-value');
const crashedValue = async (page: Page) => Number(await page.getAttribute('#hero-figures [data-figure="crashed"]', 'data-value'));

describe('Japanese and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('?lang=ja: everything opened reads in Japanese; the switch keeps the scenario, the edit and the run', async () => {
    const o: Opened = await openPage(browser, { path: '?lang=ja' });
    const { page } = o;
    expect(await page.getAttribute('html', 'lang')).toBe('ja-JP');
    expect(await page.title()).toMatch(/障害影響シミュレーター/);
    expect(await page.inputValue('#lang-select')).toBe('ja');

    // An edit, so the switch has something to keep.
    await changeAndWait(page, () => typeParam(page, 'push.revertMinutes', '30'));
    await openEverything(page);
    const s = await scan(page, true, [...ALLOWED]);
    expect(s.keys, 'raw catalog keys on the page').toEqual([]);
    expect(s.broken, 'undefined or NaN on the page').toEqual([]);
    expect(s.english, 'English text on the Japanese page').toEqual([]);

    const value = await crashedValue(page);
    expect(await crashedText(page)).toBe(createI18n('ja').count(value, { style: 'long' }));
    const runs = await page.getAttribute(SEL.runStatus, 'data-runs');
    const hash = await page.getAttribute(SEL.runStatus, 'data-hash');
    const query = new URL(page.url()).searchParams;
    expect(query.get('lang')).toBe('ja');
    expect(query.get('push.revertMinutes')).toBe('30');

    await page.selectOption('#lang-select', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
    const after = new URL(page.url()).searchParams;
    expect(after.get('lang')).toBe('en');
    query.delete('lang');
    after.delete('lang');
    expect(after.toString()).toBe(query.toString());
    expect(await page.inputValue('[name="push.revertMinutes"]')).toBe('30');
    // The same run, drawn again in English, not run again.
    expect(await page.getAttribute(SEL.runStatus, 'data-runs')).toBe(runs);
    expect(await page.getAttribute(SEL.runStatus, 'data-hash')).toBe(hash);
    expect(await crashedValue(page)).toBe(value);
    expect(await crashedText(page)).toBe(formatCount(value));
    expect(await page.textContent('[data-chart="timeline"] .chart-title')).toBe('How many Windows devices were down, and for how long');
    expect(await page.textContent('#scenario-title')).toBe('Scenario');
    const back = await scan(page, false, []);
    expect(back.keys).toEqual([]);
    expect(back.broken).toEqual([]);
    expect(o.problems()).toEqual([]);
    await o.close();
  });

  it('?lang=en: everything opened reads without missing texts, and the link keeps the language', async () => {
    const o = await openPage(browser, { path: '?lang=en', contextOptions: { locale: 'ja-JP' } });
    const { page } = o;
    await waitDone(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await openEverything(page);
    const s = await scan(page, false, []);
    expect(s.keys).toEqual([]);
    expect(s.broken).toEqual([]);
    expect(await page.textContent('#summary-title')).toBe('More figures from this run');
    expect(o.problems()).toEqual([]);
    await o.close();
  });
});
