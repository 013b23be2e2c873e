// @vitest-environment happy-dom
// Labels never collide: in the timeline's exported SVG at three widths and on a phone-width
// screen, no annotation (event labels, the 8.5M and 97% references, notes) overlaps another or
// is crossed by a drawn line, for one run, for a comparison with the ghost, and for runs far
// smaller than the baseline. Boxes come from the same text-width estimate the chart uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, simulate, withOverrides, type Params } from '../../../src/engine/index.js';
import { runView, type RunView } from '../../../src/results/index.js';
import type { ChartInput } from '../../../src/ui/charts/chart.js';
import { boxesOverlap, lineHitsBox, type Box } from '../../../src/ui/charts/labelPlacer.js';
import { textWidth } from '../../../src/ui/charts/svgText.js';
import { createTimelineChart } from '../../../src/ui/charts/timelineChart.js';

interface Label { text: string; box: Box }

/** Sum of translate(x,y) transforms from `el` up to (not including) `stop`. */
function offset(el: Element, stop: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const m = /translate\(([-\d.]+)[, ]+([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '');
    if (m) {
      x += Number(m[1]);
      y += Number(m[2]);
    }
  }
  return [x, y];
}

function parsePath(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
}

/** Annotation labels and drawn lines of the timeline's plot group, in the plot's coordinates. */
function geometry(svgText: string): { labels: Label[]; lines: [number, number][][] } {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  // The plot group holds the panels' clip paths.
  const plot = doc.querySelector('clipPath')!.parentElement!;
  const labels: Label[] = [];
  for (const t of plot.querySelectorAll(':scope > text')) {
    const x = Number(t.getAttribute('x'));
    const y = Number(t.getAttribute('y'));
    if (x < 0) continue; // panel titles in the left margin
    const size = Number(t.getAttribute('font-size') ?? 11);
    const text = t.textContent ?? '';
    if (/^Time \(/.test(text)) continue; // the time axis title under the plot
    const w = textWidth(text, size, Number(t.getAttribute('font-weight') ?? 400) >= 600);
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    labels.push({ text, box: { x: x0, y: y - size * 0.8, w, h: size } });
  }
  const lines: [number, number][][] = [];
  for (const p of plot.querySelectorAll('path')) {
    if ((p.getAttribute('fill') ?? 'none') !== 'none') continue; // bands and shading are areas, not lines
    const pts = parsePath(p.getAttribute('d') ?? '');
    const [ox, oy] = offset(p.parentElement!, plot);
    if (pts.length > 1) lines.push(pts.map(([a, b]) => [a + ox, b + oy]));
  }
  for (const l of plot.querySelectorAll('line')) {
    if (!l.getAttribute('stroke-dasharray')) continue; // grid lines are solid and meant to be under text
    const [ox, oy] = offset(l.parentElement!, plot);
    const n = (k: string) => Number(l.getAttribute(k));
    lines.push([[n('x1') + ox, n('y1') + oy], [n('x2') + ox, n('y2') + oy]]);
  }
  return { labels, lines };
}

function problems(svgText: string): string[] {
  const { labels, lines } = geometry(svgText);
  const out: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box, 0)) out.push(`"${a.text}" overlaps "${b.text}"`);
    // A hair inside the box: a line that only grazes the estimated edge is not a collision.
    const inner = { x: a.box.x + 1, y: a.box.y + 1, w: a.box.w - 2, h: a.box.h - 2 };
    lines.forEach((l, k) => {
      if (lineHitsBox(l, { ...inner, x: inner.x + 2, y: inner.y + 2, w: inner.w - 4, h: inner.h - 4 })) out.push(`line ${k} crosses "${a.text}"`);
    });
  });
  return out;
}

const view = (p: Params, seed: number, id: string, name: string): RunView =>
  runView(simulate(p, seed), p, { id, name, seed, paramsHash: id, link: '' });

let baseline: RunView;
let business: RunView;
let tiny: RunView;

beforeAll(() => {
  baseline = view(defaultParams(), 1, 'baseline', 'July 2024 baseline');
  business = view(withOverrides({ 'push.publishAt': '2024-07-19T14:00:00Z' }), 1, 'main', 'Release during US business hours');
  tiny = view(withOverrides({ 'push.canaryShare': 0.01, 'push.haltAfterCrashes': 1000 }), 1, 'compare-1', 'Canary with a halt');
}, 60_000);

function exportAt(input: ChartInput, width: number, view: Record<string, string | boolean> = {}): string {
  const chart = createTimelineChart();
  const plot = chart.element.querySelector<HTMLElement>('.chart-plot')!;
  Object.defineProperty(plot, 'clientWidth', { configurable: true, get: () => width });
  document.body.append(chart.element);
  chart.update(input);
  chart.setView!(view);
  return chart.exportSvg();
}

describe('timeline labels never collide', () => {
  const cases: [string, () => ChartInput, Record<string, string | boolean>][] = [
    ['the baseline', () => ({ runs: [baseline], timeZone: 'UTC' }), {}],
    ['the baseline, first 2 days', () => ({ runs: [baseline], timeZone: 'UTC' }), { zoom: 'd2' }],
    ['the baseline, first 6 hours, log scale', () => ({ runs: [baseline], timeZone: 'UTC' }), { zoom: 'h6', log: true }],
    ['US business hours with the ghost', () => ({ runs: [business], ghost: baseline, timeZone: 'UTC' }), {}],
    ['a canary run, fitted', () => ({ runs: [tiny], ghost: baseline, timeZone: 'UTC' }), { fit: true }],
    ['three runs compared', () => ({ runs: [{ ...business, colorIndex: 0 }, { ...tiny, colorIndex: 1 }, { ...baseline, id: 'b2', colorIndex: 2 }], ghost: baseline, timeZone: 'UTC' }), {}],
  ];
  for (const width of [640, 960, 1200]) {
    it.each(cases)(`%s at ${width} px: no label overlaps a label or a line, and the references are labelled`, (_name, input, v) => {
      const svg = exportAt(input(), width, v);
      expect(problems(svg)).toEqual([]);
      // Every reference keeps a label: none was dropped to avoid a collision.
      const texts = geometry(svg).labels.map((l) => l.text);
      if (v['fit']) expect(svg).toMatch(/8\.5M[^<]*(off this scale|top of the scale)/);
      else expect(texts.some((t) => t.startsWith('8.5M'))).toBe(true);
      if (v['zoom'] !== 'h6' && v['zoom'] !== 'd2') expect(texts.some((t) => t.includes('97%'))).toBe(true);
    });
  }

  it('on a phone-width screen (360 px): no label overlaps a label or a line', () => {
    for (const [name, input, v] of cases) {
      const chart = createTimelineChart();
      const plot = chart.element.querySelector<HTMLElement>('.chart-plot')!;
      Object.defineProperty(plot, 'clientWidth', { configurable: true, get: () => 360 });
      document.body.append(chart.element);
      chart.update(input());
      chart.setView!(v);
      const svg = chart.element.querySelector('svg.chart-svg')!;
      expect(problems(new XMLSerializer().serializeToString(svg)), name).toEqual([]);
    }
  });
});
