// One full-scale run in a fresh process: prints wall time of prepare + simulate and peak RSS.
import { simulate } from '../src/engine/simulate.js';
import { defaultParams } from '../src/engine/params.js';

const params = defaultParams();
const seed = Number(process.argv[2] ?? 1);
const t0 = performance.now();
const r = simulate(params, seed);
const ms = performance.now() - t0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, maxRssMB, crashed: r.crashed, fleet: r.fleet })}\n`);
