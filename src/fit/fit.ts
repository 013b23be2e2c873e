// Fitting the model to the record: which values of the free parameters make the model meet the
// chosen calibration targets, and how far those values can move while it still does.
//
// Method: approximate Bayesian computation by adaptive population Monte Carlo (APMC; Lenormand,
// Jabot & Deffuant, "Adaptive approximate Bayesian computation for complex models", Computational
// Statistics 28, 2013), with a Latin-hypercube first wave.
// - The prior is uniform over each free parameter's range (log-uniform for wide positive ranges,
//   space.ts). Wave 0 is a Latin hypercube of `population` candidates.
// - A candidate's distance is the weighted root mean square of its targets' misses in tolerances
//   (0 when every target is inside its range; src/calibration/evaluate.ts). The best `keepShare`
//   of the population is kept, and the distance of the last one kept is the threshold ε.
// - Each later wave draws `population - kept` candidates from the kept ones, moved by a normal
//   kernel with twice their weighted covariance (Beaumont et al., Biometrika 96, 2009), weighs
//   them by prior / proposal density, keeps the best again, and lowers ε. It stops when fewer
//   than `minAcceptance` of a wave's candidates beat the previous ε (no more progress), or when
//   the budget of runs is spent.
// - Once ε reaches 0 (every target met), the waves go on drawing around the candidates that meet
//   every target, and all of them, with their importance weights, form the accepted sets: a
//   sample of the parameter values consistent with the record within the targets' ranges.
//
// Why this and not a surrogate-guided search: a run is cheap at reduced scale (0.1-0.2 s), the
// targets are few and the free parameters are 1-6, so an emulator would cost more to build and to
// trust than the runs it saves; and ABC's accepted sets are the uncertainty the ensemble needs,
// which an optimiser does not give. APMC needs no tuned threshold schedule (ε follows the
// population) and evaluates fixed-size batches, which keeps a worker pool busy.
//
// Noise: every candidate is run with the same `replicates` seeds (common random numbers), and
// its measures are averaged over them. At reduced scale the seed-to-seed spread is several times
// the full-scale one (docs/MODEL.md); with shared seeds, differences between candidates come
// from their parameters rather than from luck, so the threshold does not reward a lucky draw.
// The price is that the fit holds for those seeds' fleets; more replicates make that smaller.
//
// Determinism: every random number comes from one seeded stream (engine/random.ts, seedrandom's
// xor128), drawn in a fixed order before each batch is evaluated, so the result is the same for a
// seed however `evaluate` spreads the batch over threads.
import { problemText } from '../scenario/problems.js';
import { setPath } from '../engine/params.js';
import { normal, Random } from '../engine/random.js';
import type { Params, SimResult } from '../engine/types.js';
import { combinedDistance, evaluateTarget, judge, targetMinutes } from '../calibration/evaluate.js';
import type { Target, TargetFit } from '../calibration/types.js';
import { toSeries } from '../results/series.js';
import { checkCrossField } from '../scenario/validate.js';
import { latinHypercube } from '../ensemble/latinHypercube.js';
import { scaleParams } from './scale.js';
import { fromUnit, type FreeParam } from './space.js';
import { cholesky, normalDensity, weightedMoments, weightedQuantile } from './weighted.js';

/** One simulation to run: parameters (already scaled) and a seed. */
export interface FitJob {
  params: Params;
  seed: number;
}

/** Runs a batch of simulations and returns their results in the same order. */
export type Evaluate = (batch: readonly FitJob[], signal?: AbortSignal) => Promise<SimResult[]>;

export interface FitProgress {
  wave: number;
  phase: 'explore' | 'shrink' | 'refine';
  /** Simulations run so far, and the budget. */
  runs: number;
  budget: number;
  epsilon: number;
  /** Candidates in the accepted set so far. */
  accepted: number;
  bestDistance: number;
}

