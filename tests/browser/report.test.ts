// The printed report from the page: "Print report" lays the run (or the comparison) out in the
// print-only sheet and calls the browser's print; printed to PDF on A4 in print media, a single
// run with its service figures takes at most three pages and a comparison two to four, with every section's heading in the PDF's
// text and none of the page's controls. A smaller fleet keeps the runs quick; the model is the same.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText } from '../helpers/pdf.js';
import { launchBrowser, openPage, ROOT, SEL, type Opened } from './helpers.js';
import type { Browser } from 'playwright-core';

const SMALL = 'fleet.windowsSensors=2000000&fleet.customers=4000';
const OUT = join(ROOT, 'test-results', 'report');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks "Print report" (with the browser's print dialog replaced by a counter) and prints the page to PDF. */
async function printToPdf(page: Page, name: string): Promise<{ pages: number; text: string; headings: string[]; sections: string[]; printed: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed: number };
    w.__printed = 0;
    window.print = () => {
      w.__printed++;
    };
  });
  await page.click(SEL.printReport);
  await page.waitForSelector(`${SEL.reportSheet} .report`, { state: 'attached' });
  const headings = await page.$$eval(`${SEL.reportSheet} h1, ${SEL.reportSheet} h2`, (hs) => hs.map((h) => h.textContent ?? ''));
  const sections = await page.$$eval(`${SEL.reportSheet} [data-section]`, (ss) => ss.map((s) => s.getAttribute('data-section') ?? ''));
  const printed = await page.evaluate(() => (window as unknown as { __printed: number }).__printed);
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  return { pages: pdfPageCount(bytes), text: pdfText(path), headings, sections, printed };
}

const ALL_SECTIONS = ['scenario', 'figures', 'charts', 'parameters', 'limits', 'reproduce'];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('printed report', () => {
  let o: Opened;
  afterAll(async () => o?.close());

  it('a single run prints on at most three A4 pages with every section and chart, and no controls', async () => {
    o = await openPage(browser, { path: `?v=1&name=July+2024+baseline&seed=1&${SMALL}` });
    const { page } = o;
    await page.waitForSelector(`${SEL.runStatus}[data-services="in"]`, { timeout: 60_000 });
    await page.waitForSelector(`${SEL.chart('org-spread')} svg.chart-svg path.org-spread-line`, { state: 'attached', timeout: 60_000 });
    const r = await printToPdf(page, 'single-run');
    expect(r.printed).toBe(1);
    expect(r.sections).toEqual(['scenario', 'figures', 'charts', 'parameters', 'limits', 'reproduce']);
    const charts = await page.$$eval(`${SEL.reportSheet} figure[data-chart]`, (fs) => fs.map((f) => f.getAttribute('data-chart')));
    expect(charts).toEqual(['timeline', 'sectors', 'org-spread', 'regions', 'flights', 'money']);
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(3);
    for (const h of r.headings) expect(r.text).toContain(squash(h));
    // The page itself is not printed: neither its controls nor its parameter panel.
    for (const control of ['Copy link', 'Export scenario', 'Print report', 'Random seed']) expect(r.text).not.toContain(control);
    // Charts are drawn with their sources, and the record is quoted beside the run.
    expect(r.text).toContain('How many Windows devices were down');
    expect(r.text).toContain('Microsoft, 20 Jul 2024');
    for (const title of ['Flights cancelled, day by day', 'Money lost, by sector', 'organisations with every crashed device back']) expect(r.text).toContain(title);
    expect(o.problems()).toEqual([]);
  });

  it('a comparison of the canary ring with the baseline prints on two to four pages, side by side', async () => {
    const { page } = o;
    await page.selectOption('#compare-picker', 'canary-ring');
    await page.click('#compare-add');
    await page.waitForFunction(() => document.querySelectorAll('#compare-list [data-status="done"]').length === 1, undefined, { timeout: 90_000 });
    const r = await printToPdf(page, 'comparison');
    expect(r.printed).toBe(1);
    expect([...r.sections].sort()).toEqual([...ALL_SECTIONS].sort());
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(4);
    for (const h of r.headings) expect(r.text).toContain(squash(h));
    expect(r.text).toContain('1% canary with a one-hour bake and an automatic halt');
    // The key figures side by side: the July 2024 baseline first (the reference: the page's run is
    // a smaller fleet), then the page's run and the canary, each with its difference from it.
    const head = await page.$$eval(`${SEL.reportSheet} [data-section="figures"] thead th`, (ths) => ths.map((th) => th.textContent ?? ''));
    expect(head.slice(1, 4)).toEqual(['July 2024 baseline', expect.stringContaining('July 2024 baseline, edited'), '1% canary with a one-hour bake and an automatic halt']);
    const crashed = await page.$$eval(`${SEL.reportSheet} tr[data-key="crashed"] td`, (tds) => tds.map((td) => td.textContent ?? ''));
    expect(crashed).toHaveLength(4);
    expect(crashed[0]).toMatch(/^8\.\d+ million$/);
    expect(crashed[2]).toMatch(/\(−\d/);
    // The canary's changed parameters are listed with their sources.
    const params = await page.$$eval(`${SEL.reportSheet} [data-section="parameters"] tbody tr`, (trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(params).toEqual(expect.arrayContaining(['push.canaryShare', 'push.canaryBakeMinutes', 'push.haltAfterCrashes']));
    // On screen, the sheet is never shown.
    expect(await page.isVisible(SEL.reportSheet)).toBe(false);
    expect(o.problems()).toEqual([]);
  });
});
