import { describe, expect, it } from 'vitest';
import { defaultParams, withOverrides } from '../../src/engine/params.js';
import { problemText } from '../../src/scenario/problems.js';
import { BROWSER_MAX_CUSTOMERS, BROWSER_MAX_SENSORS, checkBrowserLimits, estimateBytes } from '../../src/scenario/limits.js';

describe('checkBrowserLimits', () => {
  it('checkBrowserLimits(defaults) is null: the baseline runs in the page', () => {
    expect(checkBrowserLimits(defaultParams())).toBeNull();
  });
  it('checkBrowserLimits(100M sensors) names the largest fleet that fits', () => {
    const p = checkBrowserLimits(withOverrides({ 'fleet.windowsSensors': 100_000_000 }));
    expect(p).toMatchObject({ path: 'fleet.windowsSensors', code: 'browser.tooManySensors', values: { value: 100_000_000, max: BROWSER_MAX_SENSORS } });
    const msg = problemText(p!);
    expect(msg).toContain('fleet.windowsSensors: 100,000,000');
    expect(msg).toContain(`largest that fits: ${BROWSER_MAX_SENSORS.toLocaleString('en-US')}`);
    expect(msg).toContain('command line');
  });
  it('checkBrowserLimits(1M customers) names the largest number of customers that fits', () => {
    const msg = problemText(checkBrowserLimits(withOverrides({ 'fleet.customers': 1_000_000 }))!);
    expect(msg).toContain('fleet.customers: 1,000,000');
    expect(msg).toContain(`largest that fits: ${BROWSER_MAX_CUSTOMERS.toLocaleString('en-US')}`);
  });
  it('checkBrowserLimits at the limits themselves is null', () => {
    expect(checkBrowserLimits(withOverrides({ 'fleet.windowsSensors': BROWSER_MAX_SENSORS }))).toBeNull();
  });
  it('checkBrowserLimits refuses a run whose memory estimate is over budget', () => {
    const msg = problemText(checkBrowserLimits(withOverrides({ 'fleet.windowsSensors': BROWSER_MAX_SENSORS, 'fleet.customers': 2, 'fleet.customerSizeSigma': 3 }))!);
    expect(msg).toMatch(/about \d+ MB/);
  });
});

describe('estimateBytes', () => {
  it('estimateBytes grows with the largest customer, the customers and the horizon, and with the fleet when sizes are lognormal', () => {
    const base = estimateBytes(defaultParams());
    expect(estimateBytes(withOverrides({ 'fleet.customerSizeMax': 1_000_000 }))).toBeGreaterThan(base);
    const lognormal = estimateBytes(withOverrides({ 'fleet.customerTailShare': 0 }));
    expect(estimateBytes(withOverrides({ 'fleet.customerTailShare': 0, 'fleet.windowsSensors': 30_000_000 }))).toBeGreaterThan(lognormal);
    expect(estimateBytes(withOverrides({ 'fleet.customers': 100_000 }))).toBeGreaterThan(base);
    expect(estimateBytes(withOverrides({ 'run.horizonDays': 60 }))).toBeGreaterThan(base);
    expect(Number.isFinite(base) && base > 0).toBe(true);
  });
});
