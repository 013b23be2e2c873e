// The report's charts: the page's own chart modules, given the report's runs and drawn as SVG
// at one fixed width (the print column), so the page's print and the command line's file show
// the same pictures. Charts only draw; every figure comes from the runs (src/results).
import type { ReportArt, ReportChartId } from '../../report/types.js';
import type { RunView } from '../../results/runView.js';
import type { Chart, ChartInput } from '../charts/chart.js';
import { createFlightsChart } from '../charts/flightsChart.js';
import { createMoneyChart } from '../charts/moneyChart.js';
import { createOrgSpreadChart } from '../charts/orgSpreadChart.js';
import { createRegionChart } from '../charts/regionChart.js';
import { createSectorChart } from '../charts/sectorChart.js';
import { createTimelineChart, runSwatchColor } from '../charts/timelineChart.js';

/** Drawing width in px. The print column is about 690 px wide (184 mm), so text drawn at 12 px
 * prints at about 5.8 pt: small but clear, every chart stays on one page with its caption, and a
 * single run's six charts fit on three pages (three to a page after the timeline's). */
export const REPORT_CHART_WIDTH = 1400;

/** Plot heights the report draws its charts over time at, where the page's own would take too much
 * of a page: the organisations' curves read well flatter than on screen. */
const PLOT_HEIGHT: Partial<Record<ReportChartId, number>> = { 'org-spread': 270 };

const MAKE: Readonly<Record<ReportChartId, () => Chart>> = {
  timeline: createTimelineChart,
  sectors: createSectorChart,
  'org-spread': createOrgSpreadChart,
  regions: createRegionChart,
  flights: createFlightsChart,
  money: createMoneyChart,
};

/** What the charts draw: the runs in the page's order and colours, the baseline behind them. */
export function reportChartInput(runs: readonly RunView[], baseline: RunView | null): ChartInput {
  const drawn = runs.map((r, i) => ({ ...r, colorIndex: r.colorIndex ?? i }));
  const ghost = baseline && !runs.some((r) => r.paramsHash === baseline.paramsHash) ? baseline : null;
  return { runs: drawn, ghost, timeZone: 'UTC' };
}

/** An exported file's SVG as an element inside the report: without the XML declaration, and without
 * the metadata that names the run when the picture stands alone (the report's header does). */
export const inlineSvg = (file: string): string =>
  file.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/<metadata>[\s\S]*?<\/metadata>/, '');

/** Each chart's export SVG (title, legend, plot, sources) at `width`, and the runs' colours. A
 * chart that has nothing to draw is left out rather than stopping the report. */
export function drawReportCharts(ids: readonly ReportChartId[], input: ChartInput, width = REPORT_CHART_WIDTH): ReportArt & { svgs: Map<ReportChartId, string> } {
  const out = new Map<ReportChartId, string>();
  for (const id of ids) {
    const chart = MAKE[id]();
    chart.update(input);
    try {
      const plotHeight = PLOT_HEIGHT[id];
      out.set(id, inlineSvg(chart.exportSvg(width, { runLine: false, ...(plotHeight ? { plotHeight } : {}) })));
    } catch (e) {
      console.warn(`[report] the ${id} chart could not be drawn:`, e);
    }
  }
  return { svgs: out, swatch: runSwatchColor };
}
