// Command-line flags. Every value goes through the same checks as scenario files and links.
import { PARAM_BY_KEY } from '../engine/params.js';
import { problem, problemText } from '../scenario/problems.js';
import { checkValue } from '../scenario/validate.js';
import { eachFlag, MAX_SEED } from './flags.js';
import { MAX_ENSEMBLE_RUNS, TORNADO_FIGURES, VARY, type TornadoFigure, type TornadoWhich, type Vary } from '../ensemble/index.js';

/** Flag problems are the command line's own; they are read only as text. */
export type ParsedArgs = { ok: true; value: CliArgs } | { ok: false; errors: string[] };

export interface CliArgs {
  help: boolean;
  scenario: string | null;
  seed: number | null;
  format: 'json' | 'csv';
  out: string | null;
  /** --org FILE: run this organisation's own fleet under the scenario. */
  org: string | null;
  /** --set key=value overrides, checked. */
  set: Record<string, number | string>;
  /** Worker threads for the run; null: one per core. */
  workers: number | null;
  /** --runs N: an ensemble of N runs (null: one run). */
  runs: number | null;
  vary: Vary;
  /** Band edges, e.g. [5, 95]. */
  percentiles: [number, number];
  /** --sensitivity levers|assumptions|both: rank the inputs instead of one run. */
  sensitivity: TornadoWhich | null;
  figure: TornadoFigure;
}

/** Most worker threads --workers takes (more than any machine here has cores). */
export const MAX_WORKERS = 256;

export const USAGE = `Usage: npm run simulate -- <scenario.json> [options]
       npm run simulate -- [scenario.json] --org <organisation.json> [options]

Runs the outage model on a scenario file and prints the result: devices, services, flights,
hospitals, emergency calls and money lost. With --org, runs an organisation's own fleet under
the scenario (the July 2024 baseline when no scenario is given).

Options:
  --seed N              random seed (whole number 0-4294967295); default: the scenario's
  --format json|csv     json: summary figures (default); csv: time series, one row per bin
  --out FILE            write to FILE instead of standard output
  --set KEY=VALUE       override one parameter, e.g. --set push.revertMinutes=30 (repeatable)
  --org FILE            an organisation's fleet (sector, sites, staff, keys): see scenarios/orgs/
  --workers N           worker threads sharing the run (1 runs it on the main thread); default:
                        one per core. The result is the same for any N
  --runs N              an ensemble of N runs (2-${MAX_ENSEMBLE_RUNS}): adds low, median and high of every
                        summary figure (json) or down_p5/p50/p95 columns (csv)
  --vary WHAT           what the ensemble varies: seed, assumptions or both (default)
  --percentiles LO,HI   the band's edges (default 5,95)
  --sensitivity WHICH   rank levers, assumptions or both by how far each moves --figure, each
                        at its low and high setting (json or csv rows)
  --figure F            ${TORNADO_FIGURES.join(', ')}
                        (default deviceHoursLost)
  --help                show this text

Examples:
  npm run -s simulate -- scenarios/july-2024.json > result.json
  npm run -s simulate -- scenarios/july-2024.json --format csv --out series.csv
  npm run -s simulate -- scenarios/july-2024.json --set repair.staffPer1000=11 --seed 7
  npm run -s simulate -- --org scenarios/orgs/delta-scale-airline.json
  npm run -s simulate -- scenarios/canary-ring.json --runs 100 --vary both
  npm run -s simulate -- scenarios/july-2024.json --sensitivity levers --figure hoursTo97
`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const errors: string[] = [];
  const out: CliArgs = {
    help: false, scenario: null, seed: null, format: 'json', out: null, org: null, set: {}, workers: null,
    runs: null, vary: 'both', percentiles: [5, 95], sensitivity: null, figure: 'deviceHoursLost',
  };
  eachFlag(argv, errors, ({ flag, arg: a, take, whole }) => {
    switch (flag) {
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--seed': {
        const n = whole(0, MAX_SEED);
        if (n !== null) out.seed = n;
        break;
      }
      case '--format': {
        const v = take();
        if (v === null) break;
        if (v !== 'json' && v !== 'csv') errors.push(`--format: got "${v}"; expected json or csv`);
        else out.format = v;
        break;
      }
      case '--workers': {
        const n = whole(1, MAX_WORKERS);
        if (n !== null) out.workers = n;
        break;
      }
      case '--runs': {
        const n = whole(2, MAX_ENSEMBLE_RUNS);
        if (n !== null) out.runs = n;
        break;
      }
      case '--vary': {
        const v = take();
        if (v === null) break;
        if (!(VARY as readonly string[]).includes(v)) errors.push(`--vary: got "${v}"; expected ${VARY.join(', ')}`);
        else out.vary = v as Vary;
        break;
      }
      case '--percentiles': {
        const v = take();
        if (v === null) break;
        const m = /^(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(v);
        const lo = m ? Number(m[1]) : NaN;
        const hi = m ? Number(m[2]) : NaN;
        if (!(lo >= 0 && lo < 50 && hi > 50 && hi <= 100)) errors.push(`--percentiles: got "${v}"; expected LOW,HIGH with LOW below 50 and HIGH above 50, e.g. 5,95`);
        else out.percentiles = [lo, hi];
        break;
      }
      case '--sensitivity': {
        const v = take();
        if (v === null) break;
        if (v !== 'levers' && v !== 'assumptions' && v !== 'both') errors.push(`--sensitivity: got "${v}"; expected levers, assumptions or both`);
        else out.sensitivity = v;
        break;
      }
      case '--figure': {
        const v = take();
        if (v === null) break;
        if (!(TORNADO_FIGURES as readonly string[]).includes(v)) errors.push(`--figure: got "${v}"; expected one of ${TORNADO_FIGURES.join(', ')}`);
        else out.figure = v as TornadoFigure;
        break;
      }
      case '--out': {
        const v = take();
        if (v !== null) out.out = v;
        break;
      }
      case '--org': {
        const v = take();
        if (v !== null) out.org = v;
        break;
      }
      case '--set': {
        const v = take();
        if (v === null) break;
        const k = v.indexOf('=');
        if (k <= 0) {
          errors.push(`--set: got "${v}"; expected KEY=VALUE, e.g. push.revertMinutes=30`);
          break;
        }
        const key = v.slice(0, k);
        const raw = v.slice(k + 1);
        const spec = PARAM_BY_KEY.get(key);
        if (!spec) {
          errors.push(`--set ${key}: unknown parameter`);
          break;
        }
        const parsed = spec.kind === 'datetime' ? raw : /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
        const r = checkValue(spec, parsed);
        if ('error' in r) errors.push(problemText(problem(`--set ${key}`, '', r.error.code, r.error.values)));
        else out.set[key] = r.value;
        break;
      }
      default:
        if (a.startsWith('-')) errors.push(`${flag}: unknown option (see --help)`);
        else if (out.scenario === null) out.scenario = a;
        else errors.push(`${a}: only one scenario file can be given (already have ${out.scenario})`);
    }
  });
  if (!out.help && out.scenario === null && out.org === null && errors.length === 0) errors.push('no scenario file given (see --help)');
  if (out.runs !== null && out.sensitivity !== null) errors.push('--runs and --sensitivity: choose one (an ensemble or a ranking)');
  if (out.org !== null && (out.runs !== null || out.sensitivity !== null)) errors.push('--org: runs one organisation; --runs and --sensitivity are for scenarios');
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
