// From what the page shows (one run, or two to four compared) to the report's tree, in one
// language. The order follows a committee's questions: what was run and what changed, how its
// figures compare with July 2024, the charts, the inputs that differ and where each comes from,
// what the model leaves out, and how to get the same runs back.
import { PARAM_BY_KEY } from '../engine/params.js';
import type { I18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/translate.js';
import { compareRuns } from '../results/compare.js';
import type { RunView } from '../results/runView.js';
import { keyFigureRows, type KeyFigure, type KeyFigureCell } from './keyFigures.js';
import { paramChanges, paramSourceText, paramValueText } from './paramChanges.js';
import type { ReportBlock, ReportChartId, ReportDoc, ReportSection, ReportTable } from './types.js';

export interface ReportRun {
  view: RunView;
  /** The scenario's description in the reader's language ('' for none). */
  description: string;
}

export interface ReportInput {
  /** The run the reader looks at first, then those compared with it (the page's order). */
  runs: readonly ReportRun[];
  /** The July 2024 baseline: the reference for differences when runs are compared (else the first run). */
  baseline: ReportRun | null;
  /** The page link that reproduces every run of the report (null on the command line). */
  link: string | null;
  /** The command line that makes the same report (null: none given). */
  command: string | null;
  /** When the report was made (epoch ms). */
  madeAtMs: number;
}

const LIMITS = [
  'report.limit.shares', 'report.limit.poll', 'report.limit.recrash',
  'report.limit.telemetry', 'report.limit.services', 'report.limit.model',
] as const satisfies readonly MessageKey[];

const FIGURE_LABEL = {
  crashed: 'report.figure.crashed',
  peakDown: 'report.figure.peakDown',
  hoursTo90: 'report.figure.hoursTo90',
  hoursTo97: 'report.figure.hoursTo97',
  deviceHoursLost: 'report.figure.deviceHoursLost',
  flightsCancelled: 'report.figure.flightsCancelled',
  fortune500LossUSD: 'report.figure.fortune500',
} as const satisfies Record<Exclude<KeyFigure, 'sensorsOnlineAtCheck'>, MessageKey>;

/** The runs in the report's columns: the reference first when it is not one of the runs. */
export function reportRuns(input: ReportInput): { runs: ReportRun[]; referenceId: string } {
  const views = input.runs.map((r) => r.view);
  if (views.length < 2) return { runs: [...input.runs], referenceId: views[0]!.id };
  const c = compareRuns(views, input.baseline?.view ?? null);
  const byId = new Map([...input.runs, ...(input.baseline ? [input.baseline] : [])].map((r) => [r.view.id, r]));
  return { runs: c.runs.map((v) => byId.get(v.id)!), referenceId: c.referenceId };
}

export function buildReport(input: ReportInput, i18n: I18n): ReportDoc {
  if (input.runs.length === 0) throw new Error('buildReport: no run to report');
  const main = input.runs[0]!.view;
  const { runs, referenceId } = reportRuns(input);
  const comparison = input.runs.length > 1;
  const utc = (ms: number, style: 'full' | 'short' = 'full') => i18n.dateTime(ms, { timeZone: 'UTC', style });
  const title = comparison
    ? i18n.t('report.title.compare', { name: main.name, count: input.runs.length - 1 })
    : i18n.t('report.title.run', { name: main.name });
  const lines = [
    i18n.t('report.made', { date: utc(input.madeAtMs), published: utc(main.publishAtMs) }),
    ...runs.map((r) => i18n.t('report.runLine', { name: r.view.name, seed: String(r.view.seed), hash: r.view.paramsHash })),
  ];
  const previews = runs.filter((r) => r.view.preview);
  for (const r of previews) lines.push(i18n.t('report.preview', { share: i18n.percent(r.view.preview!.scale, 0) }));
  const charts = chartsSection(main, runs.length, i18n);
  const text: ReportSection[] = [
    scenarioSection(runs, input.runs, referenceId, comparison, i18n),
    figuresSection(runs, referenceId, comparison, i18n),
    parametersSection(runs, i18n),
    { id: 'limits', heading: i18n.t('report.section.limits'), blocks: [{ kind: 'list', items: LIMITS.map((k) => i18n.t(k)) }] },
    reproduceSection(input, i18n),
  ];
  // One run: the timeline fills the first page under the figures, the sectors, the organisations and
  // the regions the second, the flights and money charts the third, then the parameters and limits. A comparison's tables are longer: its five charts follow all the
  // text, two to a page, so the whole fits on four pages.
  const sections = comparison ? [...text, charts] : [text[0]!, text[1]!, charts, ...text.slice(2)];
  return { locale: i18n.locale, htmlLang: i18n.htmlLang, kicker: i18n.t('report.kicker'), title, lines, sections, comparison };
}

function changeSummary(view: RunView, i18n: I18n): string {
  const changes = paramChanges(view.params);
  if (changes.length === 0) return i18n.t('report.scenario.asBaseline');
  const items = changes.map((c) => i18n.t('report.scenario.change', {
    label: i18n.param(c.key).label, from: paramValueText(c.key, c.from, i18n), to: paramValueText(c.key, c.to, i18n),
  }));
  return i18n.t('report.scenario.changed', { count: changes.length, changes: i18n.list(items) });
}

function scenarioSection(runs: ReportRun[], drawn: readonly ReportRun[], referenceId: string, comparison: boolean, i18n: I18n): ReportSection {
  // A run drawn on the page keeps its colour; the baseline added as the reference is the grey ghost (-1).
  const items = runs.map((r) => ({
    name: r.view.name,
    colorIndex: r.view.colorIndex ?? (drawn.includes(r) ? drawn.indexOf(r) : -1),
    text: [r.description.trim(), changeSummary(r.view, i18n)].filter(Boolean).join(' '),
  }));
  const blocks: ReportBlock[] = [{ kind: 'runs', items }];
  if (comparison) {
    const ref = runs.find((r) => r.view.id === referenceId)!;
    blocks.push({ kind: 'paragraph', text: i18n.t('report.scenario.reference', { name: ref.view.name }), muted: true });
  }
  return { id: 'scenario', heading: i18n.t('report.section.scenario'), blocks };
}

function figureValueText(f: KeyFigure, v: number | null, i18n: I18n): string {
  if (v === null) return f === 'hoursTo90' || f === 'hoursTo97' ? i18n.t('report.figures.notReached') : i18n.t('report.figures.none');
  switch (f) {
    case 'sensorsOnlineAtCheck': return i18n.percent(v);
    case 'hoursTo90':
    case 'hoursTo97': return i18n.hours(v);
    case 'fortune500LossUSD': return i18n.money(v, 'USD');
    case 'flightsCancelled': return i18n.count(Math.round(v), { style: 'full' });
    default: return i18n.count(v, { style: 'long' });
  }
}

/** "−7.2%" beside a count or a time; shares are read side by side (a difference of percentages is not a percentage). */
function diffText(f: KeyFigure, cell: KeyFigureCell, i18n: I18n): string | null {
  if (cell.relative === null || f === 'sensorsOnlineAtCheck') return null;
  const pct = i18n.percent(cell.relative, Math.abs(cell.relative) < 0.1 ? 1 : 0);
  return cell.relative > 0 ? `+${pct}` : pct;
}

function recordText(f: KeyFigure, record: number | null, i18n: I18n): string {
  if (record === null) return i18n.t('report.figures.none');
  switch (f) {
    case 'crashed': return i18n.t('report.record.crashed', { value: i18n.count(record, { style: 'long' }) });
    case 'sensorsOnlineAtCheck': return i18n.t('report.record.sensorsOnline', { value: i18n.percent(record, 0) });
    case 'flightsCancelled': return i18n.t('report.record.flightsCancelled', { value: i18n.count(record, { style: 'full' }) });
    case 'fortune500LossUSD': return i18n.t('report.record.fortune500', { value: i18n.money(record, 'USD') });
    default: return i18n.t('report.figures.none');
  }
}

function figuresSection(runs: ReportRun[], referenceId: string, comparison: boolean, i18n: I18n): ReportSection {
  const views = runs.map((r) => r.view);
  const rows = keyFigureRows(views, referenceId);
  const checkAt = Date.parse(views[0]!.summary.checkAt);
  const table: ReportTable = {
    kind: 'table',
    head: [i18n.t('report.figures.figure'), ...(comparison ? views.map((v) => v.name) : [views[0]!.name]), i18n.t('report.figures.recorded')],
    numeric: [false, ...views.map(() => true), false],
    keys: rows.map((r) => r.figure),
    rows: rows.map((row) => [
      row.figure === 'sensorsOnlineAtCheck'
        ? i18n.t('report.figure.sensorsOnline', { time: i18n.dateTime(checkAt, { timeZone: 'UTC', style: 'short' }) })
        : i18n.t(FIGURE_LABEL[row.figure]),
      ...row.cells.map((cell) => {
        const value = figureValueText(row.figure, cell.value, i18n);
        const diff = diffText(row.figure, cell, i18n);
        return diff ? `${value} (${diff})` : value;
      }),
      recordText(row.figure, row.record, i18n),
    ]),
  };
  const blocks: ReportBlock[] = [table, { kind: 'paragraph', text: i18n.t('report.figures.note'), muted: true }];
  if (views.some((v) => v.services) && views.some((v) => !v.services)) {
    blocks.push({ kind: 'paragraph', text: i18n.t('report.figures.servicesMissing'), muted: true });
  }
  return { id: 'figures', heading: i18n.t('report.section.figures'), blocks };
}

/** The charts a report shows, in its order: what its renderer has to draw. */
export function reportChartIds(doc: ReportDoc): ReportChartId[] {
  return doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'figure' ? [b.chart] : []));
}

