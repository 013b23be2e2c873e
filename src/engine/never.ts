// Times that may never come (OrNever): the one place "never" turns into a number the engine can
// compare with, Infinity, which no event time ever reaches.
import type { OrNever } from './types.js';

/** Minutes after publish of a time given in units of `unitMinutes` (60 for hours), or Infinity for "never". */
export const atMinutes = (v: OrNever, unitMinutes: number): number => (v === 'never' ? Infinity : v * unitMinutes);
