// An ensemble's runs: the scenario's parameters with the seed, the uncertain assumptions, or
// both varied. Assumptions are drawn from their plausible ranges (the registry's `plausible`) by
// a Latin hypercube, so even 20 runs spread over every range; whole-number parameters are
// rounded. Everything follows from the ensemble's own seed: the same request gives the same runs.
import { PARAM_BY_KEY, PARAM_SPECS, getPath, setPath } from '../engine/params.js';
import { streamRng } from '../engine/random.js';
import type { Params } from '../engine/types.js';
import { latinHypercube } from '../fit/latinHypercube.js';

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
  return e;
}

/**
 * The assumptions an ensemble of `base` varies: those asked for (default: all) that the scenario
 * leaves at their default. An assumption the scenario sets itself (twice the staff, every key
 * escrowed) is its what-if, not an uncertainty: it is held at the scenario's value.
 */
export function variedKeys(base: Params, r: Pick<EnsembleRequest, 'vary' | 'keys'>): string[] {
  if (r.vary === 'seed') return [];
  return [...(r.keys ?? uncertainKeys())].filter((k) => getPath(base, k) === PARAM_BY_KEY.get(k)!.default);
}

/** The runs of an ensemble around `base` run at `seed`. */
export function ensembleRuns(base: Params, seed: number, r: EnsembleRequest): EnsembleRun[] {
  const keys = variedKeys(base, r);
  const rng = streamRng(seed, 'ensemble');
  const points = keys.length ? latinHypercube(r.runs, keys.length, rng) : [];
  const seeds = Array.from({ length: r.runs }, (_, i) => (r.vary === 'assumptions' ? seed : (seed + i) >>> 0));
  return seeds.map((s, i) => {
    const params = structuredClone(base) as Params;
    const values: Record<string, number> = {};
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

