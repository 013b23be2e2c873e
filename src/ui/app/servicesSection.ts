// The page's section on what the outage stopped: the world map, then flights, services by
// sector, hospitals, emergency dispatch and money. Each chart is one file in src/ui/charts and
// draws the runs it is given; the service figures arrive after the device figures, so the
// charts say they are waiting until then. Each chart gets a CSV download of its table.
import './services.css';
import type { Chart, ChartInput } from '../charts/chart.js';
import { createDispatchChart } from '../charts/dispatchChart.js';
import { createFlightsChart } from '../charts/flightsChart.js';
import { createHospitalsChart } from '../charts/hospitalsChart.js';
import { createMoneyChart } from '../charts/moneyChart.js';
import { createServicesChart } from '../charts/servicesChart.js';
import { createWorldMap } from '../charts/worldMap.js';
import { downloadText, exportFileName } from '../export/download.js';
import { tableCsv } from '../export/tableCsv.js';
import { h } from './dom.js';
import { tr } from '../pageLocale.js';
import { txt } from './pageText.js';


export interface ServicesHandlers {
  /** The reader picked a moment on a chart (minutes after publish). */
  onSeek(minutes: number): void;
  /** A chart could not be drawn. */
  onError(chart: Chart, error: unknown): void;
}

/** A "Download CSV" button after the chart's PNG button, disabled until the chart has data. */
export function addTableCsvButton(chart: Chart): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'chart-action', 'data-export': 'csv', 'data-csv': 'table', title: tr('app.services.csvTitle'), disabled: true },
    tr('chart.action.csv'));
  b.addEventListener('click', () => {
    const meta = chart.exportMeta?.();
    if (!meta) return;
    downloadText(tableCsv(chart.table(), meta), exportFileName(chart.id, meta.scenarioName, meta.seed, 'csv'), 'text/csv');
  });
  const png = chart.element.querySelector('[data-export="png"]');
  if (png) png.after(b);
  else chart.element.querySelector('.chart-actions')?.append(b);
  return b;
}

export class ServicesSection {
  readonly element: HTMLElement;
  readonly charts: Chart[];
  private readonly csv: HTMLButtonElement[];

  constructor(private readonly handlers: ServicesHandlers) {
    this.charts = [createWorldMap(), createFlightsChart(), createServicesChart(), createHospitalsChart(), createDispatchChart(), createMoneyChart()];
    this.csv = this.charts.map(addTableCsvButton);
    for (const c of this.charts) c.onSeek = (m) => this.handlers.onSeek(m);
    this.element = h('section', { id: 'services-section', class: 'services-section', 'aria-labelledby': 'services-heading' },
      h('div', { class: 'card services-intro' }, h('h2', { id: 'services-heading' }, txt('app.services.heading')), h('p', { class: 'card-note' }, txt('app.services.intro')),
        h('a', { class: 'services-jump', href: '#org-panel' }, txt('app.services.toOrg'))),
      ...this.charts.map((c) => c.element));
  }

  update(input: ChartInput): void {
    this.each((c) => c.update(input));
    this.csv.forEach((b, i) => (b.disabled = !this.charts[i]!.exportMeta?.()));
  }

  /** The charts' texts made once, in the page's current language. */
  relabel(): void {
    this.each((c) => c.relabel?.());
  }

  setCursor(minutes: number | null): void {
    this.each((c) => c.setCursor(minutes));
  }

  private each(f: (c: Chart) => void): void {
    for (const c of this.charts) {
      try {
        f(c);
      } catch (e) {
        this.handlers.onError(c, e);
      }
    }
  }
}
