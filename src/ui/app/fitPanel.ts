// "Fit to the record": which calibration targets to meet, which parameters may move and within
// which ranges, the budget, scale, seeds and the fit's seed; Run, Cancel and the progress of the
// waves; then the result (fitResultView.ts). The form is read and checked by src/ui/state/fitState.ts;
// the runs go through FitRunner on the job queue. Pure view of the page state otherwise.
import { TARGET_BY_ID, TARGETS } from '../../calibration/targets.js';
import { PARAM_BY_KEY, PARAM_SPECS, type ParamSpec } from '../../engine/index.js';
import type { Problem } from '../../scenario/problems.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import {
  DEFAULT_FREE_ON, defaultRange, FIT_PAGE_DEFAULTS, fitIsStale, fittable, pagePopulation, readFitForm, readFreeRows,
  SUGGESTED_FREE, type FitFormProblem, type FitRequest,
} from '../state/fitState.js';
import type { PageState } from '../state/pageState.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { groupTitle, showValue } from './controls.js';
import { h } from './dom.js';
import { epsilonText, fitResultView, paramLabel, rangeText, targetLabel, targetSource } from './fitResultView.js';
import { txt } from './pageText.js';

export interface FitHandlers {
  onRun(req: FitRequest): void;
  onCancel(): void;
  /** Sets the values on the edited scenario (the sliders' path). */
  onApply(values: Record<string, number>): void;
  /** Whether the next ensemble draws from the result's accepted sets. */
  onUseSets(on: boolean): void;
}

interface Row {
  key: string;
  element: HTMLElement;
  use: HTMLInputElement;
  min: HTMLInputElement;
  max: HTMLInputElement;
  name: HTMLElement;
  error: HTMLElement;
  /** Offered first (not removable). */
  suggested: boolean;
}

export class FitPanel {
  readonly element: HTMLElement;
  private readonly targetBoxes = new Map<string, HTMLInputElement>();
  private readonly targetNames = new Map<string, HTMLElement>();
  private readonly rows: Row[] = [];
  private readonly rowList: HTMLElement;
  private readonly addPick: HTMLSelectElement;
  private readonly runs: HTMLInputElement;
  private readonly scale: HTMLInputElement;
  private readonly replicates: HTMLInputElement;
  private readonly seed: HTMLInputElement;
  private seedTyped = false;
  private readonly run: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly resultHost: HTMLElement;
  /** The targets and parameters, folded under a line that counts them (a new reader meets the
   * panel's purpose and its Fit button, not two long lists). */
  private readonly setup: HTMLDetailsElement;
  private readonly setupCount: HTMLElement;
  private lastState: PageState | null = null;
  /** What the result area was drawn from, so it is rebuilt only when that changes. */
  private drawn: { result: unknown; stale: boolean; using: boolean; locale: string } | null = null;

