// "Which lever matters most": runs every lever (and, if asked, every assumption) at its low and
// its high setting and draws the ranking as a tornado chart for the chosen figure. Changing the
// figure re-reads the runs already made. Pure view of the page state; the runs go through Analyses.
import { TORNADO_FIGURES, type TornadoFigure, type TornadoWhich } from '../../ensemble/index.js';
import { FIGURE_LABEL } from '../charts/tornadoChart.js';
import type { Chart } from '../charts/chart.js';
import type { PageState } from '../state/pageState.js';
import { h } from './dom.js';

export interface SensitivityHandlers {
  onRun(which: TornadoWhich, figure: TornadoFigure): void;
  /** Another figure for the runs already made; false when they are of another run. */
  onFigure(figure: TornadoFigure): boolean;
  onCancel(): void;
}

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
      h('option', { value: 'levers' }, 'The levers (9 what-ifs, 18 runs)'),
      h('option', { value: 'assumptions' }, 'The assumptions (each over its plausible range)'),
      h('option', { value: 'both' }, 'Levers and assumptions'));
    this.figure = h('select', { id: 'sensitivity-figure' }, ...TORNADO_FIGURES.map((f) => h('option', { value: f }, FIGURE_LABEL[f])));
    this.figure.addEventListener('change', () => {
      const f = this.figure.value as TornadoFigure;
      if (!handlers.onFigure(f)) this.status.textContent = 'Run the ranking to read this figure.';
    });
    this.run = h('button', { type: 'button', id: 'sensitivity-run', class: 'primary' }, 'Rank them');
    this.run.addEventListener('click', () => handlers.onRun(this.which.value as TornadoWhich, this.figure.value as TornadoFigure));
    this.cancel = h('button', { type: 'button', id: 'sensitivity-cancel', disabled: true }, 'Cancel');
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progress = h('progress', { id: 'sensitivity-progress', max: 1, hidden: true });
    this.status = h('p', { class: 'analysis-status', id: 'sensitivity-status', role: 'status', 'aria-live': 'polite' });
    chart.element.hidden = true;
    this.element = h('section', { class: 'card whatif-panel', id: 'sensitivity', 'aria-labelledby': 'sensitivity-title' },
      h('h2', { id: 'sensitivity-title' }, 'Which lever matters most'),
      h('p', { class: 'card-note' },
        'Each lever, and if you ask each assumption, is set to its low and then its high setting with everything else as in this run and the same seed; the chart ranks them by how far they move the figure.'),
      h('div', { class: 'analysis-controls' },
        h('label', { for: this.which.id }, 'Inputs ', this.which), h('label', { for: this.figure.id }, 'Figure ', this.figure)),
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
    this.status.textContent = running ? `Running… ${Math.floor(a.progress * 100)}%`
      : a.status === 'error' ? `The ranking failed: ${a.failure ?? ''}`
        : a.status === 'cancelled' ? 'Cancelled.'
          : a.result && !current ? 'The ranking shown was made for an earlier version of the run; rank again for the current settings.'
            : a.result ? `${a.result.rows.length} inputs ranked.` : '';
  }
}
