// 5. Broken imports are refused with a message naming the file and field; nothing changes.
// 6. A bad link names every bad key and the page still draws a valid run.
// 7. A fleet too large for the page is refused before it runs, naming the largest that fits.
// Plus: typed values out of range are refused under their field; the last run stays.
import type { Browser, Page } from 'playwright-core';
import { PARAM_BY_KEY } from '../../src/engine/params.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeAndWait, figure, figures, fillParam, revealParam, launchBrowser, messagesText, openPage, query, runState, SEL, screenshot,
  waitDone,
} from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything a refused input must leave alone. */
async function snapshot(page: Page) {
  return {
    figures: await figures(page),
    url: page.url(),
    hash: await page.getAttribute(SEL.runStatus, 'data-hash'),
    staff: await page.inputValue(SEL.paramInput('repair.staffPer1000')),
  };
}

describe('broken scenario files', () => {
  it('refuses invalid JSON, schema violations and unknown keys, keeping the figures and the URL', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '6.5'));
      const before = await snapshot(page);
      const files: { name: string; text: string; expect: RegExp[] }[] = [
        { name: 'broken.json', text: '{"version": 1, "params": {', expect: [/broken\.json/, /not valid JSON/] },
        { name: 'negative-revert.json', text: '{"params":{"push":{"revertMinutes":-5}}}', expect: [/negative-revert\.json/, /push\.revertMinutes/, /-5/] },
        { name: 'typo.json', text: '{"params":{"push":{"revertMinutez":30}}}', expect: [/typo\.json/, /push\.revertMinutez/, /unknown parameter/, /push\.revertMinutes/] },
        { name: 'extra-field.json', text: '{"name":"x","colour":"red","params":{}}', expect: [/extra-field\.json/, /colour/, /unknown field/] },
        { name: 'wrong-type.json', text: '{"seed":"seven","params":{"repair":{"staffPer1000":"lots"}}}', expect: [/wrong-type\.json/, /seed/, /repair\.staffPer1000/] },
        { name: 'array.json', text: '[1,2,3]', expect: [/array\.json/, /expected a JSON object/] },
        { name: 'future.json', text: '{"version":99,"params":{}}', expect: [/future\.json/, /version/] },
        { name: 'huge.json', text: `{"name":"${'x'.repeat(1_100_000)}"}`, expect: [/huge\.json/, /at most 1,000,000 bytes/] },
      ];
      for (const f of files) {
        await page.setInputFiles(SEL.importFile, { name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
        const box = page.locator(`${SEL.messages} .msg-error[data-key="import"]`);
        await box.waitFor({ state: 'visible', timeout: 10_000 });
        await expect.poll(async () => (await box.textContent()) ?? '').toContain(f.name);
        const text = (await box.textContent()) ?? '';
        for (const re of f.expect) expect(text, `${f.name}: ${text}`).toMatch(re);
        expect(text).toContain('your current scenario is unchanged');
        // Nothing started; the figures, the link and the values are those of the last run.
        expect(await runState(page)).toBe('done');
        expect(await snapshot(page)).toEqual(before);
        if (f.name === 'typo.json') await screenshot(page, 'import-refused-unknown-key', false);
      }
      // The same input element still takes a good file afterwards.
      await changeAndWait(page, () => page.setInputFiles(SEL.importFile, {
        name: 'good.json', mimeType: 'application/json',
        buffer: Buffer.from('{"version":1,"name":"Good file","seed":1,"params":{"push":{"revertMinutes":30}}}'),
      }));
      expect(await messagesText(page)).toContain('Imported “Good file”');
      expect(await page.locator(`${SEL.messages} .msg-error[data-key="import"]`).count()).toBe(0);
      expect(query(page).get('push.revertMinutes')).toBe('30');
      expect(await figure(page, 'crashed')).toBeLessThan(before.figures.crashed!);
      expect(o.pageErrors).toEqual([]);
      console.log(`[bad-input] import: ${files.length} files, all refused with a message naming the file and field, state kept`);
    } finally {
      await o.close();
    }
  });

  it('refuses typed values out of range under their field, runs nothing, keeps the last run', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      const before = await snapshot(page);
      const typed: [string, string, RegExp][] = [
        ['push.revertMinutes', '-5', /Revert after: .*got -5/],
        ['push.revertMinutes', '0', /Revert after: .*got 0/],
        ['repair.staffPer1000', '100000', /got 100000/],
        ['push.revertMinutes', '12.5', /got 12\.5; expected a whole number/],
        ['repair.staffPer1000', '', /enter a value/],
      ];
      for (const [key, value, re] of typed) {
        await fillParam(page, key, value);
        const err = page.locator(`#param-${key.replace('.', '\\.')}-error`);
        await err.waitFor({ state: 'visible' });
        expect((await err.textContent()) ?? '').toMatch(re);
        expect(await page.getAttribute(SEL.paramInput(key), 'aria-invalid')).toBe('true');
        await page.waitForTimeout(400); // longer than the debounce: a run would have started
        expect(await runState(page)).toBe('idle');
        expect(await page.textContent('#run-status-text')).toMatch(/Fix the .*highlighted value.*Showing the last valid run/);
        expect(await figures(page)).toEqual(before.figures);
        expect(page.url()).toBe(before.url);
        // Put it right again: the field clears and the page runs the same values as before.
        const good = String(PARAM_BY_KEY.get(key)!.default);
        await changeAndWait(page, () => fillParam(page, key, good));
        expect(await err.isHidden()).toBe(true);
        expect(await figures(page)).toEqual(before.figures);
      }
      expect(o.problems()).toEqual([]);
      console.log(`[bad-input] typed values: ${typed.length} refused under their field, nothing ran, figures kept`);
    } finally {
      await o.close();
    }
  });
});

