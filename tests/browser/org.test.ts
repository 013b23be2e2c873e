// 13. Your organisation: the Delta-scale example runs in one click and shows its cancellations
// and cost beside the global picture; its charts and its file export; a bad form or file is
// refused with a message naming the field, and the previous organisation stays; the organisation
// survives the link and a reload, and follows the scenario being edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_SEL } from '../../src/ui/selectors.js';
import { changeAndWait, download, fillParam, launchBrowser, openPage, ROOT, SEL, screenshot, screenshotPath, type Opened } from './helpers.js';

let browser: Browser;
let o: Opened;
let page: Page;
const DELTA = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'orgs', 'delta-scale-airline.json'), 'utf8')) as { name: string; sites: unknown[] };

/** Waits until the organisation's run (with its service figures) is drawn, other than `previousKey`. */
async function waitOrg(p: Page, previousKey: string | null = null): Promise<void> {
  await p.waitForFunction((prev) => {
    const el = document.querySelector('#org-panel');
    return el?.getAttribute('data-services') === 'done' && el.getAttribute('data-key') !== prev
      && document.querySelector('#org-status')?.getAttribute('data-state') === 'done';
  }, previousKey, { timeout: 90_000, polling: 100 });
}

const orgFigure = async (p: Page, key: string) => Number(await p.getAttribute(ORG_SEL.figure(key), 'data-value'));

beforeAll(async () => {
  browser = await launchBrowser();
  o = await openPage(browser);
  page = o.page;
});
afterAll(async () => {
  await o?.close();
  await browser?.close();
});

