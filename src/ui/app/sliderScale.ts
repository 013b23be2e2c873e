// Slider positions for parameters whose range spans orders of magnitude (a fleet of 1,000 to
// 200 million): such sliders move on a log scale so every size is reachable; the number box
// beside them still takes any exact value.
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

/** Slider position (0..SLIDER_STEPS) for a value; values outside the range pin to the ends. */
export function toPosition(s: RangeSpec, v: number): number {
  const x = Math.min(s.max, Math.max(s.min, v));
  const f = isLogScale(s) ? Math.log1p(x - s.min) / Math.log1p(s.max - s.min) : (x - s.min) / (s.max - s.min);
  return Math.round(f * SLIDER_STEPS);
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
  const decimals = Math.max(0, -Math.floor(Math.log10(s.step) + 1e-9));
  v = Number(v.toFixed(Math.min(10, decimals + 2)));
  return Math.min(s.max, Math.max(s.min, v));
}
