// 1. The page loads clean and draws the July 2024 baseline, on a desktop and on a phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/selectors.js';
import { figure, launchBrowser, openPage, SEL, screenshot, screenshotPath, type Opened } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectBaselineDrawn(o: Opened): Promise<void> {
  const { page } = o;
  const crashed = await figure(page, 'crashed');
  expect(crashed).toBeGreaterThan(8_300_000);
  expect(crashed).toBeLessThan(8_800_000);
  const online = await figure(page, 'sensorsOnlineAtCheck');
  expect(online).toBeGreaterThan(0.97);
  expect(online).toBeLessThan(0.98);
  for (const k of ['peakDown', 'deviceHoursLost', 'hoursTo50', 'hoursTo90'] as const) expect(await figure(page, k)).toBeGreaterThan(0);
  // The readable value agrees with the raw one (8.5 million shows as "8.5M" or "8,495,365").
  const text = (await page.textContent(`${SEL.figure('crashed')} .figure-value`)) ?? '';
  expect(text).toMatch(/8[.,]\d/);
  for (const id of CHART_IDS) {
    const chart = page.locator(SEL.chart(id));
    // Real marks: the timeline draws lines (paths), the sector and region charts bars and dots.
    const marks = await chart.locator('svg.chart-svg').evaluate((svg) => {
      let n = 0;
      for (const el of svg.querySelectorAll('path, rect, circle')) {
        const b = (el as SVGGraphicsElement).getBBox();
        if (el.tagName === 'path' ? (el.getAttribute('d') ?? '').length > 20 : b.width > 0 && b.height > 0) n++;
      }
      return { n, texts: svg.querySelectorAll('text').length };
    });
    expect(marks.n, `chart ${id} has drawn marks`).toBeGreaterThanOrEqual(4);
    expect(marks.texts, `chart ${id} has labels`).toBeGreaterThan(3);
    const box = await chart.locator('svg.chart-svg').boundingBox();
    expect(box?.width ?? 0, `chart ${id} has a width`).toBeGreaterThan(200);
    for (const kind of ['svg', 'png', 'table']) expect(await chart.locator(`[data-export="${kind}"]`).isEnabled()).toBe(true);
  }
  expect(await page.getAttribute(SEL.runStatus, 'data-state')).toBe('done');
  expect(o.problems()).toEqual([]);
}

describe('first load', () => {
  it('draws the baseline with no console errors, page errors or CSP violations (1280x900)', async () => {
    const o = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await expectBaselineDrawn(o);
      // No message box is open on a clean first load.
      expect((await o.page.locator(`${SEL.messages} .msg-error`).count())).toBe(0);
      const timelinePaths = await o.page.locator(`${SEL.chart('timeline')} svg.chart-svg path[d^="M"]`).count();
      expect(timelinePaths).toBeGreaterThanOrEqual(4); // four series lines
      await screenshot(o.page, 'baseline-desktop-1280x900');
    } finally {
      await o.close();
    }
  });

  it('draws the baseline on a phone (390x844) without horizontal overflow', async () => {
    const o = await openPage(browser, { viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    try {
      await expectBaselineDrawn(o);
      const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      for (const id of CHART_IDS) {
        const box = await o.page.locator(`${SEL.chart(id)} svg.chart-svg`).boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(391);
      }
      await screenshot(o.page, 'baseline-phone-390x844');
      await screenshot(o.page, 'baseline-phone-390x844-top', false);
      await o.page.locator(SEL.chart('timeline')).screenshot({ path: await screenshotPath('baseline-phone-390x844-timeline') });
    } finally {
      await o.close();
    }
  });
});
