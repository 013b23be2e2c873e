// The fit on the command line: `npm run fit -- <scenario.json> [--free ...] [--targets ...]`.
// Candidates run on the command line's worker-thread pool (src/cli/pool.ts), one whole run per
// thread, every core by default; the result is the same for any number of threads, because each
// run depends only on its parameters and seed and the fitter reads the results in job order.
// Only the result (JSON) goes to standard output; progress and timing go to standard error.
// Bad input exits with status 2 and one line naming the problem; never a stack trace. The
// scenario goes through the same reading and validation as `npm run simulate`. Ctrl-C stops
// the fit after the current run and prints what it has.
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { evaluateTargets, combinedDistance } from '../calibration/evaluate.js';
import type { TargetFit } from '../calibration/types.js';
import { simulate } from '../engine/simulate.js';
import { checkFitOptions, fit, FitInputError, withValues, type Evaluate, type FitOptions } from '../fit/fit.js';
import { scaleParams } from '../fit/scale.js';
import { sequentialEvaluate } from '../fit/sequential.js';
import { resolveFree } from '../fit/space.js';
import { checkCrossField } from '../scenario/validate.js';
import { scenarioToParams } from '../scenario/scenario.js';
import { FIT_USAGE, parseFitArgs } from './fitArgs.js';
import { InputError, readScenario } from './main.js';
import { createNodePool, type NodePool, type PoolOptions } from './pool.js';

const METHOD = 'approximate Bayesian computation: adaptive population Monte Carlo (Lenormand, Jabot & Deffuant 2013) from a Latin-hypercube first wave, common random numbers across candidates';

/** A target's fit as JSON: the reading time as UTC, and no Infinity (JSON has none). */
function fitRow(f: TargetFit, publishAtMs: number) {
  return {
    id: f.id,
    label: f.label,
    at: f.atMinutes === null ? null : new Date(publishAtMs + f.atMinutes * 60000).toISOString(),
    model: f.model,
    value: f.value,
    range: f.range,
    verdict: f.verdict,
    met: f.met,
    gap: f.gap,
    distance: Number.isFinite(f.distance) ? f.distance : null,
    kind: f.kind,
    weight: f.weight,
    tolerance: f.tolerance,
  };
}

