// Who has a machine switched on, awake and polling, by device class and local hour.
// Workstations: about 44% of office PCs are switched off at night (LBNL field surveys, 2001)
// and many of the rest sleep; we take 30% awake and polling overnight (assumption).
// Servers and VMs run around the clock; fixed-function endpoints follow opening hours.
import type { DeviceClass } from './types.js';

type Day = readonly number[]; // 24 values, at the start of each local hour

const flat = (v: number): Day => Array.from({ length: 24 }, () => v);
const WS_WEEKDAY: Day = [
  0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.32, 0.42, 0.7, 0.88, 0.9, 0.9,
  0.88, 0.9, 0.9, 0.88, 0.85, 0.72, 0.55, 0.45, 0.38, 0.34, 0.32, 0.3,
];
const WS_WEEKEND: Day = [
  0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.26, 0.28, 0.3, 0.32, 0.32,
  0.32, 0.32, 0.32, 0.32, 0.3, 0.3, 0.28, 0.27, 0.26, 0.25, 0.25, 0.25,
];
const FIXED: Day = [
  0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.65, 0.8, 0.9, 0.92, 0.92, 0.92,
  0.92, 0.92, 0.92, 0.92, 0.92, 0.9, 0.88, 0.85, 0.8, 0.7, 0.6, 0.55,
];

const ON: Record<DeviceClass, { weekday: Day; weekend: Day }> = {
  server: { weekday: flat(0.98), weekend: flat(0.98) },
  vm: { weekday: flat(0.92), weekend: flat(0.92) },
  fixed: { weekday: FIXED, weekend: FIXED },
  workstation: { weekday: WS_WEEKDAY, weekend: WS_WEEKEND },
};

/** Share switched on and polling at a local hour (0-24, fractional), interpolated linearly. */
export function onShare(cls: DeviceClass, localHour: number, weekend: boolean): number {
  const day = weekend ? ON[cls].weekend : ON[cls].weekday;
  const h = Math.floor(localHour) % 24;
  const f = localHour - Math.floor(localHour);
  const a = day[h]!;
  const b = day[(h + 1) % 24]!;
  return a + (b - a) * f;
}
