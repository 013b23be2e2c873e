// Full-scale runs in a fresh process: `node engineRun.mjs [seed] [runs]` runs the baseline `runs`
// times (default 1) on one thread and prints the wall time of the first (prepare, simulate and
// finish, as a command-line run does from cold), every run's time, and the process's peak RSS.
import { simulate } from '../src/engine/simulate.js';
import { defaultParams } from '../src/engine/params.js';

const seed = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 1);
const all: number[] = [];
let crashed = 0;
let fleet = 0;
for (let i = 0; i < runs; i++) {
  const params = defaultParams();
  const t0 = performance.now();
  const r = simulate(params, seed);
  all.push(performance.now() - t0);
  crashed = r.crashed;
  fleet = r.fleet;
}
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms: all[0], all, maxRssMB, crashed, fleet })}\n`);
