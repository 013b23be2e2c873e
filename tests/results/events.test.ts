import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/engine/index.js';
import { eventMarks } from '../../src/results/events.js';
import { smallRun } from '../ui/smallRun.js';

describe('eventMarks', () => {
  const { result } = smallRun();
  const t0 = result.publishAtMs;

  it('eventMarks lists publish, revert, USB tool and automated remediation at their times', () => {
    const params = defaultParams();
    const marks = eventMarks(result, params);
    expect(marks.map((m) => m.id)).toEqual(['publish', 'content-end', 'usb-tool', 'auto-remediation']);
    expect(marks[0]!.timeMs).toBe(Date.UTC(2024, 6, 19, 4, 9));
    expect(marks[1]!.timeMs).toBe(t0 + result.contentEndMinutes * 60_000);
    expect(marks[1]!.label).toBe('Update reverted');
    expect(marks[2]!.timeMs).toBe(t0 + params.vendor.usbToolHours * 3_600_000);
    expect(marks[3]!.timeMs).toBe(t0 + params.vendor.autoRemediationHours * 3_600_000);
    expect(marks[0]!.source).toMatch(/CrowdStrike/);
    expect(marks[2]!.source).toMatch(/Microsoft/);
  });

  it('eventMarks says "halt" when the rollout was halted, and "scenario setting" for changed times', () => {
    const params = defaultParams();
    params.vendor.usbToolHours = 5;
    const marks = eventMarks({ ...result, haltAtMinutes: 30, contentEndMinutes: 30 }, params);
    expect(marks[1]!.label).toMatch(/halt/i);
    expect(marks[1]!.timeMs).toBe(t0 + 30 * 60_000);
    expect(marks[2]!.source).toBe('scenario setting');
  });
});
