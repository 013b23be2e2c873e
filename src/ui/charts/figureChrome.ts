// The buttons under every chart: download SVG, download PNG, show the table. Wired here so the
// page only places chart.element. Exports read the chart's current state (zoom, hidden series,
// cursor), so the file shows what the reader was looking at.
import { tr } from '../pageLocale.js';
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
  /** The buttons' texts in the page's current language. */
  relabel(): void;
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
  const svgButton = button(s.actions, 'svg', tr('chart.action.svg'), tr('chart.action.svgTitle'));
  const pngButton = button(s.actions, 'png', tr('chart.action.png'), tr('chart.action.pngTitle'));
  const tableButton = button(s.actions, 'table', tr('chart.action.showTable'), tr('chart.action.tableTitle'));
  const embedButton = button(s.actions, 'embed', tr('chart.action.embed'), tr('chart.action.embedTitle'));
  const embedBox = document.createElement('textarea');
  embedBox.className = 'chart-embed-code';
  embedBox.readOnly = true;
  embedBox.rows = 3;
  embedBox.hidden = true;
  embedBox.setAttribute('aria-label', tr('chart.action.embedBox'));
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
    say(tr('chart.action.drawingPng'));
    try {
      downloadBlob(await svgToPng(chart.exportSvg(), m), fileName(m, 'png'));
      say('');
    } catch (err) {
      say(tr('chart.action.pngFailed', { detail: err instanceof Error ? err.message : String(err) }));
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
      say(tr('chart.action.embedCopied'));
    } catch {
      // Copying is blocked: the code is shown, selected, to copy by hand.
      embedBox.value = code;
      embedBox.hidden = false;
      embedBox.focus();
      embedBox.select();
      say(tr('chart.action.embedCopyByHand'));
    }
  });

  const drawTable = () => {
    const m = meta();
    s.tableHost.replaceChildren(renderTable(chart.table(), m ? tr('chart.tableCaption', { title: m.title, description: m.description }) : ''));
  };
  tableButton.addEventListener('click', () => {
    const open = s.tableHost.hidden;
    s.tableHost.hidden = !open;
    tableButton.setAttribute('aria-expanded', String(open));
    tableButton.textContent = open ? tr('chart.action.hideTable') : tr('chart.action.showTable');
    if (open) drawTable();
    else s.tableHost.replaceChildren();
  });

  return {
    relabel() {
      const texts: [HTMLButtonElement, string, string][] = [
        [svgButton, tr('chart.action.svg'), tr('chart.action.svgTitle')],
        [pngButton, tr('chart.action.png'), tr('chart.action.pngTitle')],
        [tableButton, s.tableHost.hidden ? tr('chart.action.showTable') : tr('chart.action.hideTable'), tr('chart.action.tableTitle')],
        [embedButton, tr('chart.action.embed'), tr('chart.action.embedTitle')],
      ];
      for (const [b, text, title] of texts) {
        b.textContent = text;
        b.title = title;
      }
      embedBox.setAttribute('aria-label', tr('chart.action.embedBox'));
      if (!s.tableHost.hidden) drawTable();
    },
    refresh(hasData) {
      for (const b of [svgButton, pngButton, tableButton, embedButton]) b.disabled = !hasData;
      if (hasData && !s.tableHost.hidden) drawTable();
    },
  };
}
