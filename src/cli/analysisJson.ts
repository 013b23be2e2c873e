// What the command line prints for an ensemble and for a sensitivity ranking. An ensemble adds,
// for every summary figure and the money lost, the low, median and high percentile (keys named
// after the percentiles: p5, p50, p95), plus what was varied. A ranking lists every input with
// the figure at its low and high setting, largest swing first.
import type { EnsembleRequest, TornadoFigure, TornadoRow, TornadoWhich } from '../ensemble/index.js';
import type { SummaryBands } from '../results/bands.js';
import type { Scenario } from '../scenario/scenario.js';

const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(10)));

/** `{ p5: …, p50: …, p95: … }` for one figure. */
function named(lo: number, hi: number, b: { lo: number | null; mid: number | null; hi: number | null }) {
  return { [`p${lo}`]: round(b.lo), p50: round(b.mid), [`p${hi}`]: round(b.hi) };
}

/** The ensemble part of the JSON: what varied, and the band of every summary figure. */
export function ensembleJson(req: EnsembleRequest, varied: readonly string[], summary: SummaryBands) {
  return {
    runs: req.runs,
    vary: req.vary,
    percentiles: [req.low, req.high],
    varied,
    bands: Object.fromEntries(Object.entries(summary).map(([f, b]) => [f, named(req.low, req.high, b)])),
  };
}

export function sensitivityJson(s: Scenario, hash: string, which: TornadoWhich, figure: TornadoFigure, rows: readonly TornadoRow[]) {
  return {
    scenario: s.name,
    seed: s.seed,
    paramsHash: hash,
    inputs: which,
    figure,
    note: 'Each input at its low and then its high setting, everything else as in the scenario, the same seed; "null": not reached within the run.',
    rows: rows.map((r) => ({ ...r, low: round(r.low), high: round(r.high), base: round(r.base), swing: round(r.swing) })),
  };
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const t = String(v);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

export function sensitivityCsv(figure: TornadoFigure, rows: readonly TornadoRow[]): string {
  const head = ['id', 'label', 'kind', 'lowSetting', 'highSetting', `${figure}_low`, `${figure}_high`, `${figure}_scenario`, 'swing'];
  const lines = [head.join(','), ...rows.map((r) => [r.id, r.label, r.kind, r.lowLabel, r.highLabel, round(r.low), round(r.high), round(r.base), round(r.swing)].map(csvCell).join(','))];
  return `${lines.join('\n')}\n`;
}