export interface FitOptions {
  /** The scenario's parameters at full scale; free parameters are set on top of them. */
  base: Params;
  free: readonly FreeParam[];
  targets: readonly Target[];
  evaluate: Evaluate;
  seed: number;
  /** Budget: simulations (candidates x replicates) at most. */
  runs: number;
  /** Share of the fleet and customers simulated, 0 < scale <= 1. Default 1. */
  scale?: number;
  /** How many seeds each candidate runs with, shared by all candidates. Default 1. */
  replicates?: number;
  /** The seeds themselves (then `replicates` is their number); default: drawn from `seed`. */
  seeds?: readonly number[];
  /** Candidates per population. Default 40 (fewer if the budget is small). */
  population?: number;
  /** Share of a population kept for the next wave. Default 0.5. */
  keepShare?: number;
  /** Stop when fewer than this share of a wave's candidates beat the previous threshold. Default 0.05. */
  minAcceptance?: number;
  signal?: AbortSignal;
  onProgress?: (p: FitProgress) => void;
}

export interface FitCandidate {
  /** Free parameter values, by key. */
  values: Record<string, number>;
  distance: number;
  /** Normalised importance weight within the accepted sets (0 outside them). */
  weight: number;
}

export interface FitResult {
  free: FreeParam[];
  targets: string[];
  seed: number;
  scale: number;
  replicates: number;
  /** The seeds every candidate ran with. */
  seeds: number[];
  population: number;
  /** Simulations run and candidates tried. */
  runs: number;
  candidates: number;
  waves: number;
  stopped: 'budget' | 'converged' | 'cancelled';
  /** The accepted sets meet the targets within this combined distance (0: every target met). */
  epsilon: number;
  /** Each wave: candidates, the threshold after it, and the share that beat the one before. */
  history: { wave: number; candidates: number; epsilon: number; acceptance: number }[];
  /** The best candidate, with each target's fit (model values averaged over the seeds); null if nothing ran. */
  best: { values: Record<string, number>; distance: number; fits: TargetFit[] } | null;
  accepted: FitCandidate[];
  /** Weighted summary of the accepted sets per free parameter. */
  posterior: { key: string; mean: number; sd: number; q05: number; q50: number; q95: number }[];
}

interface Particle {
  u: Float64Array;
  values: Record<string, number>;
  weight: number;
  distance: number;
  fits: TargetFit[];
  index: number;
}

/** The options cannot be fitted as given (bad values, or free ranges where no set passes the scenario rules). */
export class FitInputError extends Error {}

export const FIT_DEFAULTS = { population: 40, keepShare: 0.5, minAcceptance: 0.05, replicates: 1, scale: 1 } as const;
const MAX_DRAWS = 1000;

/** Problems with the options, as messages naming the option; empty when the fit can start. */
export function checkFitOptions(o: FitOptions): string[] {
  const e: string[] = [];
  const replicates = o.seeds?.length ?? o.replicates ?? FIT_DEFAULTS.replicates;
  const scale = o.scale ?? FIT_DEFAULTS.scale;
  for (const s of o.seeds ?? []) if (!Number.isInteger(s) || s < 0 || s > 0xffffffff) e.push(`seeds: got ${s}; expected whole numbers from 0 to 4294967295`);
  if (!Number.isInteger(replicates) || replicates < 1 || replicates > 100) e.push(`replicates: got ${replicates}; expected a whole number from 1 to 100`);
  if (!Number.isInteger(o.runs) || o.runs < 1) e.push(`runs: got ${o.runs}; expected a whole number of simulations`);
  else if (Number.isInteger(replicates) && replicates >= 1 && Math.floor(o.runs / replicates) < 4) {
    e.push(`runs: ${o.runs} runs with ${replicates} seed(s) each is ${Math.floor(o.runs / replicates)} candidate(s); at least 4 are needed`);
  }
  if (!(scale > 0 && scale <= 1)) e.push(`scale: got ${scale}; expected a number above 0 and at most 1`);
  const pop = o.population ?? FIT_DEFAULTS.population;
  if (!Number.isInteger(pop) || pop < 4 || pop > 10000) e.push(`population: got ${pop}; expected a whole number from 4 to 10000`);
  const keep = o.keepShare ?? FIT_DEFAULTS.keepShare;
  if (!(keep > 0 && keep < 1)) e.push(`keepShare: got ${keep}; expected a share above 0 and below 1`);
  const minAcc = o.minAcceptance ?? FIT_DEFAULTS.minAcceptance;
  if (!(minAcc >= 0 && minAcc < 1)) e.push(`minAcceptance: got ${minAcc}; expected a share from 0 to below 1`);
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) e.push(`seed: got ${o.seed}; expected a whole number from 0 to 4294967295`);
  if (o.free.length === 0) e.push('free: no free parameters');
  if (o.targets.length === 0) e.push('targets: no targets');
  const horizon = o.base.run.horizonDays * 1440;
  const publishAtMs = Date.parse(o.base.push.publishAt);
  for (const t of o.targets) {
    const at = targetMinutes({ publishAtMs }, t);
    if (typeof at === 'number' && (at > horizon || at < 0)) {
      e.push(`targets ${t.id}: read ${(at / 60).toFixed(1)} h after publish, outside the run (0 to ${o.base.run.horizonDays * 24} h)`);
    }
  }
  return e;
}

