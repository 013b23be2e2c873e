// 11. Accessibility basics: names for every control, keyboard reach, the table view, the
// scrubber's keys, and the time zone, log scale, zoom and legend toggles.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/selectors.js';
import { launchBrowser, openPage, SEL, screenshot, type Opened } from './helpers.js';

let browser: Browser;
let o: Opened;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  // A time zone away from UTC, so the "Local time" toggle has something to change.
  o = await openPage(browser, { contextOptions: { timezoneId: 'America/New_York', locale: 'en-GB' } });
  page = o.page;
});
afterAll(async () => {
  await o?.close();
  await browser?.close();
});

/** Accessible name as a screen reader computes it, for the cases this page uses. */
function unnamedControls(root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} input, ${sel} select, ${sel} button, ${sel} textarea`)) {
      if ((el as HTMLInputElement).type === 'hidden') continue;
      let name = el.getAttribute('aria-label')?.trim() ?? '';
      const by = el.getAttribute('aria-labelledby');
      if (!name && by) name = by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      if (!name && 'labels' in el) name = [...((el as HTMLInputElement).labels ?? [])].map(text).join(' ').trim();
      if (!name && el.tagName === 'BUTTON') name = text(el);
      if (!name) name = el.getAttribute('title')?.trim() ?? '';
      if (!name) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  }, root);
}

async function tabUntil(test: () => Promise<boolean>, max = 150): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await test()) return i;
  }
  return -1;
}

describe('accessibility basics', () => {
  it('every input, select and button has an accessible name', async () => {
    const controls = await page.locator('aside.controls').locator('input, select, button').count();
    expect(controls).toBeGreaterThan(100);
    expect(await unnamedControls('aside.controls')).toEqual([]);
    // The check itself catches a nameless control.
    await page.evaluate(() => document.querySelector('aside.controls')!.append(Object.assign(document.createElement('button'), { id: 'probe-unnamed' })));
    expect(await unnamedControls('aside.controls')).toEqual(['<button id="probe-unnamed"></button>']);
    await page.evaluate(() => document.getElementById('probe-unnamed')!.remove());
    // The rest of the page too: toolbar, playback, chart controls, legends, exports.
    expect(await unnamedControls('#results')).toEqual([]);
    for (const id of CHART_IDS) expect(await page.getAttribute(SEL.chart(id), 'aria-labelledby')).toBeTruthy();
    expect(await page.getAttribute(SEL.messages, 'role')).toBe('alert');
    expect(await page.getAttribute(SEL.runStatus, 'role')).toBe('status');
  });

  it('Tab reaches the scenario picker, then a parameter slider', async () => {
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const toPicker = await tabUntil(async () => (await page.evaluate(() => document.activeElement?.id)) === 'scenario-picker');
    expect(toPicker, 'tabs to #scenario-picker').toBeGreaterThan(0);
    const toSlider = await tabUntil(async () => page.evaluate(() => document.activeElement?.classList.contains('param-slider') ?? false));
    expect(toSlider, 'tabs on to a slider').toBeGreaterThan(0);
    // The focus is visible (an outline or a box shadow).
    const ring = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement!);
      return cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px' ? 'outline' : cs.boxShadow !== 'none' ? 'shadow' : 'none';
    });
    expect(ring).not.toBe('none');
    console.log(`[a11y] Tab: ${toPicker} presses to the scenario picker, ${toSlider} more to a slider`);
  });

  it('the table view shows a table with rows', async () => {
    for (const id of CHART_IDS) {
      const btn = page.locator(`${SEL.chart(id)} [data-export="table"]`);
      await btn.click();
      expect(await btn.getAttribute('aria-expanded')).toBe('true');
      const table = page.locator(`${SEL.chart(id)} table.chart-table`);
      await table.waitFor();
      expect(await table.locator('thead th').count()).toBeGreaterThan(1);
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
      expect(((await table.locator('caption').textContent()) ?? '').length).toBeGreaterThan(10);
    }
    await page.locator(`${SEL.chart('timeline')} table.chart-table`).scrollIntoViewIfNeeded();
    await screenshot(page, 'table-view-timeline', false);
    for (const id of CHART_IDS) {
      await page.click(`${SEL.chart(id)} [data-export="table"]`);
      expect(await page.locator(`${SEL.chart(id)} table.chart-table`).count()).toBe(0);
    }
  });

  it('the scrubber responds to End and Home', async () => {
    const readout = page.locator('#playback-readout');
    const start = await readout.textContent();
    await page.focus(SEL.scrubber);
    await page.keyboard.press('End');
    const max = await page.getAttribute(SEL.scrubber, 'max');
    await expect.poll(() => readout.getAttribute('data-minutes')).toBe(max);
    const end = await readout.textContent();
    expect(end).not.toBe(start);
    expect(Number(max)).toBeGreaterThan(10_000);
    // The timeline draws the cursor with its time.
    expect(await page.getAttribute(SEL.scrubber, 'aria-valuetext')).toBe(end);
    await page.keyboard.press('Home');
    await expect.poll(() => readout.getAttribute('data-minutes')).toBe('0');
    expect(await readout.textContent()).not.toBe(end);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.getAttribute('data-minutes')).toBe('10');
  });

  it('the time zone, log scale, zoom and legend toggles work without errors', async () => {
    const readout = page.locator('#playback-readout');
    const peak = page.locator(SEL.figure('peakDownAt'));
    const utcReadout = await readout.textContent();
    const utcPeak = await peak.textContent();
    const axisLabel = () => page.locator(`${SEL.chart('timeline')} svg.chart-svg text`).allTextContents();
    expect((await axisLabel()).join('|')).toMatch(/Time \(UTC\)/);
    await page.check(SEL.timeZoneToggle);
    await expect.poll(() => peak.textContent()).not.toBe(utcPeak);
    expect(await readout.textContent()).not.toBe(utcReadout);
    expect((await axisLabel()).join('|')).not.toMatch(/Time \(UTC\)/);
    await page.uncheck(SEL.timeZoneToggle);
    await expect.poll(() => peak.textContent()).toBe(utcPeak);

    const line = page.locator(`${SEL.chart('timeline')} svg.chart-svg path[stroke-width="2.25"]`).first();
    const linear = await line.getAttribute('d');
    await page.check(SEL.logToggle);
    await expect.poll(() => line.getAttribute('d')).not.toBe(linear);
    await page.uncheck(SEL.logToggle);
    await expect.poll(() => line.getAttribute('d')).toBe(linear);

    for (const zoom of ['h6', 'd2', 'all']) {
      await page.click(`${SEL.chart('timeline')} button[data-zoom="${zoom}"]`);
      expect(await page.getAttribute(`${SEL.chart('timeline')} button[data-zoom="${zoom}"]`, 'aria-pressed')).toBe('true');
    }
    const series = page.locator(`${SEL.chart('timeline')} button[data-series]`);
    expect(await series.count()).toBe(4);
    const paths = () => page.locator(`${SEL.chart('timeline')} svg.chart-svg path[stroke-linejoin="round"]`).count();
    const all = await paths();
    await series.first().click();
    expect(await series.first().getAttribute('aria-pressed')).toBe('false');
    expect(await paths()).toBe(all - 1);
    await series.first().press('Enter');
    expect(await series.first().getAttribute('aria-pressed')).toBe('true');
    expect(await paths()).toBe(all);

    // Keyboard read-out on the chart itself.
    await page.focus(`${SEL.chart('timeline')} svg.chart-svg`);
    await page.keyboard.press('End');
    expect(await page.locator(`${SEL.chart('timeline')} svg.chart-svg circle`).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(o.problems()).toEqual([]);
  });
});
