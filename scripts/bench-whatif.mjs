// `npm run bench:whatif`: the what-if analyses from the command line, each in a fresh process on
// 2 worker threads, taken in turn BENCH_RUNS times (default 3; medians):
//   ensemble100  `simulate --runs 100 --vary both` on the July 2024 baseline, full scale
//   tenth200     200 runs at one-tenth scale, seeds and assumptions varied (bench/tenthRun.ts)
//   tornado      `simulate --sensitivity levers`: every lever at its low and high
// Wall time of the command's main (threads started included, npm's start-up not) and peak RSS.
// The page's comparison is timed by `npm run bench:browser` (d). Writes bench-results/whatif.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundle, root } from './bundle.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const TARGETS = { ensemble100Ms: 60_000, tenth200Ms: 10_000, tornadoMs: 60_000 };
const files = bundle({ benchCli: 'bench/cliPeak.ts', benchTenth: 'bench/tenthRun.ts', poolWorker: 'src/cli/poolWorker.ts' });
const tmp = mkdtempSync(join(tmpdir(), 'outage-bench-whatif-'));
const out = join(tmp, 'out.json');
const node = (file, args) => JSON.parse(execFileSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }));
const cli = (args) => {
  const r = node(files.benchCli, [files.poolWorker, out, 'scenarios/july-2024.json', '--workers', '2', ...args]);
  if (r.code !== 0) throw new Error(`simulate ${args.join(' ')} exited with ${r.code}`);
  return r;
};
const MEASURES = {
  ensemble100: () => cli(['--runs', '100', '--vary', 'both']),
  tenth200: () => node(files.benchTenth, [files.poolWorker, '2', '200']),
  tornado: () => cli(['--sensitivity', 'levers']),
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const times = Object.fromEntries(Object.keys(MEASURES).map((k) => [k, { ms: [], rssMB: 0 }]));
try {
  for (let i = 0; i < runs; i++) {
    const order = Object.keys(MEASURES);
    if (i % 2) order.reverse();
    for (const k of order) {
      process.stderr.write(`bench:whatif: round ${i + 1} of ${runs}: ${k}\n`);
      const r = MEASURES[k]();
      times[k].ms.push(r.ms);
      times[k].rssMB = Math.max(times[k].rssMB, r.maxRssMB);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const stat = (xs) => ({ median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)), n: xs.length });
const result = {
  what: 'what-if analyses from the command line, 2 worker threads, fresh process each, taken in turn',
  date: new Date().toISOString(),
  machine: `${cpus().length} cores (${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { ...stat(v.ms), peakRssMB: Math.round(v.rssMB), targetMs: TARGETS[`${k}Ms`] }])),
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'whatif.json'), `${JSON.stringify(result, null, 2)}\n`);
const LABEL = { ensemble100: '100-run full-scale ensemble', tenth200: '200 runs at one-tenth scale', tornado: 'tornado, every lever' };
console.log(`machine   ${result.machine}`);
for (const k of Object.keys(MEASURES)) {
  const r = result[k];
  console.log(`${LABEL[k].padEnd(30)} ${String(r.median).padStart(7)} ms (min ${r.min}, max ${r.max}, n ${r.n}); peak ${r.peakRssMB} MB; target <= ${r.targetMs} ms: ${r.median <= r.targetMs ? 'meets' : 'MISSES'}`);
}
console.log('written   bench-results/whatif.json');
