// A chart's table as CSV: notes first (lines starting with "#": the chart, the run and how to get
// it back, the source), then the table's header and rows. Cells that hold a comma, a quote or a
// line break are quoted; a cell starting with =, +, - or @ gets a leading apostrophe so a
// spreadsheet does not read scenario text as a formula.
import type { TableData } from '../charts/chart.js';
import { runLine, type ExportMeta } from './meta.js';

function cell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const note = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;

export function tableCsv(table: TableData, meta: ExportMeta): string {
  const lines = [
    note(meta.title),
    note(`${runLine(meta)}.`),
    ...(meta.link ? [note(meta.link)] : []),
    note(`Source: ${meta.source}`),
    table.columns.map(cell).join(','),
    ...table.rows.map((r) => r.map(cell).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
