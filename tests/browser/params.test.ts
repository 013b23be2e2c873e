// 2. Changing a parameter re-runs and changes the figures, and the URL follows.
// 3. The URL reproduces the run exactly in a fresh browser profile.
// 9. A reload of the bare page restores the edit from localStorage.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL, changeAndWait, figure, figures, fillParam, launchBrowser, openPage, query, revealParam, SEL, screenshot, typeParam, waitDone,
} from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('changing parameters', () => {
  it('more repair staff (typed) raises sensors online; a US business-hours publish changes the crash count; the URL follows', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      const base = await figures(page);
      expect(query(page).get('v')).toBe('2');
      expect(query(page).has('repair.staffPer1000')).toBe(false);

      // Typed with the keyboard, like a user: select the box's text and type 22 (twice the default).
      await changeAndWait(page, () => typeParam(page, 'repair.staffPer1000', '22'));
      expect(await page.inputValue(SEL.paramInput('repair.staffPer1000'))).toBe('22');
      const staffed = await figures(page);
      expect(staffed.sensorsOnlineAtCheck!).toBeGreaterThan(base.sensorsOnlineAtCheck!);
      expect(staffed.crashedRecoveredAtCheck!).toBeGreaterThan(base.crashedRecoveredAtCheck!);
      // Repairs come faster; the crash itself does not change.
      expect(staffed.hoursTo90!).toBeLessThan(base.hoursTo90!);
      expect(staffed.crashed).toBe(base.crashed);
      expect(query(page).get('repair.staffPer1000')).toBe('22');
      expect(await page.textContent('#scenario-edited')).toMatch(/1 value changed/);
      // The summary says so in words too.
      const onlineText = (await page.textContent(`${SEL.figure('sensorsOnlineAtCheck')} .figure-value`)) ?? '';
      expect(onlineText).toMatch(/%/);

      // 14:09 UTC on Thursday 18 July: 10:09 in New York, night in Asia-Pacific.
      await changeAndWait(page, () => fillParam(page, 'push.publishAt', '2024-07-18T14:09'));
      const us = await figures(page);
      expect(us.crashed).not.toBe(staffed.crashed);
      expect(Math.abs(us.crashed! - staffed.crashed!)).toBeGreaterThan(10_000);
      expect(us.peakDownAt).not.toBe(staffed.peakDownAt);
      expect(query(page).get('push.publishAt')).toBe('2024-07-18T14:09:00Z');
      expect(query(page).get('repair.staffPer1000')).toBe('22');
      expect(await page.textContent('#scenario-edited')).toMatch(/2 values changed/);

      // The slider moves the same value (keyboard on the range input).
      const slider = page.locator('input[data-slider-for="push.revertMinutes"]');
      await changeAndWait(page, async () => {
        await slider.focus();
        await slider.press('ArrowRight');
      });
      const revert = Number(await page.inputValue(SEL.paramInput('push.revertMinutes')));
      expect(revert).toBeGreaterThan(78);
      expect(query(page).get('push.revertMinutes')).toBe(String(revert));
      expect(await figure(page, 'crashed')).toBeGreaterThanOrEqual(us.crashed!);
      expect(o.problems()).toEqual([]);
      await screenshot(page, 'changed-us-business-hours', false);
    } finally {
      await o.close();
    }
  });

  it('a time that never comes: "never" boxes for the revert and the vendor tools, in the link and on the timeline; the publish time names its weekday', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      const note = page.locator('#param-push\\.publishAt-when');
      expect(await note.textContent()).toMatch(/^Fri 04:09 UTC: Los Angeles Thu 21:09, New York Fri 00:09.*Sydney Fri 14:09\. The check point/);
      const marks = async () => (await page.textContent('[data-chart="timeline"] svg.chart-svg')) ?? '';
      expect(await marks()).toContain('Microsoft USB recovery tool');

      await revealParam(page, 'vendor.usbToolHours');
      await changeAndWait(page, () => page.check('[data-never-for="vendor.usbToolHours"]'));
      expect(query(page).get('vendor.usbToolHours')).toBe('never');
      expect(await page.isDisabled(SEL.paramInput('vendor.usbToolHours'))).toBe(true);
      expect(await marks()).not.toContain('Microsoft USB recovery tool');
      expect(await marks()).toContain('CrowdStrike automated remediation');
      // Unticked: back to the number it had.
      await changeAndWait(page, () => page.uncheck('[data-never-for="vendor.usbToolHours"]'));
      expect(await page.inputValue(SEL.paramInput('vendor.usbToolHours'))).toBe('40');
      expect(query(page).has('vendor.usbToolHours')).toBe(false);

      // Revert on detection: no revert at a set time, the rollout stopped by crash telemetry.
      await changeAndWait(page, () => fillParam(page, 'push.haltAfterCrashes', '10000'));
      await changeAndWait(page, () => page.check('[data-never-for="push.revertMinutes"]'));
      expect(query(page).get('push.revertMinutes')).toBe('never');
      expect(await marks()).toContain('Reverted on crash telemetry');

      await changeAndWait(page, () => fillParam(page, 'push.publishAt', '2024-07-20T04:09'));
      expect(await note.textContent()).toMatch(/^Sat 04:09 UTC: Los Angeles Fri 21:09/);
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('the link reproduces the run exactly in a fresh profile', async () => {
    const a = await openPage(browser);
    try {
      await changeAndWait(a.page, () => fillParam(a.page, 'repair.staffPer1000', '8.5'));
      await changeAndWait(a.page, () => fillParam(a.page, 'push.revertMinutes', '45'));
      await changeAndWait(a.page, async () => {
        await a.page.fill(SEL.seedInput, '7');
      });
      const link = a.page.url();
      expect(new URL(link).searchParams.get('seed')).toBe('7');
      const want = await figures(a.page);
      const wantHash = await a.page.getAttribute(SEL.runStatus, 'data-hash');

      // A new context has its own empty localStorage: only the link can carry the state.
      const b = await openPage(browser, { path: new URL(link).search, workers: 1 });
      try {
        const got = await figures(b.page);
        for (const k of ['crashed', 'peakDown', 'peakDownAt', 'hoursTo50', 'hoursTo90', 'hoursTo97', 'hoursTo99'] as const) {
          expect(got[k], k).toBe(want[k]);
        }
        expect(got).toEqual(want);
        expect(await b.page.getAttribute(SEL.runStatus, 'data-hash')).toBe(wantHash);
        expect(await b.page.inputValue(SEL.paramInput('push.revertMinutes'))).toBe('45');
        expect(await b.page.inputValue(SEL.seedInput)).toBe('7');
        // Different worker count (1 here, 2 there): same result, so sharding does not leak into the figures.
        expect(b.problems()).toEqual([]);
      } finally {
        await b.close();
      }
      expect(a.problems()).toEqual([]);
    } finally {
      await a.close();
    }
  });

  it('a reload of the bare page (no query) restores the edit from localStorage', async () => {
    const o = await openPage(browser);
    const { page, context } = o;
    try {
      await changeAndWait(page, () => fillParam(page, 'repair.noticeMinutes', '60'));
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '7'));
      const want = await figures(page);
      expect(query(page).get('repair.staffPer1000')).toBe('7');

      await page.goto(baseURL());
      await waitDone(page);
      expect(await page.inputValue(SEL.paramInput('repair.staffPer1000'))).toBe('7');
      expect(await page.inputValue(SEL.paramInput('repair.noticeMinutes'))).toBe('60');
      expect(await figures(page)).toEqual(want);
      // The page writes the restored state back into the address bar.
      expect(query(page).get('repair.staffPer1000')).toBe('7');
      expect(await page.textContent('#scenario-edited')).toMatch(/2 values changed/);

      // And a second tab in the same profile opens with it too.
      const second = await context.newPage();
      await second.goto(baseURL());
      await waitDone(second);
      expect(await figure(second, 'crashed')).toBe(want.crashed);
      expect(await figure(second, 'sensorsOnlineAtCheck')).toBe(want.sensorsOnlineAtCheck);
      await second.close();
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
