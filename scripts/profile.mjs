// `npm run bench:profile`: where a full-scale baseline run spends its time, by stage. Runs the
// engine (bench/engineRun.ts, one thread) under V8's sampling profiler in a fresh process
// (BENCH_PROFILE_RUNS runs, default 4; the first, cold, included) and sums the samples of each stage's
// functions (inlined functions are kept apart by the profiler). Shares are of the sampled time;
// on a busy machine the milliseconds stretch but the shares hold.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, root } from './bundle.mjs';

const runs = Number(process.env.BENCH_PROFILE_RUNS ?? 4);
const files = bundle({ benchEngine: 'bench/engineRun.ts' });
const dir = mkdtempSync(join(tmpdir(), 'outage-profile-'));
execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, files.benchEngine, '1', String(runs)], { cwd: root, stdio: 'ignore' });
const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'));
rmSync(dir, { recursive: true, force: true });

/** Stage of a function, by its name and the source file esbuild marked above it in the bundle. */
const STAGES = [
  ['fleet build', /^(buildFleet|apportion|apportionInto|pick|normal|push@fleet|grow)$/],
  ['prepare (push plan, work-hour curves)', /^(prepare|planPush|buildGroups|exposureDist|onShare|capacityCurves?|curveFrom|staffFactor|nextOpenIndex|localClock|hour|dayIndex|isWeekend|wd|local|makeBins|streamKey|reseed|SiteRunner|newAccumulator|Milestones)$/],
  ['push: exposure count and times', /^(push@site)$/],
  ['crash: kernel split, crash histogram', /^crash$/],
  ['binomial draws', /^(binomial|inversion|btrs|stirlingTail)$/],
  ['boot loop', /^bootLoop$/],
  ['repair draw', /^repairDraw$/],
  ['queue (incl. capacity walk)', /^(onsiteOrder|queue|when|capAt|classOf|key)$/],
  ['record: recovery histogram, down time', /^(record|binIndex)$/],
  ['site table milestones', /^(take|write|milestoneRank)$/],
  ['random numbers', /^(next|reseedBlock|fmix)$/],
  ['site set-up and tallies', /^(run|runSites|runShard)$/],
  ['finish', /^(finish|marginals)$/],
  ['garbage collection', /^\(garbage collector\)$/],
];

// Which source file each bundle line belongs to (esbuild writes "// src/engine/site.ts" markers).
const bundleLines = readFileSync(files.benchEngine, 'utf8').split('\n');
const fileAt = [];
let current = '';
bundleLines.forEach((l, i) => {
  const m = /^\/\/ (?:\.\.\/)*(src\/[\w/]+\.ts|bench\/[\w/]+\.ts)$/.exec(l);
  if (m) current = m[1];
  fileAt[i] = current;
});

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const f = nodes.get(id).callFrame;
  let name = f.functionName || '(anonymous)';
  if (name === 'push') name = fileAt[f.lineNumber]?.endsWith('site.ts') ? 'push@site' : 'push@fleet';
  self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const idle = (self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0);
let total = 0;
for (const [k, v] of self) if (k !== '(idle)' && k !== '(program)') total += v;
const byStage = new Map(STAGES.map(([s]) => [s, 0]));
let other = 0;
const unplaced = new Map();
for (const [name, ms] of self) {
  if (name === '(idle)' || name === '(program)') continue;
  const stage = STAGES.find(([, re]) => re.test(name));
  if (stage) byStage.set(stage[0], byStage.get(stage[0]) + ms);
  else {
    other += ms;
    unplaced.set(name, ms);
  }
}
console.log(`profile of ${runs} full-scale baseline runs, per run:`);
for (const [stage, ms] of [...byStage].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${stage.padEnd(40)} ${String(Math.round(ms / (runs))).padStart(5)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}
const top = [...unplaced].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${((100 * ms) / total).toFixed(1)}%`).join(', ');
console.log(`  ${'other (start-up, parameters, ...)'.padEnd(40)} ${String(Math.round(other / (runs))).padStart(5)} ms  ${((100 * other) / total).toFixed(1).padStart(5)}%   ${top}`);
console.log(`  (idle or outside JavaScript: ${Math.round(idle / (runs))} ms per run)`);
