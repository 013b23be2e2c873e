// Calibration targets as data, and how a result measures up to them.
export type { Target, TargetFit, TargetTime, TargetWindow, TargetSource, Softness, MeasureId } from './types.js';
export { TARGETS, TARGET_BY_ID } from './targets.js';
export { MEASURES, withinRun } from './measures.js';
export type { MeasureSpec } from './measures.js';
export { evaluateTargets, evaluateTarget, judge, combinedDistance, gapTo, minutesAfterPublish, targetMinutes } from './evaluate.js';
export type { EvaluateOptions } from './evaluate.js';
