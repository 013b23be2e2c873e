// The command line's report: `npm run report -- <scenario.json> [--compare <other.json> ...]
// [--lang ja|en] [--seed N] [--out report.html]`. Runs each scenario on the worker pool (as
// `npm run simulate` does), derives its figures and service impact, builds the report's tree
// (src/report) and writes it as one self-contained HTML file. Bad input exits 2 with a message
// naming the flag or the file and field; never a stack trace.
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { writeFileSync } from 'node:fs';
import { simulate } from '../engine/simulate.js';
import { createI18n, type I18n } from '../i18n/i18n.js';
import { buildReport, reportChartIds, type ReportRun } from '../report/buildReport.js';
import { renderHtml } from '../report/renderHtml.js';
import type { ReportArt } from '../report/types.js';
import { runView } from '../results/runView.js';
import { problemText } from '../scenario/problems.js';
import { paramsHash, scenarioToParams, type Scenario } from '../scenario/scenario.js';
import { checkCrossField } from '../scenario/validate.js';
import { serviceImpact } from '../services/impact.js';
import { InputError, readScenario } from './main.js';
import { createNodePool, type NodePool } from './pool.js';
import { parseReportArgs, REPORT_USAGE } from './reportArgs.js';
import { installDom } from './domGlobals.js';

export interface ReportMainOptions {
  /** The pool's worker script (scripts/report.mjs passes the bundle it built). */
  workerFile?: string;
  /** src/report/report.css, inlined into the file. */
  css: string;
  /** When the report is made (tests fix it). */
  nowMs?: number;
}

const say = (text: string) => process.stderr.write(`report: ${text}\n`);

/** A bundled scenario file (scenarios/<id>.json, its name and description as bundled) is named and
 * described in the report's language; any other file as its author wrote it. */
function scenarioTexts(path: string, s: Scenario, i18n: I18n, seedChanged: boolean): { name: string; description: string } {
  const id = basename(path).replace(/\.json$/i, '');
  const en = createI18n('en').bundledScenario(id);
  const own = en && en.name === s.name && en.description === s.description ? i18n.bundledScenario(id) : null;
  const name = own?.name ?? s.name;
  return { name: seedChanged ? `${name} (seed ${s.seed})` : name, description: own?.description ?? s.description };
}

const shellWord = (w: string) => (/^[\w./:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

export async function reportMain(argv: readonly string[], opts: ReportMainOptions): Promise<number> {
  const args = parseReportArgs(argv);
  if (!args.ok) {
    const [first, ...rest] = args.errors;
    const more = rest.length ? `; ${rest.length} more problem${rest.length > 1 ? 's' : ''}` : '';
    say(`${first}${more} (see --help)`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  const a = args.value;
  const i18n = createI18n(a.lang);
  let pool: NodePool | null = null;
  try {
    // Every file is read and checked before anything runs, so a bad second file fails at once.
    const files = [a.scenario!, ...a.compare];
    const scenarios = files.map((path, i) => {
      const s = readScenario(path);
      const seeded = i === 0 && a.seed !== null ? { ...s, seed: a.seed } : s;
      const cross = checkCrossField(scenarioToParams(seeded), path);
      if (cross.length) throw new InputError(cross.map(problemText).join('\n'));
      return { path, scenario: seeded, seedChanged: seeded.seed !== s.seed };
    });
    const workers = a.workers ?? availableParallelism();
    pool = workers > 1 ? createNodePool(workers, { workerFile: opts.workerFile }) : null;
    const runs: ReportRun[] = [];
    for (const [i, { path, scenario, seedChanged }] of scenarios.entries()) {
      const params = scenarioToParams(scenario);
      const result = pool ? await pool.run(params, scenario.seed) : simulate(params, scenario.seed);
      const texts = scenarioTexts(path, scenario, i18n, seedChanged);
      const view = runView(result, params, {
        id: i === 0 ? 'main' : `compare-${i}`, name: texts.name, seed: scenario.seed, paramsHash: paramsHash(scenario), link: '',
      });
      runs.push({ view: { ...view, colorIndex: i, services: serviceImpact(result, params) }, description: texts.description });
    }
    await pool?.close();
    pool = null;
    const doc = buildReport({
      runs, baseline: null, link: null, madeAtMs: opts.nowMs ?? Date.now(),
      command: ['npm', 'run', '-s', 'report', '--', ...argv.filter((w, k) => w !== '--out' && argv[k - 1] !== '--out' && !w.startsWith('--out='))]
        .map(shellWord).join(' '),
    }, i18n);
    // The chart modules need a DOM: loaded once it is there.
    const removeDom = installDom();
    let art: ReportArt;
    try {
      const { drawReportCharts, reportChartInput } = await import('../ui/report/reportCharts.js');
      // The charts speak the page's language: here, the report's.
      const { setPageLocale } = await import('../ui/pageLocale.js');
      setPageLocale(a.lang);
      art = drawReportCharts(reportChartIds(doc), reportChartInput(runs.map((r) => r.view), null));
    } finally {
      await removeDom();
    }
    const html = renderHtml(doc, art, opts.css);
    if (a.out) {
      try {
        writeFileSync(a.out, html);
      } catch (e) {
        throw new InputError(`--out ${a.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      say(`wrote ${a.out} (${Math.round(html.length / 1024)} kB)`);
    } else process.stdout.write(html);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      say(e.message.split('\n').join('\nreport: '));
      return 2;
    }
    say(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await pool?.close();
  }
}
