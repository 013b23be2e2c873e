// The table view of a chart (OWID's "table" tab): same data, for reading exact values and for
// screen readers. Built with textContent only.
import type { TableData } from './chart.js';
import { formatInt } from './format.js';

/** Whole numbers get thousands separators; decimals are shown as given. */
const cell = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? formatInt(v) : String(v)) : v);

export function renderTable(data: TableData, caption: string): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'chart-table';
  const cap = table.createCaption();
  cap.textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const c of data.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of data.rows) {
    const tr = body.insertRow();
    row.forEach((v, i) => {
      const td = i === 0 ? document.createElement('th') : document.createElement('td');
      if (td instanceof HTMLTableCellElement && i === 0) td.setAttribute('scope', 'row');
      td.textContent = cell(v);
      if (typeof v === 'number') td.className = 'num';
      tr.append(td);
    });
  }
  return table;
}
