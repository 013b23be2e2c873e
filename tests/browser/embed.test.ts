// Embed mode: a chart alone in a frame, at the widths articles use, live and under the page's
// Content Security Policy; the copy-embed-code button gives an <iframe> that shows it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, SEL } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const drawn = (id: string) => `[data-embed="${id}"] ${SEL.chart(id)} svg.chart-svg path[d^="M"], [data-embed="${id}"] ${SEL.chart(id)} svg.chart-svg rect`;

describe('embed mode', () => {
  for (const width of [320, 640, 960]) {
    it(`?embed=timeline at ${width} px: the chart alone, drawn, fitting the frame, with a link to the full page`, async () => {
      const o = await openPage(browser, { path: '?cmp=canary-ring&embed=timeline', viewport: { width, height: 700 }, waitForRun: false });
      const { page } = o;
      try {
        await page.waitForSelector(drawn('timeline'), { timeout: 60_000, state: 'attached' });
        // The compared run joins the chart when it is in.
        await page.waitForFunction(() => /1% canary/.test(document.querySelector('[data-chart="timeline"] .chart-legend')?.textContent ?? ''), undefined, { timeout: 90_000 });
        expect(await page.isVisible('#app')).toBe(false);
        expect(await page.textContent(`${SEL.chart('timeline')} .chart-title`)).toContain('How many Windows devices');
        expect(await page.textContent(`${SEL.chart('timeline')} .chart-legend`)).toContain('1% canary');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const full = await page.getAttribute('.embed-full', 'href');
        expect(new URL(full!).searchParams.has('embed')).toBe(false);
        expect(new URL(full!).searchParams.get('cmp')).toBe('canary-ring');
        await page.screenshot({ path: `test-results/screenshots/embed-timeline-${width}.png`, fullPage: true });
        expect(o.problems()).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }

  it('?embed=timeline&lang=ja: the chart in Japanese, the bundled scenario under its Japanese name', async () => {
    const o = await openPage(browser, { path: '?embed=timeline&lang=ja', viewport: { width: 640, height: 700 }, waitForRun: false });
    try {
      await o.page.waitForSelector(drawn('timeline'), { timeout: 60_000, state: 'attached' });
      const subtitle = await o.page.textContent(`${SEL.chart('timeline')} .chart-subtitle`);
      expect(subtitle).toContain('2024年7月のベースライン');
      expect(subtitle).not.toContain('July 2024 baseline');
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('?embed=map and ?embed=flights draw their charts; an unknown chart is named with the list of charts', async () => {
    for (const id of ['map', 'flights']) {
      const o = await openPage(browser, { path: `?embed=${id}`, viewport: { width: 640, height: 700 }, waitForRun: false });
      try {
        await o.page.waitForSelector(`[data-embed="${id}"] ${SEL.chart(id)} svg.chart-svg path, [data-embed="${id}"] ${SEL.chart(id)} svg.chart-svg rect`, { timeout: 90_000, state: 'attached' });
        expect(o.problems()).toEqual([]);
      } finally {
        await o.close();
      }
    }
    const o = await openPage(browser, { path: '?embed=pie', waitForRun: false });
    try {
      await o.page.waitForSelector('.embed-error');
      expect(await o.page.textContent('.embed-error')).toMatch(/no chart called “pie”.*timeline, sectors, regions/);
    } finally {
      await o.close();
    }
  });

  it('?embed=org-spread draws one line per size band and the overall line once the live run is in, with its counts', async () => {
    const o = await openPage(browser, { path: '?embed=org-spread', viewport: { width: 640, height: 700 }, waitForRun: false });
    const { page } = o;
    try {
      const lines = `[data-embed="org-spread"] ${SEL.chart('org-spread')} svg.chart-svg path.org-spread-line`;
      await page.waitForSelector(lines, { timeout: 90_000, state: 'attached' });
      expect(await page.locator(lines).count()).toBe(5);
      expect(await page.textContent(`${SEL.chart('org-spread')} .chart-legend`)).toMatch(/All organisations \(n = [\d,]+\)/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: 'test-results/screenshots/embed-org-spread-640.png', fullPage: true });
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('the copy-embed-code button gives an iframe of this run that shows the chart in another page', async () => {
    const o = await openPage(browser, {
      path: '?v=1&name=July+2024+baseline&seed=1&push.revertMinutes=20',
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const { page } = o;
    try {
      await page.click(`${SEL.chart('sectors')} [data-export="embed"]`);
      await page.waitForFunction(() => /Embed code copied/.test(document.querySelector('[data-chart="sectors"] .chart-action-status')?.textContent ?? ''));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toMatch(/^<iframe src="[^"]+embed=sectors" title="Who was down/);
      const src = /src="([^"]+)"/.exec(text)![1]!.replace(/&amp;/g, '&');
      expect(new URL(src).searchParams.get('push.revertMinutes')).toBe('20');
      // An article page framing it (served from the same test server, as a data-free HTML page).
      const article = await browser.newPage({ viewport: { width: 800, height: 900 } });
      try {
        await article.setContent(`<!doctype html><h1>An article</h1>${text.replace(/src="[^"]+"/, `src="${new URL(src.slice(src.indexOf('?')), baseURL()).href}"`)}`);
        const frame = article.frameLocator('iframe');
        await frame.locator('[data-embed="sectors"] svg.chart-svg rect').first().waitFor({ timeout: 90_000, state: 'attached' });
        await article.screenshot({ path: 'test-results/screenshots/embed-in-article.png' });
      } finally {
        await article.close();
      }
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
