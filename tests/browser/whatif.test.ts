// What-if analysis in the page: comparing scenarios (charts, table, CSV, link), an ensemble with
// bands, and the sensitivity ranking with its chart and exports. A smaller fleet (2 million
// sensors, 4,000 customers) keeps the many runs quick; the model is the same.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, launchBrowser, openPage, screenshot, SEL, waitDone, type Opened } from './helpers.js';

const SMALL = 'fleet.windowsSensors=2000000&fleet.customers=4000';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function compareDone(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (k) => document.querySelectorAll('#compare-list [data-status="done"]').length === k
      && document.querySelectorAll('#compare-table tbody tr').length > 0,
    n, { timeout: 90_000, polling: 100 },
  );
}

const cellValues = (page: Page, figure: string) =>
  page.$$eval(`#compare-table tr[data-figure="${figure}"] td`, (tds) => tds.map((td) => td.getAttribute('data-value')));

describe('compare scenarios', () => {
  let o: Opened;
  afterAll(async () => o?.close());

  it('adds a scenario: both runs on the timeline, a table with differences, a CSV and a link that reopens the comparison', async () => {
    o = await openPage(browser, { path: `?v=1&name=July+2024+baseline&seed=1&${SMALL}` });
    const { page } = o;
    await page.selectOption('#compare-picker', 'canary-ring');
    await page.click('#compare-add');
    await compareDone(page, 1);
    // The timeline draws each run in its colour (the legend names both runs).
    const legend = await page.textContent(`${SEL.chart('timeline')} .chart-legend`);
    expect(legend).toContain('1% canary with a one-hour bake and an automatic halt');
    // The edited run is the baseline at another fleet size; the ghost baseline is the reference.
    const crashed = (await cellValues(page, 'crashed')).map(Number);
    expect(crashed.length).toBe(3);
    const canary = crashed[2]!;
    expect(canary).toBeLessThan(crashed[1]! * 0.1); // a 1% canary with a halt crashes a small fraction
    expect(new URL(page.url()).searchParams.getAll('cmp')).toEqual(['canary-ring']);
    await screenshot(page, 'compare-desktop');

    const csv = await download(page, '#compare-export');
    const text = csv.bytes.toString('utf8');
    expect(text).toMatch(/^# Outage impact simulator: scenarios compared/);
    expect(text).toContain('1% canary with a one-hour bake and an automatic halt');
    expect(text).toMatch(/\ncrashed,/);

    const svg = await download(page, SEL.chartExport('timeline', 'svg'));
    expect(svg.bytes.toString('utf8')).toContain('compared with 1% canary with a one-hour bake and an automatic halt');

    // The link reopens the same comparison in a fresh browser profile.
    const link = page.url();
    const again = await openPage(browser, { path: link.slice(link.indexOf('?')) });
    try {
      await compareDone(again.page, 1);
      // The grey baseline runs last; the table gains its column when it is in.
      await again.page.waitForFunction(() => document.querySelectorAll('#compare-table tr[data-figure="crashed"] td').length === 3, undefined, { timeout: 90_000 });
      expect(await again.page.textContent('#compare-list')).toContain('1% canary with a one-hour bake and an automatic halt');
      expect((await cellValues(again.page, 'crashed')).map(Number)).toEqual(crashed);
      expect(again.problems()).toEqual([]);
    } finally {
      await again.close();
    }
    // Removing it leaves one run and no cmp in the link.
    await page.click('#compare-list .compare-remove');
    await page.waitForFunction(() => document.querySelectorAll('#compare-list li').length === 0);
    expect(new URL(page.url()).searchParams.getAll('cmp')).toEqual([]);
    expect(o.problems()).toEqual([]);
  });
});

describe('uncertainty and sensitivity', () => {
  let o: Opened;
  let page: Page;
  beforeAll(async () => {
    o = await openPage(browser, { path: `?v=1&name=July+2024+baseline&seed=1&${SMALL}` });
    page = o.page;
  });
  afterAll(async () => o?.close());

  it('an ensemble of 6 runs draws bands on the timeline, with ordered percentiles in its table and on the export', async () => {
    await page.fill('#ensemble-runs', '6');
    await page.click('#ensemble-run');
    await page.waitForFunction(() => document.querySelector('#ensemble-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 120_000 });
    const rows = await page.$$eval('#ensemble-table tbody tr', (trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value'))));
    expect(rows.length).toBeGreaterThan(5);
    for (const [, lo, mid, hi] of rows) {
      if (lo && mid) expect(Number(lo)).toBeLessThanOrEqual(Number(mid));
      if (mid && hi) expect(Number(mid)).toBeLessThanOrEqual(Number(hi));
    }
    expect(await page.textContent(`${SEL.chart('timeline')} .chart-legend`)).toContain('5–95% of 6 runs');
    const svg = (await download(page, SEL.chartExport('timeline', 'svg'))).bytes.toString('utf8');
    expect(svg).toContain('Shaded bands: 5th to 95th percentile of 6 runs');
    await page.locator('#uncertainty').screenshot({ path: 'test-results/screenshots/ensemble-panel.png' });

    // A new edit makes the bands stale: they are no longer drawn, and the panel says so.
    await page.fill('#seed', '2');
    await waitDone(page);
    await page.waitForFunction(() => /earlier version/.test(document.querySelector('#ensemble-status')?.textContent ?? ''));
    expect(await page.textContent(`${SEL.chart('timeline')} .chart-legend`)).not.toContain('of 6 runs');
  });

  it('the sensitivity ranking runs the levers, draws a tornado ranked by swing, and exports it', async () => {
    await page.selectOption('#sensitivity-which', 'levers');
    await page.selectOption('#sensitivity-figure', 'deviceHoursLost');
    await page.click('#sensitivity-run');
    await page.waitForFunction(() => document.querySelector('#sensitivity-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 180_000 });
    const tornado = SEL.chart('tornado');
    expect(await page.isVisible(tornado)).toBe(true);
    await page.click(`${tornado} [data-export="table"]`);
    const swings = await page.$$eval(`${tornado} .chart-table tbody tr`, (trs) => trs.map((tr) => Number((tr.lastElementChild?.textContent ?? '').replace(/,/g, ''))));
    expect(swings.length).toBe(10);
    for (let i = 1; i < swings.length; i++) expect(swings[i - 1]!).toBeGreaterThanOrEqual(swings[i]!);
    const svg = (await download(page, SEL.chartExport('tornado', 'svg'))).bytes.toString('utf8');
    expect(svg).toContain('Which lever or assumption matters most');
    expect(svg).toContain('Hands for repair');
    const png = await download(page, SEL.chartExport('tornado', 'png'));
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Another figure re-reads the same runs, without running again.
    await page.selectOption('#sensitivity-figure', 'hoursTo97');
    await page.waitForFunction(() => /Hours until 97%/.test(document.querySelector('[data-chart="tornado"] .chart-subtitle')?.textContent ?? '')
      || /hours until 97%/.test(document.querySelector('[data-chart="tornado"] .chart-subtitle')?.textContent ?? ''));
    await page.locator('#sensitivity').screenshot({ path: 'test-results/screenshots/sensitivity-panel.png' });
    expect(o.problems()).toEqual([]);
  });
});
