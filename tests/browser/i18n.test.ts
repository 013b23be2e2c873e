// The page in Japanese and in English: one page load per language. Every section, parameter
// group, chart and chart table is opened, and the visible text is read: no raw catalog key, no
// "undefined" or "NaN", and in Japanese no English word beyond proper names, units and the
// parameter keys shown as code. The switch in the header changes the language in place, keeping
// the scenario, the edit and the run; the same figure reads the same number in both languages.
// After a comparison, an ensemble, a sensitivity ranking of the levers, a small fit and an
// organisation, the Japanese page is read again, with its title and aria-label attributes (the
// tooltips give an assumption's range and why).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import { formatCount } from '../../src/ui/app/format.js';
import { FIT_SEL, ORG_SEL } from '../../src/ui/selectors.js';
import { changeAndWait, launchBrowser, openPage, screenshotPath, SEL, typeParam, waitDone, type Opened } from './helpers.js';

/** Words a Japanese page keeps in Latin letters: names of companies, products, sources and people, units and file types. */
const ALLOWED = new Set([
  'CrowdStrike', 'Microsoft', 'Windows', 'Falcon', 'Azure', 'BitLocker', 'WinPE', 'USB', 'PXE', 'VM', 'VMs', 'IT', 'PC', 'PCs',
  'UTC', 'GMT', 'CSV', 'PNG', 'SVG', 'JSON', 'PDF', 'URL', 'Ctrl', 'Mac', 'MB', 'ID', 'OS', 'API',
  'George', 'Kurtz', 'David', 'Weston', 'Wall', 'Street', 'Journal', 'Mercer', 'ITAA', 'Grant', 'Thornton', 'Australia',
  'The', 'Register', 'Preliminary', 'Post', 'Incident', 'Review', 'Reuters', 'Delta', 'Cirium', 'Parametrix', 'FAA', 'NHS',
  'WSJ', 'LBNL', 'S-RM', 'Alliance', 'to', 'Save', 'Energy', 'RM', 'CEO', 'LinkedIn', 'Security', 'ISMG',
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
async function scan(page: Page, japanese: boolean, allowed: readonly string[], attributes = false): Promise<Scan> {
  return page.evaluate(({ japanese, allowed, attributes }) => {
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
      // words: a hash is taken out whole before the text is split into words. A published title in
      // Japanese quotes (「Helping our customers…」) stays as published.
      const words = text.replace(/「[^」]*」/g, '').replace(/\b[0-9a-f]{8}\b/g, '').replace(/[\w.-]*\/[\w./-]+/g, '').replace(/\b[a-z]+(\.[a-zA-Z0-9]+)+\b/g, '').match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|\b[A-Za-z]\b/g) ?? [];
      const foreign = words.filter((w) => w.length > 1 && !allow.has(w) && !/^[a-f0-9]{6,}$/.test(w) && !/^p\d+$/.test(w));
      if (foreign.length) out.english.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 120)}`);
    }
    if (!attributes) return out;
    // What a pointer or a screen reader is told: title and aria-label of the elements shown.
    for (const el of document.body.querySelectorAll<HTMLElement>('[title], [aria-label]')) {
      if (el.closest('code, script, style, [hidden], .param-key, .share-url') || !el.checkVisibility()) continue;
      for (const name of ['title', 'aria-label']) {
        const text = (el.getAttribute(name) ?? '').trim();
        if (!text) continue;
        if (KEY.test(text)) out.keys.push(`${name}: ${text}`);
        if (/\bundefined\b|\bNaN\b|\[object /.test(text)) out.broken.push(`${name}: ${text}`);
        if (!japanese) continue;
        const words = text.replace(/「[^」]*」/g, '').replace(/\b[0-9a-f]{8}\b/g, '').replace(/[\w.-]*\/[\w./-]+/g, '').replace(/\b[a-z]+(\.[a-zA-Z0-9]+)+\b/g, '').match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|\b[A-Za-z]\b/g) ?? [];
        const foreign = words.filter((w) => w.length > 1 && !allow.has(w) && !/^[a-f0-9]{6,}$/.test(w) && !/^p\d+$/.test(w));
        if (foreign.length) out.english.push(`${el.tagName.toLowerCase()}[${name}]: ${text.slice(0, 120)} (${foreign.join(' ')})`);
      }
    }
    return out;
  }, { japanese, allowed, attributes });
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

  it('?lang=ja after a comparison, an ensemble, a ranking of the levers, a small fit and an organisation: texts and tooltips in Japanese', async () => {
    const o = await openPage(browser, { path: '?lang=ja&v=1&seed=1&fleet.windowsSensors=2000000&fleet.customers=4000', viewport: { width: 1280, height: 900 } });
    const { page } = o;
    await waitDone(page);
    await page.selectOption('#compare-picker', 'canary-ring');
    await page.click('#compare-add');
    await page.waitForFunction(() => document.querySelectorAll('#compare-list [data-status="done"]').length === 1, undefined, { timeout: 90_000 });
    await page.fill('#ensemble-runs', '4');
    await page.click('#ensemble-run');
    await page.waitForFunction(() => document.querySelector('#ensemble-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 120_000 });
    await page.selectOption('#sensitivity-which', 'levers');
    await page.click('#sensitivity-run');
    await page.waitForFunction(() => document.querySelector('#sensitivity-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 180_000 });
    await page.fill(FIT_SEL.budget, '16');
    await page.fill(FIT_SEL.scale, '0.05');
    await page.fill(FIT_SEL.replicates, '1');
    await page.click(FIT_SEL.run);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done', FIT_SEL.status, { timeout: 120_000, polling: 100 });
    await page.click(ORG_SEL.example);
    await page.waitForFunction(() => document.querySelector('#org-panel')?.getAttribute('data-services') === 'done'
      && document.querySelector('#org-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 90_000, polling: 100 });
    await openEverything(page);

    // The ranking names its levers, their settings and kinds in Japanese.
    const tornado = SEL.chart('tornado');
    const table = await page.$$eval(`${tornado} .chart-table tbody tr`, (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((td) => td.textContent ?? '')));
    expect(table.length).toBe(10);
    expect(table.map((r) => r[0])).toContain('修復の人手');
    expect(table.find((r) => r[0] === '修復の人手')!.slice(1)).toEqual(['レバー', '半分', '2倍']);
    expect(await page.textContent(`${tornado} svg.chart-svg`)).toContain('コンテンツを取り消すまでの時間');
    // An assumption's tooltip gives its range and why in Japanese.
    const poll = await page.getAttribute('label[for="ensemble-key-push.pollMinutes"]', 'title');
    expect(poll).toBe('5〜60 分：センサーがコンテンツを取りに行く間隔は公表されていない。数分から1時間');
    await page.locator('#sensitivity').screenshot({ path: await screenshotPath('sensitivity-panel-ja') });
    await page.locator('#org-panel').screenshot({ path: await screenshotPath('org-panel-ja') });

    const s = await scan(page, true, [...ALLOWED], true);
    expect(s.keys, 'raw catalog keys on the page').toEqual([]);
    expect(s.broken, 'undefined or NaN on the page').toEqual([]);
    expect(s.english, 'English text on the Japanese page').toEqual([]);
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
