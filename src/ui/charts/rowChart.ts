// The shell shared by the row charts (one row per sector or per region): sandwich, legend,
// read-out, hover band and arrow keys, playback cursor, export and table. Each chart supplies
// how to draw its rows, what to read out for one row, and its texts.
import { tr } from '../pageLocale.js';
import { select, type Selection } from 'd3-selection';
import type { RunView } from '../../results/index.js';
import type { Chart, ChartInput, TableData } from './chart.js';
import { inNextFrame } from './frame.js';
import { wireFigureChrome } from './figureChrome.js';
import { createLegend, type LegendItem } from './legend.js';
import { createReadout, type ReadoutRow } from './readout.js';
import { observeWidth, plotWidth } from './resize.js';
import { bindRowKeys, drawRowTargets, type RowLayout } from './rows.js';
import { buildExportSvg, createSandwich, exportMeta, exportWidth, fillSandwich, type SandwichText } from './sandwich.js';
import { serializeSvg } from '../export/svgExport.js';
import type { ChartId } from '../selectors.js';

export type G = Selection<SVGGElement, unknown, null, undefined>;

/** What a row chart draws from: the runs, the one the reader is looking at, and the playback cursor. */
export interface RowView {
  input: ChartInput;
  run: RunView;
  cursorMin: number | null;
}

export interface RowChartSpec<Row> {
  id: ChartId;
  /** A function for a title in the page's language (read again after a language switch). */
  title: string | (() => string);
  /** "sector" or "region", for the keyboard hint. */
  rowNoun: string;
  legendItems(input: ChartInput | null, cursor: boolean): LegendItem[];
  sandwichText(input: ChartInput): SandwichText;
  /** Draws every row into `g` at `width`; returns the layout and the rows in drawing order. */
  draw(g: G, width: number, v: RowView): { layout: RowLayout; rows: Row[] };
  /** Height of the plot at an export width (rows decide it). */
  plotHeight(width: number, v: RowView): number;
  readout(row: Row, v: RowView): { title: string; items: ReadoutRow[] };
  table(v: RowView): TableData;
  /** Whether the input holds what the chart draws (default: any run). Exports wait for it. */
  hasData?(input: ChartInput): boolean;
  /** False for a chart that draws nothing at the playback cursor: moving it then redraws nothing. */
  followsCursor?: boolean;
}

export function createRowChart<Row>(spec: RowChartSpec<Row>): Chart {
  const { id } = spec;
  const titleOf = () => (typeof spec.title === 'function' ? spec.title() : spec.title);
  const ariaOf = () => {
    const title = titleOf();
    return spec.rowNoun === 'sector' ? tr('chart.rows.ariaSectors', { title })
      : spec.rowNoun === 'region' ? tr('chart.rows.ariaRegions', { title }) : tr('chart.rows.ariaRows', { title });
  };
  const sw = createSandwich(id, titleOf());
  let input: ChartInput | null = null;
  let cursorMin: number | null = null;
  let active: number | null = null;
  let drawn: { layout: RowLayout; rows: Row[] } | null = null;

  const legend = createLegend();
  sw.legendHost.append(legend.element);
  const readout = createReadout(sw.plot);
  const svg = select(sw.svg);
  svg.attr('tabindex', 0).attr('role', 'img')
    .attr('aria-label', ariaOf());
  const plotLayer = svg.append('g');
  const overlay = svg.append('g');
  const view = (): RowView | null => (input && input.runs[0] ? { input, run: input.runs[0], cursorMin } : null);

  function render(): void {
    legend.setItems(spec.legendItems(input, cursorMin !== null), new Set());
    plotLayer.selectAll('*').remove();
    const v = view();
    const width = plotWidth(sw.plot);
    if (!v || width <= 0) {
      drawn = null;
      return;
    }
    drawn = spec.draw(plotLayer, width, v);
    const h = drawn.layout.height;
    svg.attr('width', width).attr('height', h).attr('viewBox', `0 0 ${width} ${h}`);
    drawOverlay(width);
  }

  function drawOverlay(width = plotWidth(sw.plot)): void {
    overlay.selectAll('*').remove();
    const v = view();
    if (!v || !drawn) return;
    const { layout, rows } = drawn;
    const row = active === null ? undefined : rows[active];
    if (row !== undefined && active !== null) {
      const { title: head, items } = spec.readout(row, v);
      readout.show(head, items, { x: layout.narrow ? 8 : layout.labelW, y: layout.top + (active + 1) * layout.rowH });
    } else readout.hide();
    drawRowTargets(overlay, layout, rows.length, width, active, setActiveRow);
  }

  function setActiveRow(i: number | null): void {
    active = i;
    drawOverlay();
  }

  bindRowKeys(sw.svg, () => drawn?.rows.length ?? 0, () => active, setActiveRow);
  observeWidth(sw.plot, () => render());

  const chart: Chart = {
    id,
    get title() {
      return titleOf();
    },
    element: sw.figure,
    relabel() {
      sw.title.textContent = titleOf();
      svg.attr('aria-label', ariaOf());
      chrome.relabel();
    },
    update(next) {
      input = next;
      fillSandwich(sw, spec.sandwichText(next), next);
      render();
      chrome.refresh(next.runs.length > 0 && (spec.hasData?.(next) ?? true));
    },
    setCursor(minutes) {
      if (minutes === cursorMin) return;
      cursorMin = minutes;
      if (spec.followsCursor === false) return;
      // Rows change with the cursor (down now, local time): a whole redraw, but once per frame.
      inNextFrame(render);
    },
    exportSvg(atWidth, options) {
      const v = view();
      if (!v || !(spec.hasData?.(v.input) ?? true)) throw new Error('No result to export yet');
      const width = atWidth ?? exportWidth(sw.plot.clientWidth);
      const text = spec.sandwichText(v.input);
      const root = buildExportSvg({
        runLine: options?.runLine ?? true,
        width, title: titleOf(), text, input: v.input, legend: spec.legendItems(v.input, v.cursorMin !== null), plotHeight: spec.plotHeight(width - 40, v),
        drawPlot: (g, w) => void spec.draw(select(g), w, v),
      });
      return serializeSvg(root, exportMeta(id, titleOf(), text, v.input));
    },
    table(): TableData {
      const v = view();
      return v ? spec.table(v) : { columns: [], rows: [] };
    },
  };
  chart.exportMeta = () => (input && input.runs[0] && (spec.hasData?.(input) ?? true) ? exportMeta(id, titleOf(), spec.sandwichText(input), input) : null);
  const chrome = wireFigureChrome(id, sw, chart, () => chart.exportMeta!());
  render();
  return chart;
}
