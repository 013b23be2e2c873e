// "Fit to the record" in the page: a small fit (20 runs at 5% of the fleet, one seed each) shows
// its waves as it goes and every target's row when done; "Apply best values" sets them on the
// scenario like a slider and the main run follows; the accepted sets feed the uncertainty
// ensemble until switched back; a second fit is cancelled; a bad range names its parameter; the
// same in Japanese. Screenshots of the panel with a result in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/calibration/targets.js';
import { FIT_SEL } from '../../src/ui/selectors.js';
import { changeAndWait, launchBrowser, openPage, query, SEL, type Opened } from './helpers.js';

const IDS = TARGETS.map((t) => t.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function small(page: Page, runs: string): Promise<void> {
  await page.fill(FIT_SEL.budget, runs);
  await page.fill(FIT_SEL.scale, '0.05');
  await page.fill(FIT_SEL.replicates, '1');
}

const fitState = (page: Page) => page.getAttribute(FIT_SEL.status, 'data-state');

async function fitDone(page: Page): Promise<void> {
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done', FIT_SEL.status, { timeout: 120_000, polling: 50 });
}

const targetRows = (page: Page) => page.$$eval(`${FIT_SEL.targets} tbody tr`, (trs) => trs.map((tr) => ({
  id: tr.getAttribute('data-target'), verdict: tr.getAttribute('data-verdict'), model: tr.querySelector('td[data-value]')?.getAttribute('data-value'),
})));

describe('fit to the record', () => {
  let o: Opened;
  let page: Page;
  beforeAll(async () => {
    o = await openPage(browser, { path: '?v=1&name=July+2024+baseline&seed=1' });
    page = o.page;
  });
  afterAll(async () => o?.close());

  it('a small fit shows its waves, then every target beside the model; applying the best values reruns the main run with them', async () => {
    await small(page, '20');
    // The targets and parameters are folded under a line that counts them.
    expect(await page.getAttribute(FIT_SEL.setup, 'open')).toBe(null);
    expect(await page.textContent(FIT_SEL.setupSummary)).toBe('Targets and parameters (7 of 7 targets; 1 may move)');
    await page.click(FIT_SEL.setupSummary);
    await page.check(FIT_SEL.free('repair.staffSpread'));
    expect(await page.textContent(FIT_SEL.setupSummary)).toBe('Targets and parameters (7 of 7 targets; 2 may move)');
    await page.click(FIT_SEL.run);
    await page.waitForFunction((sel) => /^Wave \d+: \d+ of 20 runs, threshold [\d.]+, \d+ accepted$/.test(document.querySelector(sel)?.textContent ?? ''),
      FIT_SEL.status, { timeout: 60_000, polling: 20 });
    expect(await page.isVisible(FIT_SEL.progress)).toBe(true);
    await fitDone(page);
    const rows = await targetRows(page);
    expect(rows.map((r) => r.id)).toEqual(IDS);
    for (const r of rows) {
      expect(['met', 'near', 'missed', 'outside']).toContain(r.verdict);
      expect(Number.isFinite(Number(r.model))).toBe(true);
    }
    expect(await page.textContent(FIT_SEL.summary)).toMatch(/^Stopped: .+ 20 runs: 20 candidates in \d waves, at scale 0\.05, seeds per candidate 1\. Accepted sets: \d+/);
    const best = Object.fromEntries(await page.$$eval(`${FIT_SEL.best} li`, (lis) => lis.map((li) => [li.getAttribute('data-key'), Number(li.getAttribute('data-value'))])));
    expect(Object.keys(best).sort()).toEqual(['repair.staffPer1000', 'repair.staffSpread']);
    expect(best['repair.staffPer1000']).toBeGreaterThanOrEqual(7);
    expect(best['repair.staffPer1000']).toBeLessThanOrEqual(16);
    const posterior = await page.$$eval(`${FIT_SEL.posterior} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value')))));
    expect(posterior).toHaveLength(2);
    for (const [p5, p50, p95] of posterior) {
      expect(p5!).toBeLessThanOrEqual(p50!);
      expect(p50!).toBeLessThanOrEqual(p95!);
    }
    await page.locator(FIT_SEL.panel).screenshot({ path: 'test-results/screenshots/fit-panel.png' });

    const runsBefore = await page.getAttribute(SEL.runStatus, 'data-runs');
    await changeAndWait(page, () => page.click(FIT_SEL.apply));
    expect(await page.getAttribute(SEL.runStatus, 'data-runs')).not.toBe(runsBefore);
    for (const [key, v] of Object.entries(best)) {
      expect(Number(await page.inputValue(`input${SEL.paramInput(key)}`))).toBe(v);
      expect(Number(query(page).get(key))).toBe(v);
    }
    // Applying moved only the fit's own parameters: the result is still the current one.
    expect(await fitState(page)).toBe('done');
    expect(await page.textContent(FIT_SEL.status)).toBe('');
    expect(await page.isEnabled(FIT_SEL.apply)).toBe(true);
    expect(o.problems()).toEqual([]);
  });

  it('the accepted sets feed the next uncertainty ensemble, which says so, until switched back', async () => {
    await page.check(FIT_SEL.useSets);
    await page.waitForSelector(`${FIT_SEL.ensembleSets}:not([hidden])`);
    expect(await page.textContent(FIT_SEL.ensembleSets)).toMatch(/draws Repair staff and Staff spread between customers from the fit's \d+ accepted sets/);
    await page.fill('#ensemble-runs', '2');
    await page.click('#ensemble-run');
    await page.waitForFunction(() => document.querySelector('#ensemble-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 120_000 });
    expect(await page.textContent('#ensemble-status')).toMatch(/^2 runs, Repair staff and Staff spread between customers from the fit's accepted sets/);
    await page.click(FIT_SEL.ensembleSetsOff);
    await page.waitForSelector(FIT_SEL.ensembleSets, { state: 'hidden' });
    expect(await page.isChecked(FIT_SEL.useSets)).toBe(false);
    expect(o.problems()).toEqual([]);
  });

  it('a second fit is cancelled; the main run still runs after it', async () => {
    await small(page, '400');
    await page.click(FIT_SEL.run);
    await page.waitForFunction((sel) => /of 400 runs/.test(document.querySelector(sel)?.textContent ?? '') && !/\b0 of 400/.test(document.querySelector(sel)?.textContent ?? ''),
      FIT_SEL.status, { timeout: 60_000, polling: 20 });
    await page.click(FIT_SEL.cancel);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'cancelled', FIT_SEL.status, { timeout: 10_000 });
    expect(await page.isEnabled(FIT_SEL.run)).toBe(true);
    expect(await page.isHidden(FIT_SEL.progress)).toBe(true);
    // What it found before the cancel, if anything, says it stopped there.
    if (await page.isVisible(FIT_SEL.summary)) expect(await page.textContent(FIT_SEL.summary)).toMatch(/^Stopped: cancelled/);
    await changeAndWait(page, () => page.fill(SEL.seedInput, '2'));
    // Another scenario seed leaves the fit current (it has its own seed); another parameter does not.
    expect(await page.textContent(FIT_SEL.status)).not.toMatch(/other scenario settings/);
    expect(o.problems()).toEqual([]);
  });

  it('a bad range names the parameter and what is wrong; nothing runs', async () => {
    await page.fill(FIT_SEL.min('repair.staffPer1000'), '20');
    // Folded away again, the ranges open by themselves when one is wrong.
    await page.click(FIT_SEL.setupSummary);
    expect(await page.isVisible(FIT_SEL.min('repair.staffPer1000'))).toBe(false);
    await page.click(FIT_SEL.run);
    expect(await page.isVisible(FIT_SEL.min('repair.staffPer1000'))).toBe(true);
    const text = await page.textContent(FIT_SEL.error);
    expect(text).toContain('Repair staff (repair.staffPer1000): range 20 to 16 is empty; the min must be below the max');
    expect(await page.isVisible(FIT_SEL.freeError('repair.staffPer1000'))).toBe(true);
    expect(await page.getAttribute(FIT_SEL.min('repair.staffPer1000'), 'aria-invalid')).toBe('true');
    expect(await fitState(page)).not.toBe('running');
    await page.fill(FIT_SEL.min('repair.staffPer1000'), '7');
    await page.fill(FIT_SEL.max('repair.staffPer1000'), '500');
    await page.click(FIT_SEL.run);
    expect(await page.textContent(FIT_SEL.error)).toContain('Repair staff (repair.staffPer1000): max: got 500 as the range\'s max; expected a number from 0.05 to 200 (per 1,000 devices)');
    expect(await page.getAttribute(FIT_SEL.max('repair.staffPer1000'), 'aria-invalid')).toBe('true');
    expect(await fitState(page)).not.toBe('running');
    expect(o.problems()).toEqual([]);
  });
});

describe('fit to the record in Japanese', () => {
  it('the same panel, its messages and its result in Japanese', async () => {
    const o = await openPage(browser, { path: '?v=1&name=July+2024+baseline&seed=1&lang=ja' });
    const { page } = o;
    expect(await page.textContent(FIT_SEL.setupSummary)).toBe('目標とパラメーター (目標 7 件中 7 件、動かすもの 1 件)');
    await page.click(FIT_SEL.setupSummary);
    await page.fill(FIT_SEL.min('repair.staffPer1000'), '');
    await page.click(FIT_SEL.run);
    expect(await page.textContent(FIT_SEL.error)).toContain('修復要員(repair.staffPer1000)：下限：値を入力してください。0.05〜200の数値(人(1,000台あたり))が必要です');
    await page.fill(FIT_SEL.min('repair.staffPer1000'), '7');
    await small(page, '16');
    await page.click(FIT_SEL.run);
    await page.waitForFunction((sel) => /^第\d+波：実行 \d+\/16/.test(document.querySelector(sel)?.textContent ?? ''), FIT_SEL.status, { timeout: 60_000, polling: 20 });
    await fitDone(page);
    expect((await targetRows(page)).map((r) => r.id)).toEqual(IDS);
    expect(await page.textContent(`${FIT_SEL.targets} thead`)).toBe('目標公表値満たす範囲モデル結果');
    expect(await page.textContent(`${FIT_SEL.targets} tr[data-target="crashed"] th`)).toContain('約850万台のWindowsデバイスがクラッシュ');
    await page.locator('#fit').screenshot({ path: 'test-results/screenshots/fit-panel-ja.png' });
    expect(o.problems()).toEqual([]);
    await o.close();
  });
});
