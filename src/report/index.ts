// The printable report: a neutral tree built from the runs the page (or the command line) shows,
// and two renderers of it, to DOM for the page's print and to a standalone HTML file.
export { buildReport, reportChartIds, reportCharts, reportRuns, SERVICE_CHARTS_MAX_RUNS } from './buildReport.js';
export type { ReportInput, ReportRun } from './buildReport.js';
export { keyFigureRows, keyFigureValue, RECORD, DEVICE_FIGURES, SERVICE_FIGURES } from './keyFigures.js';
export type { KeyFigure, KeyFigureCell, KeyFigureRow } from './keyFigures.js';
export { paramChanges, paramSourceText, paramValueText } from './paramChanges.js';
export type { ParamChange } from './paramChanges.js';
export { renderHtml, reportBodyHtml } from './renderHtml.js';
export { renderDom } from './renderDom.js';
export type { ReportBlock, ReportChartId, ReportDoc, ReportSection, ReportTable, SectionId } from './types.js';
