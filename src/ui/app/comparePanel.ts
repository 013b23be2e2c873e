// "Compare": up to three scenarios beside the run being edited, drawn on the same charts, with
// the July 2024 baseline as a grey ghost and a table of the figures that matter with their
// differences. Pure view: it renders the page state and reports the reader's choices.
import { sameScenario } from './sameScenario.js';
import { compareRuns, type CompareFigure, type Comparison } from '../../results/index.js';
import { RUN_COLORS, runColor } from '../charts/timelineChart.js';
import { MAX_COMPARE } from '../state/pageLink.js';
import { drawnRuns, type PageState } from '../state/pageState.js';
import { h } from './dom.js';
import { formatCount, formatHours, formatShare } from './format.js';
import type { ScenarioFile } from './scenarioFiles.js';
import { tr, ui } from '../pageLocale.js';
import './whatif.css';

export const PIN = '__pin__';

export interface CompareHandlers {
  /** A bundled file id, or PIN for the run as it is now. */
  onAdd(choice: string): void;
  onRemove(id: string): void;
  onGhost(on: boolean): void;
  onExport(comparison: Comparison): void;
}

const label = (f: CompareFigure): string => tr(`app.compare.figure.${f}`);

function showValue(f: CompareFigure, v: number | null, nothingCrashed: boolean): string {
  if (f.startsWith('hoursTo')) return nothingCrashed ? tr('app.compare.noCrash') : formatHours(v);
  if (v === null) return '–';
  return f === 'sensorsOnlineAtCheck' ? formatShare(v) : formatCount(v);
}

function showDiff(f: CompareFigure, diff: number | null, rel: number | null): string {
  if (diff === null) return '';
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const a = Math.abs(diff);
  const body = f === 'sensorsOnlineAtCheck' ? tr('app.compare.points', { n: (a * 100).toFixed(1) })
    : f.startsWith('hoursTo') ? formatHours(Math.round(a * 10) / 10) : formatCount(a);
  const pct = rel !== null && f !== 'sensorsOnlineAtCheck' ? ` (${sign}${Math.abs(rel * 100) >= 10 ? Math.round(Math.abs(rel * 100)) : Math.abs(rel * 100).toFixed(1)}%)` : '';
  return `${sign}${body}${pct}`;
}

export class ComparePanel {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly add: HTMLButtonElement;
  private readonly list: HTMLElement;
  private readonly ghost: HTMLInputElement;
  private readonly tableHost: HTMLElement;
  private readonly exportButton: HTMLButtonElement;
  private comparison: Comparison | null = null;
  private readonly title: HTMLElement;
  private readonly note: HTMLElement;
  private readonly ghostText: Text;

  constructor(private readonly files: readonly ScenarioFile[], private readonly handlers: CompareHandlers) {
    this.picker = h('select', { id: 'compare-picker', 'aria-label': tr('app.compare.pickerLabel') });
    this.add = h('button', { type: 'button', id: 'compare-add' }, tr('app.compare.add'));
    this.add.addEventListener('click', () => {
      if (this.picker.value) handlers.onAdd(this.picker.value);
    });
    this.list = h('ul', { class: 'compare-list', id: 'compare-list' });
    this.ghost = h('input', { type: 'checkbox', id: 'compare-ghost' });
    this.ghost.addEventListener('change', () => handlers.onGhost(this.ghost.checked));
    this.tableHost = h('div', { class: 'compare-table-host', id: 'compare-table' });
    this.exportButton = h('button', { type: 'button', id: 'compare-export', disabled: true }, tr('app.compare.export'));
    this.exportButton.addEventListener('click', () => {
      if (this.comparison) handlers.onExport(this.comparison);
    });
    this.title = h('h2', { id: 'compare-title' }, tr('app.compare.title'));
    this.note = h('p', { class: 'card-note' }, tr('app.compare.note', { n: String(MAX_COMPARE) }));
    this.ghostText = document.createTextNode(` ${tr('app.compare.ghost')}`);
    this.element = h('section', { class: 'card whatif-panel compare-panel', 'aria-labelledby': 'compare-title', id: 'compare' },
      this.title,
      this.note,
      h('div', { class: 'compare-add-row' }, this.picker, this.add),
      this.list,
      h('label', { class: 'toggle', for: 'compare-ghost' }, this.ghost, this.ghostText),
      this.tableHost,
      h('div', { class: 'button-row' }, this.exportButton));
  }

