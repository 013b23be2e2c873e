// Everything a chart, an export or the command line shows, derived once from engine results.
export { binAt, valueAt, endMinutes, hoursUntil } from './bins.js';
export { toSeries, cumulative, sumGroups } from './series.js';
export type { Series } from './series.js';
export { summarize } from './summary.js';
export type { Summary } from './summary.js';
export {
  toCsv, sectorCsv, regionCsv, orgSpreadCsv, timeStepText, CSV_COLUMNS, SECTOR_CSV_COLUMNS, REGION_CSV_COLUMNS, SERVICE_CSV_COLUMNS,
  ORG_SPREAD_CSV_COLUMNS, ORG_SIZE_LABELS,
} from './csv.js';
export type { CsvAbout, CsvBins } from './csv.js';
export { eventMarks } from './events.js';
export type { EventId, EventMark } from './events.js';
export { localTimeAt } from './localTime.js';
export type { LocalTime } from './localTime.js';
export { sectorRows, sectorDownAt } from './sectorRows.js';
export type { SectorRow } from './sectorRows.js';
export { regionRows } from './regionRows.js';
export type { RegionRow } from './regionRows.js';
export { runView } from './runView.js';
export type { RunMeta, RunView, Sensitivity } from './runView.js';
export { BANDED_COLUMNS, BANDED_FIGURES, bandedPart, bandsOf, percentile, seriesBands, summaryBands } from './bands.js';
export type { Band, BandedColumn, BandedSeries, BandedFigure, FigureBand, SeriesBands, SummaryBands } from './bands.js';
export { COMPARE_FIGURES, compareRuns, comparisonCsv, figureValue } from './compare.js';
export type { CompareCell, CompareFigure, CompareRow, Comparison } from './compare.js';
export { orgBackTimes, orgRecoveryByDay } from './orgRecovery.js';
export type { OrgsBackByDay, OrgRecovery } from './orgRecovery.js';
export { ORG_SIZE_BANDS, orgShareAt, orgSpread, orgSpreadHours } from './orgSpread.js';
export type { OrgSizeBand, OrgSpread, OrgSpreadGroup } from './orgSpread.js';
export { largestCustomers } from './largestCustomers.js';
export type { CustomerSize, SectorLargest } from './largestCustomers.js';
export { stepAt, stepsEndMs, sumByDay, utcDays } from './serviceSteps.js';
export type { StepDay, Steps } from './serviceSteps.js';
export { flightDays } from './flightDays.js';
export type { FlightDayRun, FlightDays } from './flightDays.js';
export { levelOf, sectorServiceAt, sectorServiceRows } from './sectorService.js';
export type { SectorServiceRow, ServiceSegment } from './sectorService.js';
export { moneyBands, moneyMember, moneyTable } from './money.js';
export type { MoneyBands, MoneyMember, MoneyRow, MoneyTable } from './money.js';
export { hospitalTable } from './hospitalRows.js';
export type { HospitalRow, HospitalTable } from './hospitalRows.js';
export { dispatchRows } from './dispatchRows.js';
export type { DispatchRow } from './dispatchRows.js';
export { peakMinutes, regionDownAt } from './regionDown.js';
export type { RegionDownRow, RegionDownSource } from './regionDown.js';
export { antisolarPoint, subsolarPoint } from './sun.js';
export { orgDays, orgFigures, serviceOutputLines } from './orgFigures.js';
export type { OrgDay, OrgFigure, OrgFigureKey, ServiceOutputLine } from './orgFigures.js';
