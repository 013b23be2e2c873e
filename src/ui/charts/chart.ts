// What every chart offers the page. Charts are created once, then given a list of runs to draw;
// they read derived results (src/results) and never call the engine or compute model figures.
import type { RunView } from '../../results/index.js';
import type { ChartId } from '../selectors.js';
import type { ExportMeta } from '../export/meta.js';
import type { TimeZoneMode } from './format.js';

export interface ChartInput {
  /** The runs to draw: the first is the one the reader is looking at; the others are compared with it. */
  runs: readonly RunView[];
  /** The July 2024 baseline, drawn faintly behind the runs as a yardstick (null: not shown). */
  ghost?: RunView | null;
  timeZone: TimeZoneMode;
}

/** How a chart is being looked at: its zoom and switches (log scale…), kept in the page link. */
export type ChartView = { zoom?: string } & Record<string, string | boolean | undefined>;

export interface ExportOptions {
  /** Whether the footer names the runs and the link (default true). A report names them once, in its header. */
  runLine?: boolean;
  /** The plot's height in px for a chart drawn over time (a printed report sets it to fit its pages); row charts take their rows' height. */
  plotHeight?: number;
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
  update(input: ChartInput): void;
  /** Puts the texts made once (title, legend, buttons) in the page's current language; the next update redraws the rest. */
  relabel?(): void;
  /** Playback cursor in minutes after publish; null hides it. Redraws at most once per frame. */
  setCursor(minutes: number | null): void;
  /** Self-contained SVG text for export: title, legend, chart, footer (source, runs, link). Drawn at
   * `width` px when given (a printed report's fixed width), else at the on-screen width within limits. */
  exportSvg(width?: number, options?: ExportOptions): string;
  /** The chart's data as a table (for the table view and accessibility). */
  table(): TableData;
  /** What a file made from the chart says about itself (null before there is anything to export). */
  exportMeta?(): ExportMeta | null;
  /** Sets zoom and switches (from a link). */
  setView?(view: ChartView): void;
  /** Called when the reader changes the zoom or a switch. */
  onView?: (view: ChartView) => void;
  /** Called when the reader picks a moment on the chart (click, arrow keys): minutes after publish. */
  onSeek?: (minutes: number) => void;
  /** Called when the reader drags a marker that stands for a parameter (the publish time, the revert). */
  onEdit?: (key: string, value: number | string) => void;
}
