// An ensemble at one-tenth scale in a fresh process: `node tenthRun.mjs <workerFile> <workers> <runs>`.
// The July 2024 baseline's parameters scaled to a tenth of the fleet and customers (as the fit and
// the page's preview run it), seeds and assumptions varied, spread over the pool and each run
// reduced to its bands' columns as it arrives, as the command line's ensemble does. Prints JSON
// with the wall time (threads started included) and the process's peak RSS.
import { createNodePool } from '../src/cli/pool.js';
import { defaultParams } from '../src/engine/params.js';
import { ensembleRuns } from '../src/ensemble/design.js';
import { scaleParams } from '../src/fit/scale.js';
import { bandedPart, bandsOf, summarize, toSeries, type BandedSeries, type Summary } from '../src/results/index.js';

const [workerFile, workers, runs] = process.argv.slice(2);
const t0 = performance.now();
const base = scaleParams(defaultParams(), 0.1);
const req = { runs: Number(runs), vary: 'both' as const, low: 5, high: 95 };
const members = ensembleRuns(base, 1, req);
const pool = createNodePool(Number(workers), { workerFile });
const kept: { series: BandedSeries; summary: Summary }[] = new Array(members.length);
await pool.runMany(members, {
  keep: false,
  onResult: (i, r) => {
    const s = toSeries(r);
    kept[i] = { series: bandedPart(s), summary: summarize(r, members[i]!.params, s) };
  },
});
const bands = bandsOf(kept, req.low, req.high);
await pool.close();
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, runs: members.length, crashedP50: bands.summary.crashed.mid, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
