import { describe, expect, it } from 'vitest';
import { DownCurve } from '../../src/services/downCurve.js';
import { siteTable, straight } from '../helpers/siteTables.js';

const SERVER = 0;

describe('DownCurve', () => {
  const t = siteTable([{ sector: 'other', devices: { server: 100 }, crashed: { server: 80 }, firstCrash: 10, back: { server: straight(70, 130) } }]);
  it('DownCurve.availableAt is 1 before the first crash and drops by the crashed share at it', () => {
    const c = new DownCurve().load(t, 0, SERVER);
    expect(c.availableAt(0)).toBe(1);
    expect(c.availableAt(9.99)).toBe(1);
    expect(c.availableAt(10)).toBeCloseTo(0.2, 12);
  });
  it('DownCurve.availableAt follows the milestones in straight lines and ends with every device up', () => {
    const c = new DownCurve().load(t, 0, SERVER);
    // 10% of the 80 back at minute 76, half at 100, all at 130.
    expect(c.availableAt(40)).toBeCloseTo(0.2 + 0.8 * 0.1 * (30 / 66), 9);
    expect(c.availableAt(100)).toBeCloseTo(0.6, 9);
    expect(c.availableAt(130)).toBeCloseTo(1, 12);
    expect(c.availableAt(10_000)).toBe(1);
  });
  it('DownCurve.availableFrom inverts availableAt', () => {
    const c = new DownCurve().load(t, 0, SERVER);
    for (const share of [0.3, 0.5, 0.6, 0.9, 1]) {
      const at = c.availableFrom(share);
      c.rewind();
      expect(c.availableAt(at)).toBeCloseTo(share, 6);
      expect(c.availableAt(at - 1)).toBeLessThan(share);
    }
    expect(c.availableFrom(0.1)).toBe(-Infinity); // never went below 20% up
  });
  it('DownCurve stays at the last milestone reached when later ones are beyond the run', () => {
    const u = siteTable([{ sector: 'other', devices: { server: 10 }, crashed: { server: 10 }, back: { server: [60, 120, 180, Infinity, Infinity, Infinity] } }]);
    const c = new DownCurve().load(u, 0, SERVER);
    expect(c.availableAt(180)).toBeCloseTo(0.5, 12);
    expect(c.availableAt(1e6)).toBeCloseTo(0.5, 12);
    expect(c.availableFrom(0.75)).toBe(Infinity);
  });
  it('DownCurve of a class with nothing crashed (or no devices) is always fully available', () => {
    const c = new DownCurve().load(t, 0, 2);
    expect(c.crashedShare).toBe(0);
    expect(c.availableAt(50)).toBe(1);
    expect(c.availableFrom(1)).toBe(-Infinity);
  });
  it('DownCurve.availableAt gives the same answers with or without rewinding', () => {
    const c = new DownCurve().load(t, 0, SERVER);
    const forward = [20, 50, 80, 110, 140].map((x) => c.availableAt(x));
    const fresh = [20, 50, 80, 110, 140].map((x) => new DownCurve().load(t, 0, SERVER).availableAt(x));
    expect(forward).toEqual(fresh);
    expect(c.availableAt(20)).toBe(fresh[0]); // going back in time without a rewind still answers right
  });
});
