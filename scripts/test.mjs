// `npm test`: the unit, property and command-line tests (vitest, node), then the browser tests
// (vitest driving Debian's Chromium through playwright-core). Ends with one line counted from
// the runners' own JSON reports: "N passed, N failed" (", N skipped" when any), so a run that
// executed no test cannot pass unnoticed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-results');
mkdirSync(outDir, { recursive: true });
const only = process.argv[2]; // optional: "unit" or "browser"

const suites = [
  { name: 'unit', args: ['--config', 'vitest.config.ts'] },
  { name: 'browser', args: ['--config', 'tests/browser/vitest.config.ts'] },
].filter((s) => !only || s.name === only);

let passed = 0;
let failed = 0;
let skipped = 0;
let problems = 0;
for (const s of suites) {
  const report = join(outDir, `${s.name}.json`);
  rmSync(report, { force: true });
  console.log(`\n== ${s.name} tests ==`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...s.args,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: root, stdio: 'inherit' });
  if (!existsSync(report)) {
    console.error(`${s.name}: the test runner wrote no report (exit ${r.status})`);
    problems++;
    continue;
  }
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  // Files that failed to load count as failures even when no test in them ran.
  const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
  failed += brokenFiles;
  if (r.status !== 0 && j.numFailedTests === 0 && brokenFiles === 0) problems++;
}
if (passed + failed === 0) problems++;
console.log('');
console.log(`${passed} passed, ${failed + problems} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed + problems > 0 ? 1 : 0;
