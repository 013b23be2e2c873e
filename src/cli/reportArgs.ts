// Flags of `npm run report`. Scenario files are read and checked by the same path as
// `npm run simulate` (src/scenario/); this file only reads the flags.
import { LOCALES, isLocale, type Locale } from '../i18n/locale.js';
import { MAX_COMPARE } from '../ui/state/pageLink.js';
import { MAX_WORKERS } from './args.js';
import { eachFlag, MAX_SEED } from './flags.js';

export interface ReportArgs {
  help: boolean;
  scenario: string | null;
  compare: string[];
  lang: Locale;
  seed: number | null;
  out: string | null;
  workers: number | null;
}

export type ParsedReportArgs = { ok: true; value: ReportArgs } | { ok: false; errors: string[] };

export const REPORT_USAGE = `Usage: npm run report -- <scenario.json> [--compare <other.json> ...] [options]

Runs the scenario (and up to ${MAX_COMPARE} others to compare with it) and writes the printable
report as one self-contained HTML file: the scenario and what changed against the July 2024
baseline, the key figures beside the published ones, the charts, the parameters that differ with
their sources, the model's limits. Open it in a browser and print it (A4, 2 to 4 pages).
Differences between runs are taken against the first scenario given.

Options:
  --compare FILE        another scenario to compare with the first (repeat, up to ${MAX_COMPARE})
  --lang ${LOCALES.join('|')}          language of the report (default en)
  --seed N              random seed of the first scenario (whole number 0-4294967295);
                        default: the scenario's own
  --out FILE            write the report to FILE instead of standard output
  --workers N           worker threads sharing each run (1 runs on the main thread);
                        default: one per core
  --help                show this text

Example:
  npm run -s report -- scenarios/july-2024.json --compare scenarios/canary-ring.json --lang ja --out report.html
`;

export function parseReportArgs(argv: readonly string[]): ParsedReportArgs {
  const errors: string[] = [];
  const out: ReportArgs = { help: false, scenario: null, compare: [], lang: 'en', seed: null, out: null, workers: null };
  eachFlag(argv, errors, ({ flag, arg: a, take, whole }) => {
    switch (flag) {
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--compare': {
        const v = take();
        if (v !== null) out.compare.push(v);
        break;
      }
      case '--lang': {
        const v = take();
        if (v === null) break;
        if (isLocale(v)) out.lang = v;
        else errors.push(`--lang: got "${v.slice(0, 20)}"; expected ${LOCALES.join(' or ')}`);
        break;
      }
      case '--seed': {
        const n = whole(0, MAX_SEED);
        if (n !== null) out.seed = n;
        break;
      }
      case '--out': {
        const v = take();
        if (v !== null) out.out = v;
        break;
      }
      case '--workers': {
        const n = whole(1, MAX_WORKERS);
        if (n !== null) out.workers = n;
        break;
      }
      default:
        if (a.startsWith('-')) errors.push(`${flag}: unknown option`);
        else if (out.scenario === null) out.scenario = a;
        else errors.push(`${a}: only one main scenario can be given (already have ${out.scenario}); compare others with --compare`);
    }
  });
  if (!out.help && out.scenario === null && errors.length === 0) errors.push('no scenario file given');
  if (out.compare.length > MAX_COMPARE) errors.push(`--compare: got ${out.compare.length} files; at most ${MAX_COMPARE} can be compared`);
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
