// "How sure is this?": an ensemble of the run, varying seeds and uncertain assumptions within
// their plausible ranges, drawn as bands on the timeline and summarised here (the figures at
// the chosen percentiles). The reader chooses how many runs, what varies, which assumptions and
// the band. Pure view of the page state; the runs go through Analyses.
import { PARAM_SPECS, type ParamGroup } from '../../engine/index.js';
import { BANDED_FIGURES, type BandedFigure, type FigureBand } from '../../results/index.js';
import { MAX_ENSEMBLE_RUNS, uncertainKeys, variedKeys, type EnsembleRequest, type Vary } from '../../ensemble/index.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import type { PageState } from '../state/pageState.js';
import { groupTitle } from './controls.js';
import { h } from './dom.js';
import { formatCount, formatHours, formatShare } from './format.js';

export const ENSEMBLE_DEFAULT_RUNS = 20;
const BANDS: [number, number][] = [[5, 95], [10, 90], [25, 75]];

const LABELS: Record<BandedFigure, string> = {
  crashed: 'Windows devices crashed',
  peakDown: 'Most devices down at once',
  deviceHoursLost: 'Device-hours lost',
  sensorsOnlineAtCheck: 'Sensors online at the check point',
  crashedRecoveredAtCheck: 'Crashed devices back at the check point',
  hoursTo50: 'Hours to 50% back',
  hoursTo90: 'Hours to 90% back',
  hoursTo97: 'Hours to 97% back',
  hoursTo99: 'Hours to 99% back',
  stillDownAtEnd: 'Still down at the end of the run',
};

export function formatBandFigure(f: BandedFigure, v: number | null): string {
  if (f.startsWith('hoursTo')) return formatHours(v);
  if (v === null) return '–';
  return f === 'sensorsOnlineAtCheck' || f === 'crashedRecoveredAtCheck' ? formatShare(v) : formatCount(v);
}

export interface UncertaintyHandlers {
  onRun(req: EnsembleRequest): void;
  onCancel(): void;
}

export class UncertaintyPanel {
  readonly element: HTMLElement;
  private readonly runs: HTMLInputElement;
  private readonly vary: Map<Vary, HTMLInputElement> = new Map();
  private readonly band: HTMLSelectElement;
  private readonly keyBoxes = new Map<string, HTMLInputElement>();
  private readonly keyCount: HTMLElement;
  private readonly run: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly tableHost: HTMLElement;

  constructor(private readonly handlers: UncertaintyHandlers) {
    this.runs = h('input', { id: 'ensemble-runs', type: 'number', min: 2, max: MAX_ENSEMBLE_RUNS, step: 1, value: ENSEMBLE_DEFAULT_RUNS, inputmode: 'numeric' });
    const varyChoices: [Vary, string][] = [['both', 'Seeds and assumptions'], ['assumptions', 'Assumptions only'], ['seed', 'Seeds only']];
    const varyField = h('fieldset', { class: 'ensemble-vary' }, h('legend', {}, 'Vary'),
      ...varyChoices.map(([v, label]) => {
        const box = h('input', { type: 'radio', name: 'ensemble-vary', value: v, id: `ensemble-vary-${v}`, checked: v === 'both' });
        box.addEventListener('change', () => this.refreshKeys());
        this.vary.set(v, box);
        return h('label', { for: box.id }, box, ` ${label}`);
      }));
    this.band = h('select', { id: 'ensemble-band' }, ...BANDS.map(([lo, hi]) => h('option', { value: `${lo}-${hi}` }, `${lo}th to ${hi}th percentile`)));
    // The assumptions that may vary, by group; all by default.
    const keys = uncertainKeys();
    const groups = [...new Set(PARAM_SPECS.filter((s) => keys.includes(s.key)).map((s) => s.group))];
    this.keyCount = h('span', {});
    const all = h('button', { type: 'button', class: 'link-button' }, 'all');
    const none = h('button', { type: 'button', class: 'link-button' }, 'none');
    all.addEventListener('click', () => this.setAll(true));
    none.addEventListener('click', () => this.setAll(false));
    const lists = groups.map((g: ParamGroup) => h('fieldset', { class: 'ensemble-keys' }, h('legend', {}, groupTitle(g)),
      ...PARAM_SPECS.filter((s) => s.group === g && keys.includes(s.key)).map((s) => {
        const box = h('input', { type: 'checkbox', checked: true, 'data-key': s.key, id: `ensemble-key-${s.key}` });
        box.addEventListener('change', () => this.refreshKeys());
        this.keyBoxes.set(s.key, box);
        return h('label', { for: box.id, title: `${s.plausible!.low} to ${s.plausible!.high} ${s.unit}: ${s.plausible!.why}` }, box, ` ${s.label}`);
      })));
    const keyDetails = h('details', { class: 'ensemble-key-details' },
      h('summary', {}, 'Assumptions that vary: ', this.keyCount),
      h('p', { class: 'card-note' }, 'Select ', all, ' or ', none, '. Hover a name for its range and why. An assumption this scenario sets itself (struck through) is its what-if and stays at its value.'),
      ...lists);
    this.run = h('button', { type: 'button', id: 'ensemble-run', class: 'primary' }, 'Run the ensemble');
    this.run.addEventListener('click', () => this.submit());
    this.cancel = h('button', { type: 'button', id: 'ensemble-cancel', disabled: true }, 'Cancel');
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progress = h('progress', { id: 'ensemble-progress', max: 1, hidden: true });
    this.status = h('p', { class: 'analysis-status', id: 'ensemble-status', role: 'status', 'aria-live': 'polite' });
    this.error = h('p', { class: 'param-error', id: 'ensemble-error', hidden: true });
    this.tableHost = h('div', { class: 'compare-table-host', id: 'ensemble-table' });
    this.element = h('section', { class: 'card whatif-panel', id: 'uncertainty', 'aria-labelledby': 'uncertainty-title' },
      h('h2', { id: 'uncertainty-title' }, 'How sure is this? Uncertainty bands'),
      h('p', { class: 'card-note' },
        'Across seeds alone the baseline moves about 1% in crashed devices, far less than any single assumption moves it, so bands from seeds alone would look surer than the model is. ',
        'By default each run also draws every assumption from its plausible range (given, with why, in the parameter registry).'),
      h('div', { class: 'analysis-controls' },
        h('label', { for: this.runs.id }, 'Runs ', this.runs), varyField, h('label', { for: this.band.id }, 'Band ', this.band)),
      keyDetails,
      h('div', { class: 'button-row' }, this.run, this.cancel, this.progress),
      this.error, this.status, this.tableHost);
    this.refreshKeys();
  }

