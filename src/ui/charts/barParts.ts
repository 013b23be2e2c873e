// Small drawing pieces the service row charts share: a value axis on top of a panel with its
// grid, a bar with its value written beside it (inside when it does not fit), a reference
// diamond, and the line shown while the service figures are still being worked out.
import { tr } from '../pageLocale.js';
import { axisTop } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import type { G } from './rowChart.js';
import { drawAxis } from './axes.js';
import { INK } from './palette.js';
import type { Panel, RowLayout } from './rows.js';
import { textWidth } from './svgText.js';

const LABEL = 11;

/** Ticks for a value axis about one per 80 px, formatted; first and last label kept inside. */
export function panelAxis(g: G, layout: RowLayout, p: Panel, x: ScaleLinear<number, number>, rows: number, format: (v: number) => string): void {
  const ticks = x.ticks(Math.max(2, Math.min(6, Math.floor(p.w / 80))));
  const ga = drawAxis(g, axisTop(x).tickValues(ticks).tickFormat((d) => format(+d)).tickSize(4), `translate(${p.x},${layout.top - 6})`);
  ga.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 ? 'start' : i === ticks.length - 1 && x(ticks[i]!) > p.w - 20 ? 'end' : 'middle'));
  const bottom = layout.top + rows * layout.rowH;
  for (const t of ticks.slice(1)) {
    g.append('line').attr('x1', p.x + x(t)).attr('x2', p.x + x(t)).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.grid);
  }
}

/** A bar from the panel's left edge, with `label` after its end (or inside, in white, when it does not fit). */
export function valueBar(g: G, p: Panel, w: number, y: number, h: number, color: string, label: string, opts: { bold?: boolean; size?: number } = {}): void {
  const width = Math.max(0, Math.min(p.w, w));
  g.append('rect').attr('x', p.x).attr('y', y).attr('width', width).attr('height', h).attr('fill', color);
  if (!label) return;
  const size = Math.min(opts.size ?? LABEL, Math.max(8, h + 3));
  const lx = p.x + width + 4;
  const fits = lx + textWidth(label, size) <= p.x + p.w;
  const inside = !fits && textWidth(label, size) + 8 <= width;
  g.append('text').attr('x', fits || !inside ? lx : p.x + width - 4).attr('y', y + h / 2).attr('dy', '0.35em')
    .attr('text-anchor', fits || !inside ? 'start' : 'end').attr('font-size', size).attr('font-weight', opts.bold ? 600 : 400)
    .attr('fill', inside ? INK.background : INK.text).text(label);
}

/** A hollow diamond: a published figure to compare with. */
export function referenceMark(g: G, x: number, y: number, r = 5): void {
  g.append('path').attr('d', `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`)
    .attr('fill', INK.background).attr('stroke', INK.reference).attr('stroke-width', 1.5);
}

/** The plot while the service figures are being derived (they follow the device figures). */
export function waitingLayout(g: G, width: number, text: string): RowLayout {
  g.append('text').attr('x', 0).attr('y', 20).attr('font-size', 13).attr('fill', INK.muted).text(text);
  return { narrow: width < 560, labelW: 0, top: 30, rowH: 30, barTop: 0, panels: [{ x: 0, w: width }], height: 36 };
}

/** A layout with rows tall enough for `bars` bars of at least `minBar` px each. */
export function withBars(layout: RowLayout, rows: number, bars: number, minBar = 8): RowLayout {
  const rowH = Math.max(layout.rowH, layout.barTop + 10 + bars * minBar);
  return { ...layout, rowH, height: layout.top + rows * rowH + 8 };
}

/** What a service chart says until the service figures are in (a function: in the page's language). */
export const WAITING = (): string => tr('chart.waiting');
