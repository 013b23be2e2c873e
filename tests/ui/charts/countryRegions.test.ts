import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/engine/index.js';
import { CITY_MARKS, NA_BANDS, regionOfCountry } from '../../../src/ui/charts/countryRegions.js';
import { atlasCountries, worldShapes } from '../../../src/ui/charts/worldShapes.js';

describe('countryRegions', () => {
  it('every country of the bundled atlas has a region (or is knowingly left out), and every region has land', () => {
    const countries = atlasCountries();
    expect(countries.length).toBeGreaterThan(170);
    const unknown = countries.filter((c) => c.region === undefined).map((c) => `${c.id}:${c.name}`);
    expect(unknown).toEqual([]);
    const none = countries.filter((c) => c.region === null).map((c) => c.name).sort();
    expect(none).toEqual(['Antarctica', 'Fr. S. Antarctic Lands']);
    const covered = new Set(countries.map((c) => c.region));
    for (const r of REGIONS) expect(covered.has(r) || NA_BANDS.some((b) => b.region === r), r).toBe(true);
    expect(regionOfCountry('840', 'United States of America')).toBe('na');
    expect(regionOfCountry('392', 'Japan')).toBe('east-asia');
    expect(regionOfCountry(undefined, 'Kosovo')).toBe('europe');
  });

  it('the North American bands follow each other west to east without gaps', () => {
    for (let i = 1; i < NA_BANDS.length; i++) expect(NA_BANDS[i]!.west).toBe(NA_BANDS[i - 1]!.east);
    expect(NA_BANDS[0]!.west).toBe(-180);
  });

  it('worldShapes: every region drawn, the United States and Canada once per North American band, cities inside the map', () => {
    const s = worldShapes(800);
    expect(s.width).toBe(800);
    expect(s.height).toBeGreaterThan(300);
    expect(s.height).toBeLessThan(450);
    for (const r of REGIONS) expect(s.countries.some((c) => c.region === r), r).toBe(true);
    const us = s.countries.filter((c) => c.name === 'United States of America');
    expect(us.map((c) => c.region).sort()).toEqual(['na-central', 'na-east', 'na-west']);
    expect(us.every((c) => c.clip !== null)).toBe(true);
    for (const r of REGIONS) {
      const [x, y] = s.cities[r];
      expect(x, r).toBeGreaterThan(0);
      expect(x, r).toBeLessThan(800);
      expect(y, r).toBeGreaterThan(0);
      expect(y, r).toBeLessThan(s.height);
      expect(CITY_MARKS[r].at).toHaveLength(2);
    }
    expect(worldShapes(800)).toBe(s);
  });
});