  constructor(private readonly handlers: FitHandlers) {
    const targets = h('fieldset', { class: 'fit-targets' }, h('legend', {}, txt('fit.targets')),
      ...TARGETS.map((t) => {
        const box = h('input', { type: 'checkbox', checked: true, id: `fit-target-${t.id}`, 'data-target': t.id });
        box.addEventListener('change', () => this.countSetup());
        this.targetBoxes.set(t.id, box);
        const name = h('span', { class: 'fit-target-name' }, targetLabel(t.id));
        this.targetNames.set(t.id, name);
        const kind = h('span', { class: `fit-kind fit-kind-${t.softness.kind}`, 'data-kind': t.softness.kind }, tr(`fit.kind.${t.softness.kind}`));
        const range = h('span', { class: 'fit-target-range', 'data-target-range': t.id }, rangeText(t));
        return h('label', { for: box.id, title: targetSource(t.id), 'data-target': t.id }, box, ' ', h('span', {}, name, ' ', range), ' ', kind);
      }));
    this.rowList = h('div', { class: 'fit-free-list', id: 'fit-free' });
    for (const key of SUGGESTED_FREE) this.addRow(key, true, (DEFAULT_FREE_ON as readonly string[]).includes(key));
    this.addPick = h('select', { id: 'fit-add-pick' });
    this.fillPick();
    const add = h('button', { type: 'button', id: 'fit-add' }, txt('fit.add'));
    add.addEventListener('click', () => {
      const key = this.addPick.value;
      if (!PARAM_BY_KEY.has(key) || this.rows.some((r) => r.key === key)) return;
      this.addRow(key, false, true);
      this.fillPick();
      this.countSetup();
    });
    const free = h('fieldset', { class: 'fit-free' }, h('legend', {}, txt('fit.free')), this.rowList,
      h('div', { class: 'fit-add-row' }, h('label', { for: this.addPick.id }, txt('fit.addLabel')), this.addPick, add));

    this.runs = h('input', { id: 'fit-runs', type: 'number', min: 4, max: 100000, step: 1, value: FIT_PAGE_DEFAULTS.runs, inputmode: 'numeric' });
    this.scale = h('input', { id: 'fit-fleet-scale', type: 'number', min: 0.01, max: 1, step: 0.01, value: FIT_PAGE_DEFAULTS.scale, inputmode: 'decimal' });
    this.replicates = h('input', { id: 'fit-replicates', type: 'number', min: 1, max: 100, step: 1, value: FIT_PAGE_DEFAULTS.replicates, inputmode: 'numeric' });
    this.seed = h('input', { id: 'fit-seed', type: 'number', min: 0, max: 4294967295, step: 1, value: 1, inputmode: 'numeric' });
    this.seed.addEventListener('input', () => {
      this.seedTyped = true;
    });
    this.run = h('button', { type: 'button', id: 'fit-run', class: 'primary' }, txt('fit.run'));
    this.run.addEventListener('click', () => this.submit());
    this.cancel = h('button', { type: 'button', id: 'fit-cancel', disabled: true }, txt('fit.cancel'));
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progress = h('progress', { id: 'fit-progress', max: 1, hidden: true });
    this.status = h('p', { class: 'analysis-status', id: 'fit-status', role: 'status', 'aria-live': 'polite' });
    this.error = h('div', { class: 'param-error', id: 'fit-error', hidden: true });
    this.resultHost = h('div', { id: 'fit-result' });
    this.setupCount = h('span', { class: 'fit-setup-count' });
    this.setup = h('details', { class: 'fit-setup', id: 'fit-setup' },
      h('summary', {}, txt('fit.setup'), ' ', this.setupCount), targets, free);
    this.element = h('section', { class: 'card whatif-panel fit-panel', id: 'fit', 'aria-labelledby': 'fit-title' },
      h('h2', { id: 'fit-title' }, txt('fit.title')),
      h('p', { class: 'card-note' }, txt('fit.note')),
      this.setup,
      h('div', { class: 'analysis-controls' },
        h('label', { for: this.runs.id }, txt('fit.budget'), ' ', this.runs),
        h('label', { for: this.scale.id }, txt('fit.scale'), ' ', this.scale),
        h('label', { for: this.replicates.id }, txt('fit.replicates'), ' ', this.replicates),
        h('label', { for: this.seed.id }, txt('fit.seed'), ' ', this.seed)),
      h('p', { class: 'card-note fit-scale-note' }, txt('fit.scaleNote')),
      h('div', { class: 'button-row' }, this.run, this.cancel, this.progress),
      this.error, this.status, this.resultHost);
    this.countSetup();
  }

  /** "7 of 7 targets; 1 parameter may move", in the page's language. */
  private countSetup(): void {
    const targets = [...this.targetBoxes.values()].filter((b) => b.checked).length;
    const free = this.rows.filter((r) => r.use.checked).length;
    this.setupCount.textContent = tr('fit.setupCount', { targets: String(targets), total: String(this.targetBoxes.size), free: String(free) });
  }

  private addRow(key: string, suggested: boolean, on: boolean): void {
    const spec = PARAM_BY_KEY.get(key)!;
    const { min, max } = defaultRange(spec);
    const id = `fit-free-${key}`;
    const use = h('input', { type: 'checkbox', id, checked: on, 'data-key': key });
    use.addEventListener('change', () => this.countSetup());
    const name = h('span', { class: 'fit-free-name' }, paramLabel(key));
    const minBox = h('input', { type: 'number', class: 'fit-min', 'data-key': key, step: 'any', value: min, 'aria-label': `${paramLabel(key)}: ${tr('fit.min')}` });
    const maxBox = h('input', { type: 'number', class: 'fit-max', 'data-key': key, step: 'any', value: max, 'aria-label': `${paramLabel(key)}: ${tr('fit.max')}` });
    const error = h('p', { class: 'param-error fit-free-error', hidden: true, 'data-key': key });
    const range = h('span', { class: 'fit-range' },
      h('span', { class: 'fit-bound-label' }, tr('fit.min')), minBox, h('span', { class: 'fit-bound-label' }, tr('fit.max')), maxBox);
    const element = h('div', { class: 'fit-free-row', 'data-key': key, title: this.rangeTitle(spec) },
      h('label', { for: id, class: 'fit-free-label' }, use, ' ', name, ' ', h('code', { class: 'param-key' }, key)), range);
    if (!suggested) {
      const remove = h('button', { type: 'button', class: 'link-button fit-remove', 'aria-label': tr('fit.removeLabel', { label: paramLabel(key) }) }, tr('fit.remove'));
      remove.addEventListener('click', () => {
        const i = this.rows.findIndex((r) => r.key === key);
        if (i >= 0) this.rows.splice(i, 1);
        element.remove();
        error.remove();
        this.fillPick();
        this.countSetup();
      });
      element.append(remove);
    }
    this.rows.push({ key, element, use, min: minBox, max: maxBox, name, error, suggested });
    this.rowList.append(element, error);
  }

