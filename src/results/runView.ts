// Everything a chart, a table or an export shows about one run, derived once when the run
// arrives: the series, the summary, the event times, the sector and region rows. Charts take a
// list of these and only draw.
import type { Params, SimResult } from '../engine/types.js';
import type { TornadoFigure, TornadoRow, TornadoWhich } from '../ensemble/tornado.js';
import type { ServiceImpact } from '../services/impact.js';
import type { SeriesBands, SummaryBands } from './bands.js';
import type { MoneyBands } from './money.js';
import { endMinutes } from './bins.js';
import { eventMarks, type EventMark } from './events.js';
import { orgSpread, type OrgSpread } from './orgSpread.js';
import { regionRows, type RegionRow } from './regionRows.js';
import { sectorRows, type SectorRow } from './sectorRows.js';
import { toSeries, type Series } from './series.js';
import { summarize, type Summary } from './summary.js';

/** Who a run is and how to get it back: printed on every chart and file made from it. */
export interface RunMeta {
  /** Stable within a page: "main", "compare-1", "baseline"... */
  id: string;
  /** The run's name as the reader sees it (a scenario name, or one saying it was edited). */
  name: string;
  seed: number;
  /** Short hash of the parameters and seed. */
  paramsHash: string;
  /** Link that reproduces the run. */
  link: string;
}

export interface RunView extends RunMeta {
  params: Params;
  publishAtMs: number;
  binEdges: Float64Array;
  nBins: number;
  /** Minutes after publish at which the run's bins start and end. */
  startMinutes: number;
  endMinutes: number;
  fleet: number;
  /** When the content stopped going out; null if it never did. */
  contentEndMinutes: number | null;
  haltAtMinutes: number | null;
  series: Series;
  summary: Summary;
  events: EventMark[];
  /** Longest outage first. */
  sectors: SectorRow[];
  /** Earliest local time first. */
  regions: RegionRow[];
  /** Share of affected organisations fully back over time, overall, by size and by sector; null
   * for a run without its per-site table (the baseline built into the page, a preview). */
  orgSpread?: OrgSpread | null;
  /** Computed by the same engine when the page was built (the baseline the page opens on). */
  builtIn?: boolean;
  /** A preview drawn while the full run is computed: the model on this share of the fleet, scaled up. */
  preview?: { scale: number } | null;
  /** Which colour the run is drawn in when runs are compared (its place among them). */
  colorIndex?: number;
  /** When the run stands for an ensemble: bands over its runs (the series above is the run itself). */
  bands?: { series: SeriesBands; summary: SummaryBands; money?: MoneyBands | null } | null;
  /** When a sensitivity ranking was run around it. */
  sensitivity?: Sensitivity | null;
  /** The service layer's figures (flights, hospitals, emergency calls, money), when derived: they
   * follow the device figures. */
  services?: ServiceImpact | null;
}

/** Levers and assumptions ranked by how far each moves one figure of the run. */
export interface Sensitivity {
  figure: TornadoFigure;
  which: TornadoWhich;
  rows: TornadoRow[];
  /** Hours the run covers: "not reached" is drawn at its end. */
  horizonHours: number;
}

export function runView(result: SimResult, params: Params, meta: RunMeta): RunView {
  const series = toSeries(result);
  const summary = summarize(result, params, series);
  return {
    ...meta,
    params,
    publishAtMs: result.publishAtMs,
    binEdges: result.binEdges,
    nBins: result.nBins,
    startMinutes: result.binEdges[0]!,
    endMinutes: endMinutes(result),
    fleet: result.fleet,
    contentEndMinutes: result.contentEndMinutes,
    haltAtMinutes: result.haltAtMinutes,
    series,
    summary,
    events: eventMarks(result, params),
    sectors: sectorRows(summary),
    regions: regionRows(result),
    orgSpread: orgSpread(result),
  };
}