/** The scenario's parameters with the free values set (full scale). */
export function withValues(base: Params, values: Readonly<Record<string, number>>): Params {
  const p = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) setPath(p, k, v);
  return p as unknown as Params;
}

export async function fit(o: FitOptions): Promise<FitResult> {
  const problems = checkFitOptions(o);
  if (problems.length) throw new FitInputError(problems.join('\n'));
  const scale = o.scale ?? FIT_DEFAULTS.scale;
  const replicates = o.seeds?.length ?? o.replicates ?? FIT_DEFAULTS.replicates;
  const keepShare = o.keepShare ?? FIT_DEFAULTS.keepShare;
  const minAcceptance = o.minAcceptance ?? FIT_DEFAULTS.minAcceptance;
  const d = o.free.length;
  const rng = new Random(o.seed, 'fit');
  const drawn = Array.from({ length: replicates }, () => Math.floor(rng.next() * 0x100000000));
  const seeds = o.seeds ? [...o.seeds] : drawn;
  let left = Math.floor(o.runs / replicates);
  const population = Math.min(o.population ?? FIT_DEFAULTS.population, left);
  const nKeep = Math.max(2, Math.min(population - 1, Math.round(keepShare * population)));

  const valuesAt = (u: Float64Array) => Object.fromEntries(o.free.map((p, i) => [p.key, fromUnit(p, u[i]!)]));
  const valid = (values: Record<string, number>): string[] => {
    const p = withValues(o.base, values);
    const e = checkCrossField(p);
    return (e.length ? e : checkCrossField(scaleParams(p, scale))).map(problemText);
  };

  const all: Particle[] = [];
  const history: FitResult['history'] = [];
  let runs = 0;
  let stopped: FitResult['stopped'] = 'budget';

  /** Runs a batch of unit points; null if cancelled. */
  const evaluateWave = async (points: { u: Float64Array; weight: number }[]): Promise<Particle[] | null> => {
    const values = points.map((p) => valuesAt(p.u));
    const jobs: FitJob[] = [];
    for (const v of values) {
      const params = scaleParams(withValues(o.base, v), scale);
      for (const seed of seeds) jobs.push({ params, seed });
    }
    if (o.signal?.aborted) return null;
    let results: SimResult[];
    try {
      results = await o.evaluate(jobs, o.signal);
    } catch (err) {
      if (o.signal?.aborted) return null;
      throw err;
    }
    if (results.length !== jobs.length) throw new Error(`evaluate returned ${results.length} results for ${jobs.length} runs`);
    runs += jobs.length;
    return points.map((p, i) => {
      const fits = averagedFits(o.targets, results.slice(i * replicates, (i + 1) * replicates), scale);
      const particle: Particle = { u: p.u, values: values[i]!, weight: p.weight, distance: combinedDistance(fits), fits, index: all.length };
      all.push(particle);
      return particle;
    });
  };

  // Wave 0: a Latin hypercube over the prior; points breaking a cross-field rule are redrawn.
  const lhs = latinHypercube(population, d, rng).map((u) => {
    for (let tries = 0; ; tries++) {
      const e = valid(valuesAt(u));
      if (e.length === 0) return { u, weight: 1 };
      if (tries >= MAX_DRAWS) throw new FitInputError(`free: no valid parameter set found in ${MAX_DRAWS} draws (${e[0]})`);
      u = Float64Array.from({ length: d }, () => rng.next());
    }
  });
  const first = await evaluateWave(lhs);
  let wave = 0;
  let kept: Particle[] = [];
  let epsilon = Infinity;
  let zeroSet: Particle[] = [];
  const report = (phase: FitProgress['phase']) =>
    o.onProgress?.({
      wave, phase, runs, budget: Math.floor(o.runs / replicates) * replicates, epsilon,
      accepted: epsilon === 0 ? zeroSet.length : kept.length, bestDistance: all.reduce((m, p) => Math.min(m, p.distance), Infinity),
    });
  if (first === null) stopped = 'cancelled';
  else {
    left -= first.length;
    kept = byDistance(first).slice(0, nKeep);
    epsilon = kept[kept.length - 1]!.distance;
    zeroSet = first.filter((p) => p.distance === 0);
    history.push({ wave, candidates: first.length, epsilon, acceptance: 1 });
    report('explore');
  }

  while (stopped !== 'cancelled' && left > 0) {
    wave++;
    const refining = epsilon === 0;
    // The kernel is built on the kept candidates, or on all that meet every target once some do.
    const source = refining ? zeroSet : kept;
    const kernel = makeKernel(source, d);
    const n = Math.min(population - nKeep, left);
    const points: { u: Float64Array; weight: number }[] = [];
    for (let i = 0; i < n; i++) {
      let u: Float64Array | null = null;
      for (let tries = 0; u === null; tries++) {
        if (tries >= MAX_DRAWS) throw new FitInputError(`free: no valid parameter set found near the kept candidates in ${MAX_DRAWS} draws`);
        const from = source[pickIndex(kernel.weights, rng)]!;
        const x = Float64Array.from({ length: d }, () => normal(rng));
        const y = new Float64Array(d);
        for (let a = 0; a < d; a++) {
          let s = from.u[a]!;
          for (let b = 0; b <= a; b++) s += kernel.l[a * d + b]! * x[b]!;
          y[a] = s;
        }
        if (y.every((v) => v >= 0 && v <= 1) && valid(valuesAt(y)).length === 0) u = y;
      }
      // Importance weight: a uniform prior over the cube divided by the proposal's density.
      let q = 0;
      for (let j = 0; j < source.length; j++) q += kernel.weights[j]! * normalDensity(u, source[j]!.u, kernel.l, d);
      points.push({ u, weight: 1 / q });
    }
    const fresh = await evaluateWave(points);
    if (fresh === null) {
      stopped = 'cancelled';
      break;
    }
    left -= fresh.length;
    const acceptance = fresh.filter((p) => (refining ? p.distance === 0 : p.distance < epsilon)).length / fresh.length;
    if (refining) zeroSet = zeroSet.concat(fresh.filter((p) => p.distance === 0));
    else {
      kept = byDistance(kept.concat(fresh)).slice(0, nKeep);
      epsilon = kept[kept.length - 1]!.distance;
      if (epsilon === 0) zeroSet = all.filter((p) => p.distance === 0);
    }
    history.push({ wave, candidates: fresh.length, epsilon, acceptance });
    report(refining ? 'refine' : 'shrink');
    if (!refining && epsilon > 0 && acceptance < minAcceptance) {
      stopped = 'converged';
      break;
    }
  }

  const accepted = epsilon === 0 ? zeroSet : kept;
  const wsum = accepted.reduce((s, p) => s + p.weight, 0);
  const weights = accepted.map((p) => p.weight / wsum);
  const posterior = o.free.map((f) => {
    const xs = accepted.map((p) => p.values[f.key]!);
    const mean = xs.reduce((s, x, i) => s + weights[i]! * x, 0);
    const sd = Math.sqrt(xs.reduce((s, x, i) => s + weights[i]! * (x - mean) ** 2, 0));
    return { key: f.key, mean, sd, q05: weightedQuantile(xs, weights, 0.05), q50: weightedQuantile(xs, weights, 0.5), q95: weightedQuantile(xs, weights, 0.95) };
  });
  const best = pickBest(all, accepted, weights, d);
  return {
    free: o.free.map((f) => ({ ...f })),
    targets: o.targets.map((t) => t.id),
    seed: o.seed, scale, replicates, seeds, population, runs, candidates: all.length, waves: history.length, stopped, epsilon, history,
    best: best && { values: best.values, distance: best.distance, fits: best.fits },
    accepted: accepted.map((p, i) => ({ values: p.values, distance: p.distance, weight: weights[i]! })),
    posterior: accepted.length ? posterior : [],
  };
}

