// The report's tree, built in Node from real (small) runs: its sections, the parameters that
// differ (and only those) with their sources, the key figures side by side against the record,
// which charts it carries, and both languages.
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate, type Params } from '../../src/engine/index.js';
import { createI18n } from '../../src/i18n/index.js';
import { buildReport, reportChartIds, type ReportBlock, type ReportDoc, type ReportInput, type ReportRun, type ReportTable } from '../../src/report/index.js';
import { runView, type RunView } from '../../src/results/index.js';
import { serviceImpact } from '../../src/services/impact.js';
import { smallRun } from '../ui/smallRun.js';

const en = createI18n('en');
const ja = createI18n('ja');
const MADE = Date.UTC(2026, 10, 23, 9, 30);

function viewOf(params: Params, id: string, name: string, services = false): RunView {
  const result = simulate(params, 7);
  const v = runView(result, params, { id, name, seed: 7, paramsHash: `hash-${id}`, link: '' });
  return services ? { ...v, services: serviceImpact(result, params) } : v;
}

/** The small run's fleet with `overrides` on top (the fleet size itself differs from July 2024). */
function edited(overrides: (p: Params) => void): Params {
  const p = structuredClone(smallRun().params);
  overrides(p);
  return p;
}

const run = (view: RunView, description = ''): ReportRun => ({ view, description });
const input = (runs: ReportRun[], baseline: ReportRun | null = null): ReportInput => ({ runs, baseline, link: 'https://example.org/?v=1', command: null, madeAtMs: MADE });
const section = (doc: ReportDoc, id: string) => doc.sections.find((s) => s.id === id)!;
const table = (doc: ReportDoc, id: string) => section(doc, id).blocks.find((b): b is ReportTable => b.kind === 'table')!;
const texts = (doc: ReportDoc): string[] => [doc.kicker, doc.title, ...doc.lines, ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)])];
function blockTexts(b: ReportBlock): string[] {
  switch (b.kind) {
    case 'paragraph': case 'code': case 'link': return [b.text];
    case 'list': return b.items;
    case 'runs': return b.items.flatMap((i) => [i.name, i.text]);
    case 'table': return [...b.head, ...b.rows.flat()];
    case 'figure': return [];
  }
}

