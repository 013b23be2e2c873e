// An ensemble's runs: the scenario's parameters with the seed, the uncertain assumptions, or
// both varied. Assumptions are drawn from their plausible ranges (the registry's `plausible`) by
// a Latin hypercube, so even 20 runs spread over every range; whole-number parameters are
// rounded. Everything follows from the ensemble's own seed: the same request gives the same runs.
//
// A fit's accepted sets (src/fit) can take the place of the plausible ranges for the keys they
// hold: each run then takes one set, resampled by the sets' importance weights, so the ensemble
// carries the uncertainty the record leaves in those values, jointly (a set's values belong
// together: a low staff level is accepted only with a high self-recovery, say).
import { PARAM_BY_KEY, PARAM_SPECS, getPath, setPath } from '../engine/params.js';
import { streamRng, type Random } from '../engine/random.js';
import type { Params } from '../engine/types.js';
import { latinHypercube } from './latinHypercube.js';

export type Vary = 'seed' | 'assumptions' | 'both';
export const VARY: readonly Vary[] = ['seed', 'assumptions', 'both'];

export interface EnsembleRequest {
  runs: number;
  vary: Vary;
  /** Keys to vary (registry keys with a plausible range); default: every such key. */
  keys?: readonly string[];
  /** Percentiles of the band edges. */
  low: number;
  high: number;
  /**
   * A fit's accepted sets: registry values by key, with importance weights. The keys they hold
   * are drawn from them, whatever `keys` says and even when the scenario sets them (applying the
   * fit's best values does; the sets are those values' uncertainty); the other keys as usual.
   * Used when assumptions vary (not with vary 'seed').
   */
  sets?: readonly EnsembleSet[];
}

export interface EnsembleSet {
  values: Readonly<Record<string, number>>;
  weight: number;
}

export interface EnsembleRun {
  params: Params;
  seed: number;
  /** The assumption values this run used (empty when only the seed varies). */
  values: Record<string, number>;
}

export const MAX_ENSEMBLE_RUNS = 1000;

/** Every registry key an ensemble can vary. */
export function uncertainKeys(): string[] {
  return PARAM_SPECS.filter((s) => s.plausible).map((s) => s.key);
}

export function checkRequest(r: EnsembleRequest): string[] {
  const e: string[] = [];
  if (!Number.isInteger(r.runs) || r.runs < 2 || r.runs > MAX_ENSEMBLE_RUNS) e.push(`runs: got ${r.runs}; expected a whole number from 2 to ${MAX_ENSEMBLE_RUNS}`);
  if (!VARY.includes(r.vary)) e.push(`vary: got ${JSON.stringify(r.vary)}; expected seed, assumptions or both`);
  if (!(r.low >= 0 && r.high <= 100 && r.low < 50 && r.high > 50)) e.push(`percentiles: got ${r.low} and ${r.high}; expected a low below 50 and a high above 50, within 0-100`);
  for (const k of r.keys ?? []) {
    const spec = PARAM_BY_KEY.get(k);
    if (!spec) e.push(`${k}: unknown parameter`);
    else if (!spec.plausible) e.push(`${k}: has no plausible range to vary (not an assumption)`);
  }
  if (r.sets !== undefined) e.push(...checkSets(r.sets, r.vary));
  return e;
}

export const MAX_ENSEMBLE_SETS = 100_000;

function checkSets(sets: readonly EnsembleSet[], vary: Vary): string[] {
  const e: string[] = [];
  if (vary === 'seed') e.push('sets: only used when assumptions vary; got vary "seed"');
  if (sets.length === 0 || sets.length > MAX_ENSEMBLE_SETS) {
    e.push(`sets: got ${sets.length}; expected 1 to ${MAX_ENSEMBLE_SETS} parameter sets`);
    return e;
  }
  const keys = Object.keys(sets[0]!.values).sort();
  if (keys.length === 0) e.push('sets: the sets hold no parameter values');
  for (const k of keys) {
    const spec = PARAM_BY_KEY.get(k);
    if (!spec) e.push(`sets ${k}: unknown parameter`);
    else if (spec.kind === 'datetime') e.push(`sets ${k}: a date and time cannot be drawn from sets`);
  }
  let total = 0;
  sets.forEach((s, i) => {
    if (!(Number.isFinite(s.weight) && s.weight >= 0)) e.push(`sets[${i}].weight: got ${s.weight}; expected a number of at least 0`);
    else total += s.weight;
    const own = Object.keys(s.values).sort();
    if (own.join() !== keys.join()) e.push(`sets[${i}]: holds ${own.join(', ') || 'nothing'}; every set must hold ${keys.join(', ')}`);
    else {
      for (const k of keys) {
        const spec = PARAM_BY_KEY.get(k);
        const v = s.values[k]!;
        if (spec && spec.kind !== 'datetime' && !(Number.isFinite(v) && v >= spec.min && v <= spec.max && (spec.kind !== 'integer' || Number.isInteger(v)))) {
          e.push(`sets[${i}] ${k}: got ${v}; expected ${spec.kind === 'integer' ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`);
        }
      }
    }
  });
  if (e.length === 0 && !(total > 0)) e.push('sets: every weight is 0; at least one set needs a weight above 0');
  return e.slice(0, 10);
}

