// The service layer's time grid: ten-minute steps from the start of the UTC hour of the publish
// time to the end of the run, so hours and UTC days are whole groups of steps.
import { localClock } from '../engine/clock.js';
import { REGION_INFO } from '../engine/regions.js';
import type { OpenHours } from './catalog.js';

export const STEP_MINUTES = 10;
export const STEPS_PER_HOUR = 60 / STEP_MINUTES;
export const STEP_HOURS = STEP_MINUTES / 60;

export interface Grid {
  publishAtMs: number;
  /** Minutes after publish of the first step's start (0 or negative). */
  startMin: number;
  n: number;
}

export function makeGrid(publishAtMs: number, endMinutes: number): Grid {
  const past = ((publishAtMs / 60000) % 60 + 60) % 60;
  const startMin = -past;
  return { publishAtMs, startMin, n: Math.max(1, Math.ceil((endMinutes - startMin) / STEP_MINUTES)) };
}

/** Start of step k, in minutes after publish. */
export const stepStart = (g: Grid, k: number): number => g.startMin + k * STEP_MINUTES;
/** Middle of step k, where the service is evaluated. */
export const stepMid = (g: Grid, k: number): number => g.startMin + (k + 0.5) * STEP_MINUTES;
/** Epoch ms of the start of step k. */
export const stepMs = (g: Grid, k: number): number => g.publishAtMs + stepStart(g, k) * 60000;
/** First step whose end is after minute t. */
export const stepAfter = (g: Grid, t: number): number => Math.max(0, Math.floor((t - g.startMin) / STEP_MINUTES));

/** 1 in the steps a service with these hours is open in `region`, else 0 (null hours: always 1). */
export function openMask(g: Grid, region: number, hours: OpenHours | null): Uint8Array {
  const out = new Uint8Array(g.n);
  if (hours === null) return out.fill(1);
  const info = REGION_INFO[region]!;
  const clock = localClock(g.publishAtMs, info.utcOffsetHours, info.weekend);
  for (let k = 0; k < g.n; k++) {
    const t = stepMid(g, k);
    const h = clock.hour(t);
    if (h >= hours.from && h < hours.to && !(hours.weekdays && clock.isWeekend(t))) out[k] = 1;
  }
  return out;
}

/** Open masks per region for one set of hours, built once per run. */
export function openMasks(g: Grid, hours: OpenHours | null): Uint8Array[] {
  return REGION_INFO.map((_, r) => openMask(g, r, hours));
}
