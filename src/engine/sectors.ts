// Sectors: how their Windows estate splits into device classes, and how much of their IT staff
// works nights. All figures are assumptions (no per-sector device census is public); they are
// chosen so that point-of-sale heavy retail, clinical carts in hospitals and check-in desks at
// airlines show up as fixed-function endpoints, and 24/7 operations keep night shifts.
import type { PerClass, Sector } from './types.js';

export interface SectorInfo {
  id: Sector;
  label: string;
  /** Share of the sector's devices per class (sums to 1). */
  classMix: PerClass<number>;
  /** Share of repair staff on duty outside working hours (night shifts, on-call). */
  nightShare: number;
}

const mix = (server: number, fixed: number, workstation: number, vm: number) => ({ server, fixed, workstation, vm });

export const SECTOR_INFO: readonly SectorInfo[] = [
  { id: 'airlines', label: 'Airlines & airports', classMix: mix(0.08, 0.22, 0.52, 0.18), nightShare: 0.3 },
  { id: 'healthcare', label: 'Healthcare', classMix: mix(0.07, 0.2, 0.6, 0.13), nightShare: 0.25 },
  { id: 'banking', label: 'Banking & markets', classMix: mix(0.1, 0.05, 0.6, 0.25), nightShare: 0.1 },
  { id: 'retail', label: 'Retail & payments', classMix: mix(0.05, 0.5, 0.35, 0.1), nightShare: 0.08 },
  { id: 'emergency', label: 'Emergency services', classMix: mix(0.1, 0.2, 0.6, 0.1), nightShare: 0.35 },
  { id: 'government', label: 'Government', classMix: mix(0.08, 0.05, 0.7, 0.17), nightShare: 0.05 },
  { id: 'media', label: 'Media & broadcasting', classMix: mix(0.1, 0.05, 0.65, 0.2), nightShare: 0.2 },
  { id: 'rail', label: 'Rail & logistics', classMix: mix(0.08, 0.25, 0.55, 0.12), nightShare: 0.2 },
  { id: 'energy', label: 'Energy & utilities', classMix: mix(0.1, 0.15, 0.6, 0.15), nightShare: 0.2 },
  { id: 'manufacturing', label: 'Manufacturing', classMix: mix(0.08, 0.15, 0.65, 0.12), nightShare: 0.1 },
  { id: 'other', label: 'Other enterprises', classMix: mix(0.08, 0.02, 0.7, 0.2), nightShare: 0.05 },
];
