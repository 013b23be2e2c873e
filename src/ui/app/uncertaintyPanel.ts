// "How sure is this?": an ensemble of the run, varying seeds and uncertain assumptions within
// their plausible ranges, drawn as bands on the timeline and summarised here (the figures at
// the chosen percentiles). The reader chooses how many runs, what varies, which assumptions and
// the band. Pure view of the page state; the runs go through Analyses.
import { PARAM_SPECS, type ParamGroup, type ParamSpec } from '../../engine/index.js';
import { BANDED_FIGURES, type BandedFigure, type FigureBand } from '../../results/index.js';
import { MAX_ENSEMBLE_RUNS, setKeys, uncertainKeys, variedKeys, type EnsembleRequest, type Vary } from '../../ensemble/index.js';
import { fitHash } from '../state/fitState.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import type { PageState } from '../state/pageState.js';
import { groupTitle } from './controls.js';
import { h } from './dom.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { txt } from './pageText.js';
import { formatCount, formatHours, formatShare } from './format.js';

export const ENSEMBLE_DEFAULT_RUNS = 20;
const BANDS: [number, number][] = [[5, 95], [10, 90], [25, 75]];

const label = (f: BandedFigure): string => tr(`app.uncertainty.figure.${f}`);
/** An assumption's name and its range in the page's language. */
const keyLabel = (s: ParamSpec) => (pageLocale() === 'ja' ? ui().param(s.key).label : s.label);
const keyTitle = (s: ParamSpec) => tr('app.uncertainty.keyTitle', {
  low: String(s.plausible!.low), high: String(s.plausible!.high), unit: pageLocale() === 'ja' ? ui().param(s.key).unit : s.unit, why: ui().param(s.key).why ?? '',
});

export function formatBandFigure(f: BandedFigure, v: number | null): string {
  if (f.startsWith('hoursTo')) return formatHours(v);
  if (v === null) return '–';
  return f === 'sensorsOnlineAtCheck' || f === 'crashedRecoveredAtCheck' ? formatShare(v) : formatCount(v);
}

export interface UncertaintyHandlers {
  onRun(req: EnsembleRequest): void;
  onCancel(): void;
  /** Back to the plausible ranges for the keys a fit's accepted sets held. */
  onDropSets(): void;
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
  private readonly keyNames = new Map<ParamSpec, HTMLElement>();
  /** Says when the next ensemble draws from a fit's accepted sets, with the way back. */
  private readonly setsNote: HTMLElement;

