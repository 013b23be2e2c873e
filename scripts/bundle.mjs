// Bundles TypeScript entry points with esbuild into node_modules/.cache/outage-sim/<name>.mjs,
// rebuilding only when a file under src/ (or bench/) is newer than the bundle: about 20 ms when
// it is, nothing when it is not. Bundling keeps start-up and run time low: the same engine run
// through a TypeScript loader was about twice as slow. Worker threads load their own bundle
// (poolWorker), built together with the entry that starts them so both hold the same engine.
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, 'node_modules', '.cache', 'outage-sim');

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * `entries`: { name: path relative to the repository }. Returns { name: absolute bundle path }.
 * All are rebuilt together when any is missing or older than the sources. `options.external`:
 * packages left to Node to load (the report's happy-dom). Stylesheets the page's modules import
 * are dropped: the command line draws no page.
 */
export function bundle(entries, options = {}) {
  const out = Object.fromEntries(Object.keys(entries).map((name) => [name, join(cacheDir, `${name}.mjs`)]));
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'bench')));
  if (Object.values(out).some((f) => !existsSync(f) || statSync(f).mtimeMs < sources)) {
    mkdirSync(cacheDir, { recursive: true });
    buildSync({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, src]) => [name, join(root, src)])),
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outdir: cacheDir, outExtension: { '.js': '.mjs' },
      logLevel: 'error', external: options.external ?? [], loader: { '.css': 'empty' },
    });
  }
  return out;
}
