import { describe, expect, it } from 'vitest';
import { localClock } from '../../src/engine/clock.js';
import { Random } from '../../src/engine/random.js';

const PUBLISH = Date.parse('2024-07-19T04:09:00Z'); // a Friday
const SAT_SUN = [6, 0];

describe('localClock', () => {
  it('localClock in Sydney (+10) reads 14:09 on Friday at the publish time', () => {
    const c = localClock(PUBLISH, 10, SAT_SUN);
    expect(c.hour(0)).toBeCloseTo(14 + 9 / 60, 10);
    expect(c.weekday(0)).toBe(5);
    expect(c.isWeekend(0)).toBe(false);
    expect(c.dayIndex(0)).toBe(0);
  });

  it('localClock in New York (-4) reads 00:09 on Friday at the publish time', () => {
    const c = localClock(PUBLISH, -4, SAT_SUN);
    expect(c.hour(0)).toBeCloseTo(9 / 60, 10);
    expect(c.weekday(0)).toBe(5);
  });

  it('localClock in New York: 10 minutes before publish is 23:59 on Thursday, the day before', () => {
    const c = localClock(PUBLISH, -4, SAT_SUN);
    expect(c.hour(-10)).toBeCloseTo(23 + 59 / 60, 10);
    expect(c.weekday(-10)).toBe(4);
    expect(c.dayIndex(-10)).toBe(-1);
  });

  it('localClock crosses into the weekend: Sydney is Saturday from 09:51 after publish', () => {
    const c = localClock(PUBLISH, 10, SAT_SUN);
    const toMidnight = (24 - (14 + 9 / 60)) * 60; // 591 min
    expect(c.isWeekend(toMidnight - 1)).toBe(false);
    expect(c.isWeekend(toMidnight)).toBe(true);
    expect(c.weekday(toMidnight)).toBe(6);
    expect(c.dayIndex(toMidnight)).toBe(1);
    expect(c.weekday(toMidnight + 1440)).toBe(0);
    expect(c.weekday(toMidnight + 2 * 1440)).toBe(1);
    expect(c.isWeekend(toMidnight + 2 * 1440)).toBe(false);
  });

  it('localClock handles half-hour offsets (Delhi +5:30) and Friday-Saturday weekends', () => {
    const c = localClock(PUBLISH, 5.5, [5, 6]);
    expect(c.hour(0)).toBeCloseTo(9 + 39 / 60, 10);
    expect(c.isWeekend(0)).toBe(true);
  });

  it('localClock agrees with Date for every hour of a fortnight', () => {
    for (const offset of [-7, -4, 0, 1, 5.5, 9, 10]) {
      const c = localClock(PUBLISH, offset, SAT_SUN);
      for (let t = -60; t < 14 * 1440; t += 37) {
        const d = new Date(PUBLISH + (t + offset * 60) * 60000);
        expect(c.weekday(t)).toBe(d.getUTCDay());
        expect(c.hour(t)).toBeCloseTo(d.getUTCHours() + d.getUTCMinutes() / 60, 9);
        expect(c.hour(t)).toBeGreaterThanOrEqual(0);
        expect(c.hour(t)).toBeLessThan(24);
      }
    }
  });
});

describe('localClock.hour', () => {
  it('equals the double remainder it replaces, for whole, half and odd minutes, before and after 1970', () => {
    const day = 1440;
    const rng = new Random(3, 'clock');
    for (const publish of [Date.parse('2024-07-19T04:09:00Z'), Date.parse('2024-07-19T04:09:17.123Z'), Date.parse('1969-12-31T23:00:00Z'), -86_400_000 * 400 + 12_345]) {
      for (const offset of [-10, -3.5, 0, 5.5, 9, 13.75]) {
        const c = localClock(publish, offset, [0, 6]);
        const base = publish / 60000 + offset * 60;
        const slow = (t: number) => ((((base + t) % day) + day) % day) / 60;
        for (let i = 0; i < 3000; i++) {
          const t = i < 1000 ? (i + 0.5) * 10 : i < 2000 ? (rng.next() - 0.2) * 30_000 : Math.round(rng.next() * 20_000) - 720;
          expect(c.hour(t)).toBe(slow(t));
        }
      }
    }
  });
});
