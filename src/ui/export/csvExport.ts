// The page's CSV downloads are the command line's CSV: one writer, in src/results.
export { toCsv as seriesCsv, sectorCsv, regionCsv, orgSpreadCsv, CSV_COLUMNS as SERIES_CSV_COLUMNS } from '../../results/csv.js';
export type { CsvAbout } from '../../results/csv.js';
