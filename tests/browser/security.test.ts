// 10. A hostile scenario name stays text; the built page carries its CSP and it is enforced;
// nothing leaves the preview server's origin during a full session.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/selectors.js';
import { baseURL, changeAndWait, download, fillParam, launchBrowser, openPage, SEL, screenshot } from './helpers.js';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('security', () => {
  it('a scenario named with HTML shows it as text, executes nothing, and exports it escaped; no request leaves the origin', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      // A whole session: change, import the hostile file, link, exports, table, reload.
      await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '7'));
      const file = JSON.stringify({ version: 1, name: EVIL, description: EVIL, seed: 2, params: { push: { revertMinutes: 60 } } });
      await changeAndWait(page, () => page.setInputFiles(SEL.importFile, { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(file) }));

      // Shown literally wherever the name appears.
      expect(await page.textContent('#run-info')).toContain(`Scenario “${EVIL}”, seed 2`);
      expect(await page.textContent(SEL.messages)).toContain(`Imported “${EVIL}”`);
      const option = await page.locator(`${SEL.scenarioPicker} option:checked`).textContent();
      expect(option).toBe(`${EVIL} (imported or from a link)`);
      expect(await page.textContent('#scenario-description')).toBe(EVIL);
      for (const id of CHART_IDS) expect(await page.textContent(`${SEL.chart(id)} .chart-subtitle`)).toContain(EVIL);
      // ...and never parsed as markup.
      const dom = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
        scripts: [...document.scripts].filter((s) => !s.src).length,
      }));
      expect(dom).toEqual({ pwned: undefined, imgX: 0, scripts: 0 });

      // The link carries the name; opening it shows it as text too.
      expect(new URL(page.url()).searchParams.get('name')).toBe(EVIL);
      await page.click(`${SEL.chart('timeline')} [data-export="table"]`);
      const svg = await download(page, `${SEL.chart('timeline')} [data-export="svg"]`);
      const text = svg.bytes.toString('utf8');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('<script');
      expect(text).toContain('&lt;img src=x onerror="window.__pwned=1"&gt;&lt;script&gt;');
      expect(text).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      const png = await download(page, `${SEL.chart('sectors')} [data-export="png"]`);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      await download(page, SEL.exportCsv);
      const json = await download(page, SEL.exportScenario);
      expect(JSON.parse(json.bytes.toString('utf8')).name).toBe(EVIL);
      await screenshot(page, 'hostile-name-as-text', false);

      await page.reload();
      await page.waitForSelector(`${SEL.runStatus}[data-state="done"]`);
      expect(await page.textContent('#run-info')).toContain(EVIL);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(o.problems()).toEqual([]);

      // Every request went to the preview server (or was a blob:/data: URL made in the page).
      const origin = new URL(baseURL()).origin;
      const outside = o.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
      expect(outside).toEqual([]);
      expect(o.requests.length).toBeGreaterThan(3);
      console.log(`[security] ${o.requests.length} requests in the session, ${outside.length} outside ${origin}`);
      console.log('[bad-input] hostile name: 1 import (name and description with HTML and script), shown as text, nothing executed');
    } finally {
      await o.close();
    }
  });

  it('the built page carries a Content Security Policy, and the browser enforces it', async () => {
    const o = await openPage(browser);
    const { page } = o;
    try {
      // In the HTML as served, not added by script.
      const html = await (await page.request.get(baseURL())).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      expect(meta, 'CSP meta tag in the built index.html').not.toBeNull();
      const csp = meta![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(csp);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      // The page's first element in <head> is the policy, so it covers everything after it.
      expect(await page.evaluate(() => document.head.querySelector('meta')?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
      expect(o.problems()).toEqual([]);

      // An inline script injected into the page is blocked and reported.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
      });
      await expect.poll(() => o.csp.length).toBeGreaterThan(0);
      expect(o.csp.join('\n')).toMatch(/script-src/);
      expect(await page.evaluate(() => (window as unknown as { __inline?: unknown }).__inline)).toBeUndefined();
      // So is a fetch to another origin.
      const blocked = await page.evaluate(async () => {
        try {
          await fetch('https://example.invalid/x');
          return false;
        } catch {
          return true;
        }
      });
      expect(blocked).toBe(true);
      await expect.poll(() => o.csp.join('\n')).toMatch(/connect-src https:\/\/example\.invalid/);
    } finally {
      await o.close();
    }
  });
});
