// 8. A simulation worker that crashes is restarted: the page says so, keeps the last figures,
// and the next change runs to completion.
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeAndWait, figures, fillParam, launchBrowser, openPage, runState, SEL, screenshot, waitDone, waitState } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simWorkers = (page: Page): Worker[] => page.workers().filter((w) => /simWorker/.test(w.url()));

async function expectWorkers(page: Page, n: number): Promise<Worker[]> {
  await expect.poll(() => simWorkers(page).length, { timeout: 10_000 }).toBe(n);
  return simWorkers(page);
}

describe('worker crash', () => {
  it('an idle worker that throws is replaced quietly; the page keeps working', async () => {
    const o = await openPage(browser, { workers: 2 });
    const { page } = o;
    try {
      const before = await figures(page);
      const [w] = await expectWorkers(page, 2);
      const gone = new Promise<void>((resolve) => w!.once('close', () => resolve()));
      // An uncaught error in the worker (fires the page's onerror for that worker).
      await w!.evaluate(() => setTimeout(() => { throw new Error('test crash'); }));
      await gone; // the pool terminated the failed worker...
      await expectWorkers(page, 2); // ...and started fresh ones
      expect(await runState(page)).toBe('done');
      expect(await figures(page)).toEqual(before);
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '14'));
      expect((await figures(page)).sensorsOnlineAtCheck).toBeGreaterThan(before.sensorsOnlineAtCheck!);
      expect(o.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('a worker that crashes during a run is restarted with a message; the last figures stay; the next change completes', async () => {
    const o = await openPage(browser, { workers: 2 });
    const { page } = o;
    try {
      const before = await figures(page);
      const hash = await page.getAttribute(SEL.runStatus, 'data-hash');
      const workers = await expectWorkers(page, 2);
      // Make the workers throw (uncaught) on the next message they get: the next run's start. (A
      // change first runs a preview on one free worker; that one is replaced quietly, and the full
      // run then meets the other.)
      for (const w of workers) {
        await w.evaluate(() => {
          self.onmessage = () => {
            throw new Error('test crash');
          };
        });
      }
      await fillParam(page, 'repair.staffPer1000', '14');
      await waitState(page, 'error', 30_000);
      const msg = page.locator(`${SEL.messages} .msg-error[data-key="run"]`);
      const text = (await msg.textContent()) ?? '';
      expect(text).toMatch(/worker stopped unexpectedly and has been restarted/);
      expect(text).toContain('test crash');
      expect(await page.textContent('#run-status-text')).toMatch(/stopped unexpectedly/);
      // The figures are still those of the last completed run, and marked as such.
      expect(await figures(page)).toEqual(before);
      expect(await page.getAttribute(SEL.runStatus, 'data-hash')).toBe(hash);
      expect(await page.isVisible('#stale-note')).toBe(true);
      expect(await page.isVisible('#rerun')).toBe(true);
      expect(await page.locator(`${SEL.chart('timeline')} svg.chart-svg path[d^="M"]`).count()).toBeGreaterThan(3);
      await screenshot(page, 'worker-crash-restarted', false);
      // Fresh workers are in place (the crashed one is gone).
      await expectWorkers(page, 2);

      // "Run again" runs the current values with the new workers.
      await changeAndWait(page, () => page.click('#rerun'));
      const rerun = await figures(page);
      expect(rerun.sensorsOnlineAtCheck).toBeGreaterThan(before.sensorsOnlineAtCheck!);
      expect(await page.locator(`${SEL.messages} .msg-error[data-key="run"]`).count()).toBe(0);

      // And the next parameter change completes too.
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '18'));
      await waitDone(page);
      expect((await figures(page)).sensorsOnlineAtCheck).toBeGreaterThan(rerun.sensorsOnlineAtCheck!);
      expect(o.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('a crash in the middle of a run (timer throw while the shard works) is handled the same way', async () => {
    const o = await openPage(browser, { workers: 2 });
    const { page } = o;
    try {
      const before = await figures(page);
      await fillParam(page, 'repair.staffPer1000', '14');
      await page.waitForFunction(() => /Running/.test(document.querySelector('#run-status-text')?.textContent ?? ''));
      // Both shards get a timer that throws as soon as their current task ends.
      await Promise.all(simWorkers(page).map((w) =>
        w.evaluate(() => setTimeout(() => { throw new Error('test crash'); })).catch(() => undefined)));
      await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#run-status')?.getAttribute('data-state') ?? ''));
      const state = await runState(page);
      if (state === 'error') {
        expect(await page.textContent(SEL.messages)).toMatch(/has been restarted/);
        expect(await figures(page)).toEqual(before);
      }
      // Either way (a shard may finish before its timer fires) the next change completes.
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '16'));
      expect((await figures(page)).sensorsOnlineAtCheck).toBeGreaterThan(before.sensorsOnlineAtCheck!);
      console.log(`[worker] mid-run timer crash ended the run as: ${state}`);
      expect(o.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
