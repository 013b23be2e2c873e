// The command line: `npm run simulate -- <scenario.json> [--seed N] [--format json|csv] [--out FILE]
// [--workers N]`. Only the result goes to standard output; messages go to standard error. Bad
// input exits with status 2 and a message naming the file and field; never a stack trace. The run
// is split over one worker thread per core (src/cli/pool.ts), with the same result as on one.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { simulate } from '../engine/simulate.js';
import { summarize } from '../results/summary.js';
import { toSeries } from '../results/series.js';
import { toCsv } from '../results/csv.js';
import { checkCrossField } from '../scenario/validate.js';
import { problem, problemText } from '../scenario/problems.js';
import { runName } from '../scenario/runName.js';
import { baselineScenario, paramsHash, parseScenarioText, scenarioToParams, type Scenario } from '../scenario/scenario.js';
import { hashText } from '../scenario/hash.js';
import { parseOrgText, type Organisation } from '../scenario/org.js';
import { runOrg } from '../org/runOrg.js';
import { serviceImpact } from '../services/impact.js';
import { ensembleRuns, tornadoInputs, tornadoPlan, tornadoRows, variedKeys } from '../ensemble/index.js';
import { bandedPart, bandsOf, type BandedSeries } from '../results/bands.js';
import type { Summary } from '../results/summary.js';
import type { Params, SimResult } from '../engine/types.js';
import { ensembleJson, sensitivityCsv, sensitivityJson } from './analysisJson.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';
import { createNodePool, type NodePool } from './pool.js';
import { resultJson } from './resultJson.js';

export class InputError extends Error {}

function readText(path: string, what: 'scenario' | 'organisation'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new InputError(problemText(problem(path, '', what === 'scenario' ? 'file.unreadable' : 'file.unreadableOrg', { why })));
  }
}

function readOrg(path: string): Organisation {
  const parsed = parseOrgText(readText(path, 'organisation'), path);
  if (!parsed.ok) throw new InputError(parsed.errors.map(problemText).join('\n'));
  return parsed.value;
}

export function readScenario(path: string): Scenario {
  const parsed = parseScenarioText(readText(path, 'scenario'), path);
  if (!parsed.ok) throw new InputError(parsed.errors.map(problemText).join('\n'));
  for (const w of parsed.warnings) process.stderr.write(`note: ${problemText(w)}\n`);
  return parsed.value;
}

export interface MainOptions {
  /** The pool's worker script (scripts/simulate.mjs passes the bundle it built). */
  workerFile?: string;
}

/** Ctrl-C during a run. */
class Cancelled extends Error {}

