// What a browser tab can hold. The engine streams devices site by site, so memory grows with
// the number of sites and the largest site, not with the fleet; run time grows with the fleet.
// Both are checked before anything is allocated.
import { makeBins } from '../engine/bins.js';
import type { Params } from '../engine/types.js';
import { problem, type Problem } from './problems.js';

/** Largest fleet the page runs (about 5 s on a 2-core laptop); the command line takes more. */
export const BROWSER_MAX_SENSORS = 60_000_000;
export const BROWSER_MAX_CUSTOMERS = 300_000;
const BROWSER_BUDGET_BYTES = 400 * 1024 * 1024;

/** Rough peak bytes of one run, before it starts. */
export function estimateBytes(p: Params): number {
  const sites = p.fleet.customers * 3; // multinationals add foreign sites
  const bins = makeBins(p.run.horizonDays * 1440).n;
  // Largest customer: with a heavy tail, at most fleet.customerSizeMax; of a lognormal alone,
  // about exp(sigma * sqrt(2 ln n)) times the median.
  const n = Math.max(2, p.fleet.customers);
  const sigma = p.fleet.customerSizeSigma;
  const mean = p.fleet.windowsSensors / n;
  const lognormalTop = (mean / Math.exp((sigma * sigma) / 2)) * Math.exp(sigma * Math.sqrt(2 * Math.log(n)));
  const largest = Math.min(p.fleet.windowsSensors, p.fleet.customerTailShare > 0 ? Math.max(p.fleet.customerSizeMax, mean) : lognormalTop);
  return sites * 160 + largest * 41 + bins * 64 * 8 * 3 + 20e6;
}

/** What makes the run too large for the page, naming the largest size that fits; else null. */
export function checkBrowserLimits(p: Params): Problem | null {
  if (p.fleet.windowsSensors > BROWSER_MAX_SENSORS) {
    return problem('', 'fleet.windowsSensors', 'browser.tooManySensors', { value: p.fleet.windowsSensors, max: BROWSER_MAX_SENSORS });
  }
  if (p.fleet.customers > BROWSER_MAX_CUSTOMERS) {
    return problem('', 'fleet.customers', 'browser.tooManyCustomers', { value: p.fleet.customers, max: BROWSER_MAX_CUSTOMERS });
  }
  const bytes = estimateBytes(p);
  if (bytes > BROWSER_BUDGET_BYTES) {
    return problem('', '', 'browser.tooMuchMemory', { mb: Math.round(bytes / 1048576), maxMb: BROWSER_BUDGET_BYTES / 1048576 });
  }
  return null;
}

/** The page's own upper limit on the parameters it caps (the registry's ranges are the command line's). */
export const BROWSER_MAX: Readonly<Record<string, number>> = {
  'fleet.windowsSensors': BROWSER_MAX_SENSORS,
  'fleet.customers': BROWSER_MAX_CUSTOMERS,
};
