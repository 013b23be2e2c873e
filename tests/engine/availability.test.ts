import { describe, expect, it } from 'vitest';
import { dayShape, onCurve, onShare } from '../../src/engine/availability.js';
import { defaultParams, withOverrides } from '../../src/engine/params.js';
import { CLASSES, type DeviceClass } from '../../src/engine/types.js';

const on = (c: DeviceClass) => onCurve(defaultParams().fleet, c);

describe('onShare', () => {
  it('onShare is a share in [0, 1] for every class and every local time', () => {
    for (const c of CLASSES) {
      for (const weekend of [false, true]) {
        for (let h = 0; h < 24; h += 0.25) {
          const x = onShare(on(c), h, weekend);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('onShare keeps servers and VMs on around the clock', () => {
    for (let h = 0; h < 24; h += 0.5) {
      expect(onShare(on('server'), h, false)).toBeCloseTo(0.98, 10);
      expect(onShare(on('server'), h, true)).toBeCloseTo(0.98, 10);
      expect(onShare(on('vm'), h, false)).toBeCloseTo(0.92, 10);
    }
  });

  it('onShare has more workstations on at 10:00 than at 03:00, and on weekdays than at weekends', () => {
    expect(onShare(on('workstation'), 10, false)).toBeGreaterThan(onShare(on('workstation'), 3, false));
    expect(onShare(on('workstation'), 10, false)).toBeGreaterThan(onShare(on('workstation'), 10, true));
    expect(onShare(on('fixed'), 12, false)).toBeGreaterThan(onShare(on('fixed'), 2, false));
  });

  it('onShare(baseline workstations): 30% at night, 90% from 09:00 to 16:00, in between on the ramps', () => {
    const ws = on('workstation');
    expect(onShare(ws, 3, false)).toBeCloseTo(0.3, 12);
    expect(onShare(ws, 12, false)).toBeCloseTo(0.9, 12);
    expect(onShare(ws, 7.75, false)).toBeCloseTo(0.6, 12); // half way up 06:30-09:00
    expect(onShare(ws, 18.5, false)).toBeCloseTo(0.6, 12); // half way down 16:00-21:00
    expect(onShare(ws, 23.5, false)).toBeCloseTo(0.3, 12);
    expect(onShare(ws, 12, true)).toBeCloseTo(0.32, 12);
  });

  it('onShare follows its parameters, and a ramp of no length is a step', () => {
    const c = onCurve(withOverrides({ 'fleet.onNight.fixed': 0.1, 'fleet.onDay.fixed': 0.7, 'fleet.onRiseFromHour.fixed': 8, 'fleet.onRiseToHour.fixed': 8 }).fleet, 'fixed');
    expect(onShare(c, 7.99, false)).toBeCloseTo(0.1, 12);
    expect(onShare(c, 8, false)).toBeCloseTo(0.7, 12);
    expect(dayShape(c, 8)).toBe(1);
    expect(onShare(c, 26, false)).toBe(onShare(c, 2, false)); // hours wrap at midnight
  });
});
