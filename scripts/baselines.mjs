// `npm run baselines`: writes tests/baselines/<scenario>.json, the command line's JSON result for
// every file in scenarios/ at its own seed. tests/scenario/baselines.test.ts runs each scenario
// again and compares, so any change that moves a model number fails until this script is run
// and the new figures are committed with an explanation. Never edit those files by hand.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'tests', 'baselines');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  const out = join(outDir, f);
  execFileSync(process.execPath, [join(root, 'scripts', 'simulate.mjs'), join('scenarios', f), '--out', out], { cwd: root, stdio: 'inherit' });
  console.log(`wrote tests/baselines/${f}`);
}