describe('bad links', () => {
  it('names every bad key and still draws the baseline (fresh profile)', async () => {
    const o = await openPage(browser, { path: '?v=1&push.revertMinutes=abc&foo.bar=1', waitForRun: false });
    const { page } = o;
    try {
      await waitDone(page);
      const box = page.locator(`${SEL.messages} .msg-error[data-key="link"]`);
      const text = (await box.textContent()) ?? '';
      expect(text).toContain('This link could not be opened');
      expect(text).toMatch(/push\.revertMinutes: got "abc"/);
      expect(text).toMatch(/foo\.bar: unknown parameter/);
      const crashed = await figure(page, 'crashed');
      expect(crashed).toBeGreaterThan(8_300_000);
      expect(crashed).toBeLessThan(8_800_000);
      // The bad link is replaced by a good one for what is shown.
      expect(query(page).get('push.revertMinutes')).toBeNull();
      expect(query(page).get('foo.bar')).toBeNull();
      expect(await page.inputValue(SEL.paramInput('push.revertMinutes'))).toBe('78');
      expect(o.pageErrors).toEqual([]);
      await screenshot(page, 'bad-link-messages', false);
    } finally {
      await o.close();
    }
  });

  it('falls back to the state saved in this browser, and survives other broken links', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '8'));
      const saved = await figures(page);
      const links: [string, RegExp[]][] = [
        ['?v=1&push.revertMinutes=abc&foo.bar=1', [/push\.revertMinutes/, /foo\.bar/]],
        ['?v=99&seed=1', [/version/]],
        ['?v=1&seed=-4&push.publishAt=yesterday', [/seed/, /push\.publishAt/]],
        ['?v=1&push.revertMinutes=10&push.revertMinutes=20', [/push\.revertMinutes: given more than once/]],
        ['?v=1&repair.workdayStartHour=19&repair.workdayEndHour=7', [/workday|repair\.workday/i]],
      ];
      for (const [q, res] of links) {
        await page.goto(new URL(q, page.url()).href);
        await waitDone(page);
        const text = (await page.locator(`${SEL.messages} .msg-error`).first().textContent()) ?? '';
        for (const re of res) expect(text, `${q}: ${text}`).toMatch(re);
        expect(await figures(page), q).toEqual(saved);
        expect(await page.inputValue(SEL.paramInput('repair.staffPer1000'))).toBe('8');
        expect(await page.locator('[data-param]').count()).toBeGreaterThan(20);
      }
      expect(o.pageErrors).toEqual([]);
      console.log(`[bad-input] links: ${links.length + 1} broken links (${links.length} on a saved state, 1 fresh), every bad key named, a valid run drawn each time`);
    } finally {
      await o.close();
    }
  });
});

