// A "Download CSV" button beside a chart's SVG and PNG buttons, for charts whose rows are data a
// reader may want as a table (sectors, organisations, regions). The page writes the file from the run's results
// rows; the chart only hosts the button.
import { tr } from '../pageLocale.js';

/** Adds the button (disabled until there is a run) after the chart's PNG button. */
export function addCsvButton(figure: HTMLElement, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'chart-action';
  b.dataset['export'] = 'csv';
  b.textContent = tr('chart.action.csv');
  b.title = tr('chart.action.csvTitle');
  b.disabled = true;
  b.addEventListener('click', onClick);
  const png = figure.querySelector('[data-export="png"]');
  if (png) png.after(b);
  else figure.querySelector('.chart-actions')?.append(b);
  return b;
}
