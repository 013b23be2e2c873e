// @vitest-environment happy-dom
// The organisation spread chart: its exported SVG for a small run (one line per size band and the
// overall line), for compared scenarios (one overall line per run), with the playback cursor, and
// while the per-site table is not in; its table read at the hours files use; both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index.js';
import { orgShareAt, runView, type RunView } from '../../../src/results/index.js';
import { emptySiteTable } from '../../../src/results/resultCodec.js';
import type { Chart, ChartInput } from '../../../src/ui/charts/chart.js';
import { createOrgSpreadChart } from '../../../src/ui/charts/orgSpreadChart.js';
import { setPageLocale } from '../../../src/ui/pageLocale.js';
import { smallRun } from '../smallRun.js';
import { normaliseSvg } from './normaliseSvg.js';

function mainView(): RunView {
  const { result, params } = smallRun();
  return runView(result, params, { id: 'main', name: 'Snapshot run', seed: 7, paramsHash: 'abcd1234', link: 'https://example.org/?s=snapshot' });
}

function comparison(): ChartInput {
  const { params } = smallRun();
  const p2 = { ...params, repair: { ...params.repair, staffPer1000: params.repair.staffPer1000 * 2 } };
  const other = runView(simulate(p2, 8), p2, { id: 'compare-1', name: 'Twice the repair staff', seed: 8, paramsHash: 'ef567890', link: '' });
  return { runs: [{ ...mainView(), colorIndex: 0 }, { ...other, colorIndex: 1 }], timeZone: 'UTC' };
}

function mount(input: ChartInput): Chart {
  const chart = createOrgSpreadChart();
  document.body.append(chart.element);
  chart.update(input);
  return chart;
}

const paths = (svg: string) => (svg.match(/<path [^>]*d="M[^"]{20,}"/g) ?? []).length;

afterEach(() => setPageLocale('en'));

describe('org-spread chart', () => {
  it('org-spread: one line per size band with organisations in it and the overall line, counts in the legend', async () => {
    const view = mainView();
    const chart = mount({ runs: [view], timeZone: 'UTC' });
    const svg = chart.exportSvg();
    const bands = view.orgSpread!.bySize.filter((g) => g.affected > 0).length;
    expect(bands).toBeGreaterThanOrEqual(2);
    expect(paths(svg)).toBe(bands + 1);
    expect(svg).toContain(`All organisations (n = ${view.orgSpread!.all.affected})`);
    expect(svg).toContain('Scenario: Snapshot run.');
    expect(svg).toContain('Days after publish');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/org-spread.svg');
    chart.setCursor(30 * 60);
    chart.element.querySelector<HTMLButtonElement>('[data-zoom="d2"]')!.click();
    const zoomed = chart.exportSvg();
    expect(zoomed).toContain('Hours after publish');
    expect(zoomed).toContain('+30 h');
    await expect(normaliseSvg(zoomed)).toMatchFileSnapshot('__snapshots__/org-spread-2d-cursor.svg');
  });

  it('org-spread: scenarios compared, one overall line per run in its colour', async () => {
    const input = comparison();
    const chart = mount(input);
    const svg = chart.exportSvg();
    expect(paths(svg)).toBe(2);
    for (const r of input.runs) expect(svg).toContain(`${r.name} (n = ${r.orgSpread!.all.affected})`);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/org-spread-compare.svg');
    const t = chart.table();
    expect(t.columns).toEqual(['After publish', ...input.runs.map((r) => `${r.name} (n = ${r.orgSpread!.all.affected}), % fully back`)]);
  });

  it('org-spread table: each line read at 6, 12, 18, 24, 36, 48 and 72 hours, in the legend order', async () => {
    const view = mainView();
    const chart = mount({ runs: [view], timeZone: 'UTC' });
    const t = chart.table();
    expect(t.columns[0]).toBe('After publish');
    expect(t.columns[1]).toMatch(/^All organisations \(n = \d+\), % fully back$/);
    expect(t.rows.map((r) => r[0])).toEqual(['+6 h', '+12 h', '+18 h', '+24 h', '+36 h', '+2 d', '+3 d']);
    expect(t.rows.map((r) => r[1])).toEqual([6, 12, 18, 24, 36, 48, 72].map((h) => Number((orgShareAt(view.orgSpread!.all, view, h) * 100).toFixed(1))));
    await expect([t.columns.join('\t'), ...t.rows.map((r) => r.join('\t'))].join('\n')).toMatchFileSnapshot('__snapshots__/org-spread-table.tsv');
  });

  it('org-spread without the per-site table (the built-in baseline, a preview) says it is counting, draws no line, exports nothing and has no table', () => {
    const { result, params } = smallRun();
    const view = runView({ ...result, sites: emptySiteTable() }, params, { id: 'main', name: 'Built in', seed: 7, paramsHash: 'abcd1234', link: '' });
    expect(view.orgSpread).toBeNull();
    const chart = createOrgSpreadChart();
    document.body.append(chart.element);
    // happy-dom lays nothing out: give the plot the width a screen would.
    Object.defineProperty(chart.element.querySelector('.chart-plot'), 'clientWidth', { value: 800 });
    chart.update({ runs: [view], timeZone: 'UTC' });
    expect(chart.element.querySelector('svg.chart-svg')!.textContent).toContain('Counting organisations once the full run is in');
    expect(chart.element.querySelectorAll('path.org-spread-line')).toHaveLength(0);
    expect(chart.element.querySelector('.chart-subtitle')!.textContent).toMatch(/^Share of the organisations .* Scenario: Built in\.$/);
    // Nothing to export until the full run is in: the buttons stay off and no file claims a result.
    expect(() => chart.exportSvg()).toThrow(/No result/);
    expect(chart.exportMeta!()).toBeNull();
    for (const b of chart.element.querySelectorAll<HTMLButtonElement>('[data-export]')) expect(b.disabled).toBe(true);
    expect(chart.table()).toEqual({ columns: [], rows: [] });
  });

  it('org-spread in Japanese: title, axes, legend and subtitle from the catalog', () => {
    setPageLocale('ja');
    const chart = mount({ runs: [mainView()], timeZone: 'UTC' });
    const svg = chart.exportSvg();
    expect(svg).toContain('完全に復旧した組織(%)');
    expect(svg).toContain('配信からの日数');
    expect(svg).toMatch(/すべての組織\([\d,]+組織\)/);
    expect(svg).not.toMatch(/All organisations|Days after publish|fully back/);
  });
});
