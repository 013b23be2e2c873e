// A run where no machine crashes (every agent outside the kernel) says so plainly: no "not within
// the run", no "100% back" and no peak time for nothing, in the hero, the cards and the timeline.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, launchBrowser, openPage, SEL, screenshot } from './helpers.js';

const hero = (key: string, part: string) => `#hero-figures [data-figure="${key}"] ${part}`;
const card = (key: string, part: string) => `#summary [data-figure="${key}"] ${part}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a run where no machine crashed', () => {
  it('says no machine crashed in the hero, the cards and the timeline, in English and in Japanese', async () => {
    const o = await openPage(browser, { path: '/?v=2&name=Agents%20outside%20the%20kernel&seed=1&push.kernelModeShare=0' });
    const { page } = o;
    try {
      expect(await figure(page, 'crashed')).toBe(0);
      const text = async (sel: string) => ((await page.textContent(sel)) ?? '').trim();
      expect(await text(hero('hoursTo90', '.figure-value'))).toBe('No crash');
      expect(await text(hero('hoursTo90', '.figure-detail'))).toBe('No machine crashed: nothing to recover');
      for (const k of ['hoursTo50', 'hoursTo97', 'hoursTo99'] as const) {
        expect(await text(card(k, '.figure-value'))).toBe('No crash');
      }
      expect(await text(card('crashedRecoveredAtCheck', '.figure-value'))).toBe('No crash');
      expect(await text('#summary [data-figure="peakDownAt"]')).toBe('No machine went down');
      const body = (await page.textContent('body')) ?? '';
      expect(body).not.toContain('not within the run');
      expect(await page.locator(`${SEL.chart('timeline')} svg.chart-svg`).textContent()).toContain('No machine crashed in this run.');
      await screenshot(page, 'zero-crash', false);

      await page.goto(page.url().replace('?', '?lang=ja&'));
      await page.waitForFunction(() => document.querySelector('#run-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 60_000 });
      expect(await text(hero('hoursTo90', '.figure-value'))).toBe('クラッシュなし');
      expect(await text('#summary [data-figure="peakDownAt"]')).toBe('停止した機器はありません');
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
