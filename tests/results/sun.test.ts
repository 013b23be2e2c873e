import { describe, expect, it } from 'vitest';
import { antisolarPoint, subsolarPoint } from '../../src/results/index.js';

describe('sun', () => {
  it('subsolarPoint at the July 2024 push: over the South China Sea, about 20.7° north', () => {
    // 04:09 UTC is 7.85 h before mean noon at Greenwich (117.75° E); in mid-July the sun runs
    // about 6.4 minutes behind the mean sun (equation of time), 1.6° further east: about 119.35° E.
    // Declination on 19 Jul: 20.7° N.
    const [lon, lat] = subsolarPoint(Date.UTC(2024, 6, 19, 4, 9));
    expect(lat).toBeCloseTo(20.7, 0);
    expect(lon).toBeGreaterThan(118.8);
    expect(lon).toBeLessThan(119.9);
  });

  it('subsolarPoint: on the equator at the March equinox, at the tropic in June, at 0° near noon UTC', () => {
    expect(subsolarPoint(Date.UTC(2024, 2, 20, 3, 6))[1]).toBeCloseTo(0, 0);
    expect(subsolarPoint(Date.UTC(2024, 5, 20, 20, 51))[1]).toBeCloseTo(23.44, 1);
    expect(Math.abs(subsolarPoint(Date.UTC(2024, 3, 15, 12, 0))[0])).toBeLessThan(1);
  });

  it('antisolarPoint is opposite, longitudes kept within ±180', () => {
    for (const ms of [Date.UTC(2024, 6, 19, 4, 9), Date.UTC(2024, 0, 1, 0, 0), Date.UTC(2024, 6, 19, 23, 59)]) {
      const [a, b] = subsolarPoint(ms);
      const [c, d] = antisolarPoint(ms);
      expect(d).toBeCloseTo(-b, 9);
      expect(Math.abs((((a - c) % 360) + 360) % 360 - 180)).toBeLessThan(1e-9);
      for (const x of [a, c]) expect(Math.abs(x)).toBeLessThanOrEqual(180);
    }
  });
});
