// The organisation spread chart on the page: drawn under the sector chart with one line per size
// band and the overall line once the live run is in, its legend counting each group, its CSV with
// one row per group and a share column per read-out time, its table; and in Japanese.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_SPREAD_CSV_COLUMNS } from '../../src/results/csv.js';
import { download, launchBrowser, openPage, SEL, screenshotPath } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CHART = SEL.chart('org-spread');
const LINES = `${CHART} svg.chart-svg path.org-spread-line`;

describe('organisations fully back', () => {
  it('draws a line per size band and the overall line under the sector chart, and exports its CSV with the right columns', async () => {
    const o = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const { page } = o;
    try {
      await page.waitForSelector(LINES, { state: 'attached', timeout: 30_000 });
      const lines = await page.locator(LINES).evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-line'), d: (e.getAttribute('d') ?? '').length })));
      expect(lines.map((l) => l.key)).toEqual(['under100', 'from100', 'from1000', 'from10000', 'all']);
      for (const l of lines) expect(l.d, `line ${l.key} has a path`).toBeGreaterThan(200);
      // Under the sector chart, before the region chart.
      const top = async (sel: string) => (await page.locator(sel).boundingBox())!.y;
      expect(await top(SEL.chart('sectors'))).toBeLessThan(await top(CHART));
      expect(await top(CHART)).toBeLessThan(await top(SEL.chart('regions')));
      const legend = (await page.textContent(`${CHART} .chart-legend`)) ?? '';
      expect(legend).toMatch(/^All organisations \(n = [\d,]+\)Under 100 devices \(n = [\d,]+\)100 to 999 devices/);
      expect(await page.textContent(`${CHART} .chart-subtitle`)).toMatch(/^Share of the [\d,]+ organisations .* After 1 day: \d+% fully back .* Scenario: July 2024 baseline\.$/);

      const csv = await download(page, SEL.chartExport('org-spread', 'csv'));
      expect(csv.name).toBe('org-spread-july-2024-baseline-seed-1.csv');
      const all = csv.bytes.toString('utf8').trimEnd().split('\n');
      expect(all[0]).toBe('# Outage impact simulator: organisations fully back, one row per group of organisations');
      const table = all.filter((l) => !l.startsWith('#'));
      const hours = [6, 12, 18, 24, 36, 48, ...Array.from({ length: 12 }, (_, i) => 72 + 24 * i)];
      expect(table[0]).toBe([...ORG_SPREAD_CSV_COLUMNS, ...hours.map((h) => `back_${h}h`)].join(','));
      expect(table).toHaveLength(1 + 1 + 4 + 11);
      const [, , , affected, , , , ...shares] = table[1]!.split(',');
      expect(table[1]!.startsWith('all,all,All organisations,')).toBe(true);
      expect(Number(affected)).toBeGreaterThan(20_000);
      for (let i = 1; i < shares.length; i++) expect(Number(shares[i])).toBeGreaterThanOrEqual(Number(shares[i - 1]));
      expect(Number(shares[shares.length - 1])).toBeLessThan(1);

      await page.click(`${CHART} [data-export="table"]`);
      expect(await page.locator(`${CHART} table.chart-table tbody tr`).count()).toBe(hours.length);
      await page.click(`${CHART} [data-export="table"]`);
      await page.locator(CHART).screenshot({ path: await screenshotPath('org-spread-en-1280') });
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('in Japanese: title, legend, axes and subtitle from the catalog (phone width)', async () => {
    const o = await openPage(browser, { path: '?lang=ja', viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    const { page } = o;
    try {
      await page.waitForSelector(LINES, { state: 'attached', timeout: 30_000 });
      expect(await page.textContent(`${CHART} .chart-title`)).toContain('すべて戻った組織');
      expect(await page.textContent(`${CHART} .chart-legend`)).toMatch(/^すべての組織\([\d,]+組織\)デバイス100台未満/);
      const texts = await page.locator(`${CHART} svg.chart-svg text`).allTextContents();
      expect(texts).toContain('配信からの日数');
      const box = await page.locator(`${CHART} svg.chart-svg`).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(391);
      await page.locator(CHART).screenshot({ path: await screenshotPath('org-spread-ja-390') });
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
