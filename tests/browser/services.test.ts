// 12. What the outage stopped: the service charts draw once the service figures follow the device
// figures, and each exports SVG, PNG and CSV naming the run; the world map follows the playback
// scrubber, reads each region from the keyboard and has its table; compared runs go side by
// side in the flights chart; on a phone nothing overflows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_CHART_IDS } from '../../src/ui/selectors.js';
import { download, launchBrowser, openPage, SEL, screenshot, screenshotPath, waitDone, type Opened } from './helpers.js';

let browser: Browser;
let o: Opened;
let page: Page;
const RUN = 'July 2024 baseline';

/** Waits until the service figures are in: the last service chart can export. */
async function waitServices(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-chart="money"] [data-export="svg"]');
    return b !== null && !b.disabled;
  }, undefined, { timeout: 90_000, polling: 100 });
}

/** Downloads from the page so far: Chromium drops the 11th download of a tab (its download
 * limiter), so the export test reloads the page before it gets there. */
let downloads = 0;

const mapCity = (region: string) => `${SEL.chart('map')} g.map-city[data-region="${region}"]`;

beforeAll(async () => {
  browser = await launchBrowser();
  o = await openPage(browser);
  page = o.page;
  await waitServices(page);
});
afterAll(async () => {
  await o?.close();
  await browser?.close();
});

describe('services on the page', () => {
  it.each(SERVICE_CHART_IDS)('the %s chart draws, names its run and source, and exports SVG, PNG and CSV', async (id) => {
    if (downloads + 3 > 9) {
      await page.reload();
      await waitDone(page);
      await waitServices(page);
      downloads = 0;
    }
    downloads += 3;
    const chart = page.locator(SEL.chart(id));
    const marks = await chart.locator('svg.chart-svg').evaluate((svg) => svg.querySelectorAll('path, rect, circle').length);
    expect(marks, `${id} has marks`).toBeGreaterThan(6);
    expect(await chart.locator('.chart-subtitle').textContent()).toContain(RUN);
    expect(((await chart.locator('.chart-source').textContent()) ?? '').length).toBeGreaterThan(30);

    const svg = await download(page, `${SEL.chart(id)} [data-export="svg"]`);
    expect(svg.name).toBe(`${id}-july-2024-baseline-seed-1.svg`);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, marks: doc.querySelectorAll('path, rect, circle').length };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.marks).toBeGreaterThan(6);
    expect(text).toContain('<seed>1</seed>');
    expect(text).toContain(`Scenario ${RUN}, seed 1`);
    expect(text).not.toMatch(/<script|<foreignObject|javascript:/i);

    const png = await download(page, `${SEL.chart(id)} [data-export="png"]`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(600);

    const csv = await download(page, `${SEL.chart(id)} [data-export="csv"]`);
    expect(csv.name).toBe(`${id}-july-2024-baseline-seed-1.csv`);
    const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(`# ${await chart.locator('.chart-title').textContent()}`);
    expect(lines[1]).toMatch(new RegExp(`^# Scenario ${RUN}, seed 1, parameters [0-9a-f]{8}`));
    const header = lines.find((l) => !l.startsWith('#'))!;
    expect(header.split(',').length).toBeGreaterThan(2);
    expect(lines.length - lines.indexOf(header) - 1, `${id} has rows`).toBeGreaterThanOrEqual(4);
    expect(await chart.locator('.chart-action-status').textContent()).toBe('');
  });

  it('the flights chart counts the first day against FlightAware; money sits beside Parametrix\'s $5.4 billion', async () => {
    await page.click(`${SEL.chart('flights')} [data-export="table"]`);
    const first = await page.locator(`${SEL.chart('flights')} table.chart-table tbody tr`).first().locator('td').allTextContents();
    expect(first[0]).toBe('2024-07-19');
    const day1 = Number(first[1]!.replace(/,/g, ''));
    expect(day1).toBeGreaterThan(2_585); // FlightAware's 5,171 (all causes), within a factor of two
    expect(day1).toBeLessThan(10_342);
    await page.click(`${SEL.chart('flights')} [data-export="table"]`);
    const money = page.locator(SEL.chart('money'));
    expect(await money.locator('.chart-subtitle').textContent()).toMatch(/against Parametrix's \$5\.4B for the US Fortune 500/);
    expect(await money.locator('svg.chart-svg').textContent()).toContain('Parametrix: US Fortune 500');
    expect(await money.locator('.chart-source').textContent()).toContain('Parametrix, 24 Jul 2024: $5.4 billion');
    await page.locator('#services-section').screenshot({ path: await screenshotPath('services-section-1280x900') });
  });

  it('the map follows the playback scrubber, reads each region from the keyboard, and has its table', async () => {
    const map = page.locator(SEL.chart('map'));
    const share = () => page.getAttribute(mapCity('east-asia'), 'data-share').then(Number);
    const night = () => map.locator('svg.chart-svg path[fill="#0b1f3a"]').getAttribute('d');
    expect(await map.locator('svg.chart-svg').textContent()).toMatch(/Peak: /);
    expect(await map.locator('svg.chart-svg').textContent()).toContain('Tokyo Fri 13:09');
    expect(await map.locator('svg.chart-svg').textContent()).toContain('New York Fri 00:09');
    const atPeak = await share();
    const nightAtPeak = await night();
    expect(atPeak).toBeGreaterThan(0.5);

    await page.locator(SEL.scrubber).fill('180');
    await expect.poll(() => map.locator('svg.chart-svg').textContent()).toMatch(/\(\+3 h after the push\)/);
    const at3h = await share();
    expect(at3h).toBeLessThan(atPeak);
    expect(await night()).not.toBe(nightAtPeak);
    await page.locator(SEL.scrubber).fill('4320');
    await expect.poll(() => map.locator('svg.chart-svg').textContent()).toMatch(/\+3 d after the push/);
    expect(await share()).toBeLessThan(at3h);
    expect(await map.locator('.chart-subtitle').textContent()).toMatch(/Mon 22 Jul, 04:09 UTC, \+3 d after the push/);

    // Keyboard: up and down read regions (earliest local time first), left and right move an hour.
    await page.mouse.move(0, 0);
    await page.focus(`${SEL.chart('map')} svg.chart-svg`);
    await page.keyboard.press('Home');
    const readout = map.locator('.chart-readout');
    await readout.waitFor({ state: 'visible' });
    expect(await readout.textContent()).toMatch(/North America, Mountain & Pacific \(Los Angeles\).*Local time of the pushThu 21:09/);
    await page.keyboard.press('ArrowDown');
    expect(await readout.textContent()).toContain('North America, Central (Chicago)');
    await page.keyboard.press('End');
    expect(await readout.textContent()).toContain('Australia and New Zealand (Sydney)');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.inputValue(SEL.scrubber)).toBe('4380');
    await page.keyboard.press('Escape');
    await readout.waitFor({ state: 'hidden' });

    await page.click(`${SEL.chart('map')} [data-export="table"]`);
    const table = map.locator('table.chart-table');
    expect(await table.locator('tbody tr').count()).toBe(11);
    const head = await table.locator('thead th').allTextContents();
    expect(head).toContain('Local time of the push');
    expect(head.some((h) => h.startsWith('Down at Mon 22 Jul, 05:09 UTC'))).toBe(true);
    const tokyo = await table.locator('tbody tr', { hasText: 'Tokyo' }).locator('th, td').allTextContents();
    expect(tokyo.slice(0, 4)).toEqual(['East Asia', 'Tokyo', 'UTC+9', 'Fri 13:09']);
    await page.click(`${SEL.chart('map')} [data-export="table"]`);
    await map.screenshot({ path: await screenshotPath('map-desktop-1280x900-3-days') });
    expect(o.problems()).toEqual([]);
  });

  it('compared runs go side by side in the flights chart, each in its colour', async () => {
    await page.selectOption('#compare-picker', 'faster-revert');
    await page.click('#compare-add');
    const flights = page.locator(SEL.chart('flights'));
    // The compared run's flights come with its service figures, after its devices.
    await expect.poll(() => flights.locator('.chart-legend-item').allTextContents(), { timeout: 90_000 }).toContain('Revert after 15 minutes');
    const legend = await flights.locator('.chart-legend-item').allTextContents();
    expect(legend.slice(0, 2)).toEqual([RUN, 'Revert after 15 minutes']);
    expect(await flights.locator('.chart-subtitle').textContent()).toMatch(/in 2 scenarios: July 2024 baseline \([\d,]+ in all\); Revert after 15 minutes/);
    const colours = await flights.locator('svg.chart-svg rect[fill="#D55E00"], svg.chart-svg rect[fill="#0072B2"]').evaluateAll(
      (rects) => [...new Set(rects.map((r) => r.getAttribute('fill')))].sort());
    expect(colours).toEqual(['#0072B2', '#D55E00']);
    await flights.screenshot({ path: await screenshotPath('flights-compared-1280x900') });
    expect(o.problems()).toEqual([]);
  });
});

