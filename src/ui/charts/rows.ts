// Layout and keyboard for the row charts (one row per sector or region): a label column, then
// side-by-side panels each with a wrapped heading and a top axis. On phones the labels move above
// their row so the panels keep the width.
import type { Selection } from 'd3-selection';
import { INK } from './palette.js';
import { appendLines, textWidth, wrapLines } from './svgText.js';

export interface Panel {
  x: number;
  w: number;
}

export interface RowLayout {
  narrow: boolean;
  labelW: number;
  /** Top of the first row. */
  top: number;
  rowH: number;
  /** Offset of the bars inside a row (below the label on phones). */
  barTop: number;
  panels: Panel[];
  height: number;
}

const HEADING_SIZE = 12;
const LABEL_SIZE = 12;
const GAP = 32;

/** `labels` are the row labels (the column is sized to the longest, within limits); `shares`
 * split the remaining width between the panels. */
export function rowLayout(
  width: number, labels: readonly string[], shares: readonly number[], headings: readonly string[], lines = 1,
): RowLayout {
  const narrow = width < 560;
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_SIZE)));
  const labelW = narrow ? 0 : Math.floor(Math.min(width * 0.28, Math.max(100, longest + 14)));
  const avail = width - labelW - GAP * (shares.length - 1);
  const total = shares.reduce((a, b) => a + b, 0);
  let x = labelW;
  const panels = shares.map((s) => {
    const p = { x, w: Math.floor((avail * s) / total) };
    x += p.w + GAP;
    return p;
  });
  const headingLines = Math.max(...headings.map((h, i) => wrapLines(h, panels[i]!.w, HEADING_SIZE, true).length));
  const top = headingLines * 16 + 30;
  // A row holds one line of marks per run compared: 30 px for one, 12 more for each other.
  const rowH = (narrow ? 42 : 30) + Math.max(0, lines - 1) * 12;
  const barTop = narrow ? 16 : 0;
  return { narrow, labelW, top, rowH, barTop, panels, height: top + labels.length * rowH + 8 };
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawHeadings(g: G, layout: RowLayout, headings: readonly string[]): void {
  headings.forEach((h, i) => {
    const p = layout.panels[i]!;
    appendLines(g, h, p.x, 13, p.w, { size: HEADING_SIZE, fill: INK.text, weight: 600, lineHeight: 16 });
  });
}

/** The row's label: above the bars on phones, else right-aligned in the label column, on two
 * smaller lines when it does not fit on one. */
export function drawRowLabel(g: G, layout: RowLayout, label: string, y0: number, mid: number): void {
  if (layout.narrow) {
    g.append('text').attr('x', 0).attr('y', y0 + 12).attr('font-size', LABEL_SIZE).attr('fill', INK.text).text(label);
    return;
  }
  const x = layout.labelW - 10;
  const fits = textWidth(label, LABEL_SIZE) <= layout.labelW - 10;
  const lines = fits ? [label] : wrapLines(label, layout.labelW - 10, 11).slice(0, 2);
  const size = fits ? LABEL_SIZE : 11;
  const t = g.append('text').attr('x', x).attr('y', mid - ((lines.length - 1) * 12) / 2)
    .attr('text-anchor', 'end').attr('font-size', size).attr('fill', INK.text);
  lines.forEach((line, i) => t.append('tspan').attr('x', x).attr('dy', i === 0 ? '0.35em' : 12).text(line));
}

/** Up and down arrows move between rows, Home and End jump, Escape clears. Returns the new row,
 * null to clear, or undefined when the key is not ours. */
export function rowForKey(key: string, current: number | null, count: number): number | null | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current === null ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowUp':
      return current === null ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/** The highlight band on the active row and an invisible pointer target per row. */
export function drawRowTargets(
  overlay: G, layout: RowLayout, count: number, width: number, active: number | null, setActive: (i: number | null) => void,
): void {
  if (active !== null && active < count) {
    overlay.append('rect').attr('x', 0).attr('y', layout.top + active * layout.rowH).attr('width', width).attr('height', layout.rowH)
      .attr('fill', INK.text).attr('fill-opacity', 0.06);
  }
  for (let i = 0; i < count; i++) {
    overlay.append('rect').attr('x', 0).attr('y', layout.top + i * layout.rowH).attr('width', width).attr('height', layout.rowH)
      .attr('fill', 'transparent')
      .on('pointerenter', () => setActive(i))
      .on('pointerleave', () => {
        if (active === i) setActive(null);
      });
  }
}

/** Arrow keys on the focused plot move the active row (see rowForKey); leaving the plot clears it. */
export function bindRowKeys(
  svg: SVGSVGElement, count: () => number, active: () => number | null, setActive: (i: number | null) => void,
): void {
  svg.addEventListener('keydown', (ev) => {
    const next = rowForKey(ev.key, active(), count());
    if (next === undefined) return;
    ev.preventDefault();
    setActive(next);
  });
  svg.addEventListener('blur', () => setActive(null));
}
