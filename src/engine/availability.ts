// Who has a machine switched on, awake and polling, by device class and local hour: a level at
// night and one in the day (weekdays and weekends apart), and straight ramps between them, each
// a parameter (fleet.on*). The baseline follows the field surveys: about 44% of office PCs are
// switched off at night (LBNL, 2001) and many of the rest sleep, so about 30% are awake and
// polling overnight (assumption); servers and VMs run around the clock; fixed-function
// endpoints follow opening hours.
import type { DeviceClass, FleetParams } from './types.js';

/** One class's on-share over a local day (see FleetParams.on*). */
export interface OnCurve {
  night: number;
  day: number;
  weekendNight: number;
  weekendDay: number;
  /** Local hours: the rise from night to day, then the fall back (riseFrom <= riseTo <= fallFrom <= fallTo). */
  riseFrom: number;
  riseTo: number;
  fallFrom: number;
  fallTo: number;
}

export function onCurve(f: FleetParams, c: DeviceClass): OnCurve {
  return {
    night: f.onNight[c], day: f.onDay[c], weekendNight: f.onWeekendNight[c], weekendDay: f.onWeekendDay[c],
    riseFrom: f.onRiseFromHour[c], riseTo: f.onRiseToHour[c], fallFrom: f.onFallFromHour[c], fallTo: f.onFallToHour[c],
  };
}

/** Where a local hour (0-24) lies between night (0) and day (1). */
export function dayShape(c: OnCurve, hour: number): number {
  if (hour < c.riseFrom || hour >= c.fallTo) return 0;
  if (hour < c.riseTo) return (hour - c.riseFrom) / (c.riseTo - c.riseFrom);
  if (hour < c.fallFrom) return 1;
  return (c.fallTo - hour) / (c.fallTo - c.fallFrom);
}

/** Share switched on and polling at a local hour (0-24, fractional). */
export function onShare(c: OnCurve, localHour: number, weekend: boolean): number {
  const s = dayShape(c, localHour % 24);
  return weekend ? c.weekendNight + (c.weekendDay - c.weekendNight) * s : c.night + (c.day - c.night) * s;
}
