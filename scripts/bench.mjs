// `npm run bench`: wall time and peak memory of full-scale July 2024 baseline runs, one thread.
// Each run is a fresh Node process (so peak RSS is that run's), after one warm-up process;
// the machine is shared and noisy, so we report the median and the spread of N runs.
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const out = join(root, 'node_modules', '.cache', 'outage-sim', 'bench-engine.mjs');
mkdirSync(dirname(out), { recursive: true });
buildSync({ entryPoints: [join(root, 'bench', 'engineRun.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error' });

const one = (seed) => JSON.parse(execFileSync(process.execPath, [out, String(seed)], { encoding: 'utf8' }));
one(1); // warm the file cache
const results = [];
for (let i = 0; i < runs; i++) results.push(one(1));
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = results.map((r) => r.ms);
const mem = results.map((r) => r.maxRssMB);
const summary = {
  what: 'full-scale July 2024 baseline, one thread, fresh process per run',
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  fleet: results[0].fleet,
  crashed: results[0].crashed,
  runs,
  wallMs: { median: Math.round(med(ms)), min: Math.round(Math.min(...ms)), max: Math.round(Math.max(...ms)) },
  peakRssMB: { median: Math.round(med(mem)), max: Math.round(Math.max(...mem)) },
  targets: { wallMs: 1000, peakRssMB: 400 },
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'engine.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`engine  ${summary.what}`);
console.log(`        ${summary.machine}`);
console.log(`        fleet ${summary.fleet.toLocaleString('en-US')}, crashed ${summary.crashed.toLocaleString('en-US')}, ${runs} runs`);
console.log(`        wall time median ${summary.wallMs.median} ms (min ${summary.wallMs.min}, max ${summary.wallMs.max}); target ≤ 1000 ms`);
console.log(`        peak RSS  median ${summary.peakRssMB.median} MB (max ${summary.peakRssMB.max}); target ≤ 400 MB`);
