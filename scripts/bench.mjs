// `npm run bench`: the engine against a bare kernel, the command line against npm's own start-up,
// and the worker pool on 1 and 2 threads, all measured in this one run (the machine is shared and
// noisy, so only ratios measured side by side mean much). Every timing is a median over several
// repetitions, taken in alternation so that a busy moment hits all of them alike:
//   engine     one full-scale July 2024 baseline, simulate() on one thread, fresh process each
//   kernel     bench/kernel.ts: 4 uniforms per crashed device (8.5 million) into a histogram
//   cli        `npm run -s simulate -- scenarios/july-2024.json` (default workers), wall time
//   npm        `npm run -s bench:noop` (a script that does nothing): npm's own start-up
//   pool       one baseline split over 1 and 2 worker threads, and 20 baseline seeds spread over
//              them (runMany), timed once the threads are up, in fresh processes taken in turn
//   memory     peak RSS of the engine's process and of the command line's (threads included)
// Environment: BENCH_RUNS (default 5), BENCH_POOL_RUNS (3), BENCH_ENSEMBLE_REPS (3),
// BENCH_ENSEMBLE_SIZE (20). Writes bench-results/engine.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundle, root } from './bundle.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const poolRuns = Number(process.env.BENCH_POOL_RUNS ?? 3);
const ensembleReps = Number(process.env.BENCH_ENSEMBLE_REPS ?? 3);
const ensembleSize = Number(process.env.BENCH_ENSEMBLE_SIZE ?? 20);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const files = bundle({
  benchEngine: 'bench/engineRun.ts', benchKernel: 'bench/kernelRun.ts', benchPool: 'bench/poolRun.ts', benchCli: 'bench/cliPeak.ts',
  cli: 'src/cli/main.ts', poolWorker: 'src/cli/poolWorker.ts',
});
const tmp = mkdtempSync(join(tmpdir(), 'outage-bench-'));
const out = join(tmp, 'result.json');

const node = (file, args = []) => JSON.parse(execFileSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }));
const wall = (cmd, args) => {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => (xs.length ? { median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)), n: xs.length } : { n: 0 });

const step = (label) => process.stderr.write(`bench: ${label}\n`);
const cliArgs = ['run', '-s', 'simulate', '--', 'scenarios/july-2024.json', '--out', out];
step('warming up (file cache, npm, bundles)');
node(files.benchKernel);
node(files.benchEngine);
wall(npm, cliArgs);
wall(npm, ['run', '-s', 'bench:noop']);

const engine = [];
const kernel = [];
const cli = [];
const npmNoop = [];
let fleet = 0;
let crashed = 0;
for (let i = 0; i < runs; i++) {
  step(`side-by-side round ${i + 1} of ${runs}`);
  const order = i % 2 ? ['cli', 'npm', 'kernel', 'engine'] : ['engine', 'kernel', 'npm', 'cli'];
  for (const what of order) {
    if (what === 'engine') {
      const r = node(files.benchEngine);
      engine.push(r);
      fleet = r.fleet;
      crashed = r.crashed;
    } else if (what === 'kernel') kernel.push(node(files.benchKernel).ms);
    else if (what === 'cli') cli.push(wall(npm, cliArgs));
    else npmNoop.push(wall(npm, ['run', '-s', 'bench:noop']));
  }
}

// The pool on 1 and 2 threads, in alternation: each round starts a fresh process per thread
// count for one split run and one ensemble (the same repetitions as BENCH_POOL_RUNS split runs
// would take longer than they tell).
const pool = { 1: { startMs: [], runMs: [], ensembleMs: [], maxRssMB: 0 }, 2: { startMs: [], runMs: [], ensembleMs: [], maxRssMB: 0 } };
const rounds = Math.max(poolRuns, ensembleReps);
for (let i = 0; i < rounds; i++) {
  for (const n of i % 2 ? [2, 1] : [1, 2]) {
    step(`pool round ${i + 1} of ${rounds}, ${n} worker${n > 1 ? 's' : ''}: one split run${i < ensembleReps ? `, one ensemble of ${ensembleSize}` : ''}`);
    const r = node(files.benchPool, [files.poolWorker, String(n), i < poolRuns ? '1' : '0', i < ensembleReps ? '1' : '0', String(ensembleSize)]);
    pool[n].startMs.push(r.startMs);
    pool[n].runMs.push(...r.runMs);
    pool[n].ensembleMs.push(...r.ensembleMs);
    pool[n].maxRssMB = Math.max(pool[n].maxRssMB, r.maxRssMB);
  }
}
step('peak memory of the command line (default workers)');
const cliPeak = [0, 1].map(() => node(files.benchCli, [files.poolWorker, out, 'scenarios/july-2024.json']));
rmSync(tmp, { recursive: true, force: true });

