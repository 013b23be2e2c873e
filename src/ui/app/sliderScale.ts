// Slider positions for parameters whose range spans orders of magnitude (a fleet of 1,000 to
// 60 million): such sliders move on a log scale so every size is reachable; the number box
// beside them still takes any exact value. The keys move the value itself, not the position:
// a position is 1/1000 of the slider, which on a share from 0 to 1 is less than its step of
// 0.01, so a key press on the native slider could snap back to the same value.
export const SLIDER_STEPS = 1000;

export interface RangeSpec {
  min: number;
  max: number;
  step: number;
}

export function isLogScale(s: RangeSpec): boolean {
  if (s.min > 0 && s.max / s.min >= 1000) return true;
  return s.max - s.min >= 10_000 * Math.max(s.step, 1) && s.max >= 10_000;
}

/** Slider position (0..SLIDER_STEPS, unrounded) for a value; values outside the range pin to the ends. */
function exactPosition(s: RangeSpec, v: number): number {
  const x = Math.min(s.max, Math.max(s.min, v));
  const f = isLogScale(s) ? Math.log1p(x - s.min) / Math.log1p(s.max - s.min) : (x - s.min) / (s.max - s.min);
  return f * SLIDER_STEPS;
}

/** Slider position (0..SLIDER_STEPS) for a value; values outside the range pin to the ends. */
export function toPosition(s: RangeSpec, v: number): number {
  return Math.round(exactPosition(s, v));
}

/** Value for a slider position, on the parameter's step grid and within its range. */
export function fromPosition(s: RangeSpec, pos: number): number {
  const f = Math.min(1, Math.max(0, pos / SLIDER_STEPS));
  if (f === 0) return s.min;
  if (f === 1) return s.max;
  const raw = isLogScale(s) ? s.min + Math.expm1(f * Math.log1p(s.max - s.min)) : s.min + f * (s.max - s.min);
  return snap(s, raw);
}

/** Rounds to the step grid counted from min, with a tidy number of significant digits on log sliders. */
export function snap(s: RangeSpec, raw: number): number {
  let v = s.min + Math.round((raw - s.min) / s.step) * s.step;
  if (isLogScale(s) && v > 100) {
    const mag = Math.pow(10, Math.floor(Math.log10(v)) - 1);
    v = Math.round(v / mag) * mag;
  }
  return tidy(s, v);
}

function tidy(s: RangeSpec, v: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(s.step) + 1e-9));
  const x = Number(v.toFixed(Math.min(10, decimals + 2)));
  return Math.min(s.max, Math.max(s.min, x));
}

/** A page key moves a tenth of a linear slider, or a twentieth of a log one (about ×2.5 on the fleet). */
const PAGE_SHARE_LINEAR = 0.1;
const PAGE_POSITIONS_LOG = SLIDER_STEPS / 20;

export type SliderKey = 'up' | 'down' | 'pageUp' | 'pageDown' | 'home' | 'end';

/**
 * The value after a key press on a slider showing `v`. Arrows move one step of the parameter on
 * a linear slider, and to the next tidy value along a log one; both always change the value
 * unless it is already at that end of the range.
 */
export function keyValue(s: RangeSpec, v: number, key: SliderKey): number {
  if (key === 'home') return s.min;
  if (key === 'end') return s.max;
  const dir = key === 'up' || key === 'pageUp' ? 1 : -1;
  const page = key === 'pageUp' || key === 'pageDown';
  if (dir > 0 && v >= s.max) return s.max;
  if (dir < 0 && v <= s.min) return s.min;
  const moved = (x: number) => (dir > 0 ? x > v : x < v);
  if (!isLogScale(s)) {
    const steps = page ? Math.max(1, Math.round(((s.max - s.min) * PAGE_SHARE_LINEAR) / s.step)) : 1;
    const next = tidy(s, s.min + Math.round((v + dir * steps * s.step - s.min) / s.step) * s.step);
    return moved(next) ? next : tidy(s, v + dir * s.step);
  }
  // Log slider: walk the positions until the tidy value changes (at least a page's worth for page keys).
  const from = exactPosition(s, v);
  const first = page ? PAGE_POSITIONS_LOG : 1;
  for (let p = from + dir * first; p >= -1 && p <= SLIDER_STEPS + 1; p += dir) {
    const next = fromPosition(s, p);
    if (moved(next)) return next;
  }
  return dir > 0 ? s.max : s.min;
}

/** The slider key a keyboard event names, or null for keys the slider leaves alone. */
export function sliderKey(key: string): SliderKey | null {
  switch (key) {
    case 'ArrowUp': case 'ArrowRight': return 'up';
    case 'ArrowDown': case 'ArrowLeft': return 'down';
    case 'PageUp': return 'pageUp';
    case 'PageDown': return 'pageDown';
    case 'Home': return 'home';
    case 'End': return 'end';
    default: return null;
  }
}