  constructor(private readonly handlers: UncertaintyHandlers) {
    this.runs = h('input', { id: 'ensemble-runs', type: 'number', min: 2, max: MAX_ENSEMBLE_RUNS, step: 1, value: ENSEMBLE_DEFAULT_RUNS, inputmode: 'numeric' });
    const varyChoices: Vary[] = ['both', 'assumptions', 'seed'];
    const varyField = h('fieldset', { class: 'ensemble-vary' }, h('legend', {}, txt('app.uncertainty.vary')),
      ...varyChoices.map((v) => {
        const box = h('input', { type: 'radio', name: 'ensemble-vary', value: v, id: `ensemble-vary-${v}`, checked: v === 'both' });
        box.addEventListener('change', () => this.refreshKeys());
        this.vary.set(v, box);
        return h('label', { for: box.id }, box, ' ', txt(`app.uncertainty.vary.${v}`));
      }));
    this.band = h('select', { id: 'ensemble-band' }, ...BANDS.map(([lo, hi]) => h('option', { value: `${lo}-${hi}` }, '')));
    this.bandTexts();
    // The assumptions that may vary, by group; all by default.
    const keys = uncertainKeys();
    const groups = [...new Set(PARAM_SPECS.filter((s) => keys.includes(s.key)).map((s) => s.group))];
    this.keyCount = h('span', {});
    const all = h('button', { type: 'button', class: 'link-button' }, txt('app.uncertainty.all'));
    const none = h('button', { type: 'button', class: 'link-button' }, txt('app.uncertainty.none'));
    all.addEventListener('click', () => this.setAll(true));
    none.addEventListener('click', () => this.setAll(false));
    const lists = groups.map((g: ParamGroup) => h('fieldset', { class: 'ensemble-keys' }, h('legend', { 'data-group': g }, groupTitle(g)),
      ...PARAM_SPECS.filter((s) => s.group === g && keys.includes(s.key)).map((s) => {
        const box = h('input', { type: 'checkbox', checked: true, 'data-key': s.key, id: `ensemble-key-${s.key}` });
        box.addEventListener('change', () => this.refreshKeys());
        this.keyBoxes.set(s.key, box);
        const name = h('span', { class: 'ensemble-key-name' }, keyLabel(s));
        this.keyNames.set(s, name);
        return h('label', { for: box.id, title: keyTitle(s) }, box, ' ', name);
      })));
    const keyDetails = h('details', { class: 'ensemble-key-details' },
      h('summary', {}, txt('app.uncertainty.keysVary'), ' ', this.keyCount),
      h('p', { class: 'card-note' }, txt('app.uncertainty.select'), ' ', all, ' ', txt('app.uncertainty.or'), ' ', none, txt('app.uncertainty.keysNote')),
      ...lists);
    this.run = h('button', { type: 'button', id: 'ensemble-run', class: 'primary' }, txt('app.uncertainty.run'));
    this.run.addEventListener('click', () => this.submit());
    this.cancel = h('button', { type: 'button', id: 'ensemble-cancel', disabled: true }, txt('app.sensitivity.cancel'));
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progress = h('progress', { id: 'ensemble-progress', max: 1, hidden: true });
    this.status = h('p', { class: 'analysis-status', id: 'ensemble-status', role: 'status', 'aria-live': 'polite' });
    this.error = h('p', { class: 'param-error', id: 'ensemble-error', hidden: true });
    this.tableHost = h('div', { class: 'compare-table-host', id: 'ensemble-table' });
    this.setsNote = h('p', { class: 'card-note ensemble-sets-note', id: 'ensemble-sets', hidden: true });
    this.element = h('section', { class: 'card whatif-panel', id: 'uncertainty', 'aria-labelledby': 'uncertainty-title' },
      h('h2', { id: 'uncertainty-title' }, txt('app.uncertainty.title')),
      h('p', { class: 'card-note' }, txt('app.uncertainty.note')),
      h('div', { class: 'analysis-controls' },
        h('label', { for: this.runs.id }, txt('app.uncertainty.runs'), ' ', this.runs), varyField,
        h('label', { for: this.band.id }, txt('app.uncertainty.bandLabel'), ' ', this.band)),
      keyDetails, this.setsNote,
      h('div', { class: 'button-row' }, this.run, this.cancel, this.progress),
      this.error, this.status, this.tableHost);
    this.refreshKeys();
  }

  private bandTexts(): void {
    for (const o of this.band.options) {
      const [lo, hi] = o.value.split('-');
      o.textContent = tr('app.uncertainty.band', { lo: lo!, hi: hi! });
    }
  }

  /** The texts made once that are not plain catalog texts, in the page's current language. */
  relabel(): void {
    this.bandTexts();
    for (const legend of this.element.querySelectorAll<HTMLElement>('legend[data-group]')) legend.textContent = groupTitle(legend.dataset.group as ParamGroup);
    for (const [spec, name] of this.keyNames) {
      name.textContent = keyLabel(spec);
      name.closest('label')?.setAttribute('title', keyTitle(spec));
    }
    this.refreshKeys();
    this.error.hidden = true;
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
    this.keyCount.textContent = seedsOnly ? tr('app.uncertainty.seedsOnlyCount') : tr('app.uncertainty.count', { n: String(n), total: String(this.keyBoxes.size) });
    for (const b of this.keyBoxes.values()) b.disabled = seedsOnly;
  }