describe('report tree', () => {
  const faster = edited((p) => { p.push.revertMinutes = 20; p.push.pollMinutes = 5; });

  it('a single run: every section in order, the device charts with the organisations fully back, and the link that reproduces it', () => {
    const doc = buildReport(input([run(viewOf(faster, 'main', 'Faster revert'), 'Reverts sooner.')]), en);
    expect(doc.sections.map((s) => s.id)).toEqual(['scenario', 'figures', 'charts', 'parameters', 'limits', 'reproduce']);
    expect(doc.comparison).toBe(false);
    expect(doc.title).toBe('Faster revert');
    expect(doc.lines[0]).toBe('Made on Mon 23 Nov 2026, 09:30 UTC. Faulty update published Fri 19 Jul 2024, 04:09 UTC.');
    expect(reportChartIds(doc)).toEqual(['timeline', 'sectors', 'org-spread', 'regions']);
    // Before the per-organisation figures are in, the report leaves that chart out.
    const noSpread = { ...viewOf(faster, 'main', 'Faster revert'), orgSpread: null };
    expect(reportChartIds(buildReport(input([run(noSpread)]), en))).toEqual(['timeline', 'sectors', 'regions']);
    expect(section(doc, 'reproduce').blocks).toContainEqual({ kind: 'link', text: 'https://example.org/?v=1', href: 'https://example.org/?v=1' });
    expect(section(doc, 'limits').blocks[0]).toMatchObject({ kind: 'list' });
    for (const t of texts(doc)) {
      expect(t.trim().length).toBeGreaterThan(0);
      expect(t).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });

  it('lists only the parameters that differ from July 2024, with unit, both values and the source or "assumption"', () => {
    const doc = buildReport(input([run(viewOf(faster, 'main', 'Faster revert'))]), en);
    const t = table(doc, 'parameters');
    // The small fleet (sensors, customers, 3 days) and the two levers: nothing else.
    expect(t.keys).toEqual(['push.revertMinutes', 'push.pollMinutes', 'fleet.windowsSensors', 'fleet.customers', 'run.horizonDays']);
    expect(t.head).toEqual(['Parameter', 'Unit', 'July 2024', 'Faster revert', 'Source']);
    const row = (key: string) => t.rows[t.keys.indexOf(key)]!;
    expect(row('push.revertMinutes')).toEqual(['Revert after', 'min', '78', '20', 'CrowdStrike, Preliminary Post Incident Review, 24 Jul 2024 (04:09 to 05:27 UTC)']);
    expect(row('push.pollMinutes')).toEqual(['Content poll interval', 'min', '10', '5', 'assumption']);
    // The scenario says the same in words.
    const runs = section(doc, 'scenario').blocks[0]!;
    expect(runs.kind === 'runs' && runs.items[0]!.text).toContain('Revert after 78 → 20');
  });

  it('the July 2024 baseline itself has no parameter to list', () => {
    const p = edited(() => undefined);
    const doc = buildReport(input([run(viewOf(p, 'main', 'Small fleet'))]), en);
    expect(table(doc, 'parameters').keys).toEqual(['fleet.windowsSensors', 'fleet.customers', 'run.horizonDays']);
  });

  it('a comparison: the baseline first as the reference, every run side by side with its difference, the record beside', () => {
    // The baseline as the page has it: July 2024's parameters (here drawn from the small run's result).
    const ref = run(runView(smallRun().result, defaultParams(), { id: 'baseline', name: 'July 2024 baseline', seed: 1, paramsHash: 'b', link: '' }));
    const doc = buildReport(input([run(viewOf(faster, 'main', 'Faster revert')), run(viewOf(edited((p) => { p.push.canaryShare = 0.01; p.push.haltAfterCrashes = 1000; }), 'compare-1', 'Canary'))], ref), en);
    expect(doc.comparison).toBe(true);
    expect(doc.title).toBe('Faster revert, compared with 1 other scenario');
    // A comparison's charts follow the text.
    expect(doc.sections.map((s) => s.id)).toEqual(['scenario', 'figures', 'parameters', 'limits', 'reproduce', 'charts']);
    const f = table(doc, 'figures');
    expect(f.head).toEqual(['Figure', 'July 2024 baseline', 'Faster revert', 'Canary', 'Recorded in July 2024']);
    const crashed = f.rows[f.keys.indexOf('crashed')]!;
    expect(crashed[1]).not.toContain('(');
    expect(crashed[2]).toMatch(/^[\d,.]+ \([+−][\d.]+%\)$/);
    expect(crashed[3]).toMatch(/\(−\d+%\)$/);
    expect(crashed[4]).toBe('about 8.5 million (Microsoft, 20 Jul 2024)');
    expect(f.rows[f.keys.indexOf('sensorsOnlineAtCheck')]![4]).toBe('over 97% on 25 July (CrowdStrike, 25 Jul 2024)');
    // Each compared run's own changes in its column; "as July 2024" where it keeps the baseline's value.
    const p = table(doc, 'parameters');
    expect(p.head).toEqual(['Parameter', 'Unit', 'July 2024', 'Faster revert', 'Canary', 'Source']);
    expect(p.rows[p.keys.indexOf('push.canaryShare')]!.slice(2, 5)).toEqual(['0', 'as July 2024', '0.01']);
    const scenario = section(doc, 'scenario');
    expect(scenario.blocks[1]).toEqual({ kind: 'paragraph', text: 'Differences in this report are taken against “July 2024 baseline”.', muted: true });
    const items = scenario.blocks[0]!.kind === 'runs' ? scenario.blocks[0]!.items : [];
    expect(items.map((i) => i.colorIndex)).toEqual([-1, 0, 1]);
  });

  it('service figures and charts: in the table when derived; the flights and money charts for one to three runs', () => {
    const one = buildReport(input([run(viewOf(faster, 'main', 'A', true))]), en);
    expect(table(one, 'figures').keys).toEqual(['crashed', 'sensorsOnlineAtCheck', 'peakDown', 'hoursTo90', 'hoursTo97', 'deviceHoursLost', 'flightsCancelled', 'fortune500LossUSD']);
    expect(table(one, 'figures').rows[7]![2]).toBe('$5.4 billion (Parametrix, 24 Jul 2024)');
    expect(reportChartIds(one)).toEqual(['timeline', 'sectors', 'org-spread', 'regions', 'flights', 'money']);
    const views = ['main', 'compare-1', 'compare-2', 'compare-3'].map((id, i) => viewOf(edited((p) => { p.repair.staffPer1000 = 5 + i; }), id, `Run ${i}`, true));
    expect(reportChartIds(buildReport(input(views.slice(0, 2).map((v) => run(v))), en))).toEqual(['timeline', 'sectors', 'org-spread', 'regions', 'flights', 'money']);
    expect(reportChartIds(buildReport(input(views.slice(0, 3).map((v) => run(v))), en))).toEqual(['timeline', 'sectors', 'org-spread', 'regions', 'flights', 'money']);
    expect(reportChartIds(buildReport(input(views.map((v) => run(v))), en))).toEqual(['timeline', 'sectors', 'org-spread', 'regions']);
    // Without service figures the table has the device figures only.
    expect(table(buildReport(input([run(viewOf(faster, 'main', 'A'))]), en), 'figures').keys).not.toContain('flightsCancelled');
  });

  it('in Japanese: headings, labels and numbers from the Japanese catalog and formats', () => {
    const doc = buildReport(input([run(viewOf(faster, 'main', 'Faster revert'))]), ja);
    expect(doc.htmlLang).toBe('ja-JP');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'シナリオと変更点', '主な数値と実際の記録', 'グラフ', '2024年7月のベースラインと異なるパラメータ', 'モデルが扱わないこと', 'このレポートを再現するには',
    ]);
    const f = table(doc, 'figures');
    expect(f.rows[f.keys.indexOf('crashed')]![2]).toBe('約850万(Microsoft、2024年7月20日)');
    expect(table(doc, 'parameters').rows[0]![4]).not.toBe('assumption');
    for (const t of texts(doc)) expect(t).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