  private rangeTitle(spec: ParamSpec): string {
    return tr('fit.rangeTitle', { min: showValue(spec, spec.min), max: showValue(spec, spec.max), unit: ui().param(spec.key).unit });
  }

  /** The list of other numeric parameters, by group, without those already listed. */
  private fillPick(): void {
    const listed = new Set(this.rows.map((r) => r.key));
    const groups = [...new Set(PARAM_SPECS.map((s) => s.group))];
    this.addPick.replaceChildren(h('option', { value: '' }, tr('fit.addPick')),
      ...groups.map((g) => h('optgroup', { label: groupTitle(g) },
        ...PARAM_SPECS.filter((s) => s.group === g && fittable(s) && !listed.has(s.key)).map((s) => h('option', { value: s.key }, paramLabel(s.key))))));
  }

  /** The texts made once that are not plain catalog texts, in the page's current language. */
  relabel(): void {
    for (const [id, name] of this.targetNames) {
      name.textContent = targetLabel(id);
      name.closest('label')?.setAttribute('title', targetSource(id));
    }
    for (const r of this.element.querySelectorAll<HTMLElement>('[data-target-range]')) r.textContent = rangeText(TARGET_BY_ID.get(r.dataset.targetRange!)!);
    for (const k of this.element.querySelectorAll<HTMLElement>('.fit-targets .fit-kind')) k.textContent = tr(`fit.kind.${k.dataset.kind as 'hard' | 'soft'}`);
    for (const r of this.rows) {
      r.name.textContent = paramLabel(r.key);
      r.min.setAttribute('aria-label', `${paramLabel(r.key)}: ${tr('fit.min')}`);
      r.max.setAttribute('aria-label', `${paramLabel(r.key)}: ${tr('fit.max')}`);
      r.element.title = this.rangeTitle(PARAM_BY_KEY.get(r.key)!);
      const labels = r.element.querySelectorAll('.fit-bound-label');
      labels[0]!.textContent = tr('fit.min');
      labels[1]!.textContent = tr('fit.max');
      const remove = r.element.querySelector('.fit-remove');
      if (remove) {
        remove.textContent = tr('fit.remove');
        remove.setAttribute('aria-label', tr('fit.removeLabel', { label: paramLabel(r.key) }));
      }
      r.error.hidden = true;
    }
    const picked = this.addPick.value;
    this.fillPick();
    this.addPick.value = picked;
    this.error.hidden = true;
    this.countSetup();
    this.drawn = null;
    if (this.lastState) this.render(this.lastState);
  }

  /** A problem with a parameter's range, naming the parameter, its unit in the page's language. */
  private paramProblem(p: Problem): string {
    const key = p.path;
    const localized: Problem = typeof p.values['unit'] === 'string' ? { ...p, values: { ...p.values, unit: ui().unit(String(p.values['unit'])) } } : p;
    const bound = p.values['bound'];
    const detail = ui().problemMessage(localized);
    const located = bound === 'min' || bound === 'max' ? tr('fit.bad.bound', { bound: tr(`fit.${bound}`), detail }) : detail;
    return tr('fit.bad.param', { label: PARAM_BY_KEY.has(key) ? paramLabel(key) : key, key, detail: located });
  }

  private formProblem(p: FitFormProblem): string {
    const got = p.got === '' ? tr('fit.nothing') : p.got;
    switch (p.field) {
      case 'runs': return tr('fit.bad.runs', { got });
      case 'scale': return tr('fit.bad.scale', { got });
      case 'replicates': return tr('fit.bad.replicates', { got });
      case 'seed': return tr('fit.bad.seed', { got });
      case 'targets': return p.got === '' ? tr('fit.bad.noTargets') : tr('fit.bad.targetsOutside', { targets: ui().list(p.got.split(', ').map(targetLabel)) });
      case 'free': return tr('fit.bad.noFree');
    }
  }

