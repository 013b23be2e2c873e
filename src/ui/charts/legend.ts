// Legends: on screen, a row of buttons that hide or show a series (aria-pressed says which);
// in exports, the same entries drawn in SVG above the plot.
import { tr } from '../pageLocale.js';
import type { Selection } from 'd3-selection';
import { INK } from './palette.js';
import { textWidth } from './svgText.js';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** stroke-dasharray for line entries. */
  dash?: string;
  shape?: 'line' | 'bar' | 'dot' | 'ring';
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function swatch(item: LegendItem): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('chart-swatch');
  const shape = item.shape ?? 'line';
  const el = document.createElementNS(SVG_NS, shape === 'line' ? 'line' : shape === 'bar' ? 'rect' : 'circle');
  if (shape === 'ring') {
    for (const [k, v] of [['cx', '11'], ['cy', '6'], ['r', '4'], ['fill', '#ffffff'], ['stroke-width', '2']]) el.setAttribute(k!, v!);
    el.setAttribute('stroke', item.color);
  } else if (shape === 'line') {
    for (const [k, v] of [['x1', '1'], ['x2', '21'], ['y1', '6'], ['y2', '6'], ['stroke-width', '3']]) el.setAttribute(k!, v!);
    el.setAttribute('stroke', item.color);
    if (item.dash) el.setAttribute('stroke-dasharray', item.dash);
  } else if (shape === 'bar') {
    for (const [k, v] of [['x', '3'], ['y', '1'], ['width', '16'], ['height', '10']]) el.setAttribute(k!, v!);
    el.setAttribute('fill', item.color);
  } else {
    for (const [k, v] of [['cx', '11'], ['cy', '6'], ['r', '4.5']]) el.setAttribute(k!, v!);
    el.setAttribute('fill', item.color);
  }
  svg.append(el);
  return svg;
}

export interface Legend {
  element: HTMLElement;
  setItems(items: readonly LegendItem[], hidden: ReadonlySet<string>): void;
}

/** On-screen legend. With `onToggle`, each entry is a button that hides or shows its series. */
export function createLegend(onToggle?: (key: string) => void): Legend {
  const element = document.createElement('div');
  element.className = 'chart-legend';
  return {
    element,
    setItems(items, hidden) {
      element.replaceChildren(
        ...items.map((item) => {
          const entry = document.createElement(onToggle ? 'button' : 'span');
          entry.className = 'chart-legend-item';
          entry.append(swatch(item), document.createTextNode(item.label));
          if (entry instanceof HTMLButtonElement && onToggle) {
            entry.type = 'button';
            entry.setAttribute('aria-pressed', String(!hidden.has(item.key)));
            entry.title = hidden.has(item.key) ? tr('chart.legend.show') : tr('chart.legend.hide');
            entry.dataset['series'] = item.key;
            entry.addEventListener('click', () => onToggle(item.key));
          }
          return entry;
        }),
      );
    },
  };
}

/** Draws legend entries in rows no wider than `width`; returns the height used. */
export function drawSvgLegend(
  g: Selection<SVGGElement, unknown, null, undefined>, items: readonly LegendItem[], width: number, size = 12,
): number {
  const rowH = Math.round(size * 1.6);
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 26 + textWidth(item.label, size) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const e = g.append('g').attr('transform', `translate(${x},${row * rowH})`);
    const shape = item.shape ?? 'line';
    if (shape === 'line') {
      const l = e.append('line').attr('x1', 0).attr('x2', 20).attr('y1', 0).attr('y2', 0)
        .attr('stroke', item.color).attr('stroke-width', 3);
      if (item.dash) l.attr('stroke-dasharray', item.dash);
    } else if (shape === 'bar') {
      e.append('rect').attr('x', 2).attr('y', -5).attr('width', 16).attr('height', 10).attr('fill', item.color);
    } else if (shape === 'ring') {
      e.append('circle').attr('cx', 10).attr('cy', 0).attr('r', 4).attr('fill', '#ffffff').attr('stroke', item.color).attr('stroke-width', 2);
    } else {
      e.append('circle').attr('cx', 10).attr('cy', 0).attr('r', 4.5).attr('fill', item.color);
    }
    e.append('text').attr('x', 26).attr('y', 0).attr('dy', '0.35em').attr('font-size', size).attr('fill', INK.text).text(item.label);
    x += w;
  }
  return items.length ? (row + 1) * rowH : 0;
}
