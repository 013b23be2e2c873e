// Everything a chart, an export or the command line shows, derived once from engine results.
export { binAt, valueAt, endMinutes, hoursUntil } from './bins.js';
export { toSeries, cumulative, sumGroups } from './series.js';
export type { Series } from './series.js';
export { summarize } from './summary.js';
export type { Summary } from './summary.js';
export { toCsv, CSV_COLUMNS, SERVICE_CSV_COLUMNS } from './csv.js';
