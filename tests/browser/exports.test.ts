// 4. Every export gives a valid file: each chart's SVG and PNG, the CSV, and the scenario JSON,
// which re-imports with the same figures and runs on the command line.
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/selectors.js';
import {
  changeAndWait, download, figures, fillParam, launchBrowser, openPage, ROOT, SEL, waitDone, type Opened,
} from './helpers.js';

let browser: Browser;
let o: Opened;
let page: Page;
const SCENARIO = 'July 2024 baseline';
/** An edited run says so in every file made from it. */
const RUN = 'July 2024 baseline, edited: repair staff 9 per 1,000 devices, seed 3';
const FILE_PART = 'july-2024-baseline-edited-repair-staff-9-per';
const SEED = 3;

beforeAll(async () => {
  browser = await launchBrowser();
  o = await openPage(browser);
  page = o.page;
  await changeAndWait(page, () => fillParam(page, 'repair.staffPer1000', '9'));
  await changeAndWait(page, () => page.fill(SEL.seedInput, String(SEED)));
});
afterAll(async () => {
  await o?.close();
  await browser?.close();
});

/** Lightweight text checks, then a real XML parse in the browser (DOMParser, image/svg+xml). */
async function checkSvg(text: string, what: string): Promise<void> {
  expect(text.startsWith('<?xml') || text.startsWith('<svg'), `${what} starts like an SVG file`).toBe(true);
  expect(text.trimEnd().endsWith('</svg>'), `${what} ends with </svg>`).toBe(true);
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/<foreignObject/i);
  expect(text, `${what} has no on* handler attribute`).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/javascript:/i);
  expect(text).toContain(RUN);
  expect(text).toContain(`seed ${SEED}`);
  expect(text).toContain(`<seed>${SEED}</seed>`);
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const root = doc.documentElement;
    let handlers = 0;
    for (const el of doc.querySelectorAll('*')) for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) handlers++;
    return {
      error: err?.textContent ?? null, root: root.nodeName, ns: root.namespaceURI, width: Number(root.getAttribute('width')),
      marks: doc.querySelectorAll('path, rect, circle, line').length, scripts: doc.querySelectorAll('script').length, handlers,
      title: doc.querySelector('svg > title')?.textContent ?? '',
    };
  }, text);
  expect(parsed.error, `${what} parses as XML`).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.width).toBeGreaterThan(300);
  expect(parsed.marks).toBeGreaterThan(10);
  expect(parsed.scripts).toBe(0);
  expect(parsed.handlers).toBe(0);
  expect(parsed.title.length).toBeGreaterThan(10);
}

function checkPng(bytes: Buffer, what: string): { width: number; height: number; text: string } {
  expect([...bytes.subarray(0, 8)], `${what} has the PNG signature`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(bytes.length, `${what} size`).toBeGreaterThan(10 * 1024);
  expect(width, `${what} width`).toBeGreaterThan(600);
  expect(height, `${what} height`).toBeGreaterThan(300);
  expect(height).toBeLessThan(10_000);
  expect(bytes.subarray(bytes.length - 12 + 4, bytes.length - 4).toString('latin1')).toBe('IEND');
  return { width, height, text: bytes.toString('latin1') };
}

describe('exports', () => {
  it.each(CHART_IDS)('the %s chart downloads a valid SVG and PNG naming the run', async (id) => {
    const svg = await download(page, `${SEL.chart(id)} [data-export="svg"]`);
    expect(svg.name).toBe(`${id}-${FILE_PART}-seed-${SEED}.svg`);
    await checkSvg(svg.bytes.toString('utf8'), `${id}.svg`);

    const png = await download(page, `${SEL.chart(id)} [data-export="png"]`);
    expect(png.name).toBe(`${id}-${FILE_PART}-seed-${SEED}.png`);
    const info = checkPng(png.bytes, `${id}.png`);
    // Text chunks name the run (tEXt Comment: "Scenario ..., seed 3, parameters ...").
    expect(info.text).toContain('tEXtComment');
    expect(info.text).toContain(`Scenario ${RUN}, seed ${SEED}`);
    expect(await page.textContent(`${SEL.chart(id)} .chart-action-status`)).toBe('');
  });

  it('the CSV has the documented header and one row per time bin', async () => {
    const csv = await download(page, SEL.exportCsv);
    expect(csv.name).toBe(`series-${FILE_PART}-seed-${SEED}.csv`);
    const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]!.startsWith('time,exposed,crashed,down,recovered,sensorsOnlineShare,crashedRecoveredShare')).toBe(true);
    const columns = lines[0]!.split(',');
    expect(lines.length - 1).toBeGreaterThan(1000);
    for (const row of [lines[1]!, lines[Math.floor(lines.length / 2)]!, lines[lines.length - 1]!]) {
      const cells = row.split(',');
      expect(cells.length).toBe(columns.length);
      expect(Number.isFinite(Date.parse(cells[0]!))).toBe(true);
      for (const c of cells.slice(1)) expect(Number.isFinite(Number(c)), `cell ${c}`).toBe(true);
    }
    // The last cumulative crash count is the summary's crashed figure.
    const last = lines[lines.length - 1]!.split(',');
    expect(Number(last[2])).toBe((await figures(page)).crashed);
  });

  it('the scenario JSON re-imports with the same figures and runs on the command line', async () => {
    const want = await figures(page);
    const file = await download(page, SEL.exportScenario);
    expect(file.name).toBe('july-2024-baseline.json');
    const json = JSON.parse(file.bytes.toString('utf8')) as { version: number; name: string; seed: number; params: Record<string, Record<string, unknown>> };
    expect(json).toMatchObject({ version: 1, name: SCENARIO, seed: SEED, params: { repair: { staffPer1000: 9 } } });

    // Move away (another bundled scenario), then import the file back.
    await changeAndWait(page, () => page.selectOption(SEL.scenarioPicker, 'double-staff').then(() => undefined));
    const other = await figures(page);
    expect(other).not.toEqual(want);
    await changeAndWait(page, () => page.setInputFiles(SEL.importFile, file.path));
    await waitDone(page);
    expect(await figures(page)).toEqual(want);
    expect(await page.textContent(SEL.messages)).toContain(`Imported “${SCENARIO}”`);
    expect(await page.inputValue(SEL.seedInput)).toBe(String(SEED));
    expect(new URL(page.url()).searchParams.get('repair.staffPer1000')).toBe('9');

    // The command line reads the same file, exits 0 and prints the same run.
    const r = spawnSync(process.execPath, ['scripts/simulate.mjs', file.path], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const cli = JSON.parse(r.stdout) as { scenario: string; seed: number; crashed: number; peakDown: number; hoursTo: Record<string, number | null>; sensorsOnlineAtCheck: number; paramsHash: string };
    expect(cli.scenario).toBe(SCENARIO);
    expect(cli.seed).toBe(SEED);
    expect(cli.crashed).toBe(want.crashed);
    expect(cli.peakDown).toBe(want.peakDown);
    expect(cli.hoursTo['90']).toBe(want.hoursTo90);
    expect(cli.sensorsOnlineAtCheck).toBeCloseTo(want.sensorsOnlineAtCheck!, 12);
    expect(cli.paramsHash).toBe(await page.getAttribute(SEL.runStatus, 'data-hash'));
    expect(o.problems()).toEqual([]);
  });
});
