// A stand-in for the engine in fit tests: a hand-made result whose recovery depends on two
// parameters in a way that can be inverted by hand, so a fit's answer can be checked exactly
// and in milliseconds. 100 devices crash in hour 0; 5 x repair.staffPer1000 of them (at most
// 100) are back in hour 1, and crash.fetchPerBoot.workstation of the rest in hour 3.
import type { Target } from '../../src/calibration/index.js';
import type { Evaluate } from '../../src/fit/index.js';
import type { Params, SimResult } from '../../src/engine/index.js';
import { handMade } from './handMade.js';

export function toyResult(p: Params): SimResult {
  const k = Math.min(100, Math.round(5 * p.repair.staffPer1000));
  const later = Math.round((100 - k) * p.crash.fetchPerBoot.workstation);
  return handMade([100, 0, 0, 0, 0], [0, k, 0, later, 0], 1000);
}

/** Evaluates a batch with the toy model; counts the runs it was asked for. */
export function toyEvaluator(): { evaluate: Evaluate; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    evaluate: async (batch) => {
      calls.push(batch.length);
      return batch.map((j) => toyResult(j.params));
    },
  };
}

export const toyTarget = (id: string, minutes: number, range: [number, number], tolerance = 0.05): Target => ({
  id, label: `toy ${id}`, measure: 'crashedRecoveredShare', time: { afterPublishMinutes: minutes },
  value: range[0], range, source: { who: 'test', where: 'test', when: 'test' },
  softness: { kind: 'hard', tolerance, weight: 1, note: 'toy' }, heldByBaseline: false,
});

// Share back at the end of hour 2 (180 min) is k / 100: within [0.4, 0.5] when staffPer1000 is 7.9 to 10.1.
// Share back at the end of hour 3 (240 min) is (k + later) / 100: within [0.8, 0.85].
export const TOY_TARGETS: Target[] = [toyTarget('hour2', 180, [0.4, 0.5]), toyTarget('hour3', 240, [0.8, 0.85])];