  /** The texts made once, in the page's current language (render() draws the rest). */
  relabel(): void {
    this.title.textContent = tr('app.compare.title');
    this.note.textContent = tr('app.compare.note', { n: String(MAX_COMPARE) });
    this.ghostText.textContent = ` ${tr('app.compare.ghost')}`;
    this.picker.setAttribute('aria-label', tr('app.compare.pickerLabel'));
    this.exportButton.textContent = tr('app.compare.export');
  }

  render(s: PageState): void {
    const used = new Set(s.compare.map((c) => (c.ref.kind === 'file' ? c.ref.id : '')));
    const full = s.compare.length >= MAX_COMPARE;
    const options = [
      h('option', { value: PIN }, tr('app.compare.pin')),
      ...this.files.filter((f) => !used.has(f.id)).map((f) => h('option', { value: f.id }, ui().bundledScenario(f.id)?.name ?? f.scenario.name)),
    ];
    const keep = this.picker.value;
    this.picker.replaceChildren(...options);
    if ([...this.picker.options].some((o) => o.value === keep)) this.picker.value = keep;
    this.picker.disabled = full;
    this.add.disabled = full;
    this.add.textContent = full ? tr('app.compare.full', { n: String(MAX_COMPARE) }) : tr('app.compare.add');
    this.ghost.checked = s.view.ghost;

    this.list.replaceChildren(...s.compare.map((c, i) => {
      const color = RUN_COLORS[(i + 1) % RUN_COLORS.length]!;
      const status = c.status === 'running' ? tr('app.compare.running', { percent: ui().percent(Math.floor(c.progress * 100) / 100, 0) })
        : c.status === 'error' ? tr('app.compare.couldNotRun') : '';
      const file = this.files.find((f) => sameScenario(f.scenario, c.scenario));
      const name = (file ? ui().bundledScenario(file.id)?.name : null) ?? c.scenario.name;
      const remove = h('button', { type: 'button', class: 'compare-remove', 'aria-label': tr('app.compare.remove', { name }) }, '×');
      remove.addEventListener('click', () => this.handlers.onRemove(c.id));
      // Colours through the style object: the Content Security Policy refuses style attributes.
      const swatch = h('span', { class: 'compare-swatch' });
      swatch.style.background = color;
      return h('li', { class: 'compare-item', 'data-compare': c.id, 'data-status': c.status },
        swatch,
        h('span', { class: 'compare-name' }, name),
        status ? h('span', { class: 'compare-status' }, status) : null,
        remove);
    }));

    const { runs } = drawnRuns(s);
    const reference = s.ghost?.view && s.ghost.hash !== s.main.hash ? s.ghost.view : null;
    if (runs.length === 0 || (runs.length === 1 && !reference)) {
      this.comparison = null;
      this.tableHost.replaceChildren(h('p', { class: 'card-note' }, tr('app.compare.empty')));
      this.exportButton.disabled = true;
      return;
    }
    this.comparison = compareRuns(runs, reference);
    this.exportButton.disabled = false;
    this.tableHost.replaceChildren(this.table(this.comparison));
  }

  private table(c: Comparison): HTMLTableElement {
    const ref = c.runs.find((r) => r.id === c.referenceId)!;
    const head = h('tr', {}, h('th', { scope: 'col' }, tr('app.compare.figureHead')),
      ...c.runs.map((r, i) => {
        const swatch = h('span', { class: 'compare-swatch' });
        swatch.style.background = r.colorIndex === undefined ? '#a3a3a3' : runColor(r, i);
        return h('th', { scope: 'col' }, swatch, ' ', r.name, r === ref ? h('span', { class: 'compare-ref' }, ` ${tr('app.compare.reference')}`) : null);
      }));
    const rows = c.rows.map((row) => h('tr', { 'data-figure': row.figure },
      h('th', { scope: 'row' }, label(row.figure)),
      ...row.cells.map((cell, i) => {
        const run = c.runs[i]!;
        return h('td', { 'data-value': cell.value === null ? '' : String(cell.value) },
          h('span', { class: 'compare-value' }, showValue(row.figure, cell.value, run.summary.crashed === 0)),
          cell.diff !== null ? h('span', { class: 'compare-diff' }, showDiff(row.figure, cell.diff, cell.relative)) : null);
      })));
    const saved = h('tr', { 'data-figure': 'deviceHoursSaved' }, h('th', { scope: 'row' }, tr('app.compare.saved', { name: ref.name })),
      ...c.deviceHoursSaved.map((v) => h('td', { 'data-value': v === null ? '' : String(v) }, v === null ? '–' : formatCount(v))));
    return h('table', { class: 'compare-table' },
      h('caption', {}, tr('app.compare.caption')),
      h('thead', {}, head), h('tbody', {}, ...rows, saved));
  }
}