/**
 * `n` picks among weighted sets by systematic resampling (Kitagawa, J. Comput. Graph. Stat. 5,
 * 1996): each set is picked its weight's share of n times, give or take one, which keeps a small
 * ensemble as close to the weights as it can be; the picks are then shuffled so the order of the
 * sets says nothing about which seed a set runs with. Deterministic for the random source.
 */
export function resampleSets(weights: readonly number[], n: number, rng: Random): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const picks: number[] = [];
  const start = rng.next() / n;
  let cum = 0;
  let i = 0;
  for (let k = 0; k < n; k++) {
    const u = (start + k / n) * total;
    while (i < weights.length - 1 && cum + weights[i]! <= u) cum += weights[i++]!;
    // Rounding in the running sum must not land on a set of weight 0 at the end.
    let pick = i;
    while (pick > 0 && weights[pick] === 0) pick--;
    picks.push(pick);
  }
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(rng.next() * (k + 1));
    [picks[k], picks[j]] = [picks[j]!, picks[k]!];
  }
  return picks;
}

/**
 * The assumptions an ensemble of `base` varies: those asked for (default: all) that the scenario
 * leaves at their default. An assumption the scenario sets itself (twice the staff, every key
 * escrowed) is its what-if, not an uncertainty: it is held at the scenario's value.
 */
export function variedKeys(base: Params, r: Pick<EnsembleRequest, 'vary' | 'keys' | 'sets'>): string[] {
  if (r.vary === 'seed') return [];
  const fromSets = setKeys(r);
  return [...(r.keys ?? uncertainKeys())].filter((k) => !fromSets.includes(k) && getPath(base, k) === PARAM_BY_KEY.get(k)!.default);
}

/** The keys an ensemble draws from the fit's accepted sets (none when only the seed varies). */
export function setKeys(r: Pick<EnsembleRequest, 'vary' | 'sets'>): string[] {
  if (r.vary === 'seed' || !r.sets?.length) return [];
  return Object.keys(r.sets[0]!.values);
}

/** The runs of an ensemble around `base` run at `seed`. */
export function ensembleRuns(base: Params, seed: number, r: EnsembleRequest): EnsembleRun[] {
  const keys = variedKeys(base, r);
  const rng = streamRng(seed, 'ensemble');
  const points = keys.length ? latinHypercube(r.runs, keys.length, rng) : [];
  const seeds = Array.from({ length: r.runs }, (_, i) => (r.vary === 'assumptions' ? seed : (seed + i) >>> 0));
  // Their own stream, so the sets drawn do not depend on how many other keys vary.
  const fromSets = setKeys(r);
  const picks = fromSets.length ? resampleSets(r.sets!.map((x) => x.weight), r.runs, streamRng(seed, 'ensemble-sets')) : [];
  return seeds.map((s, i) => {
    const params = structuredClone(base) as Params;
    const values: Record<string, number> = {};
    if (fromSets.length) {
      const set = r.sets![picks[i]!]!;
      for (const k of fromSets) {
        values[k] = set.values[k]!;
        setPath(params as unknown as Record<string, unknown>, k, set.values[k]!);
      }
    }
    keys.forEach((k, d) => {
      const spec = PARAM_BY_KEY.get(k)!;
      const { low, high } = spec.plausible!;
      let v = low + (high - low) * points[i]![d]!;
      if (spec.kind === 'integer') v = Math.round(v);
      v = Math.min(spec.max, Math.max(spec.min, v));
      values[k] = v;
      setPath(params as unknown as Record<string, unknown>, k, v);
    });
    return { params, seed: s, values };
  });
}