/** Each target's fit with the model value averaged over one candidate's runs. */
export function averagedFits(targets: readonly Target[], results: readonly SimResult[], scale: number): TargetFit[] {
  const per = results.map((r) => {
    const series = toSeries(r);
    return targets.map((t) => evaluateTarget(r, t, series, scale));
  });
  return targets.map((t, k) => {
    const models = per.map((fits) => fits[k]!.model);
    const mean = models.some((m) => m === null) ? null : (models as number[]).reduce((s, m) => s + m, 0) / models.length;
    return judge(t, mean, per[0]![k]!.atMinutes);
  });
}

const byDistance = (ps: Particle[]): Particle[] => [...ps].sort((a, b) => a.distance - b.distance || a.index - b.index);

/** Normal kernel with twice the weighted covariance of the particles, and their normalised weights. */
function makeKernel(ps: readonly Particle[], d: number): { l: Float64Array; weights: number[] } {
  const wsum = ps.reduce((s, p) => s + p.weight, 0);
  const weights = ps.map((p) => p.weight / wsum);
  const { cov } = weightedMoments(ps.map((p) => p.u), weights);
  // A floor on each variance (sd 0.5% of the range) keeps the kernel moving when the kept
  // candidates nearly coincide in some direction.
  const m = cov.map((v) => 2 * v);
  for (let a = 0; a < d; a++) m[a * d + a] = Math.max(m[a * d + a]!, 2.5e-5);
  let l = cholesky(m, d);
  if (l === null) {
    const diag = new Float64Array(d * d);
    for (let a = 0; a < d; a++) diag[a * d + a] = m[a * d + a]!;
    l = cholesky(diag, d)!;
  }
  return { l, weights };
}

function pickIndex(weights: readonly number[], rng: Random): number {
  let x = rng.next();
  for (let i = 0; i < weights.length - 1; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * The best candidate: when several meet every target, the one nearest the accepted sets' weighted
 * mean (in units of their spread), i.e. the most typical; otherwise the one with the smallest
 * distance (the earliest on ties).
 */
function pickBest(all: readonly Particle[], accepted: readonly Particle[], weights: readonly number[], d: number): Particle | null {
  if (all.length === 0) return null;
  const meeting = accepted.filter((p) => p.distance === 0);
  if (meeting.length < 2) return byDistance([...all])[0]!;
  const { mean, cov } = weightedMoments(accepted.map((p) => p.u), weights);
  const sd = Array.from({ length: d }, (_, a) => Math.sqrt(cov[a * d + a]!) || 1);
  let best = meeting[0]!;
  let bestScore = Infinity;
  for (const p of meeting) {
    let s = 0;
    for (let a = 0; a < d; a++) s += ((p.u[a]! - mean[a]!) / sd[a]!) ** 2;
    if (s < bestScore) {
      bestScore = s;
      best = p;
    }
  }
  return best;
}
