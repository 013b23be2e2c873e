// Entry point: the page's charts, the worker factory, and the app that wires them to the page (or,
// with ?embed=ID, the one chart an embedding page asked for).
import './styles.css';
import { App } from './app/app.js';
import { applyPageText } from './app/pageText.js';
import { initialPageLocale, tr } from './pageLocale.js';
import { EmbedApp } from './app/embedApp.js';
import type { Chart } from './charts/chart.js';
import { createRegionChart } from './charts/regionChart.js';
import { createOrgSpreadChart } from './charts/orgSpreadChart.js';
import { createSectorChart } from './charts/sectorChart.js';
import { createTimelineChart } from './charts/timelineChart.js';
import { createTornadoChart } from './charts/tornadoChart.js';
import { createDispatchChart } from './charts/dispatchChart.js';
import { createFlightsChart } from './charts/flightsChart.js';
import { createHospitalsChart } from './charts/hospitalsChart.js';
import { createMoneyChart } from './charts/moneyChart.js';
import { createServicesChart } from './charts/servicesChart.js';
import { createWorldMap } from './charts/worldMap.js';

const createWorker = () => new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' });

/** Every chart a page link can embed (`?embed=ID`), by id. */
const EMBEDDABLE: Record<string, () => Chart> = {
  timeline: createTimelineChart,
  sectors: createSectorChart,
  regions: createRegionChart,
  'org-spread': createOrgSpreadChart,
  map: createWorldMap,
  flights: createFlightsChart,
  services: createServicesChart,
  hospitals: createHospitalsChart,
  dispatch: createDispatchChart,
  money: createMoneyChart,
};

function start(): void {
  try {
    // The language first: every view reads it as it draws (link `lang=`, else the browser's languages).
    initialPageLocale(location.search, navigator.languages ?? []);
    applyPageText();
    const embed = new URLSearchParams(location.search).get('embed');
    if (embed !== null) {
      const make = Object.hasOwn(EMBEDDABLE, embed) ? EMBEDDABLE[embed] : undefined;
      new EmbedApp({ chart: make ? make() : null, chartId: embed, known: Object.keys(EMBEDDABLE), createWorker });
      return;
    }
    new App({
      charts: [createTimelineChart(), createSectorChart(), createOrgSpreadChart(), createRegionChart()],
      tornado: createTornadoChart(),
      createWorker,
    });
  } catch (e) {
    // Last resort: say so on the page rather than leave it blank.
    console.error(e);
    const box = document.getElementById('messages');
    if (box) box.textContent = tr('main.startFailed', { detail: e instanceof Error ? e.message : String(e) });
  }
}

start();
