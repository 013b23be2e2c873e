// The page as a new user meets it: the answer first (the three figures and the timeline above the
// fold on a desktop, first on a phone), the key levers at hand, a search over every parameter, and
// sliders that move by one step both ways from the keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../src/engine/index.js';
import { KEY_LEVERS } from '../../src/ui/app/keyLevers.js';
import { launchBrowser, openPage, SEL, screenshot } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { top: number; bottom: number; left: number; right: number };
/** Page coordinates (scroll included) of the first element matching each selector. */
function boxes(page: Page, selectors: Record<string, string>): Promise<Record<string, Box>> {
  return page.evaluate((sels) => {
    const out: Record<string, Box> = {};
    for (const [k, sel] of Object.entries(sels)) {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      out[k] = { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }
    return out;
  }, selectors);
}

const PARTS = {
  hero: SEL.heroFigures,
  timeline: SEL.chart('timeline'),
  plot: `${SEL.chart('timeline')} svg.chart-svg`,
  playback: '.playback',
  whatif: SEL.whatIf,
  scenario: '.scenario-card',
  levers: SEL.keyLevers,
  toolbar: '.toolbar',
  summary: SEL.summary,
  sectors: SEL.chart('sectors'),
  finder: '#param-finder',
};

describe('the answer first', () => {
  it('at 1280x900 the three figures and the whole timeline plot are above the fold, the rest below', async () => {
    const o = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const { page } = o;
    try {
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const b = await boxes(page, PARTS);
      expect(b.hero!.top).toBeGreaterThan(0);
      expect(b.hero!.bottom, 'hero figures above the fold').toBeLessThanOrEqual(900);
      expect(b.plot!.bottom, 'the timeline plot above the fold').toBeLessThanOrEqual(900);
      expect(b.hero!.bottom).toBeLessThanOrEqual(b.timeline!.top);
      // What follows the timeline: playback, the what-if room, then the rest of the figures and charts.
      expect(b.timeline!.bottom).toBeLessThanOrEqual(b.playback!.top);
      expect(b.playback!.bottom).toBeLessThanOrEqual(b.summary!.top);
      expect(b.summary!.bottom).toBeLessThanOrEqual(b.sectors!.top);
      // The figures compare with the record.
      const hero = (await page.textContent(SEL.heroFigures)) ?? '';
      expect(hero).toMatch(/Windows devices crashed\s*8\.\d\d million\s*Real: about 8\.5 million/);
      expect(hero).toMatch(/Sensors online at the check point\s*97\.\d%\s*Real: over 97% on 25 Jul/);
      expect(hero).toMatch(/Time to 90% of crashed devices back\s*\d+ h/);
      // The key levers start on the first screen too.
      expect(b.levers!.top).toBeLessThan(900);
      // The peak card has no empty half: its height is that of its content.
      const peak = await page.locator(SEL.figure('peakDown')).evaluate((el) => {
        const kids = [...el.children].map((c) => c.getBoundingClientRect());
        return { box: el.getBoundingClientRect().height, content: kids[kids.length - 1]!.bottom - kids[0]!.top };
      });
      expect(peak.box - peak.content).toBeLessThan(40);
      expect(await page.textContent(SEL.figure('peakDown'))).toMatch(/Most devices down at once\s*8\.\d\d million\s*at Fri 19 Jul, 0\d:\d\d UTC \(\+/);
      expect(o.problems()).toEqual([]);
      await screenshot(page, 'layout-desktop-1280x900', false);
      await screenshot(page, 'layout-desktop-1280x900-full');
    } finally {
      await o.close();
    }
  });

  it('on a phone (390x844) the figures and the timeline come first, then the levers', async () => {
    const o = await openPage(browser, { viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    const { page } = o;
    try {
      const b = await boxes(page, PARTS);
      expect(b.hero!.bottom, 'hero figures on the first screen').toBeLessThanOrEqual(844);
      expect(b.timeline!.top, 'the timeline starts on the first screen').toBeLessThan(844);
      const order = ['hero', 'timeline', 'playback', 'scenario', 'levers', 'toolbar', 'summary', 'sectors', 'finder'];
      for (let i = 1; i < order.length; i++) {
        expect(b[order[i - 1]!]!.top, `${order[i - 1]} before ${order[i]}`).toBeLessThan(b[order[i]!]!.top);
      }
      // Three figures side by side, within the screen.
      const tiles = await page.locator(`${SEL.heroFigures} > [data-figure]`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(tiles).toHaveLength(3);
      expect(new Set(tiles).size).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
      expect(o.problems()).toEqual([]);
      await screenshot(page, 'layout-phone-390x844', false);
      await screenshot(page, 'layout-phone-390x844-full');
    } finally {
      await o.close();
    }
  });
});

describe('key levers and search', () => {
  it('the key levers are at hand, the full registry is folded away, and every parameter appears once', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      for (const key of KEY_LEVERS) {
        const box = page.locator(`${SEL.keyLevers} input${SEL.paramInput(key)}`);
        expect(await box.isVisible(), key).toBe(true);
      }
      for (const s of PARAM_SPECS) expect(await page.locator(`input${SEL.paramInput(s.key)}`).count(), s.key).toBe(1);
      expect(await page.isHidden(SEL.paramGroups)).toBe(true);
      const toggle = page.locator(SEL.showAllParams);
      expect(await toggle.textContent()).toBe(`Show the other ${PARAM_SPECS.length - KEY_LEVERS.length} parameters`);
      await toggle.click();
      expect(await page.isVisible(SEL.paramGroups)).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await toggle.click();
      expect(await page.isHidden(SEL.paramGroups)).toBe(true);
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('the search box filters every parameter by label, key and help, opening the blocks that hold them', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      const visibleKeys = () => page.locator('[data-param]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-param')!));
      const status = page.locator('#param-search-status');
      await page.fill(SEL.paramSearch, 'BitLocker');
      const bitlocker = await visibleKeys();
      expect(bitlocker).toEqual(expect.arrayContaining(['repair.keyMinutes', 'repair.bitlockerShare.workstation', 'repair.bitlockerShare.server']));
      for (const k of bitlocker) {
        const spec = PARAM_SPECS.find((s) => s.key === k)!;
        expect(`${spec.label} ${spec.key} ${spec.help}`.toLowerCase(), k).toContain('bitlocker');
      }
      expect(await status.textContent()).toBe(`${bitlocker.length} of ${PARAM_SPECS.length} parameters match “BitLocker”.`);
      expect(await page.isHidden(SEL.keyLevers)).toBe(true);
      await screenshot(page, 'search-bitlocker', false);

      await page.fill(SEL.paramSearch, 'escrow');
      expect(await visibleKeys()).toEqual(['repair.keyEscrowedShare', 'repair.keyEscrowSpread', 'repair.onPremKeyServerShare']);
      expect(await page.isVisible(SEL.keyLevers)).toBe(true);
      await page.fill(SEL.paramSearch, 'push.canary');
      expect(await visibleKeys()).toEqual(['push.canaryShare', 'push.canaryBakeMinutes']);
      await page.fill(SEL.paramSearch, 'sector share healthcare');
      // The sector's share of the fleet and its device-class mix (each names the sector and a share).
      expect(await visibleKeys()).toEqual(['fleet.sectorShare.healthcare', 'fleet.serverShare.healthcare', 'fleet.fixedShare.healthcare', 'fleet.workstationShare.healthcare', 'fleet.vmShare.healthcare']);
      await page.fill(SEL.paramSearch, 'zzzz');
      expect(await visibleKeys()).toEqual([]);
      expect(await status.textContent()).toBe('No parameter matches “zzzz”.');
      // Escape clears it: the levers come back and the registry folds away again, its blocks as they were.
      await page.press(SEL.paramSearch, 'Escape');
      expect(await page.inputValue(SEL.paramSearch)).toBe('');
      expect(await visibleKeys()).toEqual([...KEY_LEVERS]);
      expect(await page.isHidden(SEL.paramGroups)).toBe(true);
      expect(await page.locator('details.param-family[open]').count()).toBe(0);
      expect(o.problems()).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe('sliders from the keyboard', () => {
  it('on every slider at its default value the arrow keys move the value by one step both ways', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      await page.click(SEL.showAllParams);
      await page.evaluate(() => document.querySelectorAll('details.param-family').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // A refused seed holds every run (the values still change), so the sweep tests the sliders only.
      await page.fill(SEL.seedInput, '-1');
      await expect.poll(() => page.textContent('#run-status-text')).toMatch(/Fix the highlighted value/);
      const keys = await page.locator('input[data-slider-for]').evaluateAll((els) => els.map((e) => e.getAttribute('data-slider-for')!));
      expect(keys.length).toBe(PARAM_SPECS.filter((s) => s.kind !== 'datetime').length);
      const failed: string[] = [];
      for (const key of keys) {
        const spec = PARAM_SPECS.find((s) => s.key === key)!;
        const d = spec.default as number;
        const slider = page.locator(`input[data-slider-for="${key}"]`);
        const value = async () => Number(await page.inputValue(SEL.paramInput(key)));
        // The ↺ button puts the scenario value back (clicked in the page: it is visible, nothing to wait for).
        const back = () => page.evaluate((k) => document.querySelector<HTMLButtonElement>(`[data-param="${k}"] .revert-btn`)!.click(), key);
        expect(await value(), key).toBe(d);
        await slider.press('ArrowRight');
        const up = await value();
        if (d < spec.max ? !(up > d) : up !== d) failed.push(`${key}: ArrowRight from ${d} gave ${up}`);
        if (up !== d) await back();
        await slider.press('ArrowLeft');
        const down = await value();
        if (d > spec.min ? !(down < d) : down !== d) failed.push(`${key}: ArrowLeft from ${d} gave ${down}`);
        if (down !== d) await back();
        if ((await value()) !== d) failed.push(`${key}: ↺ did not return to ${d}`);
      }
      expect(failed).toEqual([]);
      console.log(`[keyboard] ${keys.length} sliders: ArrowRight and ArrowLeft each change the value from its default (except at a range end)`);

      // Page keys move further; the value shows in the slider's spoken text too.
      const canary = page.locator('input[data-slider-for="push.canaryShare"]');
      await canary.focus();
      await page.keyboard.press('PageUp');
      expect(await page.inputValue(SEL.paramInput('push.canaryShare'))).toBe('0.1');
      expect(await canary.getAttribute('aria-valuetext')).toBe('0.1 share (0–1)');
      await page.keyboard.press('ArrowRight');
      expect(await page.inputValue(SEL.paramInput('push.canaryShare'))).toBe('0.11');
      await page.keyboard.press('PageDown');
      expect(await page.inputValue(SEL.paramInput('push.canaryShare'))).toBe('0.01');
      await page.keyboard.press('Home');
      expect(await page.inputValue(SEL.paramInput('push.canaryShare'))).toBe('0');
      expect(o.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