const engineMs = engine.map((r) => r.ms);
const e = median(engineMs);
const k = median(kernel);
const c = median(cli);
const m = median(npmNoop);
const summary = {
  what: 'full-scale July 2024 baseline (seed 1); medians of runs taken in alternation in one bench run',
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  fleet,
  crashed,
  engineMs: stat(engineMs),
  kernelMs: stat(kernel),
  engineOverKernel: +(e / k).toFixed(2),
  cliMs: { ...stat(cli), workers: availableParallelism() },
  npmNoopMs: stat(npmNoop),
  cliOverKernelPlusNpm: +(c / (k + m)).toFixed(2),
  pool: Object.fromEntries([1, 2].map((n) => [`${n}`, {
    startMs: stat(pool[n].startMs),
    runMs: stat(pool[n].runMs),
    [`ensemble${ensembleSize}Ms`]: stat(pool[n].ensembleMs),
    peakRssMB: Math.round(pool[n].maxRssMB),
  }])),
  poolSpeedup2: {
    run: +(median(pool[1].runMs) / median(pool[2].runMs)).toFixed(2),
    ensemble: +(median(pool[1].ensembleMs) / median(pool[2].ensembleMs)).toFixed(2),
  },
  peakRssMB: {
    engineOneThread: Math.round(Math.max(...engine.map((r) => r.maxRssMB))),
    cliDefaultWorkers: Math.round(Math.max(...cliPeak.map((r) => r.maxRssMB))),
  },
  targets: { engineOverKernel: 2, cliOverKernelPlusNpm: 2.5, cliPeakRssMB: 200 },
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'engine.json'), `${JSON.stringify(summary, null, 2)}\n`);

const ms = (s) => `${s.median} ms (min ${s.min}, max ${s.max}, n ${s.n})`;
const lines = [
  `machine   ${summary.machine}`,
  `baseline  fleet ${fleet.toLocaleString('en-US')}, crashed ${crashed.toLocaleString('en-US')}`,
  `engine    one thread: ${ms(summary.engineMs)}`,
  `kernel    4 draws x ${(8.5).toFixed(1)}M crashed devices into a histogram: ${ms(summary.kernelMs)}`,
  `ratio     engine / kernel = ${summary.engineOverKernel} (target <= 2)`,
  `cli       npm run -s simulate (${availableParallelism()} workers): ${ms(summary.cliMs)}`,
  `npm       npm run -s bench:noop: ${ms(summary.npmNoopMs)}`,
  `ratio     cli / (kernel + npm) = ${summary.cliOverKernelPlusNpm} (target <= 2.5)`,
  ...[1, 2].map((n) => `pool ${n}    threads ready ${summary.pool[n].startMs.median} ms; one run ${ms(summary.pool[n].runMs)}`),
  ...[1, 2].map((n) => `pool ${n}    ${ensembleSize}-run ensemble ${ms(summary.pool[n][`ensemble${ensembleSize}Ms`])}; peak ${summary.pool[n].peakRssMB} MB (all ${ensembleSize} results kept)`),
  `speed-up  2 workers over 1: one run x${summary.poolSpeedup2.run}, ${ensembleSize}-run ensemble x${summary.poolSpeedup2.ensemble}`,
  `memory    peak RSS: engine on one thread ${summary.peakRssMB.engineOneThread} MB; command line with ${availableParallelism()} workers ${summary.peakRssMB.cliDefaultWorkers} MB (target <= 200)`,
  `written   bench-results/engine.json`,
];
console.log(lines.join('\n'));
