// Entry point for `npm run simulate`: bundles the TypeScript command line with esbuild (cached
// by source timestamps, about 20 ms) and runs it. Bundling keeps start-up and run time low:
// the same engine run through a TypeScript loader was about twice as slow here.
import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'outage-sim', 'cli.mjs');

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
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error',
  });
}
const { main } = await import(pathToFileURL(out).href);
process.exitCode = main(process.argv.slice(2));
