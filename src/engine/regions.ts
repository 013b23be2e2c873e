// Regions with their July 2024 UTC offsets and weekend days. Offsets are one representative
// city's daylight-saving time (the incident was in July); shares live in params.ts.
import type { Region } from './types.js';

export interface RegionInfo {
  id: Region;
  label: string;
  city: string;
  utcOffsetHours: number;
  /** Weekend days, 0 = Sunday. */
  weekend: readonly number[];
}

const SAT_SUN = [6, 0];
export const REGION_INFO: readonly RegionInfo[] = [
  { id: 'na-east', label: 'North America, Eastern', city: 'New York', utcOffsetHours: -4, weekend: SAT_SUN },
  { id: 'na-central', label: 'North America, Central', city: 'Chicago', utcOffsetHours: -5, weekend: SAT_SUN },
  { id: 'na-west', label: 'North America, Mountain & Pacific', city: 'Los Angeles', utcOffsetHours: -7, weekend: SAT_SUN },
  { id: 'latam', label: 'Latin America', city: 'São Paulo', utcOffsetHours: -3, weekend: SAT_SUN },
  { id: 'uk-ie', label: 'UK and Ireland', city: 'London', utcOffsetHours: 1, weekend: SAT_SUN },
  { id: 'europe', label: 'Continental Europe', city: 'Berlin', utcOffsetHours: 2, weekend: SAT_SUN },
  // Friday-Saturday weekends remain common across the Gulf and the Levant.
  { id: 'mea', label: 'Middle East and Africa', city: 'Riyadh', utcOffsetHours: 3, weekend: [5, 6] },
  { id: 'india', label: 'India', city: 'Delhi', utcOffsetHours: 5.5, weekend: SAT_SUN },
  { id: 'east-asia', label: 'East Asia', city: 'Tokyo', utcOffsetHours: 9, weekend: SAT_SUN },
  { id: 'se-asia', label: 'South-East Asia', city: 'Singapore', utcOffsetHours: 8, weekend: SAT_SUN },
  { id: 'anz', label: 'Australia and New Zealand', city: 'Sydney', utcOffsetHours: 10, weekend: SAT_SUN },
];
