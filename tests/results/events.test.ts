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
    expect(marks[1]!.timeMs).toBe(t0 + result.contentEndMinutes! * 60_000);
    expect(marks[1]!.label).toBe('Update reverted');
    expect(marks[2]!.timeMs).toBe(t0 + 40 * 3_600_000);
    expect(marks[3]!.timeMs).toBe(t0 + 68 * 3_600_000);
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

  it('eventMarks shows no mark for a time that never came: a tool set to "never", content never stopped', () => {
    const params = defaultParams();
    params.vendor.usbToolHours = 'never';
    expect(eventMarks(result, params).map((m) => m.id)).toEqual(['publish', 'content-end', 'auto-remediation']);
    params.vendor.autoRemediationHours = 'never';
    expect(eventMarks(result, params).map((m) => m.id)).toEqual(['publish', 'content-end']);
    params.push.revertMinutes = 'never';
    expect(eventMarks({ ...result, contentEndMinutes: null, knownBadMinutes: null }, params).map((m) => m.id)).toEqual(['publish']);
  });

  it('eventMarks: with the revert set to "never", a stop on crash telemetry is a revert on detection', () => {
    const params = defaultParams();
    params.push.revertMinutes = 'never';
    const marks = eventMarks({ ...result, haltAtMinutes: 40, detectedAtMinutes: 10, contentEndMinutes: 40 }, params);
    expect(marks[1]!.label).toBe('Reverted on crash telemetry');
    expect(marks[1]!.timeMs).toBe(t0 + 40 * 60_000);
  });
});
