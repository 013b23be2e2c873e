// 4. Every export gives a valid file that names its run: each chart's SVG and PNG (text chunks,
// resolution and DPI), the CSVs (series, sectors, regions) with their notes, and the scenario
// JSON, which says what it was edited from, re-imports as the same edit and runs on the command
// line. Then the same with a run name the reader typed.
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/selectors.js';
import { dpiOf, readDensity } from '../../src/ui/export/pngDensity.js';
import { readTextChunks } from '../../src/ui/export/pngText.js';
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
const TYPED = 'Nine repairers per thousand';

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
async function checkSvg(text: string, what: string, run: string): Promise<number> {
  expect(text.startsWith('<?xml') || text.startsWith('<svg'), `${what} starts like an SVG file`).toBe(true);
  expect(text.trimEnd().endsWith('</svg>'), `${what} ends with </svg>`).toBe(true);
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/<foreignObject/i);
  expect(text, `${what} has no on* handler attribute`).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/javascript:/i);
  expect(text).toContain(`<scenario>${run}</scenario>`);
  expect(text).toContain(`Scenario: ${run}.`);
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
  return parsed.width;
}

function checkPng(bytes: Buffer, what: string): { width: number; height: number; text: Record<string, string> } {
  expect([...bytes.subarray(0, 8)], `${what} has the PNG signature`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(bytes.length, `${what} size`).toBeGreaterThan(10 * 1024);
  expect(width, `${what} width`).toBeGreaterThan(600);
  expect(height, `${what} height`).toBeGreaterThan(300);
  expect(height).toBeLessThan(10_000);
  expect(bytes.subarray(bytes.length - 12 + 4, bytes.length - 4).toString('latin1')).toBe('IEND');
  const text = Object.fromEntries(readTextChunks(new Uint8Array(bytes)).map((e) => [e.keyword, e.text]));
  return { width, height, text };
}

/** A CSV's notes ("# key: value") and its table. */
function readCsv(text: string): { title: string; notes: Record<string, string>; lines: string[] } {
  const all = text.trimEnd().split('\n');
  const n = all.findIndex((l) => !l.startsWith('#'));
  const notes: Record<string, string> = {};
  for (const l of all.slice(1, n)) {
    const i = l.indexOf(': ');
    notes[l.slice(2, i)] = l.slice(i + 2);
  }
  return { title: all[0]!, notes, lines: all.slice(n) };
}

describe('exports', () => {
  it.each(CHART_IDS)('the %s chart downloads a valid SVG and a 2x, 192 dpi PNG naming the run', async (id) => {
    const svg = await download(page, SEL.chartExport(id, 'svg'));
    expect(svg.name).toBe(`${id}-${FILE_PART}-seed-${SEED}.svg`);
    const svgWidth = await checkSvg(svg.bytes.toString('utf8'), `${id}.svg`, RUN);

    const png = await download(page, SEL.chartExport(id, 'png'));
    expect(png.name).toBe(`${id}-${FILE_PART}-seed-${SEED}.png`);
    const info = checkPng(png.bytes, `${id}.png`);
    // Text chunks name the run; the image is twice the SVG's size and says so, in pHYs too.
    // (then the July 2024 baseline drawn behind it, and the link)
    expect(info.text['Comment']!.startsWith(`Scenario ${RUN}, seed ${SEED}, parameters ${await page.getAttribute(SEL.runStatus, 'data-hash')}`)).toBe(true);
    expect(info.text['Comment']).toContain(page.url());
    expect(info.text['Description']).toContain(`Scenario: ${RUN}.`);
    expect(info.text['Resolution']).toBe('2x (2 image pixels per screen pixel), 192 dpi');
    expect(info.width).toBe(2 * svgWidth);
    const density = readDensity(new Uint8Array(png.bytes))!;
    expect(density.unit).toBe(1);
    expect(dpiOf(density)).toBe(192);
    expect(await page.textContent(`${SEL.chart(id)} .chart-action-status`)).toBe('');
  });

  it('the CSV opens with notes naming the run, scenario, seed, hash, link, units and time step, then one row per bin', async () => {
    const csv = await download(page, SEL.exportCsv);
    expect(csv.name).toBe(`series-${FILE_PART}-seed-${SEED}.csv`);
    const { title, notes, lines } = readCsv(csv.bytes.toString('utf8'));
    expect(title).toBe('# Outage impact simulator: time series, one row per time bin');
    expect(notes).toMatchObject({ run: RUN, scenario: SCENARIO, seed: String(SEED), link: page.url() });
    expect(notes['parameters']).toBe(`${await page.getAttribute(SEL.runStatus, 'data-hash')} (hash of every parameter value and the seed)`);
    expect(notes['time']).toBe('end of each bin, ISO 8601 UTC; time step 1 min from 1 h before publish to 6 h after publish, then 10 min to 14 d after publish');
    expect(notes['units']).toMatch(/devices, cumulative since publish/);
    expect(lines[0]!.startsWith('time,exposed,crashed,down,recovered,sensorsOnlineShare,crashedRecoveredShare')).toBe(true);
    const columns = lines[0]!.split(',');
    expect(lines.length - 1).toBeGreaterThan(1000);
    for (const row of [lines[1]!, lines[Math.floor(lines.length / 2)]!, lines[lines.length - 1]!]) {
      const cells = row.split(',');
      expect(cells.length).toBe(columns.length);
      expect(Number.isFinite(Date.parse(cells[0]!))).toBe(true);
      for (const c of cells.slice(1)) expect(Number.isFinite(Number(c)), `cell ${c}`).toBe(true);
    }
    // The bins change from 1 to 10 minutes where the note says: 6 h after publish (10:09 UTC).
    const t = (i: number) => Date.parse(lines[i]!.split(',')[0]!);
    const at6h = lines.findIndex((l) => l.startsWith('2024-07-19T10:09:00.000Z'));
    expect(t(at6h) - t(at6h - 1)).toBe(60_000);
    expect(t(at6h + 1) - t(at6h)).toBe(600_000);
    // The last cumulative crash count is the summary's crashed figure.
    const last = lines[lines.length - 1]!.split(',');
    expect(Number(last[2])).toBe((await figures(page)).crashed);
  });

  it('the sector and region charts export their own CSV, with the same notes and one row per sector or region', async () => {
    for (const [id, rows] of [['sectors', 11], ['regions', 11]] as const) {
      const csv = await download(page, SEL.chartExport(id, 'csv'));
      expect(csv.name).toBe(`${id}-${FILE_PART}-seed-${SEED}.csv`);
      const { title, notes, lines } = readCsv(csv.bytes.toString('utf8'));
      expect(title).toMatch(new RegExp(`${id}, one row per`));
      expect(notes).toMatchObject({ run: RUN, scenario: SCENARIO, seed: String(SEED), link: page.url() });
      expect(lines.length).toBe(1 + rows);
      // The rows are those the chart's table shows, in the same order.
      await page.click(`${SEL.chart(id)} [data-export="table"]`);
      const first = (await page.locator(`${SEL.chart(id)} table.chart-table tbody tr`).first().locator('th, td').first().textContent()) ?? '';
      await page.click(`${SEL.chart(id)} [data-export="table"]`);
      expect(lines[1]!).toContain(first.trim().includes(',') ? `"${first.trim()}"` : first.trim());
    }
  });

  it('the scenario JSON says what it was edited from, re-imports as the same edit, and runs on the command line', async () => {
    const want = await figures(page);
    const file = await download(page, SEL.exportScenario);
    expect(file.name).toBe(`${FILE_PART}.json`);
    const json = JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: 2, name: RUN, seed: SEED, params: { repair: { staffPer1000: 9 } },
      basedOn: { name: SCENARIO, seed: 1, params: {} },
    });
    // The description no longer claims the baseline's values ("calibrated to…", "reverted at 05:27").
    expect(json['description']).toBe(`Edited from “${SCENARIO}”: repair staff 9 per 1,000 devices (was 11 per 1,000 devices); seed 3 (was 1). Every other value is as in “${SCENARIO}”.`);

    // Move away (another bundled scenario), then import the file back.
    await changeAndWait(page, () => page.selectOption(SEL.scenarioPicker, 'double-staff').then(() => undefined));
    const other = await figures(page);
    expect(other).not.toEqual(want);
    await changeAndWait(page, () => page.setInputFiles(SEL.importFile, file.path));
    await waitDone(page);
    expect(await figures(page)).toEqual(want);
    expect(await page.textContent(SEL.messages)).toContain(`Imported “${RUN}”`);
    // It opens as an edit of the baseline: the base picked, the value and the seed marked as changed.
    expect(await page.inputValue(SEL.scenarioPicker)).toBe('july-2024');
    expect(await page.textContent('#scenario-edited')).toBe('1 value and the seed changed from this scenario.');
    expect(await page.getAttribute('[data-param="repair.staffPer1000"]', 'class')).toContain('changed');
    expect(await page.inputValue(SEL.runName)).toBe('');
    expect(await page.getAttribute(SEL.runName, 'placeholder')).toBe(RUN);
    expect(await page.textContent(`${SEL.chart('timeline')} .chart-subtitle`)).toContain(`Scenario: ${RUN}.`);
    expect(await page.inputValue(SEL.seedInput)).toBe(String(SEED));
    expect(new URL(page.url()).searchParams.get('repair.staffPer1000')).toBe('9');

    // The command line reads the same file, exits 0 and prints the same run.
    const r = spawnSync(process.execPath, ['scripts/simulate.mjs', file.path], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    const cli = JSON.parse(r.stdout) as { scenario: string; seed: number; crashed: number; peakDown: number; hoursTo: Record<string, number | null>; sensorsOnlineAtCheck: number; paramsHash: string };
    expect(cli.scenario).toBe(RUN);
    expect(cli.seed).toBe(SEED);
    expect(cli.crashed).toBe(want.crashed);
    expect(cli.peakDown).toBe(want.peakDown);
    expect(cli.hoursTo['90']).toBe(want.hoursTo90);
    expect(cli.sensorsOnlineAtCheck).toBeCloseTo(want.sensorsOnlineAtCheck!, 12);
    expect(cli.paramsHash).toBe(await page.getAttribute(SEL.runStatus, 'data-hash'));
    expect(o.problems()).toEqual([]);
  });

  it('a typed run name is in every export, the link and the saved state, and comes back on re-import', async () => {
    await changeAndWait(page, () => page.fill(SEL.runName, TYPED));
    expect(new URL(page.url()).searchParams.get('name')).toBe(TYPED);
    const saved = await page.evaluate(() => localStorage.getItem('outage-impact-simulator.state.v1') ?? '');
    expect(JSON.parse(saved).current.name).toBe(TYPED);
    const part = 'nine-repairers-per-thousand';
    for (const id of CHART_IDS) {
      const svg = await download(page, SEL.chartExport(id, 'svg'));
      expect(svg.name).toBe(`${id}-${part}-seed-${SEED}.svg`);
      await checkSvg(svg.bytes.toString('utf8'), `${id}.svg`, TYPED);
      const png = await download(page, SEL.chartExport(id, 'png'));
      expect(png.name).toBe(`${id}-${part}-seed-${SEED}.png`);
      expect(checkPng(png.bytes, `${id}.png`).text['Comment']).toContain(`Scenario ${TYPED}, seed ${SEED}`);
    }
    // The service columns follow the device figures; the CSV has them once they are in, as the command line's has.
    await page.waitForSelector(`${SEL.runStatus}[data-services="in"]`, { state: 'attached', timeout: 30_000 });
    const csv = readCsv((await download(page, SEL.exportCsv)).bytes.toString('utf8'));
    expect(csv.notes).toMatchObject({ run: TYPED, scenario: SCENARIO });
    expect(csv.lines[0]).toContain('flightsCancelled');
    for (const id of ['sectors', 'regions'] as const) {
      expect(readCsv((await download(page, SEL.chartExport(id, 'csv'))).bytes.toString('utf8')).notes['run']).toBe(TYPED);
    }
    const file = await download(page, SEL.exportScenario);
    expect(file.name).toBe(`${part}.json`);
    const json = JSON.parse(file.bytes.toString('utf8')) as { name: string; description: string };
    expect(json.name).toBe(TYPED);
    expect(json.description).toMatch(/^Edited from “July 2024 baseline”: repair staff 9/);

    // The page and the command line write the same notes, but for the link.
    const cli = spawnSync(process.execPath, ['scripts/simulate.mjs', file.path, '--format', 'csv'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const cliCsv = readCsv(cli.stdout);
    const { link: _link, ...pageNotes } = csv.notes;
    expect(cliCsv.notes).toEqual(pageNotes);
    expect(cliCsv.title).toBe(csv.title);

    await changeAndWait(page, () => page.click(SEL.resetButton));
    expect(await page.inputValue(SEL.runName)).toBe('');
    await changeAndWait(page, () => page.setInputFiles(SEL.importFile, file.path));
    expect(await page.inputValue(SEL.runName)).toBe(TYPED);
    expect(await page.textContent('#scenario-edited')).toBe('1 value and the seed changed from this scenario.');
    expect(await page.textContent(`${SEL.chart('sectors')} .chart-subtitle`)).toContain(`Scenario: ${TYPED}.`);
    // Emptying the box goes back to the name that says what changed.
    await changeAndWait(page, () => page.fill(SEL.runName, ''));
    expect(await page.textContent(`${SEL.chart('timeline')} .chart-subtitle`)).toContain(`Scenario: ${RUN}.`);
    expect(o.problems()).toEqual([]);
  });
});
