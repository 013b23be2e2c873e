// @vitest-environment happy-dom
// Chart snapshots: each chart's exported SVG (the whole sandwich, as a reader gets it) for a
// fixed small run, normalised and compared with a committed file that reads well in a diff.
// A change that moves a mark or a label shows up here; refresh with `npx vitest run -u` and
// review the diff.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index.js';
import { runView } from '../../../src/results/index.js';
import type { Chart, ChartInput } from '../../../src/ui/charts/chart.js';
import { createRegionChart } from '../../../src/ui/charts/regionChart.js';
import { createSectorChart } from '../../../src/ui/charts/sectorChart.js';
import { createTimelineChart } from '../../../src/ui/charts/timelineChart.js';
import { smallRun } from '../smallRun.js';
import { normaliseSvg } from './normaliseSvg.js';

function context(): ChartInput {
  const { result, params } = smallRun();
  const run = runView(result, params, {
    id: 'main', name: 'Snapshot run', seed: 7, paramsHash: 'abcd1234', link: 'https://example.org/?s=snapshot',
  });
  return { runs: [run], timeZone: 'UTC' };
}

/** The small run, a what-if (a faster revert, another seed) and the run as the grey ghost. */
function comparison(): ChartInput {
  const { result, params } = smallRun();
  const main = runView(result, params, { id: 'main', name: 'Snapshot run', seed: 7, paramsHash: 'abcd1234', link: '' });
  const p2 = { ...params, push: { ...params.push, revertMinutes: 20 } };
  const other = runView(simulate(p2, 8), p2, { id: 'compare-1', name: 'Revert after 20 min', seed: 8, paramsHash: 'ef567890', link: '' });
  return { runs: [{ ...main, colorIndex: 0 }, { ...other, colorIndex: 1 }], ghost: { ...main, id: 'baseline', name: 'Ghost run' }, timeZone: 'UTC' };
}

function mount(chart: Chart): Chart {
  document.body.append(chart.element);
  chart.update(context());
  return chart;
}

describe('chart snapshots', () => {
  it('timeline: whole run, first 6 hours, log scale, with the playback cursor', async () => {
    const chart = mount(createTimelineChart());
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/timeline-all.svg');
    chart.element.querySelector<HTMLButtonElement>('[data-zoom="h6"]')!.click();
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/timeline-6h.svg');
    chart.element.querySelector<HTMLButtonElement>('[data-zoom="all"]')!.click();
    chart.setView!({ log: true });
    chart.setCursor(24 * 60);
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/timeline-log-cursor.svg');
  });

  it('timeline: scenarios compared with a ghost; the device scale fitted to the runs', async () => {
    const chart = createTimelineChart();
    document.body.append(chart.element);
    chart.update(comparison());
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/timeline-compare.svg');
    chart.setView!({ fit: true });
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/timeline-compare-fit.svg');
  });

  it('sectors: without and with the playback cursor', async () => {
    const chart = mount(createSectorChart());
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/sectors.svg');
    chart.setCursor(12 * 60);
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/sectors-cursor.svg');
  });

  it('sectors: scenarios compared', async () => {
    const chart = createSectorChart();
    document.body.append(chart.element);
    chart.update(comparison());
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/sectors-compare.svg');
  });

  it('regions: without and with the playback cursor', async () => {
    const chart = mount(createRegionChart());
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/regions.svg');
    chart.setCursor(6 * 60);
    await expect(normaliseSvg(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/regions-cursor.svg');
  });

  it('timeline: half the agents outside the kernel, their failures drawn as a line of their own, and in the table', async () => {
    const { params } = smallRun();
    const p = { ...params, push: { ...params.push, kernelModeShare: 0.5 } };
    const run = runView(simulate(p, 7), p, { id: 'main', name: 'Half the agents outside the kernel', seed: 7, paramsHash: 'abcd1234', link: '' });
    const chart = createTimelineChart();
    document.body.append(chart.element);
    chart.update({ runs: [run], timeZone: 'UTC' });
    const svg = chart.exportSvg();
    expect(svg).toContain('Sensors offline, Windows up');
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('__snapshots__/timeline-agents.svg');
    expect(chart.table().columns).toContain('Sensors offline, Windows up');
    // Without agent failures there is no such line, legend entry or column.
    const plain = mount(createTimelineChart());
    expect(plain.exportSvg()).not.toContain('Sensors offline');
    expect(plain.table().columns).not.toContain('Sensors offline, Windows up');
  });

  it('tables: the numbers behind each chart', async () => {
    for (const chart of [createTimelineChart(), createSectorChart(), createRegionChart()]) {
      mount(chart);
      const t = chart.table();
      const text = [t.columns.join('\t'), ...t.rows.map((r) => r.join('\t'))].join('\n');
      await expect(text).toMatchFileSnapshot(`__snapshots__/${chart.id}-table.tsv`);
    }
  });
});
