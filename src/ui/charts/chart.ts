// What every chart offers the page. Charts are created once, then updated with each result;
// they read results and never call the engine.
import type { Params, SimResult } from '../../engine/index.js';
import type { Series, Summary } from '../../results/index.js';
import type { ChartId } from '../selectors.js';

export interface ChartContext {
  result: SimResult;
  series: Series;
  summary: Summary;
  /** The parameters of this run: charts read event times (USB tool, automated fix) and work hours. */
  params: Params;
  scenarioName: string;
  seed: number;
  /** Short hash of all parameters and the seed, printed on exports. */
  paramsHash: string;
  /** Link that reproduces this run, printed on exports. */
  link: string;
  timeZone: 'UTC' | 'local';
}

export interface TableData {
  columns: string[];
  rows: (string | number)[][];
}

export interface Chart {
  readonly id: ChartId;
  readonly title: string;
  /** A <figure data-chart=id> created once; the page places it. */
  readonly element: HTMLElement;
  update(ctx: ChartContext): void;
  /** Playback cursor in minutes after publish; null hides it. */
  setCursor(minutes: number | null): void;
  /** Self-contained SVG text for export: title, legend, chart, footer (source, scenario, seed, hash, link). */
  exportSvg(): string;
  /** The chart's data as a table (for the table view and accessibility). */
  table(): TableData;
}
