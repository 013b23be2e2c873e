// The playback cursor on a time chart: a line across every panel at the cursor's moment, and a
// label beside it (on the left when it would leave the plot). Each chart says what the label reads.
import { INK } from './palette.js';
import { textWidth } from './svgText.js';
import type { TimeGeometry, TimeView } from './timeChart.js';

const MINUTE = 60_000;
const LABEL = 11;

/** Draws the cursor of `v` on `geom`, labelled with `label(ms)` (ms: the cursor's moment, epoch ms). */
export function drawTimeCursor(geom: TimeGeometry, v: TimeView, label: (ms: number) => string): void {
  const { g, x, ph, pw } = geom;
  const ms = v.run.publishAtMs + v.cursorMin! * MINUTE;
  const cx = x(ms);
  if (cx < 0 || cx > pw) return;
  g.append('line').attr('x1', cx).attr('x2', cx).attr('y1', 0).attr('y2', ph).attr('stroke', INK.text).attr('stroke-width', 1.5);
  const text = label(ms);
  const w = textWidth(text, LABEL);
  g.append('text').attr('x', cx + 4 + w > pw ? cx - 4 - w : cx + 4).attr('y', ph - 6).attr('font-size', LABEL).attr('fill', INK.text).text(text);
}
