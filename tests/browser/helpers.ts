// Shared by the browser tests: launch Debian's Chromium, open the built page in a fresh
// context with every console error, page error and CSP violation collected, wait for runs,
// read the summary figures, take screenshots, catch downloads.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { SEL } from '../../src/ui/selectors.js';

export { SEL };
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const DOWNLOADS = join(ROOT, 'test-results', 'downloads');
const WORKERS_KEY = 'outage-impact-simulator.workers';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
];

export function baseURL(): string {
  return inject('baseURL');
}

/** Debian's Chromium; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const FIGURES = [
  'crashed', 'sensorsOnlineAtCheck', 'crashedRecoveredAtCheck', 'peakDown', 'peakDownAt', 'deviceHoursLost',
  'hoursTo50', 'hoursTo90', 'hoursTo97', 'hoursTo99',
] as const;
export type Figure = (typeof FIGURES)[number];

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** console.error messages (text). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** 'securitypolicyviolation' events: "directive blocked-uri". */
  csp: string[];
  /** Every request URL the page (or its workers) made. */
  requests: string[];
  /** All three lists above, for one assertion. */
  problems(): string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path and query relative to the preview server ('' for the bare page). */
  path?: string;
  viewport?: { width: number; height: number };
  contextOptions?: BrowserContextOptions;
  /** Worker count forced through localStorage (default 2: one per core here). */
  workers?: number | null;
  /** Wait for the first finished run (default true). */
  waitForRun?: boolean;
  /** Reuse a context (e.g. to keep localStorage) instead of a fresh one. */
  context?: BrowserContext;
}

/** Opens the page in a fresh context (a fresh profile) and collects everything that goes wrong. */
export async function openPage(browser: Browser, opts: OpenOptions = {}): Promise<Opened> {
  const own = !opts.context;
  const context = opts.context ?? await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    ...opts.contextOptions,
  });
  const workers = opts.workers === undefined ? 2 : opts.workers;
  if (own) {
    await context.addInitScript(({ key, n }) => {
      if (n !== null) {
        try {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, String(n));
        } catch {
          // storage blocked: the page picks its own count
        }
      }
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        const line = `${e.violatedDirective} ${e.blockedURI}`;
        w.__csp.push(line);
        console.error(`[csp-violation] ${line}`);
      });
    }, { key: WORKERS_KEY, n: workers });
  }
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const csp: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const t = m.text();
    if (t.startsWith('[csp-violation] ')) csp.push(t.slice('[csp-violation] '.length));
    else consoleErrors.push(t);
  });
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(new URL(opts.path ?? '', baseURL()).href);
  if (opts.waitForRun ?? true) await waitDone(page);
  return {
    context, page, consoleErrors, pageErrors, csp, requests,
    problems: () => [...consoleErrors.map((e) => `console: ${e}`), ...pageErrors.map((e) => `pageerror: ${e}`), ...csp.map((e) => `csp: ${e}`)],
    close: async () => {
      if (own) await context.close();
      else await page.close();
    },
  };
}

export async function runState(page: Page): Promise<string> {
  return (await page.getAttribute(SEL.runStatus, 'data-state')) ?? '';
}

/** Waits until the run status says done and the timeline has its lines. */
export async function waitDone(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#run-status')?.getAttribute('data-state') === 'done' &&
      document.querySelectorAll('[data-chart="timeline"] svg.chart-svg path[d^="M"]').length > 0,
    undefined, { timeout, polling: 50 },
  );
}

/** Waits for the status to be `state` (e.g. 'error'). */
export async function waitState(page: Page, state: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`${SEL.runStatus}[data-state="${state}"]`, { state: 'attached', timeout });
}

/** Runs `change` (something that starts a run), then waits until that run is drawn. */
export async function changeAndWait(page: Page, change: () => Promise<void>): Promise<void> {
  // #run-status counts the runs drawn (data-runs): wait for the count to move past its value
  // before the change, and for the page to be done. A run already computed appears at once.
  const before = Number(await page.getAttribute(SEL.runStatus, 'data-runs') ?? 0);
  await change();
  await page.waitForFunction(
    (n) => Number(document.querySelector('#run-status')?.getAttribute('data-runs') ?? 0) > n,
    before, { timeout: 60_000, polling: 20 },
  );
  await waitDone(page);
}

/** One summary figure's raw value (null when empty, e.g. a share never reached). */
export async function figure(page: Page, key: Figure): Promise<number | null> {
  const v = await page.getAttribute(SEL.figure(key), 'data-value');
  if (v === null) throw new Error(`no figure ${key}`);
  return v === '' ? null : Number(v);
}

export async function figures(page: Page): Promise<Record<Figure, number | null>> {
  const out = {} as Record<Figure, number | null>;
  for (const k of FIGURES) out[k] = await figure(page, k);
  return out;
}

/** Text of everything in #messages. */
export async function messagesText(page: Page): Promise<string> {
  return (await page.textContent(SEL.messages)) ?? '';
}

/**
 * Makes a parameter's field visible the way a reader does: the key levers are always shown; any
 * other parameter needs the full registry open ("Show the other … parameters") and its block open.
 */
export async function revealParam(page: Page, key: string): Promise<void> {
  const box = page.locator(`input${SEL.paramInput(key)}`);
  if (await box.isVisible()) return;
  if ((await page.getAttribute(SEL.showAllParams, 'aria-expanded')) === 'false') await page.click(SEL.showAllParams);
  const family = page.locator(`details.param-family:has(input${SEL.paramInput(key)})`);
  if ((await family.count()) > 0 && !(await family.evaluate((d) => (d as HTMLDetailsElement).open))) await family.locator('summary').click();
  await box.waitFor({ state: 'visible', timeout: 5_000 });
}

/** Sets a parameter's number box the way a user does: select its text, type, (the page listens to input). */
export async function typeParam(page: Page, key: string, value: string): Promise<void> {
  await revealParam(page, key);
  const box = page.locator(`input${SEL.paramInput(key)}`);
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially(value);
}

/** Sets a parameter through fill() (one input event) and a change event. */
export async function fillParam(page: Page, key: string, value: string): Promise<void> {
  await revealParam(page, key);
  const box = page.locator(`input${SEL.paramInput(key)}`);
  await box.fill(value);
  await box.dispatchEvent('change');
}

/** test-results/screenshots/NAME.png (the folder is made if needed). */
export async function screenshotPath(name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = await screenshotPath(name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Clicks `selector` and returns the downloaded file's name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(selector)]);
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = join(DOWNLOADS, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path), path };
}

/** The query string of the page's current URL as a map. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
