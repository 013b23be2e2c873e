// `npm run bench:browser`: the page in Debian's Chromium, over N fresh page loads (a fresh
// browser context each, so no cache or saved state carries over):
//   (a) navigation start to the first drawn baseline (its figures and the timeline's lines on screen:
//       the run computed when the page was built, or the live one if that comes first),
//   (b) a parameter change to the first visible response (status leaves "done", results dimmed)
//       and to the full-scale redrawn result (status done again with a different figure),
//   (c) the gzipped size of every JavaScript file the build ships,
//   (d) asking for a comparison (a second scenario from the library added in the compare panel)
//       to both scenarios drawn on the charts with the table of differences.
// Times are measured inside the page with performance.now(). Never asserted anywhere; printed
// next to the targets and written to bench-results/browser.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = { firstChartMs: 2000, visibleUpdateMs: 200, fullResultMs: 1500, jsGzipKB: 250, compareMs: 3000 };
/** The scenario added for (d): a full-scale run with as many crashes as the baseline's, released a day later. */
const COMPARE_WITH = 'saturday-release';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: Math.round(mid), min: Math.round(s[0]), max: Math.round(s[s.length - 1]), all: xs.map((x) => Math.round(x)) };
};

// Installed before the page's own scripts: records when the first baseline is on screen.
function watchFirstDraw() {
  const w = window;
  // A run's figures on screen: computed live, or by the same engine when the page was built.
  const drawn = () => document.querySelector('#run-status')?.hasAttribute('data-drawn') &&
    document.querySelector('[data-chart="timeline"] svg.chart-svg path[d^="M"]') !== null;
  const check = () => {
    if (w.__firstDrawnMs === undefined && drawn()) {
      w.__firstDrawnMs = performance.now();
      // The frame that paints it.
      requestAnimationFrame(() => { w.__firstPaintedMs = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-drawn', 'd'] });
}

// In the page: change a number field (one input event, as typing does) and time the response.
async function timeChange({ key, value }) {
  const status = document.querySelector('#run-status');
  const results = document.querySelector('#results');
  const fig = document.querySelector('#hero-figures [data-figure="sensorsOnlineAtCheck"], #summary [data-figure="sensorsOnlineAtCheck"]');
  const input = document.querySelector(`[name="${key}"]`);
  const before = fig.getAttribute('data-value');
  return new Promise((resolve, reject) => {
    let visibleMs = null;
    let visiblePaintMs = null;
    // The preview: the new run's figures from a tenth of the fleet, drawn and labelled as such.
    let previewMs = null;
    const timer = setTimeout(() => reject(new Error('no result within 60 s')), 60_000);
    const check = () => {
      const now = performance.now();
      if (visibleMs === null && status.getAttribute('data-state') !== 'done' && results.classList.contains('stale')) {
        visibleMs = now - t0;
        requestAnimationFrame(() => { visiblePaintMs = performance.now() - t0; });
      }
      if (previewMs === null && results.dataset.preview === 'true' && fig.getAttribute('data-value') !== before) previewMs = now - t0;
      if (visibleMs !== null && status.getAttribute('data-state') === 'done' && fig.getAttribute('data-value') !== before) {
        const doneMs = now - t0;
        obs.disconnect();
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve({ visibleMs, visiblePaintMs: visiblePaintMs ?? visibleMs, previewMs, doneMs, donePaintMs: performance.now() - t0,
            before: Number(before), after: Number(fig.getAttribute('data-value')), runMs: Number(status.dataset.ms) });
        });
      }
    };
    const obs = new MutationObserver(check);
    obs.observe(document.body, { subtree: true, attributes: true, childList: true });
    const t0 = performance.now();
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    check();
  });
}

// (d) Click "add" in the compare panel and time, in the page, until the compared run is done and
// the table of differences is drawn (the charts are redrawn in the same state update).
async function timeCompare(page, id) {
  await page.selectOption('#compare-picker', id);
  await page.evaluate(() => {
    const w = window;
    w.__compareMs = undefined;
    const done = () => document.querySelector('#compare-list [data-status="done"]') !== null
      && document.querySelectorAll('#compare-table tbody tr').length > 0;
    const obs = new MutationObserver(() => {
      if (w.__compareMs === undefined && done()) {
        obs.disconnect();
        requestAnimationFrame(() => { w.__compareMs = performance.now() - w.__compareT0; });
      }
    });
    obs.observe(document.body, { subtree: true, attributes: true, childList: true });
    document.querySelector('#compare-add').addEventListener('click', () => { w.__compareT0 = performance.now(); }, { once: true, capture: true });
  });
  await page.click('#compare-add');
  await page.waitForFunction(() => window.__compareMs !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__compareMs);
}

async function main() {
  console.log('Building (vite build)…');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

  // (c) JavaScript size, gzip level 9 as a static host would serve it.
  const assets = join(root, 'dist', 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js')).sort().map((f) => {
    const bytes = readFileSync(join(assets, f));
    return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const jsTotal = { bytes: js.reduce((n, f) => n + f.bytes, 0), gzipBytes: js.reduce((n, f) => n + f.gzipBytes, 0) };

  const port = await freePort();
  const server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const loads = [];
  try {
    // One unmeasured load warms the OS file cache and the preview server.
    for (let i = -1; i < N; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(watchFirstDraw);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(url);
      await page.waitForFunction(() => window.__firstPaintedMs !== undefined, undefined, { timeout: 120_000 });
      // The live run of the baseline finishes before a value is changed.
      await page.waitForFunction(() => document.querySelector('#run-status')?.getAttribute('data-state') === 'done', undefined, { timeout: 120_000 });
      const first = await page.evaluate(() => ({
        drawnMs: window.__firstDrawnMs, paintedMs: window.__firstPaintedMs,
        runMs: Number(document.querySelector('#run-status').dataset.ms),
        workers: navigator.hardwareConcurrency,
        crashed: Number(document.querySelector('#hero-figures [data-figure="crashed"], #summary [data-figure="crashed"]').dataset.value),
        domContentLoadedMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      }));
      // Let the page settle a moment (idle workers, no pending frames), then change a value.
      await page.waitForTimeout(300);
      const change = await page.evaluate(timeChange, { key: 'repair.staffPer1000', value: 7 + i * 0.5 });
      await page.waitForTimeout(300);
      const compare = await timeCompare(page, COMPARE_WITH);
      await context.close();
      if (errors.length) throw new Error(`page errors during load ${i + 1}: ${errors.join('; ')}`);
      if (i < 0) continue;
      loads.push({ first, change, compare });
      console.log(`  load ${i + 1}/${N}: first chart ${Math.round(first.paintedMs)} ms (run ${first.runMs} ms); ` +
        `change: visible ${Math.round(change.visiblePaintMs)} ms, full ${Math.round(change.donePaintMs)} ms (run ${change.runMs} ms); ` +
        `comparison ${Math.round(compare)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const firstChart = stats(loads.map((l) => l.first.paintedMs));
  const firstRun = stats(loads.map((l) => l.first.runMs));
  const visible = stats(loads.map((l) => l.change.visiblePaintMs));
  const full = stats(loads.map((l) => l.change.donePaintMs));
  const previewed = loads.filter((l) => l.change.previewMs !== null);
  const previewStats = previewed.length ? stats(previewed.map((l) => l.change.previewMs)) : null;
  const changeRun = stats(loads.map((l) => l.change.runMs));
  const compare = stats(loads.map((l) => l.compare));
  const cpu = cpus();
  const summary = {
    what: 'built page (vite build + vite preview) in Chromium, fresh browser context per load, 1280x900',
    date: new Date().toISOString(),
    machine: {
      cpus: cpu.length, model: cpu[0]?.model ?? 'unknown', totalMemoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${platform()} ${release()}`, node: process.version, chromium: browser.version(),
    },
    loads: N,
    simulationWorkers: Math.min(4, Math.max(1, loads[0]?.first.workers ?? 2)),
    baselineCrashed: loads[0]?.first.crashed,
    firstChartMs: { ...firstChart, note: 'navigation start to the frame that paints the first baseline figures and lines (computed at build time by the same engine, or live)' },
    firstRunMs: { ...firstRun, note: 'the run itself, as the page reports it (workers start to result)' },
    change: {
      field: 'repair.staffPer1000 (one input event)',
      visibleMs: { ...visible, note: 'input event to the frame showing status "running" and the results dimmed' },
      previewMs: previewStats ? { ...previewStats, loads: previewed.length, note: 'input event to the new run\'s figures from a tenth of the fleet on screen, labelled as a preview (includes the 150 ms debounce)' } : null,
      fullResultMs: { ...full, note: 'input event to the frame showing the new full-scale result (includes the 150 ms debounce)' },
      runMs: { ...changeRun, note: 'the run itself, as the page reports it' },
    },
    compare: { ...compare, with: COMPARE_WITH, note: 'click on "add" in the compare panel to the frame showing the compared run drawn and the table of differences' },
    javascript: { files: js, total: jsTotal, note: 'gzip -9 (node zlib) of each dist/assets/*.js; the worker file loads only in workers' },
    targets: TARGETS,
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'browser.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const m = summary.machine;
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');
  const row = (label, s, target, unit = 'ms') =>
    `  ${label.padEnd(34)} ${String(s.median).padStart(6)} ${String(s.min).padStart(6)} ${String(s.max).padStart(6)}   ≤ ${target} ${unit}  ${verdict(s.median <= target)}`;
  console.log('');
  console.log(`browser  ${summary.what}`);
  console.log(`         ${m.cpus} cores (${m.model}), ${m.totalMemoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}`);
  console.log(`         ${N} loads, ${summary.simulationWorkers} simulation workers, baseline crashed ${summary.baselineCrashed?.toLocaleString('en-US')}`);
  console.log('');
  console.log(`  ${'measure'.padEnd(34)} ${'median'.padStart(6)} ${'min'.padStart(6)} ${'max'.padStart(6)}   target`);
  console.log(row('(a) first chart drawn', firstChart, TARGETS.firstChartMs));
  console.log(`  ${'    of which the run'.padEnd(34)} ${String(firstRun.median).padStart(6)} ${String(firstRun.min).padStart(6)} ${String(firstRun.max).padStart(6)}`);
  console.log(row('(b) change: visible response', visible, TARGETS.visibleUpdateMs));
  if (previewStats) console.log(`  ${"    preview figures drawn".padEnd(34)} ${String(previewStats.median).padStart(6)} ${String(previewStats.min).padStart(6)} ${String(previewStats.max).padStart(6)}   (${previewed.length} of ${loads.length} loads; after the 150 ms debounce)`);
  console.log(row('(b) change: full result redrawn', full, TARGETS.fullResultMs));
  console.log(`  ${'    of which the run'.padEnd(34)} ${String(changeRun.median).padStart(6)} ${String(changeRun.min).padStart(6)} ${String(changeRun.max).padStart(6)}`);
  console.log(row('(d) compare: 2nd scenario drawn', compare, TARGETS.compareMs));
  console.log('');
  console.log('  (c) JavaScript, gzipped');
  for (const f of js) console.log(`      ${f.file.padEnd(34)} ${kb(f.bytes).padStart(10)} raw ${kb(f.gzipBytes).padStart(10)} gz`);
  console.log(`      ${'total'.padEnd(34)} ${kb(jsTotal.bytes).padStart(10)} raw ${kb(jsTotal.gzipBytes).padStart(10)} gz   < ${TARGETS.jsGzipKB} KB  ${verdict(jsTotal.gzipBytes / 1024 < TARGETS.jsGzipKB)}`);
  console.log('');
  console.log('Written to bench-results/browser.json');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
