// Flags of `npm run fit`. Parameter keys and ranges go through the registry's checks
// (src/fit/space.ts uses the scenario validation path); target ids through the target list.
import { TARGET_BY_ID, TARGETS } from '../calibration/targets.js';
import type { Target } from '../calibration/types.js';
import type { FreeRequest } from '../fit/space.js';
import { eachFlag, MAX_SEED } from './flags.js';
/** Flag problems are the command line's own; they are read only as text. */
export type ParsedFitArgs = { ok: true; value: FitArgs } | { ok: false; errors: string[] };

export interface FitArgs {
  help: boolean;
  scenario: string | null;
  free: FreeRequest[];
  targets: Target[];
  runs: number;
  seed: number | null;
  scale: number;
  replicates: number;
  population: number;
  /** Worker threads running the candidates; null: one per core. */
  workers: number | null;
  out: string | null;
}

export const DEFAULT_FREE = ['repair.staffPer1000'];
/** Most worker threads --workers takes. */
export const MAX_FIT_WORKERS = 256;
export const FIT_CLI_DEFAULTS = { runs: 240, scale: 0.1, replicates: 2, population: 40 } as const;

export const FIT_USAGE = `Usage: npm run fit -- <scenario.json> [options]

Fits free parameters of a scenario to the calibration targets (approximate Bayesian computation)
and prints the result as JSON: the best values, each target's fit beside the published figure,
the same at full scale, and the accepted parameter sets. Deterministic for a seed.

Options:
  --free KEYS          parameters to fit, comma-separated registry keys, each optionally with a
                       narrower range KEY=MIN:MAX; default: ${DEFAULT_FREE.join(',')}
  --targets IDS        targets to fit, comma-separated; default: all of
                       ${TARGETS.map((t) => t.id).join(', ')}
  --runs N             simulations at most (default ${FIT_CLI_DEFAULTS.runs})
  --seed N             random seed of the fit (whole number 0-4294967295); default: the scenario's
  --scale X            share of the fleet and customers simulated, above 0 and at most 1
                       (default ${FIT_CLI_DEFAULTS.scale}); the best values are re-run at full scale
  --replicates N       seeds each candidate runs with, shared by all (default ${FIT_CLI_DEFAULTS.replicates})
  --population N       candidates per wave (default ${FIT_CLI_DEFAULTS.population})
  --workers N          worker threads running the candidates, 1 to ${MAX_FIT_WORKERS} (1 runs them on
                       the main thread); default: one per core. The result is the same for any N
  --out FILE           write to FILE instead of standard output
  --help               show this text

Example:
  npm run -s fit -- scenarios/july-2024.json --free repair.staffPer1000=1:50,crash.fetchPerBoot.workstation --runs 300
`;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function parseFree(v: string, errors: string[]): FreeRequest[] {
  const out: FreeRequest[] = [];
  for (const item of v.split(',')) {
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).trim();
    if (!key) {
      errors.push(`--free: got "${v}"; expected comma-separated keys such as repair.staffPer1000 or repair.staffPer1000=1:50`);
      continue;
    }
    if (eq < 0) {
      out.push({ key });
      continue;
    }
    const range = item.slice(eq + 1).split(':');
    if (range.length !== 2 || !NUMBER.test(range[0]!) || !NUMBER.test(range[1]!)) {
      errors.push(`--free ${key}: got range "${item.slice(eq + 1)}"; expected MIN:MAX, e.g. ${key}=1:50`);
      continue;
    }
    out.push({ key, min: Number(range[0]), max: Number(range[1]) });
  }
  return out;
}

function parseTargets(v: string, errors: string[]): Target[] {
  const out: Target[] = [];
  for (const raw of v.split(',')) {
    const id = raw.trim();
    const t = TARGET_BY_ID.get(id);
    if (!t) errors.push(`--targets ${id || '""'}: unknown target; known targets are ${TARGETS.map((x) => x.id).join(', ')}`);
    else if (out.includes(t)) errors.push(`--targets ${id}: named twice`);
    else out.push(t);
  }
  return out;
}

export function parseFitArgs(argv: readonly string[]): ParsedFitArgs {
  const errors: string[] = [];
  const out: FitArgs = {
    help: false, scenario: null, free: DEFAULT_FREE.map((key) => ({ key })), targets: [...TARGETS],
    runs: FIT_CLI_DEFAULTS.runs, seed: null, scale: FIT_CLI_DEFAULTS.scale, replicates: FIT_CLI_DEFAULTS.replicates,
    population: FIT_CLI_DEFAULTS.population, workers: null, out: null,
  };
  eachFlag(argv, errors, ({ flag, arg: a, take, whole }) => {
    switch (flag) {
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--free': {
        const v = take();
        if (v !== null) out.free = parseFree(v, errors);
        break;
      }
      case '--targets': {
        const v = take();
        if (v !== null) out.targets = parseTargets(v, errors);
        break;
      }
      case '--runs': {
        const n = whole(4, 1_000_000);
        if (n !== null) out.runs = n;
        break;
      }
      case '--seed': {
        const n = whole(0, MAX_SEED);
        if (n !== null) out.seed = n;
        break;
      }
      case '--replicates': {
        const n = whole(1, 100);
        if (n !== null) out.replicates = n;
        break;
      }
      case '--population': {
        const n = whole(4, 10_000);
        if (n !== null) out.population = n;
        break;
      }
      case '--workers': {
        const n = whole(1, MAX_FIT_WORKERS);
        if (n !== null) out.workers = n;
        break;
      }
      case '--scale': {
        const v = take();
        if (v === null) break;
        const x = NUMBER.test(v) ? Number(v) : NaN;
        if (!(x > 0 && x <= 1)) errors.push(`--scale: got "${v}"; expected a number above 0 and at most 1, e.g. 0.1`);
        else out.scale = x;
        break;
      }
      case '--out': {
        const v = take();
        if (v !== null) out.out = v;
        break;
      }
      default:
        if (a.startsWith('-')) errors.push(`${flag}: unknown option (see --help)`);
        else if (out.scenario === null) out.scenario = a;
        else errors.push(`${a}: only one scenario file can be given (already have ${out.scenario})`);
    }
  });
  if (!out.help && out.scenario === null && errors.length === 0) errors.push('no scenario file given (see --help)');
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
