// Where the sun is overhead at a moment (the subsolar point), so the map can shade the night
// side of the Earth: low-precision solar coordinates (Astronomical Almanac; NOAA's solar
// calculator uses the same series), good to about 0.1 degree, far finer than a world map shows.
const RAD = Math.PI / 180;
const J2000_MS = Date.UTC(2000, 0, 1, 12);
const DAY_MS = 86_400_000;

const wrap180 = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;

/** [longitude, latitude] in degrees of the point where the sun is at the zenith at `ms`. */
export function subsolarPoint(ms: number): [number, number] {
  const n = (ms - J2000_MS) / DAY_MS;
  const L = 280.46 + 0.9856474 * n; // mean longitude
  const g = (357.528 + 0.9856003 * n) * RAD; // mean anomaly
  const lambda = (L + 1.915 * Math.sin(g) + 0.02 * Math.sin(2 * g)) * RAD; // ecliptic longitude
  const eps = (23.439 - 0.0000004 * n) * RAD; // obliquity of the ecliptic
  const dec = Math.asin(Math.sin(eps) * Math.sin(lambda));
  const ra = Math.atan2(Math.cos(eps) * Math.sin(lambda), Math.cos(lambda));
  const gmst = 280.46061837 + 360.98564736629 * n; // Greenwich mean sidereal time, degrees
  return [wrap180(ra / RAD - gmst), dec / RAD];
}

/** The point opposite the sun: the centre of the night hemisphere. */
export function antisolarPoint(ms: number): [number, number] {
  const [lon, lat] = subsolarPoint(ms);
  return [wrap180(lon + 180), -lat];
}