export async function main(argv: readonly string[], opts: MainOptions = {}): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error worth a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`simulate: cannot write the result (${e.code ?? e.message})\n`);
    process.exit(1);
  });
  const args = parseArgs(argv);
  if (!args.ok) {
    // One line: what is wrong and where the options are listed (the full usage would bury it).
    const [first, ...rest] = args.errors.map((m) => m.replace(/ \(see --help\)$/, ''));
    const more = rest.length ? `; ${rest.length} more problem${rest.length > 1 ? 's' : ''}` : '';
    process.stderr.write(`simulate: ${first}${more} (see --help)\n`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const a = args.value;
  const workers = a.workers ?? availableParallelism();
  // Started first, so the threads load while the scenario is read.
  let pool: NodePool | null = workers > 1 && a.org === null ? createNodePool(workers, { workerFile: opts.workerFile }) : null;
  const cancel = new AbortController();
  const onInterrupt = () => cancel.abort(new Cancelled());
  if (pool) process.once('SIGINT', onInterrupt);
  try {
    const base = a.scenario === null ? baselineScenario() : readScenario(a.scenario);
    const org = a.org === null ? null : readOrg(a.org);
    const scenario: Scenario = { ...base, seed: a.seed ?? base.seed, params: { ...base.params, ...a.set } };
    const scenarioParams = scenarioToParams(scenario);
    const cross = checkCrossField(scenarioParams, `${a.scenario ?? 'baseline'} with --set`);
    if (cross.length) throw new InputError(cross.map(problemText).join('\n'));
    const runMany = (jobs: { params: Params; seed: number }[], onResult: (i: number, r: SimResult) => void): Promise<unknown> =>
      (pool ? pool.runMany(jobs, { onResult, signal: cancel.signal, keep: false }) : Promise.resolve(jobs.forEach((j, i) => onResult(i, simulate(j.params, j.seed)))));
    if (a.sensitivity) {
      const text = await sensitivity(a, scenario, scenarioParams, runMany);
      await pool?.close();
      pool = null;
      write(a.out, text);
      return 0;
    }
    // An organisation runs its own fleet under the scenario, with its own answers applied (on
    // this thread: an organisation's fleet is small). The whole fleet runs on the pool.
    const run = org ? runOrg(org, scenarioParams, scenario.seed) : null;
    const params = run ? run.params : scenarioParams;
    const result = run ? run.result
      : pool ? await pool.run(params, scenario.seed, { signal: cancel.signal }) : simulate(params, scenario.seed);
    // An ensemble around the run: each member is reduced to what its bands need as it arrives.
    const ensemble = a.runs === null ? null : await (async () => {
      const req = { runs: a.runs!, vary: a.vary, low: a.percentiles[0], high: a.percentiles[1] };
      const members = ensembleRuns(params, scenario.seed, req);
      const kept: { series: BandedSeries; summary: Summary }[] = new Array(members.length);
      await runMany(members.map((m) => ({ params: m.params, seed: m.seed })), (i, r) => {
        const s = toSeries(r);
        kept[i] = { series: bandedPart(s), summary: summarize(r, members[i]!.params, s) };
      });
      return { req, bands: bandsOf(kept, req.low, req.high), varied: variedKeys(params, req) };
    })();
    await pool?.close();
    pool = null;
    const impact = run ? run.impact : serviceImpact(result, params);
    const series = toSeries(result);
    // The hash ties a result to its inputs: the organisation is one of them.
    const hash = org ? hashText(JSON.stringify([paramsHash(scenario), org])) : paramsHash(scenario);
    const text = a.format === 'csv'
      // The same notes as the page's CSV, without a link: the run's name says what --set and --seed
      // changed; the scenario is the one the file was edited from, if it says so.
      ? toCsv(series, result, {
        run: runName(base, scenario), scenario: base.basedOn?.name ?? base.name, seed: scenario.seed, paramsHash: hash,
        ...(org ? { hashCovers: 'every parameter value, the seed and the organisation' } : {}),
      }, impact, ensemble?.bands.series ?? null)
      : `${JSON.stringify({
        ...resultJson(scenario, hash, result, summarize(result, params, series), impact, org),
        ...(ensemble ? { ensemble: ensembleJson(ensemble.req, ensemble.varied, ensemble.bands.summary) } : {}),
      }, null, 2)}\n`;
    write(a.out, text);
    return 0;
  } catch (e) {
    if (e instanceof Cancelled) {
      process.stderr.write('simulate: cancelled\n');
      return 130;
    }
    if (e instanceof InputError) {
      process.stderr.write(`simulate: ${e.message.split('\n').join('\nsimulate: ')}\n`);
      return 2;
    }
    process.stderr.write(`simulate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
    await pool?.close();
  }
}

function write(out: string | null, text: string): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new InputError(`--out ${out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The ranking: the scenario, then each input at its low and high, on the same seed. */
async function sensitivity(
  a: CliArgs, scenario: Scenario, params: Params,
  runMany: (jobs: { params: Params; seed: number }[], onResult: (i: number, r: SimResult) => void) => Promise<unknown>,
): Promise<string> {
  const plan = tornadoPlan(params, scenario.seed, tornadoInputs(a.sensitivity!));
  const summaries: Summary[] = new Array(plan.runs.length);
  await runMany(plan.runs, (i, r) => {
    summaries[i] = summarize(r, plan.runs[i]!.params);
  });
  const rows = tornadoRows(plan, summaries, a.figure, params.run.horizonDays * 24);
  return a.format === 'csv'
    ? sensitivityCsv(a.figure, rows)
    : `${JSON.stringify(sensitivityJson(scenario, paramsHash(scenario), a.sensitivity!, a.figure, rows), null, 2)}\n`;
}