/** Most runs a report draws the flights and money charts for: with four, their bars and the tables
 * above need a fifth page, so their figures stay in the key figures' table only. */
export const SERVICE_CHARTS_MAX_RUNS = 3;

/** The device charts always, and how soon organisations were fully back beside the sectors once the
 * main run's organisations are counted. The flights and money charts once the main run's service
 * figures are in, for a single run (three pages) and a comparison of two or three runs (four). */
export function reportCharts(main: RunView, runCount: number): ReportChartId[] {
  const services = Boolean(main.services) && runCount <= SERVICE_CHARTS_MAX_RUNS;
  return ['timeline', 'sectors', ...(main.orgSpread ? ['org-spread' as const] : []), 'regions', ...(services ? ['flights' as const, 'money' as const] : [])];
}

function chartsSection(main: RunView, runCount: number, i18n: I18n): ReportSection {
  // Each chart carries its own title, subtitle and sources (the chart modules' export), which are
  // its caption: one picture that a page break cannot split.
  return {
    id: 'charts',
    heading: i18n.t('report.section.charts'),
    blocks: reportCharts(main, runCount).map((chart) => ({ kind: 'figure', chart })),
  };
}

function parametersSection(runs: ReportRun[], i18n: I18n): ReportSection {
  const heading = i18n.t('report.section.parameters');
  // Runs that change nothing (the baseline itself) get no column: it would only repeat the defaults.
  const changed = runs.map((r) => ({ r, changes: new Map(paramChanges(r.view.params).map((c) => [c.key, c.to])) })).filter((x) => x.changes.size > 0);
  const keys = [...new Set(changed.flatMap((x) => [...x.changes.keys()]))]
    .sort((a, b) => [...PARAM_BY_KEY.keys()].indexOf(a) - [...PARAM_BY_KEY.keys()].indexOf(b));
  if (keys.length === 0) return { id: 'parameters', heading, blocks: [{ kind: 'paragraph', text: i18n.t('report.params.none') }] };
  const table: ReportTable = {
    kind: 'table',
    head: [
      i18n.t('report.params.parameter'), i18n.t('report.params.unit'), i18n.t('report.params.baseline'),
      ...changed.map((x) => x.r.view.name), i18n.t('report.params.source'),
    ],
    numeric: [false, false, true, ...changed.map(() => true), false],
    keys,
    rows: keys.map((key) => {
      const spec = PARAM_BY_KEY.get(key)!;
      return [
        i18n.param(key).label,
        i18n.param(key).unit,
        paramValueText(key, spec.default, i18n),
        ...changed.map((x) => (x.changes.has(key) ? paramValueText(key, x.changes.get(key)!, i18n) : i18n.t('report.params.sameAsBaseline'))),
        paramSourceText(key, i18n),
      ];
    }),
  };
  const assumed = keys.some((k) => PARAM_BY_KEY.get(k)!.source === 'assumption');
  return { id: 'parameters', heading, blocks: assumed ? [table, { kind: 'paragraph', text: i18n.t('report.params.note'), muted: true }] : [table] };
}

function reproduceSection(input: ReportInput, i18n: I18n): ReportSection {
  const blocks: ReportBlock[] = [];
  if (input.link) blocks.push({ kind: 'paragraph', text: i18n.t('report.reproduce.link') }, { kind: 'link', text: input.link, href: input.link });
  if (input.command) blocks.push({ kind: 'paragraph', text: i18n.t('report.reproduce.command') }, { kind: 'code', text: input.command });
  return { id: 'reproduce', heading: i18n.t('report.section.reproduce'), blocks };
}
