// Every chosen target on one result: the model's value beside the published one, whether it is
// met and how far off it is. The distance is in tolerances (0 inside the range, 1 one tolerance
// outside) so targets in devices and in shares can be weighed together.
import type { SimResult } from '../engine/types.js';
import { toSeries, type Series } from '../results/series.js';
import { MEASURES, withinRun } from './measures.js';
import { TARGETS } from './targets.js';
import type { Target, TargetFit, TargetTime, TargetWindow } from './types.js';

export interface EvaluateOptions {
  /** The result's series, if already computed. */
  series?: Series;
  /** The run's share of the full fleet (reduced-scale runs): counts are divided by it. Default 1. */
  scale?: number;
}

/** Minutes after the run's publish time. */
export function minutesAfterPublish(r: Pick<SimResult, 'publishAtMs'>, t: TargetTime): number {
  return 'iso' in t ? (Date.parse(t.iso) - r.publishAtMs) / 60000 : t.afterPublishMinutes;
}

const isWindow = (t: Target['time']): t is TargetWindow => t !== null && 'from' in t;

/** Where the target is read, in minutes after the run's publish time. */
export function targetMinutes(r: Pick<SimResult, 'publishAtMs'>, t: Target): number | readonly [number, number] | null {
  if (t.time === null) return null;
  if (isWindow(t.time)) return [minutesAfterPublish(r, t.time.from), minutesAfterPublish(r, t.time.to)];
  return minutesAfterPublish(r, t.time);
}

/** Model value minus the nearest end of the range (0 inside). */
export function gapTo(range: readonly [number, number], x: number): number {
  return x < range[0] ? x - range[0] : x > range[1] ? x - range[1] : 0;
}

export function evaluateTarget(r: SimResult, t: Target, series: Series, scale = 1): TargetFit {
  const at = targetMinutes(r, t);
  const spec = MEASURES[t.measure];
  // A window measure reads the whole run; an instant one needs the run to reach that minute.
  const covered = spec.reads !== 'instant' || (typeof at === 'number' && withinRun(r, at));
  const atMinutes = at === null ? null : typeof at === 'number' ? at : at[1];
  return judge(t, covered ? spec.read(r, series, at, scale) : null, atMinutes);
}

/** How a model value (null: the run does not cover the target's time) measures up to a target. */
export function judge(t: Target, model: number | null, atMinutes: number | null): TargetFit {
  const base = {
    id: t.id, label: t.label, measure: t.measure, atMinutes,
    value: t.value, range: t.range, kind: t.softness.kind, weight: t.softness.weight, tolerance: t.softness.tolerance,
  };
  if (model === null) return { ...base, model: null, met: false, gap: null, distance: Infinity, verdict: 'outside the run' };
  const gap = gapTo(t.range, model);
  const distance = Math.abs(gap) / t.softness.tolerance;
  return { ...base, model, met: gap === 0, gap, distance, verdict: gap === 0 ? 'met' : distance <= 1 ? 'near' : 'missed' };
}

/** Every target in `targets` (default: all) on one result. */
export function evaluateTargets(r: SimResult, targets: readonly Target[] = TARGETS, opts: EvaluateOptions = {}): TargetFit[] {
  const series = opts.series ?? toSeries(r);
  const scale = opts.scale ?? 1;
  return targets.map((t) => evaluateTarget(r, t, series, scale));
}

/**
 * One number for a set of fits: the weighted root mean square of their distances, in
 * tolerances. 0 when every target is met.
 */
export function combinedDistance(fits: readonly Pick<TargetFit, 'distance' | 'weight'>[]): number {
  let s = 0;
  let w = 0;
  for (const f of fits) {
    s += f.weight * f.distance * f.distance;
    w += f.weight;
  }
  return w > 0 ? Math.sqrt(s / w) : 0;
}