  private submit(): void {
    const s = this.lastState;
    if (!s) return;
    const base = scenarioToParams(s.main.scenario);
    for (const r of this.rows) {
      r.error.hidden = true;
      r.min.removeAttribute('aria-invalid');
      r.max.removeAttribute('aria-invalid');
    }
    const messages: string[] = [];
    const ticked = this.rows.filter((r) => r.use.checked);
    const free = readFreeRows(ticked.map((r) => ({ key: r.key, min: r.min.value, max: r.max.value })), base);
    if (ticked.length === 0) messages.push(tr('fit.bad.noFree'));
    else if (!free.ok) {
      const byRow = new Map<Row, string[]>();
      for (const p of free.errors) {
        const text = this.paramProblem(p);
        messages.push(text);
        const row = this.rows.find((r) => r.key === p.path);
        if (!row) continue;
        byRow.set(row, [...(byRow.get(row) ?? []), text]);
        const bound = p.values['bound'];
        if (bound !== 'max') row.min.setAttribute('aria-invalid', 'true');
        if (bound !== 'min') row.max.setAttribute('aria-invalid', 'true');
      }
      for (const [row, texts] of byRow) {
        row.error.hidden = false;
        row.error.textContent = ui().sentences(texts);
      }
    }
    const form = readFitForm({
      runs: this.runs.value, scale: this.scale.value, replicates: this.replicates.value, seed: this.seed.value,
      targets: [...this.targetBoxes].filter(([, b]) => b.checked).map(([id]) => id),
    }, base);
    if (!form.ok) messages.push(...form.errors.map((e) => this.formProblem(e)));
    // Rows show their own message; the list under the buttons repeats every problem in one place.
    this.error.hidden = messages.length === 0;
    this.error.replaceChildren(...messages.map((m) => h('p', {}, m)));
    // A problem with a range or the choice of targets is shown where it can be mended.
    if (!free.ok || ticked.length === 0 || (!form.ok && form.errors.some((e) => e.field === 'targets'))) this.setup.open = true;
    if (messages.length || !free.ok || !form.ok) return;
    const v = form.value;
    this.handlers.onRun({ ...v, free: free.value, population: pagePopulation(v.runs, v.replicates) });
  }

  render(s: PageState): void {
    this.lastState = s;
    if (!this.seedTyped && this.seed.value !== String(s.main.scenario.seed)) this.seed.value = String(s.main.scenario.seed);
    const a = s.fit;
    const running = a.status === 'running';
    this.run.disabled = running;
    this.cancel.disabled = !running;
    this.progress.hidden = !running;
    if (running) this.progress.value = a.progress;
    const stale = fitIsStale(a, s.main.scenario);
    this.status.dataset.state = a.status;
    this.status.textContent = running ? this.progressText(s)
      : a.status === 'error' ? tr('fit.failed', { detail: a.failure ?? '' })
        : a.status === 'cancelled' && !a.result ? tr('fit.cancelled')
          : stale ? tr('fit.stale') : '';
    const result = a.result;
    const using = result !== null && s.ensembleSets !== null && sameSets(s.ensembleSets.sets, result.result.accepted);
    const want = { result, stale, using, locale: pageLocale() };
    const d = this.drawn;
    if (d && d.result === want.result && d.stale === want.stale && d.using === want.using && d.locale === want.locale) return;
    this.drawn = want;
    this.resultHost.replaceChildren(...(result ? [fitResultView(result, { stale, usingSets: using }, {
      onApply: (values) => this.handlers.onApply(values),
      onUseSets: (on) => this.handlers.onUseSets(on),
    })] : []));
  }

  private progressText(s: PageState): string {
    const a = s.fit;
    const live = a.live;
    if (!live) return '';
    const runs = ui().count(Math.round(a.progress * live.budget), { style: 'full' });
    const budget = ui().count(live.budget, { style: 'full' });
    // Until the first wave is in, there is no threshold yet; after wave w (from 0) the next one runs.
    if (!Number.isFinite(live.epsilon)) return tr('fit.starting', { runs, budget });
    return tr('fit.progress', { wave: String(live.wave + 2), runs, budget, epsilon: epsilonText(live.epsilon), accepted: String(live.accepted) });
  }
}

/** Whether the ensemble's sets are this result's accepted sets. */
function sameSets(sets: readonly { values: Readonly<Record<string, number>> }[], accepted: readonly { values: Readonly<Record<string, number>>; weight: number }[]): boolean {
  const kept = accepted.filter((c) => c.weight > 0);
  return sets.length === kept.length && sets.every((x, i) => x.values === kept[i]!.values || JSON.stringify(x.values) === JSON.stringify(kept[i]!.values));
}
