// Keeps annotation labels off the lines and off each other. A label has a few candidate boxes
// (right of its mark, left of it, above, below…); the first that touches no drawn line and no
// label already placed wins. Lines are the drawn paths as polylines in plot coordinates; text
// widths are estimated (svgText.textWidth), so every box carries a small margin.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A drawn line as points in plot coordinates (already decimated to about one per pixel). */
export type Polyline = ArrayLike<readonly [number, number]> | readonly (readonly [number, number])[];

export interface Obstacles {
  lines: Polyline[];
  boxes: Box[];
  /** Where labels may go (the plot's box): a box outside it is refused. */
  bounds: Box;
}

const MARGIN = 2;

export function boxesOverlap(a: Box, b: Box, margin = MARGIN): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

function inside(b: Box, bounds: Box): boolean {
  return b.x >= bounds.x - 0.5 && b.y >= bounds.y - 0.5 && b.x + b.w <= bounds.x + bounds.w + 0.5 && b.y + b.h <= bounds.y + bounds.h + 0.5;
}

/** Whether the segment p-q passes through the box (grown by the margin). */
function segmentHitsBox(p: readonly [number, number], q: readonly [number, number], b: Box): boolean {
  const x0 = b.x - MARGIN;
  const x1 = b.x + b.w + MARGIN;
  const y0 = b.y - MARGIN;
  const y1 = b.y + b.h + MARGIN;
  // Liang-Barsky clipping: the segment meets the box if some part of it survives the clip.
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [[-dx, p[0] - x0], [dx, x1 - p[0]], [-dy, p[1] - y0], [dy, y1 - p[1]]];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const t = qq / pp;
      if (pp < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return t0 <= t1;
}

export function lineHitsBox(line: Polyline, b: Box): boolean {
  const n = line.length;
  if (n === 1) {
    const p = line[0]!;
    return p[0] >= b.x - MARGIN && p[0] <= b.x + b.w + MARGIN && p[1] >= b.y - MARGIN && p[1] <= b.y + b.h + MARGIN;
  }
  for (let i = 1; i < n; i++) {
    const p = line[i - 1]!;
    const q = line[i]!;
    // Skip segments wholly left or right of the box: most of a long line.
    if (Math.max(p[0], q[0]) < b.x - MARGIN || Math.min(p[0], q[0]) > b.x + b.w + MARGIN) continue;
    if (segmentHitsBox(p, q, b)) return true;
  }
  return false;
}

/** Whether a box is free: inside the bounds, off every line and every placed box. */
export function isFree(b: Box, o: Obstacles): boolean {
  return inside(b, o.bounds) && !o.boxes.some((x) => boxesOverlap(x, b)) && !o.lines.some((l) => lineHitsBox(l, b));
}

/** The first free candidate (added to the obstacles), or null when none is free. */
export function place(candidates: readonly Box[], o: Obstacles): Box | null {
  for (const c of candidates) {
    if (isFree(c, o)) {
      o.boxes.push(c);
      return c;
    }
  }
  return null;
}