describe('a fleet too large for the page', () => {
  it('the fleet field shows the page range, not the command line one', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      expect(await page.getAttribute(SEL.paramInput('fleet.windowsSensors'), 'max')).toBe('60000000');
      expect(await page.textContent('#param-fleet\\.windowsSensors-range')).toMatch(/^Range 1,000–60,000,000 devices in the page \(the command line takes up to 200,000,000\)/);
      expect(await page.getAttribute(SEL.paramInput('fleet.customers'), 'max')).toBe('300000');
      // The slider ends at the page limit too.
      await revealParam(page, 'fleet.windowsSensors');
      await page.locator('input[data-slider-for="fleet.windowsSensors"]').focus();
      await page.keyboard.press('End');
      await expect.poll(() => page.inputValue(SEL.paramInput('fleet.windowsSensors'))).toBe('60000000');
      expect(o.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('typed: refused under its field before it sticks, naming the largest size that fits; nothing runs, is saved or linked', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      const before = await snapshot(page);
      const savedBefore = await page.evaluate(() => localStorage.getItem('outage-impact-simulator.state.v1'));
      const tries: [string, string, RegExp][] = [
        ['fleet.windowsSensors', '100000000', /Windows sensors: 100,000,000 is more than the page simulates \(largest that fits: 60,000,000\)\. Use the command line/],
        ['fleet.windowsSensors', '200000000', /largest that fits: 60,000,000/],
        ['fleet.customers', '900000', /largest that fits: 300,000/],
      ];
      for (const [key, value, re] of tries) {
        const ms = await page.getAttribute(SEL.runStatus, 'data-ms');
        await fillParam(page, key, value);
        const err = page.locator(`#param-${key.replace('.', '\\.')}-error`);
        await err.waitFor({ state: 'visible' });
        expect((await err.textContent()) ?? '').toMatch(re);
        expect(await page.getAttribute(SEL.paramInput(key), 'aria-invalid')).toBe('true');
        await page.waitForTimeout(400); // longer than the debounce: a run would have started
        expect(await runState(page)).toBe('idle');
        expect(await page.textContent('#run-status-text')).toMatch(/Fix the highlighted value to run\. Showing the last valid run/);
        expect(await page.isHidden('#run-progress')).toBe(true);
        expect(await page.isVisible('#rerun')).toBe(false);
        expect(await figures(page)).toEqual(before.figures);
        expect(await page.getAttribute(SEL.runStatus, 'data-hash')).toBe(before.hash);
        expect(await page.getAttribute(SEL.runStatus, 'data-ms')).toBe(ms);
        expect(page.url()).toBe(before.url);
        expect(await page.evaluate(() => localStorage.getItem('outage-impact-simulator.state.v1'))).toBe(savedBefore);
        if (value === '100000000') await screenshot(page, 'oversized-fleet-refused', false);
        const back = key === 'fleet.windowsSensors' ? '14550000' : '29000';
        await changeAndWait(page, () => fillParam(page, key, back));
        expect(await err.isHidden()).toBe(true);
      }
      // Back to the baseline values: the same run as before.
      expect(await figures(page)).toEqual(before.figures);
      expect(o.problems()).toEqual([]);
      console.log(`[bad-input] oversized (typed): ${tries.length} sizes refused under their field before running, largest size named, figures kept`);
    } finally {
      await o.close();
    }
  });

  it('from a link: not saved, no empty cards and no failing "Run again"; the page falls back to the saved scenario or the baseline', async () => {
    const big = '?v=1&name=Huge&seed=1&fleet.windowsSensors=100000000';
    // A fresh profile: nothing saved, so the baseline.
    const o = await openPage(browser, { path: big, waitForRun: false });
    const { page } = o;
    try {
      await waitDone(page);
      const box = page.locator(`${SEL.messages} .msg-error[data-key="link"]`);
      const text = (await box.textContent()) ?? '';
      expect(text).toContain('This link could not be opened, so the page shows the July 2024 baseline instead:');
      expect(text).toMatch(/link: fleet\.windowsSensors: 100,000,000 is more than the page simulates \(largest that fits: 60,000,000\)/);
      const crashed = await figure(page, 'crashed');
      expect(crashed).toBeGreaterThan(8_300_000);
      expect(crashed).toBeLessThan(8_800_000);
      for (const k of ['sensorsOnlineAtCheck', 'hoursTo90', 'peakDown', 'hoursTo50'] as const) expect(await figure(page, k), k).not.toBeNull();
      expect(await page.isVisible('#rerun')).toBe(false);
      expect(await page.inputValue(SEL.paramInput('fleet.windowsSensors'))).toBe('14550000');
      expect(query(page).get('fleet.windowsSensors')).toBeNull();
      expect(await page.evaluate(() => localStorage.getItem('outage-impact-simulator.state.v1') ?? '')).not.toContain('100000000');
      await screenshot(page, 'oversized-link-fallback', false);

      // With a saved scenario, the link falls back to it.
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '8'));
      const saved = await figures(page);
      await page.goto(new URL(big, page.url()).href);
      await waitDone(page);
      expect((await page.locator(`${SEL.messages} .msg-error[data-key="link"]`).textContent()) ?? '')
        .toContain('This link could not be opened, so the page shows your last scenario instead:');
      expect(await figures(page)).toEqual(saved);
      expect(await page.inputValue(SEL.paramInput('repair.staffPer1000'))).toBe('8');
      expect(await page.isVisible('#rerun')).toBe(false);
      expect(o.pageErrors).toEqual([]);
      console.log('[bad-input] oversized (link): refused before running, fell back to the baseline, then to the saved scenario');
    } finally {
      await o.close();
    }
  });
});
