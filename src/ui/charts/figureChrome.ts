// The buttons under every chart: download SVG, download PNG, show the table. Wired here so the
// page only places chart.element. Exports read the chart's current state (zoom, hidden series,
// cursor), so the file shows what the reader was looking at.
import type { ChartId } from '../selectors.js';
import type { Chart } from './chart.js';
import type { Sandwich } from './sandwich.js';
import { renderTable } from './tableView.js';
import type { ExportMeta } from '../export/meta.js';
import { downloadBlob, exportFileName } from '../export/download.js';
import { embedCode } from '../export/embedCode.js';
import { svgToPng } from '../export/pngExport.js';

export interface FigureChrome {
  /** Enables the buttons once there is a result, and refreshes an open table. */
  refresh(hasData: boolean): void;
}

function button(parent: HTMLElement, kind: string, label: string, title: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'chart-action';
  b.dataset['export'] = kind;
  b.textContent = label;
  b.title = title;
  b.disabled = true;
  parent.append(b);
  return b;
}

export function wireFigureChrome(
  id: ChartId, s: Sandwich, chart: Pick<Chart, 'exportSvg' | 'table'>, meta: () => ExportMeta | null,
): FigureChrome {
  const svgButton = button(s.actions, 'svg', 'Download SVG', 'Vector image, for print or editing');
  const pngButton = button(s.actions, 'png', 'Download PNG', 'Image at twice screen resolution, for slides and documents');
  const tableButton = button(s.actions, 'table', 'Show table', 'The numbers behind this chart');
  const embedButton = button(s.actions, 'embed', 'Copy embed code', 'An <iframe> showing this chart, live, in another page (an article, a slide)');
  const embedBox = document.createElement('textarea');
  embedBox.className = 'chart-embed-code';
  embedBox.readOnly = true;
  embedBox.rows = 3;
  embedBox.hidden = true;
  embedBox.setAttribute('aria-label', 'Embed code for this chart');
  tableButton.setAttribute('aria-expanded', 'false');
  tableButton.setAttribute('aria-controls', s.tableHost.id);
  const status = document.createElement('span');
  status.className = 'chart-action-status';
  status.setAttribute('role', 'status');
  s.actions.append(status, embedBox);

  const say = (text: string) => {
    status.textContent = text;
  };
  const fileName = (m: ExportMeta, ext: string) => exportFileName(id, m.scenarioName, m.seed, ext);

  svgButton.addEventListener('click', () => {
    const m = meta();
    if (!m) return;
    downloadBlob(new Blob([chart.exportSvg()], { type: 'image/svg+xml' }), fileName(m, 'svg'));
    say('');
  });

  pngButton.addEventListener('click', async () => {
    const m = meta();
    if (!m) return;
    pngButton.disabled = true;
    say('Drawing PNG…');
    try {
      downloadBlob(await svgToPng(chart.exportSvg(), m), fileName(m, 'png'));
      say('');
    } catch (err) {
      say(`PNG export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      pngButton.disabled = false;
    }
  });

  embedButton.addEventListener('click', async () => {
    const m = meta();
    if (!m || !m.link) return;
    const code = embedCode(m.link, id, m.title, s.figure.offsetHeight + 40);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      embedBox.hidden = true;
      say('Embed code copied: paste it into your page.');
    } catch {
      // Copying is blocked: the code is shown, selected, to copy by hand.
      embedBox.value = code;
      embedBox.hidden = false;
      embedBox.focus();
      embedBox.select();
      say('Copy the embed code from the box (Ctrl+C, ⌘C on a Mac).');
    }
  });

  const drawTable = () => {
    const m = meta();
    s.tableHost.replaceChildren(renderTable(chart.table(), m ? `${m.title}. ${m.description}` : ''));
  };
  tableButton.addEventListener('click', () => {
    const open = s.tableHost.hidden;
    s.tableHost.hidden = !open;
    tableButton.setAttribute('aria-expanded', String(open));
    tableButton.textContent = open ? 'Hide table' : 'Show table';
    if (open) drawTable();
    else s.tableHost.replaceChildren();
  });

  return {
    refresh(hasData) {
      for (const b of [svgButton, pngButton, tableButton, embedButton]) b.disabled = !hasData;
      if (hasData && !s.tableHost.hidden) drawTable();
    },
  };
}
