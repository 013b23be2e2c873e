import { describe, expect, it } from 'vitest';
import { onShare } from '../../src/engine/availability.js';
import { CLASSES } from '../../src/engine/types.js';

describe('onShare', () => {
  it('onShare is a share in [0, 1] for every class and every local time', () => {
    for (const c of CLASSES) {
      for (const weekend of [false, true]) {
        for (let h = 0; h < 24; h += 0.25) {
          const x = onShare(c, h, weekend);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('onShare keeps servers and VMs on around the clock', () => {
    for (let h = 0; h < 24; h += 0.5) {
      expect(onShare('server', h, false)).toBeCloseTo(0.98, 10);
      expect(onShare('server', h, true)).toBeCloseTo(0.98, 10);
      expect(onShare('vm', h, false)).toBeCloseTo(0.92, 10);
    }
  });

  it('onShare has more workstations on at 10:00 than at 03:00, and on weekdays than at weekends', () => {
    expect(onShare('workstation', 10, false)).toBeGreaterThan(onShare('workstation', 3, false));
    expect(onShare('workstation', 10, false)).toBeGreaterThan(onShare('workstation', 10, true));
    expect(onShare('fixed', 12, false)).toBeGreaterThan(onShare('fixed', 2, false));
  });

  it('onShare interpolates linearly between hours and wraps at midnight', () => {
    const a = onShare('workstation', 8, false);
    const b = onShare('workstation', 9, false);
    expect(onShare('workstation', 8.5, false)).toBeCloseTo((a + b) / 2, 12);
    const late = onShare('workstation', 23, false);
    const midnight = onShare('workstation', 0, false);
    expect(onShare('workstation', 23.5, false)).toBeCloseTo((late + midnight) / 2, 12);
  });
});
