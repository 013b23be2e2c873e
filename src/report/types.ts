// A report as a neutral tree: a title block, then sections of paragraphs, lists, tables, figures
// and links, every text already in the reader's language and every number already formatted.
// Two renderers read the same tree: renderDom (the page's print container) and renderHtml (a
// standalone file from the command line). Figures name a chart; the renderer asks the chart
// module to draw it, so the tree itself stays plain data, built and tested in Node.
import type { Locale } from '../i18n/locale.js';

/** Charts a report can show, drawn by the page's chart modules. */
export type ReportChartId = 'timeline' | 'sectors' | 'org-spread' | 'regions' | 'flights' | 'money';

export type SectionId = 'scenario' | 'figures' | 'charts' | 'parameters' | 'limits' | 'reproduce';

export interface ReportTable {
  kind: 'table';
  /** Column headings. */
  head: string[];
  rows: string[][];
  /** Columns holding numbers (set right-aligned). */
  numeric: boolean[];
  /** Each row's key (a figure or parameter id), for tests and for styling. */
  keys: string[];
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string; muted?: boolean }
  /** Each run with what it is; colorIndex is its colour on the charts (-1: the grey baseline). */
  | { kind: 'runs'; items: { name: string; text: string; colorIndex: number }[] }
  | { kind: 'list'; items: string[] }
  | ReportTable
  /** A chart, drawn with its own title, subtitle and sources. */
  | { kind: 'figure'; chart: ReportChartId }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'code'; text: string };

export interface ReportSection {
  id: SectionId;
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportDoc {
  locale: Locale;
  /** For <html lang>. */
  htmlLang: string;
  kicker: string;
  title: string;
  /** When it was made, when the update went out; one line per run (seed and parameter hash). */
  lines: string[];
  sections: ReportSection[];
  /** Whether it compares runs (laid out on up to four pages rather than two). */
  comparison: boolean;
}

/** What the chart modules draw for a report: each chart's SVG, and the colour a run has on the
 * charts (its swatch beside its name; colorIndex -1 is the grey baseline drawn behind). The
 * report is built below the charts, so the page and the command line hand these in. */
export interface ReportArt {
  svgs: ReadonlyMap<ReportChartId, string>;
  swatch(colorIndex: number): string;
}
