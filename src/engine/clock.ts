// Local clock arithmetic. Times inside the engine are minutes after the publish time; the
// publish time itself is an absolute instant (epoch ms), parsed once from the parameters.

const MIN_PER_DAY = 1440;

export interface LocalClock {
  /** Local hour of day (0-24, fractional) at minute t. */
  hour(t: number): number;
  /** Day of week (0 = Sunday) at minute t. */
  weekday(t: number): number;
  /** Local days since the local day of the publish (0 on that day). */
  dayIndex(t: number): number;
  isWeekend(t: number): boolean;
}

export function localClock(publishAtMs: number, utcOffsetHours: number, weekend: readonly number[]): LocalClock {
  // Local minutes since the epoch at t = 0.
  const base = publishAtMs / 60000 + utcOffsetHours * 60;
  const baseDay = Math.floor(base / MIN_PER_DAY);
  const local = (t: number) => base + t;
  const wd = (t: number) => (((Math.floor(local(t) / MIN_PER_DAY) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return {
    hour: (t) => {
      // ((x % day) + day) % day, with the outer remainder done by comparison: v lies in
      // (0, 2 days], where it equals v, v - day or v - 2 days exactly, and the engine reads the
      // clock tens of thousands of times per run (a floating remainder is a library call).
      const v = (local(t) % MIN_PER_DAY) + MIN_PER_DAY;
      const m = v >= 2 * MIN_PER_DAY ? v - 2 * MIN_PER_DAY : v >= MIN_PER_DAY ? v - MIN_PER_DAY : v;
      return m / 60;
    },
    weekday: wd,
    dayIndex: (t) => Math.floor(local(t) / MIN_PER_DAY) - baseDay,
    isWeekend: (t) => weekend.includes(wd(t)),
  };
}
