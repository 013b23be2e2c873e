// The world map's shapes at a width: each country's outline projected (Natural Earth projection,
// cropped at 57° S where no modelled devices are), the United States and Canada once per North
// American region with the band of longitude that clips them, and each region's city. Country
// shapes come from Natural Earth through the world-atlas package, bundled into the page at build
// time (the page fetches nothing at run time). Built once per width.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldText from 'world-atlas/countries-110m.json?raw';
import { REGIONS, type Region } from '../../engine/types.js';
import { CITY_MARKS, NA_BANDS, regionOfCountry, type CountryRegion } from './countryRegions.js';

export interface CountryShape {
  name: string;
  region: Region;
  d: string;
  /** Drawn clipped to `clip` (the United States and Canada in each North American band). */
  clip: string | null;
}

export interface WorldShapes {
  width: number;
  height: number;
  projection: GeoProjection;
  countries: CountryShape[];
  /** Projected position of each region's city. */
  cities: Record<Region, [number, number]>;
}

const NORTH = 84;
const SOUTH = -57;

let parsed: { name: string; region: CountryRegion; geo: Feature<Geometry, { name: string }> }[] | null = null;

/** The countries of the bundled atlas with their regions (parsed once). */
export function atlasCountries(): { name: string; id: string | undefined; region: CountryRegion | undefined }[] {
  return loadCountries().map((c) => ({ name: c.name, id: c.geo.id === undefined ? undefined : String(c.geo.id), region: c.region }));
}

function loadCountries() {
  if (parsed) return parsed;
  const topo = JSON.parse(worldText) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  parsed = all.features.map((geo) => {
    const name = geo.properties.name;
    const region = regionOfCountry(geo.id === undefined ? undefined : String(geo.id), name);
    return { name, region: region === undefined ? null : region, geo };
  });
  return parsed;
}

/** The closed outline, in projected coordinates, of a band of longitude between SOUTH and NORTH. */
function bandOutline(p: GeoProjection, west: number, east: number): string {
  const pts: [number, number][] = [];
  for (let lat = NORTH; lat >= 0; lat -= 2) pts.push(p([west, lat])!);
  for (let lat = 0; lat <= NORTH; lat += 2) pts.push(p([east, lat])!);
  return `M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
}

const cache = new Map<number, WorldShapes>();

export function worldShapes(width: number): WorldShapes {
  const w = Math.max(200, Math.round(width));
  const hit = cache.get(w);
  if (hit) return hit;
  const extent = { type: 'MultiPoint' as const, coordinates: [[-180, 0], [180, 0], [0, NORTH], [0, SOUTH], [-180, NORTH], [180, SOUTH]] };
  const projection = geoNaturalEarth1().fitWidth(w, extent);
  const [[, y0], [, y1]] = geoPath(projection).bounds(extent);
  const height = Math.ceil(y1 - y0);
  projection.clipExtent([[0, 0], [w, height]]);
  const path = geoPath(projection).digits(1);
  const countries: CountryShape[] = [];
  for (const c of loadCountries()) {
    if (c.region === null) continue;
    const d = path(c.geo);
    if (!d) continue;
    if (c.region === 'na') {
      for (const band of NA_BANDS) countries.push({ name: c.name, region: band.region, d, clip: bandOutline(projection, band.west, band.east) });
    } else countries.push({ name: c.name, region: c.region, d, clip: null });
  }
  const cities = Object.fromEntries(REGIONS.map((r) => [r, projection(CITY_MARKS[r].at)!])) as Record<Region, [number, number]>;
  const shapes = { width: w, height, projection, countries, cities };
  if (cache.size > 8) cache.clear();
  cache.set(w, shapes);
  return shapes;
}
