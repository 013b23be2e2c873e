// @vitest-environment happy-dom
// Snapshots of the service charts and the organisation charts, as in snapshots.test.ts: each
// chart's exported SVG for the small run with its service figures, normalised; the world map by
// its table (its country outlines would make a snapshot of mostly coordinates) and by what it draws.
import { describe, expect, it } from 'vitest';
import { moneyBands, moneyMember, type RunView } from '../../../src/results/index.js';
import type { Chart, ChartInput } from '../../../src/ui/charts/chart.js';
import { createDispatchChart } from '../../../src/ui/charts/dispatchChart.js';
import { createFlightsChart } from '../../../src/ui/charts/flightsChart.js';
import { createHospitalsChart } from '../../../src/ui/charts/hospitalsChart.js';
import { createMoneyChart } from '../../../src/ui/charts/moneyChart.js';
import { createOrgCurveChart } from '../../../src/ui/charts/orgCurveChart.js';
import { createOrgDaysChart } from '../../../src/ui/charts/orgDaysChart.js';
import { createServicesChart } from '../../../src/ui/charts/servicesChart.js';
import { createWorldMap } from '../../../src/ui/charts/worldMap.js';
import { smallServiceView } from '../smallRun.js';
import { normaliseSvg } from './normaliseSvg.js';

const input = (runs: RunView[], ghost: RunView | null = null): ChartInput => ({ runs, ghost, timeZone: 'UTC' });
const normalise = (svg: string) => normaliseSvg(svg).replace(/(map-clip-|org-curve-clip-)\d+(-\d+)?/g, '$1N');

function mount(chart: Chart, data: ChartInput): Chart {
  document.body.append(chart.element);
  chart.update(data);
  return chart;
}

const tsv = (c: Chart) => {
  const t = c.table();
  return [t.columns.join('\t'), ...t.rows.map((r) => r.join('\t'))].join('\n');
};

/** A second run: the small run with its flights halved, published a day later. */
function other(): RunView {
  const v = smallServiceView();
  const f = v.services!.flights;
  const byDay = f.byDay.map((d, i) => ({ ...d, date: new Date(Date.parse(`${d.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10), cancelled: d.cancelled / (i + 2) }));
  return { ...v, id: 'compare-1', name: 'Another what-if', colorIndex: 1, services: { ...v.services!, flights: { ...f, byDay } } };
}

describe('service chart snapshots', () => {
  it('flights: one run, then two side by side', async () => {
    const chart = mount(createFlightsChart(), input([smallServiceView()]));
    await expect(normalise(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/flights.svg');
    chart.update(input([{ ...smallServiceView(), colorIndex: 0 }, other()]));
    await expect(normalise(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/flights-compare.svg');
    await expect(tsv(chart)).toMatchFileSnapshot('__snapshots__/flights-compare-table.tsv');
  });

  it('services by sector, with the playback cursor', async () => {
    const chart = mount(createServicesChart(), input([smallServiceView()]));
    chart.setCursor(10 * 60);
    await expect(normalise(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/services-cursor.svg');
    await expect(tsv(chart)).toMatchFileSnapshot('__snapshots__/services-cursor-table.tsv');
  });

  it('hospitals and dispatch centres', async () => {
    for (const [make, name] of [[createHospitalsChart, 'hospitals'], [createDispatchChart, 'dispatch']] as const) {
      const chart = mount(make(), input([smallServiceView()]));
      await expect(normalise(chart.exportSvg())).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
      await expect(tsv(chart)).toMatchFileSnapshot(`__snapshots__/${name}-table.tsv`);
    }
  });

  it('money, with the bands of an ensemble', async () => {
    const v = smallServiceView();
    const m = moneyMember(v.services!);
    const members = [0.6, 0.9, 1, 1.2, 1.7].map((f) => ({ lossUSD: m.lossUSD * f, bySector: m.bySector.map((x) => x * f), fortune500: m.fortune500 * f }));
    const chart = mount(createMoneyChart(), input([{ ...v, bands: { ...({} as NonNullable<RunView['bands']>), money: moneyBands(members) } }]));
    await expect(normalise(chart.exportSvg())).toMatchFileSnapshot('__snapshots__/money-bands.svg');
    await expect(tsv(chart)).toMatchFileSnapshot('__snapshots__/money-bands-table.tsv');
  });

  it('a chart waits for the service figures: no export, no table, until they come', () => {
    const bare = { ...smallServiceView(), services: null };
    for (const make of [createFlightsChart, createServicesChart, createHospitalsChart, createDispatchChart, createMoneyChart, createOrgDaysChart]) {
      const chart = mount(make(), input([bare]));
      expect(() => chart.exportSvg(), chart.id).toThrow(/No result/);
      expect(chart.exportMeta?.(), chart.id).toBeNull();
      expect(chart.element.querySelector<HTMLButtonElement>('[data-export="svg"]')!.disabled, chart.id).toBe(true);
    }
  });

  it('world map: its table at the peak and at the cursor; countries coloured by region, night shaded, cities marked', async () => {
    const chart = mount(createWorldMap(), input([smallServiceView()]));
    await expect(tsv(chart)).toMatchFileSnapshot('__snapshots__/map-peak-table.tsv');
    chart.setCursor(8 * 60);
    await expect(tsv(chart)).toMatchFileSnapshot('__snapshots__/map-8h-table.tsv');
    const svg = chart.exportSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const paths = [...doc.querySelectorAll('path')];
    expect(paths.length).toBeGreaterThan(170);
    expect(doc.querySelectorAll('clipPath').length).toBe(3);
    expect(doc.querySelectorAll('circle').length).toBe(11 + 1); // the cities and the legend's dot
    expect(svg).toContain('Tokyo Fri 13:09');
    expect(svg).toContain('New York Fri 00:09');
    expect(svg).toContain('Natural Earth');
    expect(paths.some((p) => p.getAttribute('fill') === '#0b1f3a')).toBe(true);
  });

  it('organisation: the curve beside the global run, and its days', async () => {
    const v = { ...smallServiceView(), id: 'org', name: 'Clinic under “Snapshot run”' };
    const curve = mount(createOrgCurveChart(), input([v], { ...smallServiceView(), id: 'baseline' }));
    curve.setCursor(20 * 60);
    await expect(normalise(curve.exportSvg())).toMatchFileSnapshot('__snapshots__/org-curve.svg');
    const days = mount(createOrgDaysChart(), input([v]));
    await expect(normalise(days.exportSvg())).toMatchFileSnapshot('__snapshots__/org-days.svg');
    await expect(tsv(days)).toMatchFileSnapshot('__snapshots__/org-days-table.tsv');
  });
});
