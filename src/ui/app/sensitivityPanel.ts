// "Which lever matters most": runs every lever (and, if asked, every assumption) at its low and
// its high setting and draws the ranking as a tornado chart for the chosen figure. Changing the
// figure re-reads the runs already made. Pure view of the page state; the runs go through Analyses.
import { TORNADO_FIGURES, type TornadoFigure, type TornadoWhich } from '../../ensemble/index.js';
import { tr, ui } from '../pageLocale.js';
import { txt } from './pageText.js';
import type { Chart } from '../charts/chart.js';
import type { PageState } from '../state/pageState.js';
import { h } from './dom.js';

export interface SensitivityHandlers {
  onRun(which: TornadoWhich, figure: TornadoFigure): void;
  /** Another figure for the runs already made; false when they are of another run. */
  onFigure(figure: TornadoFigure): boolean;
  onCancel(): void;
}

const figureLabel = (f: TornadoFigure): string => tr(`app.compare.figure.${f}`);

export class SensitivityPanel {
  readonly element: HTMLElement;
  private readonly which: HTMLSelectElement;
  private readonly figure: HTMLSelectElement;
  private readonly run: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;

  constructor(private readonly chart: Chart, handlers: SensitivityHandlers) {
    this.which = h('select', { id: 'sensitivity-which' },
      h('option', { value: 'levers', 'data-i18n': 'app.sensitivity.levers' }, tr('app.sensitivity.levers')),
      h('option', { value: 'assumptions', 'data-i18n': 'app.sensitivity.assumptions' }, tr('app.sensitivity.assumptions')),
      h('option', { value: 'both', 'data-i18n': 'app.sensitivity.both' }, tr('app.sensitivity.both')));
    this.figure = h('select', { id: 'sensitivity-figure' },
      ...TORNADO_FIGURES.map((f) => h('option', { value: f, 'data-i18n': `app.compare.figure.${f}` }, figureLabel(f))));
    this.figure.addEventListener('change', () => {
      const f = this.figure.value as TornadoFigure;
      if (!handlers.onFigure(f)) this.status.textContent = tr('app.sensitivity.runToRead');
    });
    this.run = h('button', { type: 'button', id: 'sensitivity-run', class: 'primary' }, txt('app.sensitivity.run'));
    this.run.addEventListener('click', () => handlers.onRun(this.which.value as TornadoWhich, this.figure.value as TornadoFigure));
    this.cancel = h('button', { type: 'button', id: 'sensitivity-cancel', disabled: true }, txt('app.sensitivity.cancel'));
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progress = h('progress', { id: 'sensitivity-progress', max: 1, hidden: true });
    this.status = h('p', { class: 'analysis-status', id: 'sensitivity-status', role: 'status', 'aria-live': 'polite' });
    chart.element.hidden = true;
    this.element = h('section', { class: 'card whatif-panel', id: 'sensitivity', 'aria-labelledby': 'sensitivity-title' },
      h('h2', { id: 'sensitivity-title' }, txt('app.sensitivity.title')),
      h('p', { class: 'card-note' }, txt('app.sensitivity.note')),
      h('div', { class: 'analysis-controls' },
        h('label', { for: this.which.id }, txt('app.sensitivity.inputs'), ' ', this.which),
        h('label', { for: this.figure.id }, txt('app.sensitivity.figure'), ' ', this.figure)),
      h('div', { class: 'button-row' }, this.run, this.cancel, this.progress),
      this.status, chart.element);
  }

  render(s: PageState): void {
    const a = s.sensitivity;
    const running = a.status === 'running';
    this.run.disabled = running || s.main.view === null;
    this.cancel.disabled = !running;
    this.progress.hidden = !running;
    if (running) this.progress.value = a.progress;
    const current = a.result !== null && a.forHash === s.main.hash;
    this.chart.element.hidden = !current;
    if (a.result) this.figure.value = a.result.figure;
    this.status.dataset.state = a.status;
    this.status.textContent = running ? tr('app.sensitivity.running', { percent: ui().percent(Math.floor(a.progress * 100) / 100, 0) })
      : a.status === 'error' ? tr('app.sensitivity.failed', { detail: a.failure ?? '' })
        : a.status === 'cancelled' ? tr('app.sensitivity.cancelled')
          : a.result && !current ? tr('app.sensitivity.stale')
            : a.result ? tr('app.sensitivity.ranked', { n: String(a.result.rows.length) }) : '';
  }
}
