// Sectors: their ids and names. How each sector's estate splits into device classes and how many
// of its IT staff work nights are parameters (fleet.<class>Share.<sector>, repair.nightShare.<sector>
// in params.ts).
import type { Sector } from './types.js';

export interface SectorInfo {
  id: Sector;
  label: string;
}

export const SECTOR_INFO: readonly SectorInfo[] = [
  { id: 'airlines', label: 'Airlines & airports' },
  { id: 'healthcare', label: 'Healthcare' },
  { id: 'banking', label: 'Banking & markets' },
  { id: 'retail', label: 'Retail & payments' },
  { id: 'emergency', label: 'Emergency services' },
  { id: 'government', label: 'Government' },
  { id: 'media', label: 'Media & broadcasting' },
  { id: 'rail', label: 'Rail & logistics' },
  { id: 'energy', label: 'Energy & utilities' },
  { id: 'manufacturing', label: 'Manufacturing' },
  { id: 'other', label: 'Other enterprises' },
];
