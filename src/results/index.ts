// Everything a chart, an export or the command line shows, derived once from engine results.
export { binAt, valueAt, endMinutes, hoursUntil } from './bins.js';
export { toSeries, cumulative, sumGroups } from './series.js';
export type { Series } from './series.js';
export { summarize } from './summary.js';
export type { Summary } from './summary.js';
export { toCsv, sectorCsv, regionCsv, timeStepText, CSV_COLUMNS, SECTOR_CSV_COLUMNS, REGION_CSV_COLUMNS } from './csv.js';
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
export type { RunMeta, RunView } from './runView.js';