/** A fit can take minutes: refuse an --out it could not write before starting, not after. */
function checkWritable(path: string): void {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    accessSync(dirname(path), constants.W_OK);
  } catch (e) {
    throw new InputError(`--out ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const fail = (message: string): number => {
  process.stderr.write(`fit: ${message.split('\n').join('\nfit: ')}\n`);
  return 2;
};

/** Runs a fit's batches on the pool, whole runs spread over its threads, results in job order. */
export function poolEvaluate(pool: NodePool): Evaluate {
  return (batch, signal) => pool.runMany(batch, { signal });
}

export interface FitMainOptions {
  /** The pool's worker script (scripts/fit.mjs passes the bundle it built). */
  workerFile?: PoolOptions['workerFile'];
  /** Runs the candidates instead of the pool (tests). */
  evaluate?: Evaluate;
}

export async function fitMain(argv: readonly string[], opts: FitMainOptions = {}): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`fit: cannot write the result (${e.code ?? e.message})\n`);
    process.exit(1);
  });
  const args = parseFitArgs(argv);
  if (!args.ok) return fail(args.errors.join('\n'));
  const a = args.value;
  if (a.help) {
    process.stdout.write(FIT_USAGE);
    return 0;
  }
  const controller = new AbortController();
  const workers = a.workers ?? availableParallelism();
  let pool: NodePool | null = null;
  const closePool = async () => {
    await pool?.close();
    pool = null;
  };
  const onInterrupt = () => {
    process.stderr.write('fit: stopping after the current run (Ctrl-C again to quit at once)\n');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  try {
    const scenario = readScenario(a.scenario!);
    const base = scenarioToParams(scenario);
    const scaled = checkCrossField(scaleParams(base, a.scale));
    if (scaled.length) throw new InputError(`--scale ${a.scale}: ${a.scenario} at that scale breaks a rule: ${scaled[0]}`);
    const free = resolveFree(a.free, '--free');
    if (!free.ok) throw new InputError(free.errors.join('\n'));
    const seed = a.seed ?? scenario.seed;
    const options: FitOptions = {
      base, free: free.value, targets: a.targets, evaluate: sequentialEvaluate, seed, runs: a.runs, scale: a.scale,
      replicates: a.replicates, population: a.population, signal: controller.signal,
      onProgress: (p) => process.stderr.write(`fit: wave ${p.wave} (${p.phase}): ${p.runs}/${p.budget} runs, threshold ${p.epsilon.toPrecision(3)}, best ${p.bestDistance.toPrecision(3)}, accepted ${p.accepted}\n`),
    };
    const problems = checkFitOptions(options);
    if (problems.length) throw new InputError(problems.map((m) => `--${m}`).join('\n'));
    if (a.out) checkWritable(a.out);
    if (opts.evaluate) options.evaluate = opts.evaluate;
    else if (workers > 1) {
      pool = createNodePool(workers, { workerFile: opts.workerFile });
      options.evaluate = poolEvaluate(pool);
    }
    process.once('SIGINT', onInterrupt);
    const started = performance.now();
    const result = await fit(options);
    const fitSeconds = (performance.now() - started) / 1000;

    // The best values once more at full scale, on the scenario's seed: what `npm run simulate`
    // with the same --set flags prints.
    const publishAtMs = Date.parse(base.push.publishAt);
    let fullScale = null;
    if (result.best && result.stopped !== 'cancelled') {
      const params = withValues(base, result.best.values);
      const r = pool ? await pool.run(params, scenario.seed) : simulate(params, scenario.seed);
      const fits = evaluateTargets(r, a.targets);
      fullScale = { seed: scenario.seed, distance: combinedDistance(fits), fits: fits.map((f) => fitRow(f, publishAtMs)) };
    }
    process.removeListener('SIGINT', onInterrupt);
    await closePool();
    const setFlags = result.best ? Object.entries(result.best.values).map(([k, v]) => `--set ${k}=${v}`).join(' ') : '';
    const json = {
      scenario: scenario.name,
      method: METHOD,
      seed: result.seed,
      scale: result.scale,
      replicates: result.replicates,
      seeds: result.seeds,
      population: result.population,
      runs: result.runs,
      fullScaleRuns: fullScale ? 1 : 0,
      candidates: result.candidates,
      waves: result.waves,
      stopped: result.stopped,
      epsilon: result.epsilon,
      free: result.free,
      targets: result.targets,
      best: result.best && {
        values: result.best.values,
        distance: result.best.distance,
        fits: result.best.fits.map((f) => fitRow(f, publishAtMs)),
        fullScale,
        simulate: `npm run -s simulate -- ${a.scenario} ${setFlags}`,
      },
      posterior: result.posterior,
      history: result.history,
      accepted: result.accepted,
    };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    if (a.out) {
      try {
        writeFileSync(a.out, text);
      } catch (e) {
        throw new InputError(`--out ${a.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    } else process.stdout.write(text);
    const threads = pool || workers > 1 ? `${workers} worker threads` : 'the main thread';
    process.stderr.write(`fit: ${result.runs} runs at scale ${result.scale} in ${fitSeconds.toFixed(1)} s on ${threads} (${((fitSeconds * 1000) / Math.max(1, result.runs)).toFixed(0)} ms a run), stopped: ${result.stopped}\n`);
    return 0;
  } catch (e) {
    process.removeListener('SIGINT', onInterrupt);
    await closePool();
    if (e instanceof InputError) return fail(e.message);
    if (e instanceof FitInputError) return fail(`--${e.message}`);
    process.stderr.write(`fit: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
