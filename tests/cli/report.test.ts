// `npm run report` end to end, in a child process, on small scenarios (a fraction of a second a
// run): it writes one self-contained HTML file with every section and chart, in either language;
// bad flags and files exit 2 with one line naming what is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/baseline.js';
import { tempDir, writeJson, type CliRun } from '../helpers/cli.js';

const SLOW = 120_000;
let dir = '';
let small = '';
let canary = '';

function runReport(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'report.mjs'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectInputError(r: CliRun, ...fragments: string[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('report: ')).toBe(true);
  for (const f of fragments) expect(r.stderr).toContain(f);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|internal error)\b/);
}

const SMALL_FLEET = { windowsSensors: 20_000, customers: 60 };

beforeAll(() => {
  dir = tempDir();
  small = writeJson(dir, 'small.json', { version: 2, name: 'Small fleet', description: 'Report tests', seed: 3, params: { fleet: SMALL_FLEET, run: { horizonDays: 7 } } });
  canary = writeJson(dir, 'canary.json', {
    version: 2, name: 'Small fleet with a canary', description: '', seed: 3,
    params: { fleet: SMALL_FLEET, run: { horizonDays: 7 }, push: { canaryShare: 0.01, canaryBakeMinutes: 60, haltAfterCrashes: 5 } },
  });
  // Builds the bundle once (cached in node_modules/.cache) before the timed tests.
  runReport(['--help']);
}, SLOW);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report command line', () => {
  it('report --help exits 0 and prints the usage', () => {
    const r = runReport(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run report -- <scenario.json> [--compare <other.json> ...] [options]');
    expect(r.stdout).toContain('--lang en|ja');
  });

  it('writes one self-contained HTML file of a comparison: every section, the charts inline, nothing fetched', () => {
    const out = join(dir, 'report.html');
    const r = runReport([small, '--compare', canary, '--seed', '4', '--workers', '1', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^report: wrote .*report\.html \(\d+ kB\)\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const id of ['scenario', 'figures', 'charts', 'parameters', 'limits', 'reproduce']) expect(html).toContain(`data-section="${id}"`);
    for (const h of ['The scenario and what changed', 'Key figures beside the record', 'Charts', 'Parameters that differ from the July 2024 baseline', 'What the model leaves out', 'Reproduce this report']) {
      expect(html).toContain(`<h2>${h}</h2>`);
    }
    // Five charts for two runs with their service figures, each an inline SVG.
    expect(html.match(/<figure data-chart="[a-z]+"><svg /g)).toHaveLength(5);
    expect(html).toContain('Small fleet (seed 4)');
    expect(html).toContain('<tr data-key="push.canaryShare">');
    expect(html).toContain('npm run -s report -- ');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).toContain('@page');
  });

  it('--lang ja: the same report in Japanese, with a bundled scenario named in Japanese', () => {
    const out = join(dir, 'ja.html');
    const r = runReport([small, '--compare', 'scenarios/july-2024.json', '--lang', 'ja', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="ja-JP">');
    expect(html).toContain('<h2>主な数値と実際の記録</h2>');
    expect(html).toContain('<strong>2024年7月のベースライン</strong>');
  }, SLOW);

  it('names a bad flag, a bad value, a missing file and too many comparisons, with exit 2 and no file', () => {
    const out = join(dir, 'never.html');
    expectInputError(runReport([small, '--bogus', '--out', out]), '--bogus: unknown option', '(see --help)');
    expectInputError(runReport([small, '--lang', 'fr', '--out', out]), '--lang: got "fr"; expected en or ja');
    expectInputError(runReport([small, '--seed', 'x1', '--out', out]), '--seed: got "x1"; expected a whole number');
    expectInputError(runReport([join(dir, 'missing.json'), '--out', out]), 'missing.json');
    expectInputError(runReport([small, '--compare', small, '--compare', small, '--compare', small, '--compare', small]), '--compare: got 4 files; at most 3');
    expectInputError(runReport([]), 'no scenario file given');
    const bad = writeJson(dir, 'bad.json', { version: 2, name: 'Bad', seed: 1, params: { push: { revertMinutes: -5 } } });
    expectInputError(runReport([small, '--compare', bad, '--out', out]), 'bad.json', 'push.revertMinutes');
    expect(existsSync(out)).toBe(false);
  }, SLOW);
});
