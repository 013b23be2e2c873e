// Small fleets for determinism, invariant and property tests: the same model, a few hundred
// customers instead of 29,000, so one run takes tens of milliseconds.
import { withOverrides, type Params } from '../../src/engine/index.js';

export const SMALL: Readonly<Record<string, number | string>> = {
  'fleet.windowsSensors': 40_000,
  'fleet.customers': 120,
  'run.horizonDays': 8,
};

/** Defaults with a small fleet, then `overrides`. */
export function smallParams(overrides: Readonly<Record<string, number | string>> = {}): Params {
  return withOverrides({ ...SMALL, ...overrides });
}