  private submit(): void {
    const n = Number(this.runs.value);
    const vary = this.varyChoice();
    const keys = [...this.keyBoxes].filter(([, b]) => b.checked).map(([k]) => k);
    const problems: string[] = [];
    if (!Number.isInteger(n) || n < 2 || n > MAX_ENSEMBLE_RUNS) problems.push(tr('app.uncertainty.badRuns', { got: this.runs.value || tr('app.uncertainty.nothing'), max: String(MAX_ENSEMBLE_RUNS) }));
    if (vary !== 'seed' && keys.length === 0) problems.push(tr('app.uncertainty.noKeys'));
    this.error.hidden = problems.length === 0;
    this.error.textContent = ui().sentences(problems);
    if (problems.length) return;
    const [low, high] = this.band.value.split('-').map(Number) as [number, number];
    this.handlers.onRun({ runs: n, vary, keys: vary === 'seed' ? [] : keys, low, high });
  }

  private keyList(keys: readonly string[]): string {
    return ui().list(keys.map((k) => {
      const spec = PARAM_SPECS.find((x) => x.key === k);
      return spec ? keyLabel(spec) : k;
    }));
  }

  /** The note on a fit's accepted sets, when the next ensemble draws from them. */
  private renderSets(s: PageState): void {
    const sets = s.ensembleSets;
    this.setsNote.hidden = sets === null;
    if (!sets) {
      this.setsNote.replaceChildren();
      return;
    }
    const back = h('button', { type: 'button', class: 'link-button', id: 'ensemble-sets-off' }, tr('fit.ensemble.back'));
    back.addEventListener('click', () => this.handlers.onDropSets());
    const stale = sets.forHash !== fitHash(s.main.scenario, sets.keys);
    this.setsNote.replaceChildren(tr('fit.ensemble.using', { count: sets.sets.length, keys: this.keyList(sets.keys) }),
      stale ? ` ${tr('fit.ensemble.stale')}` : '', ' ', back);
  }

  render(s: PageState): void {
    // An assumption the scenario sets itself is held at its value (variedKeys): say so on its box.
    const varied = new Set(variedKeys(scenarioToParams(s.main.scenario), { vary: 'both' }));
    for (const [k, box] of this.keyBoxes) {
      const held = !varied.has(k);
      box.closest('label')?.classList.toggle('ensemble-held', held);
      if (held) box.closest('label')?.setAttribute('data-held', tr('app.uncertainty.held'));
      else box.closest('label')?.removeAttribute('data-held');
    }
    this.renderSets(s);
    const a = s.ensemble;
    const running = a.status === 'running';
    this.run.disabled = running || s.main.view === null;
    this.cancel.disabled = !running;
    this.progress.hidden = !running;
    if (running) this.progress.value = a.progress;
    const stale = a.result !== null && a.forHash !== s.main.hash;
    this.status.dataset.state = a.status;
    this.status.textContent = running ? tr('app.uncertainty.running', { percent: ui().percent(Math.floor(a.progress * 100) / 100, 0) })
      : a.status === 'error' ? tr('app.uncertainty.failed', { detail: a.failure ?? '' })
        : a.status === 'cancelled' ? tr('app.uncertainty.cancelled')
          : stale ? tr('app.uncertainty.stale')
            : a.result?.request.sets ? tr('fit.ensemble.done', { count: a.result.request.runs, keys: this.keyList(setKeys(a.result.request)) })
              : a.result ? tr(`app.uncertainty.done.${a.result.request.vary}`, { count: a.result.request.runs })
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
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('app.compare.figureHead')), h('th', { scope: 'col' }, tr('app.uncertainty.thisRun')),
        h('th', { scope: 'col' }, `p${lo}`), h('th', { scope: 'col' }, tr('app.uncertainty.median')), h('th', { scope: 'col' }, `p${hi}`))),
      h('tbody', {}, ...BANDED_FIGURES.map((f) => {
        const b: FigureBand = a.result!.summary[f];
        return h('tr', { 'data-figure': f }, h('th', { scope: 'row' }, label(f)), cell(f, value(f)), cell(f, b.lo), cell(f, b.mid), cell(f, b.hi));
      }))));
  }
}
