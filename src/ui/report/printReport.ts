// "Print report": lays out the current run or comparison as the report (src/report) in a sheet
// that only the print shows, then opens the browser's print dialog (print, or save as PDF). The
// report's charts are new instances of the page's chart modules drawn at the print width, so the
// charts on the page keep their own size, zoom and cursor.
import type { I18n } from '../../i18n/i18n.js';
import { buildReport, reportChartIds, type ReportInput } from '../../report/buildReport.js';
import { renderDom } from '../../report/renderDom.js';
import type { Scenario } from '../../scenario/scenario.js';
import { drawReportCharts, reportChartInput } from './reportCharts.js';
import '../../report/report.css';
import './print.css';

export const REPORT_SHEET_ID = 'report-sheet';
const PRINTING = 'printing-report';

/** A scenario's description in the reader's language: a bundled file's translation, else its own text. */
export function describeScenario(scenario: Scenario, fileId: string | null, i18n: I18n): string {
  return (fileId ? i18n.bundledScenario(fileId)?.description : null) ?? scenario.description;
}

/** Lays the report out in the print-only sheet and returns the sheet. */
export function layOutReport(input: ReportInput, i18n: I18n): HTMLElement {
  const doc = buildReport(input, i18n);
  const art = drawReportCharts(reportChartIds(doc), reportChartInput(input.runs.map((r) => r.view), input.baseline?.view ?? null));
  let sheet = document.getElementById(REPORT_SHEET_ID);
  if (!sheet) {
    sheet = document.createElement('div');
    sheet.id = REPORT_SHEET_ID;
    document.body.append(sheet);
  }
  sheet.replaceChildren(renderDom(doc, art));
  return sheet;
}

/** Lays the report out and opens the print dialog; the page prints normally again once it closes. */
export function printReport(input: ReportInput, i18n: I18n): void {
  layOutReport(input, i18n);
  const root = document.documentElement;
  root.classList.add(PRINTING);
  addEventListener('afterprint', () => root.classList.remove(PRINTING), { once: true });
  window.print();
}
