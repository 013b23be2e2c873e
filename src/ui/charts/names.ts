// The model's names on charts in the page's language: sectors, regions and their cities (the
// results rows carry the English label), and a region's local clock ("Fri 04:09" / "金曜 13:09").
import type { Region, Sector } from '../../engine/types.js';
import { localTimeAt } from '../../results/index.js';
import { pageLocale, ui } from '../pageLocale.js';

const ja = () => pageLocale() === 'ja';

export const sectorLabel = (row: { sector: Sector; label: string }): string => (ja() ? ui().sector(row.sector) : row.label);
export const regionLabel = (row: { region: Region; label: string }): string => (ja() ? ui().region(row.region) : row.label);
export const cityLabel = (row: { region: Region; city: string }): string => (ja() ? ui().city(row.region) : row.city);

/** The local weekday and clock at a fixed UTC offset. */
export function localClock(ms: number, offsetHours: number): string {
  return ja() ? ui().clockAtOffset(ms, offsetHours) : localTimeAt(ms, offsetHours).text;
}