describe('your organisation', () => {
  it('the Delta-scale example runs in one click and shows its cancellations and cost beside the global picture', async () => {
    expect(await page.getAttribute(ORG_SEL.status, 'data-state')).toBe('idle');
    await page.click(ORG_SEL.example);
    await waitOrg(page);
    expect(await page.inputValue('#org-name')).toBe('Delta-scale airline');
    expect(await page.inputValue('#org-sector')).toBe('airlines');
    expect(await page.locator('#org-form tbody tr').count()).toBe(DELTA.sites.length);
    expect(await orgFigure(page, 'devices')).toBe(77_000);
    // Delta filings, Aug 2024: about 7,000 flights cancelled over about five days, about $550 million.
    const flights = await orgFigure(page, 'flightsCancelled');
    const loss = await orgFigure(page, 'lossUSD');
    expect(flights).toBeGreaterThan(3_500);
    expect(flights).toBeLessThan(14_000);
    expect(loss).toBeGreaterThan(275e6);
    expect(loss).toBeLessThan(1.1e9);
    const globalFlights = (await page.textContent('#org-panel [data-global-figure="flightsCancelled"]')) ?? '';
    expect(globalFlights).toMatch(/^[\d,]+ \(airlines & airports\)$/);
    expect(await page.textContent('#org-panel [data-global-figure="lossUSD"]')).toMatch(/^\$\d+(\.\d+)?B$/);
    expect(await page.textContent(ORG_SEL.status)).toMatch(/^Delta-scale airline under “July 2024 baseline”/);
    console.log(`[org] Delta-scale example: ${flights.toFixed(0)} flights cancelled, $${(loss / 1e6).toFixed(0)}M; global ${globalFlights}`);

    // Its charts draw and export like the others; the table names each day.
    const marks = await page.locator(`${SEL.chart('org-curve')} svg.chart-svg path[d^="M"]`).count();
    expect(marks).toBeGreaterThanOrEqual(5);
    const svg = await download(page, `${SEL.chart('org-curve')} [data-export="svg"]`);
    expect(svg.name).toMatch(/^org-curve-delta-scale-airline-under-july-2024-.*-seed-1\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('<chart>org-curve</chart>');
    const png = await download(page, `${SEL.chart('org-days')} [data-export="png"]`);
    expect([...png.bytes.subarray(1, 4)]).toEqual([80, 78, 71]);
    const csv = (await download(page, `${SEL.chart('org-days')} [data-export="csv"]`)).bytes.toString('utf8').split('\n');
    expect(csv[0]).toBe('# Your organisation, day by day: flights cancelled and money lost');
    expect(csv.find((l) => l.startsWith('Date (UTC),'))).toBe('Date (UTC),Flights cancelled,Flights scheduled,Loss (USD)');
    expect(csv.some((l) => l.startsWith('2024-07-19,'))).toBe(true);

    // The organisation exports as a file that reads back as the example (the form keeps its description).
    const file = await download(page, ORG_SEL.exportFile);
    expect(file.name).toBe('delta-scale-airline.json');
    const json = JSON.parse(file.bytes.toString('utf8')) as typeof DELTA;
    expect(json).toMatchObject({ name: DELTA.name, sector: 'airlines', repairStaff: 400 });
    expect(json.sites).toEqual((DELTA.sites as object[]).map((s) => ({ ...s, devices: { vm: 0, ...(s as { devices: object }).devices } })));
    await page.locator(ORG_SEL.panel).screenshot({ path: await screenshotPath('org-delta-1280x900') });
    expect(o.problems()).toEqual([]);
  });

  it('a bad value in the form is refused with a message naming the field, and the previous organisation stays', async () => {
    const before = { flights: await orgFigure(page, 'flightsCancelled'), url: page.url(), key: await page.getAttribute(ORG_SEL.panel, 'data-key') };
    await page.fill(ORG_SEL.siteInput(0, 'devices.server'), '-5');
    expect(await page.getAttribute(ORG_SEL.status, 'data-state')).toBe('pending');
    await page.click(ORG_SEL.run);
    const box = page.locator(ORG_SEL.problems);
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toContain(
      'Site 1 (“Atlanta hub and data centres”), servers (sites[0].devices.server): got -5; expected a whole number from 0 to 5,000,000');
    expect(await page.getAttribute(ORG_SEL.siteInput(0, 'devices.server'), 'aria-invalid')).toBe('true');
    expect(await page.getAttribute(ORG_SEL.status, 'data-state')).toBe('error');
    expect(await page.textContent(ORG_SEL.status)).toMatch(/last organisation that ran/);
    await page.waitForTimeout(300);
    expect(await orgFigure(page, 'flightsCancelled')).toBe(before.flights);
    expect(page.url()).toBe(before.url);

    // Several at once, each named: text in a count, a share above 1, a BitLocker class left out.
    await page.fill(ORG_SEL.siteInput(0, 'devices.server'), '30000');
    await page.fill(ORG_SEL.siteInput(1, 'devices.workstation'), 'lots');
    await page.fill('#org-escrow', '1.5');
    await page.fill('#org-bl-server', '0.5');
    await page.click(ORG_SEL.run);
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Site 2 (“New York hubs”), desktops and laptops (sites[1].devices.workstation): got "lots"; expected a whole number');
    expect(text).toContain('Recovery keys findable (keyEscrowedShare): got 1.5; expected a share from 0 to 1');
    expect(text).toContain('Encrypted system disks (BitLocker), share per class, fixed-function devices (bitlockerShare.fixed): missing');
    expect(await page.getAttribute(ORG_SEL.siteInput(0, 'devices.server'), 'aria-invalid')).toBeNull();

    // A bad file: named by file and field; the organisation is unchanged.
    await page.setInputFiles(ORG_SEL.importFile, { name: 'bad-org.json', mimeType: 'application/json', buffer: Buffer.from('{"sector":"airline","sites":[]}') });
    await expect.poll(() => box.textContent()).toContain('“bad-org.json” was not imported; your organisation is unchanged.');
    expect(await box.textContent()).toMatch(/bad-org\.json: sector: got "airline"; expected one of airlines/);
    expect(await box.textContent()).toMatch(/bad-org\.json: sites: got a list; expected a list of 1 to 500 sites/);
    await page.setInputFiles(ORG_SEL.importFile, { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ oops') });
    await expect.poll(() => box.textContent()).toMatch(/not-json\.json: not valid JSON/);
    expect(await page.getAttribute(ORG_SEL.panel, 'data-key')).toBe(before.key);
    expect(await orgFigure(page, 'flightsCancelled')).toBe(before.flights);
    expect(page.url()).toBe(before.url);
    await page.locator(ORG_SEL.panel).scrollIntoViewIfNeeded();
    await screenshot(page, 'org-bad-input-1280x900', false);

    // Back to the example: the form and the figures are the example's again.
    await page.click(ORG_SEL.example);
    await box.waitFor({ state: 'hidden' });
    expect(await page.inputValue('#org-escrow')).toBe('');
    expect(await orgFigure(page, 'flightsCancelled')).toBe(before.flights);
    expect(o.pageErrors).toEqual([]);
  });

  it('the organisation survives the link and a reload', async () => {
    const url = new URL(page.url());
    expect(url.searchParams.get('org')).toBe('Delta-scale airline');
    expect(url.searchParams.getAll('org.site')).toHaveLength(DELTA.sites.length);
    expect(url.searchParams.getAll('org.site')[0]).toBe('na-east:30000,3500,14000,0::Atlanta hub and data centres');
    const flights = await orgFigure(page, 'flightsCancelled');

    // A fresh browser (a phone) opening the link: the same organisation, run again, the same figures.
    const other = await openPage(browser, {
      path: `${url.search}`, viewport: { width: 390, height: 844 }, contextOptions: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    });
    try {
      await waitOrg(other.page);
      expect(await other.page.inputValue('#org-name')).toBe('Delta-scale airline');
      expect(await orgFigure(other.page, 'flightsCancelled')).toBe(flights);
      // The sites table scrolls inside its box; the page itself does not overflow.
      expect(await other.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await other.page.locator(ORG_SEL.panel).screenshot({ path: await screenshotPath('org-delta-phone-390x844') });
      expect(other.problems()).toEqual([]);
    } finally {
      await other.close();
    }
    // The same browser without the link: the saved organisation comes back.
    const again = await openPage(browser, { context: o.context, path: '' });
    try {
      await waitOrg(again.page);
      expect(await orgFigure(again.page, 'flightsCancelled')).toBe(flights);
      expect(new URL(again.page.url()).searchParams.get('org')).toBe('Delta-scale airline');
    } finally {
      await again.close();
    }
  });

  it('the organisation follows the scenario being edited', async () => {
    const before = { flights: await orgFigure(page, 'flightsCancelled'), key: await page.getAttribute(ORG_SEL.panel, 'data-key') };
    // Reverting after 5 minutes instead of 78 spares most of its servers (the command line gives 460 flights).
    await changeAndWait(page, () => fillParam(page, 'push.revertMinutes', '5'));
    await waitOrg(page, before.key);
    const after = await orgFigure(page, 'flightsCancelled');
    expect(after).toBeLessThan(before.flights / 4);
    expect(await page.textContent(ORG_SEL.status)).toMatch(/under “July 2024 baseline, edited/);
    // Clearing forgets it: no figures, no link part.
    await page.click(ORG_SEL.clear);
    expect(await page.locator('#org-figures').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('org')).toBeNull();
    expect(o.problems()).toEqual([]);
  });
});
