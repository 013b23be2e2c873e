// Something on screen at once. The page opens on the baseline computed when it was built (by the
// same engine) and then runs it live: the live run shows the same figures. A change draws a
// preview from a tenth of the fleet first, labelled as such, then the full run replaces it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, fillParam, launchBrowser, openPage, SEL } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an answer on screen at once', () => {
  it('opens on the built-in baseline; the live run then shows exactly the same figures', async () => {
    // One worker: the live run takes long enough to see the built-in figures first.
    const o = await openPage(browser, { workers: 1, waitForRun: false });
    const { page } = o;
    try {
      await page.waitForFunction(() => document.querySelector('#run-status')?.hasAttribute('data-drawn'), undefined, { timeout: 60_000 });
      const source = await page.getAttribute(SEL.runStatus, 'data-source');
      const first = await figures(page);
      const firstHash = await page.getAttribute(SEL.runStatus, 'data-drawn');
      await page.waitForFunction(() => document.querySelector('#run-status')?.getAttribute('data-source') === 'live'
        && document.querySelector('#run-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 90_000 });
      expect(source).toBe('built');
      expect(await page.getAttribute(SEL.runStatus, 'data-hash')).toBe(firstHash);
      expect(await figures(page)).toEqual(first);
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('a change draws a labelled preview first, then the full run; the preview never stays', async () => {
    const o = await openPage(browser, { workers: 2 });
    const { page } = o;
    try {
      await page.waitForFunction(() => document.querySelector('#run-status')?.getAttribute('data-services') === 'in', undefined, { timeout: 60_000 });
      const seen = page.evaluate(() => new Promise<{ preview: boolean; note: string }>((resolve) => {
        const results = document.querySelector<HTMLElement>('#results')!;
        const obs = new MutationObserver(() => {
          if (results.dataset['preview'] === 'true') {
            obs.disconnect();
            resolve({ preview: true, note: document.querySelector('#stale-note')?.textContent ?? '' });
          }
        });
        obs.observe(results, { attributes: true, attributeFilter: ['data-preview'] });
      }));
      await fillParam(page, 'repair.staffPer1000', '8');
      const p = await seen;
      expect(p.note).toMatch(/Preview: .*tenth of the fleet/);
      await page.waitForFunction(() => document.querySelector('#run-status')?.getAttribute('data-state') === 'done'
        && document.querySelector<HTMLElement>('#results')?.dataset['preview'] === 'false', undefined, { timeout: 90_000 });
      expect(await page.isVisible('#stale-note')).toBe(false);
      expect(await page.textContent(`${SEL.chart('timeline')} .chart-subtitle`)).not.toMatch(/Preview/);
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
