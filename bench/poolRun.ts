// The worker pool in a fresh process: `node poolRun.mjs <workerFile> <workers> <runs> <ensembleReps>
// <ensembleSize>`. Times the pool's start (threads loaded and ready), one full-scale baseline split
// over the workers (`runs` times), and an ensemble of `ensembleSize` baseline seeds spread over
// them (`ensembleReps` times); prints JSON with every time and the process's peak RSS.
import { defaultParams } from '../src/engine/params.js';
import { createNodePool } from '../src/cli/pool.js';
import { withOverrides } from '../src/engine/params.js';

const [workerFile, workers, runs, reps, size] = process.argv.slice(2);
const n = Number(workers);
const params = defaultParams();

const t0 = performance.now();
const pool = createNodePool(n, { workerFile });
// Ready: a tiny run on every thread has come back.
await pool.runMany(Array.from({ length: n }, (_, i) => ({ params: withOverrides({ 'fleet.windowsSensors': 2000, 'fleet.customers': 10, 'run.horizonDays': 1, 'run.checkHours': 10 }), seed: i })));
const startMs = performance.now() - t0;

const runMs: number[] = [];
let crashed = 0;
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  crashed = (await pool.run(params, 1)).crashed;
  runMs.push(performance.now() - t);
}
const ensembleMs: number[] = [];
for (let i = 0; i < Number(reps); i++) {
  const t = performance.now();
  await pool.runMany(Array.from({ length: Number(size) }, (_, s) => ({ params, seed: s + 1 })));
  ensembleMs.push(performance.now() - t);
}
await pool.close();
process.stdout.write(`${JSON.stringify({ workers: n, startMs, runMs, ensembleMs, crashed, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
