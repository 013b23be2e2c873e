// Money lost, per sector and in all, beside the Fortune-500-like subset and Parametrix's
// estimate; with bands when an ensemble kept each run's losses. An ensemble keeps one small
// `MoneyMember` per run (a total, one figure per sector, the Fortune-500-like total), not the run.
import { SECTOR_INFO } from '../engine/sectors.js';
import { SECTORS, type Sector } from '../engine/types.js';
import type { ServiceImpact } from '../services/impact.js';
import { REFERENCE, type Reference } from '../services/reference.js';
import { checkPercentiles, percentile, type FigureBand } from './bands.js';

export interface MoneyMember {
  lossUSD: number;
  /** Per sector, in SECTORS order. */
  bySector: number[];
  fortune500: number;
}

export interface MoneyBands {
  percentiles: readonly [number, number];
  runs: number;
  total: FigureBand;
  /** In SECTORS order. */
  bySector: FigureBand[];
  fortune500: FigureBand;
}

export function moneyMember(im: ServiceImpact): MoneyMember {
  return { lossUSD: im.lossUSD, bySector: im.sectors.map((s) => s.lossUSD), fortune500: im.fortune500.lossUSD };
}

function band(values: number[], lo: number, hi: number): FigureBand {
  const v = Float64Array.from(values).sort();
  return { lo: percentile(v, lo), mid: percentile(v, 50), hi: percentile(v, hi) };
}

export function moneyBands(members: readonly MoneyMember[], lo = 5, hi = 95): MoneyBands {
  checkPercentiles(lo, hi);
  if (members.length === 0) throw new RangeError('no runs to reduce');
  return {
    percentiles: [lo, hi],
    runs: members.length,
    total: band(members.map((m) => m.lossUSD), lo, hi),
    bySector: SECTORS.map((_, s) => band(members.map((m) => m.bySector[s] ?? 0), lo, hi)),
    fortune500: band(members.map((m) => m.fortune500), lo, hi),
  };
}

/** Parametrix's sector figures for the US Fortune 500, where published. */
const REPORTED_BY_SECTOR: Partial<Record<Sector, Reference>> = {
  healthcare: REFERENCE.fortune500HealthcareUSD,
  banking: REFERENCE.fortune500BankingUSD,
  airlines: REFERENCE.fortune500AirlinesUSD,
};

export interface MoneyRow {
  sector: Sector;
  index: number;
  label: string;
  lossUSD: number;
  band: FigureBand | null;
  /** The Fortune-500-like subset's loss in this sector, and how many of its customers are here. */
  fortune500USD: number;
  fortune500Customers: number;
  /** Parametrix's figure for the sector, where there is one. */
  reported: Reference | null;
}

export interface MoneyTable {
  /** Largest loss first. */
  rows: MoneyRow[];
  total: { lossUSD: number; band: FigureBand | null };
  fortune500: { lossUSD: number; customers: number; devices: number; band: FigureBand | null };
  /** Parametrix's $5.4 billion. */
  reported: Reference;
  bands: { percentiles: readonly [number, number]; runs: number } | null;
}

export function moneyTable(im: ServiceImpact, bands: MoneyBands | null = null): MoneyTable {
  const f5 = new Map(im.fortune500.bySector.map((x) => [x.sector, x]));
  const rows = im.sectors.map((s, index): MoneyRow => ({
    sector: s.sector, index, label: SECTOR_INFO[index]!.label, lossUSD: s.lossUSD, band: bands?.bySector[index] ?? null,
    fortune500USD: f5.get(s.sector)?.lossUSD ?? 0, fortune500Customers: f5.get(s.sector)?.customers ?? 0,
    reported: REPORTED_BY_SECTOR[s.sector] ?? null,
  }));
  return {
    rows: rows.sort((a, b) => b.lossUSD - a.lossUSD || a.index - b.index),
    total: { lossUSD: im.lossUSD, band: bands?.total ?? null },
    fortune500: { lossUSD: im.fortune500.lossUSD, customers: im.fortune500.customers, devices: im.fortune500.devices, band: bands?.fortune500 ?? null },
    reported: REFERENCE.fortune500LossUSD,
    bands: bands ? { percentiles: bands.percentiles, runs: bands.runs } : null,
  };
}