describe('money bands', () => {
  it('an ensemble keeps each run\'s losses: the money chart draws their band as whiskers and names it', async () => {
    const money = page.locator(SEL.chart('money'));
    await page.check('#ensemble-vary-seed');
    await page.fill('#ensemble-runs', '3');
    await page.click('#ensemble-run');
    await page.waitForFunction(() => document.querySelector('#ensemble-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 120_000 });
    await expect.poll(() => money.locator('.chart-subtitle').textContent()).toMatch(/lost in all \(\$[\d.]+[MB]–\$[\d.]+[MB], 5th to 95th percentile of 3 runs\)/);
    expect(await money.locator('.chart-legend-item').allTextContents()).toContain('5–95% of 3 runs');
    await page.click(`${SEL.chart('money')} [data-export="table"]`);
    const head = await money.locator('table.chart-table thead th').allTextContents();
    expect(head).toEqual(expect.arrayContaining(['Loss, p5 (USD)', 'Loss, p95 (USD)']));
    const total = await money.locator('table.chart-table tbody tr', { hasText: 'All sectors' }).locator('td').allTextContents();
    const [loss, lo, hi] = total.slice(0, 3).map((t) => Number(t.replace(/,/g, '')));
    expect(lo).toBeLessThanOrEqual(hi!);
    expect(loss).toBeGreaterThan(lo! * 0.5);
    expect(loss).toBeLessThan(hi! * 2);
    await page.click(`${SEL.chart('money')} [data-export="table"]`);
    await money.screenshot({ path: await screenshotPath('money-bands-1280x900') });
    expect(o.problems()).toEqual([]);
  });
});

describe('services on a phone', () => {
  it('the map and the service charts fit a 390 px screen', async () => {
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
    try {
      await waitServices(phone.page);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      for (const id of SERVICE_CHART_IDS) {
        const box = await phone.page.locator(`${SEL.chart(id)} svg.chart-svg`).boundingBox();
        expect(box!.x + box!.width, id).toBeLessThanOrEqual(391);
        expect(box!.width, id).toBeGreaterThan(250);
      }
      await phone.page.locator(SEL.chart('map')).screenshot({ path: await screenshotPath('map-phone-390x844') });
      await screenshot(phone.page, 'services-phone-390x844');
      expect(phone.problems()).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
