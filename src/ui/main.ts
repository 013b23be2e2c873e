// Entry point: the three charts, the worker factory, and the app that wires them to the page.
import './styles.css';
import { App } from './app/app.js';
import { createRegionChart } from './charts/regionChart.js';
import { createSectorChart } from './charts/sectorChart.js';
import { createTimelineChart } from './charts/timelineChart.js';
import { createTornadoChart } from './charts/tornadoChart.js';

function start(): void {
  try {
    new App({
      charts: [createTimelineChart(), createSectorChart(), createRegionChart()],
      tornado: createTornadoChart(),
      createWorker: () => new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' }),
    });
  } catch (e) {
    // Last resort: say so on the page rather than leave it blank.
    console.error(e);
    const box = document.getElementById('messages');
    if (box) box.textContent = `The page could not start: ${e instanceof Error ? e.message : String(e)}`;
  }
}

start();
