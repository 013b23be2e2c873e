// The page's CSV download is the command line's CSV: one writer, in the engine.
export { toCsv as seriesCsv, CSV_COLUMNS as SERIES_CSV_COLUMNS } from '../../results/csv.js';
