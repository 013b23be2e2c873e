// Entry point for `npm run fit`: bundles the TypeScript fit command with esbuild (cached by
// source timestamps, as scripts/simulate.mjs does) and runs it.
import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'outage-sim', 'fit.mjs');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(out) || statSync(out).mtimeMs < newest(join(root, 'src'))) {
  mkdirSync(dirname(out), { recursive: true });
  buildSync({
    entryPoints: [join(root, 'src', 'cli', 'fitMain.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error',
  });
}
const { fitMain } = await import(pathToFileURL(out).href);
process.exitCode = await fitMain(process.argv.slice(2));