  private setAll(on: boolean): void {
    for (const b of this.keyBoxes.values()) b.checked = on;
    this.refreshKeys();
  }

  private varyChoice(): Vary {
    for (const [v, b] of this.vary) if (b.checked) return v;
    return 'both';
  }

  private refreshKeys(): void {
    const n = [...this.keyBoxes.values()].filter((b) => b.checked).length;
    const seedsOnly = this.varyChoice() === 'seed';
    this.keyCount.textContent = seedsOnly ? 'none (seeds only)' : `${n} of ${this.keyBoxes.size}`;
    for (const b of this.keyBoxes.values()) b.disabled = seedsOnly;
  }

  private submit(): void {
    const n = Number(this.runs.value);
    const vary = this.varyChoice();
    const keys = [...this.keyBoxes].filter(([, b]) => b.checked).map(([k]) => k);
    const problems: string[] = [];
    if (!Number.isInteger(n) || n < 2 || n > MAX_ENSEMBLE_RUNS) problems.push(`Runs: got ${this.runs.value || 'nothing'}; expected a whole number from 2 to ${MAX_ENSEMBLE_RUNS}.`);
    if (vary !== 'seed' && keys.length === 0) problems.push('Choose at least one assumption to vary, or vary the seeds only.');
    this.error.hidden = problems.length === 0;
    this.error.textContent = problems.join(' ');
    if (problems.length) return;
    const [low, high] = this.band.value.split('-').map(Number) as [number, number];
    this.handlers.onRun({ runs: n, vary, keys: vary === 'seed' ? [] : keys, low, high });
  }

  render(s: PageState): void {
    // An assumption the scenario sets itself is held at its value (variedKeys): say so on its box.
    const varied = new Set(variedKeys(scenarioToParams(s.main.scenario), { vary: 'both' }));
    for (const [k, box] of this.keyBoxes) {
      const held = !varied.has(k);
      box.closest('label')?.classList.toggle('ensemble-held', held);
      if (held) box.closest('label')?.setAttribute('data-held', 'set by this scenario, held at its value');
      else box.closest('label')?.removeAttribute('data-held');
    }
    const a = s.ensemble;
    const running = a.status === 'running';
    this.run.disabled = running || s.main.view === null;
    this.cancel.disabled = !running;
    this.progress.hidden = !running;
    if (running) this.progress.value = a.progress;
    const stale = a.result !== null && a.forHash !== s.main.hash;
    this.status.dataset.state = a.status;
    this.status.textContent = running ? `Running the ensemble… ${Math.floor(a.progress * 100)}%`
      : a.status === 'error' ? `The ensemble failed: ${a.failure ?? ''}`
        : a.status === 'cancelled' ? 'Cancelled.'
          : stale ? 'These bands are of an earlier version of the run; run the ensemble again for the current settings.'
            : a.result ? `${a.result.request.runs} runs varying ${a.result.request.vary === 'both' ? 'seeds and assumptions' : a.result.request.vary === 'seed' ? 'seeds' : 'assumptions'}; bands on the timeline.`
              : '';
    if (!a.result || stale) {
      this.tableHost.replaceChildren();
      return;
    }
    const [lo, hi] = a.result.series.percentiles;
    const main = s.main.view;
    const value = (f: BandedFigure): number | null => {
      if (!main) return null;
      const sm = main.summary;
      if (f === 'hoursTo50') return sm.hoursTo['50'];
      if (f === 'hoursTo90') return sm.hoursTo['90'];
      if (f === 'hoursTo97') return sm.hoursTo['97'];
      if (f === 'hoursTo99') return sm.hoursTo['99'];
      return sm[f];
    };
    const cell = (f: BandedFigure, v: number | null) => h('td', { 'data-value': v === null ? '' : String(v) }, formatBandFigure(f, v));
    this.tableHost.replaceChildren(h('table', { class: 'compare-table ensemble-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'This run'),
        h('th', { scope: 'col' }, `p${lo}`), h('th', { scope: 'col' }, 'Median'), h('th', { scope: 'col' }, `p${hi}`))),
      h('tbody', {}, ...BANDED_FIGURES.map((f) => {
        const b: FigureBand = a.result!.summary[f];
        return h('tr', { 'data-figure': f }, h('th', { scope: 'row' }, LABELS[f]), cell(f, value(f)), cell(f, b.lo), cell(f, b.mid), cell(f, b.hi));
      }))));
  }
}
