// Wires the page to its state. The state (src/ui/state) holds the edit, the runs and what is
// wrong; this file turns DOM events into state changes, starts runs when the edit changes, and
// redraws the views from the state. It computes nothing of the model: runs come from the job
// queue, figures from src/results.
import { sameScenario } from './sameScenario.js';
import { PARAM_BY_KEY, setPath } from '../../engine/index.js';
import { problem, problemKeys, type Problem } from '../../scenario/problems.js';
import { BROWSER_MAX, checkBrowserLimits } from '../../scenario/limits.js';
import { MAX_FILE_BYTES, parseScenarioText, scenarioToJson, scenarioToParams, UNTITLED } from '../../scenario/scenario.js';
import { validateOverrides, expected } from '../../scenario/validate.js';
import type { Chart, ChartInput } from '../charts/chart.js';
import precomputed from 'virtual:precomputed-baseline';
import { comparisonCsv, runView } from '../../results/index.js';
import { decodeResult } from '../../results/resultCodec.js';
import { orgSpreadCsv, regionCsv, sectorCsv, seriesCsv, type CsvAbout } from '../export/csvExport.js';
import { downloadText, exportFileName, slug } from '../export/download.js';
import { encodePageLink, type ViewSettings } from '../state/pageLink.js';
import {
  addCompare, blocked, drawnRuns, idleAnalysis, isStale, newSlot, removeCompare, setTyped, withEdit, type PageState, type Slot,
} from '../state/pageState.js';
import { idleFit } from '../state/fitState.js';
import type { CompareRef } from '../state/pageLink.js';
import { Analyses } from './analyses.js';
import { ComparePanel, PIN } from './comparePanel.js';
import { SensitivityPanel } from './sensitivityPanel.js';
import { ServicesSection } from './servicesSection.js';
import { OrgPanel } from './orgPanel.js';
import { UncertaintyPanel } from './uncertaintyPanel.js';
import { FitPanel } from './fitPanel.js';
import { FitRunner } from './fitRunner.js';
import { acceptedSets } from '../state/fitState.js';
import type { EnsembleRequest } from '../../ensemble/index.js';
import { Store } from '../state/store.js';
import { Controls, showValue, type RawValue } from './controls.js';
import { debounce } from './debounce.js';
import { byId, h } from './dom.js';
import { addCsvButton } from './chartCsv.js';
import {
  automaticName, changedKeys, isEdited, reset, runName, setName, setSeed, setValue, startFrom, typedName, type EditState,
} from './editState.js';
import { formatInt } from './format.js';
import { HeroView } from './hero.js';
import { chooseInitial } from './initialState.js';
import { JobQueue, type WorkerLike } from './jobQueue.js';
import { Messages } from './messages.js';
import { Playback } from './playback.js';
import { RunStatus } from './runStatus.js';
import { Runner, scenarioLink } from './runner.js';
import { editFromImport, scenarioForExport } from './scenarioExport.js';
import { BASELINE_FILE, bundledFiles, type ScenarioFile } from './scenarioFiles.js';
import { browserStore, loadState, saveState } from './storage.js';
import { SummaryView } from './summary.js';
import { applyPageText } from './pageText.js';
import { withLang, type Locale } from '../../i18n/index.js';
import { onPageLocale, pageLocale, setPageLocale, tr, ui } from '../pageLocale.js';
import { describeScenario, printReport } from '../report/printReport.js';

export const DEBOUNCE_MS = 150;
/** A problem as text in the page's language (src/i18n/problemText.ts, the one place problems become words). */
const problemText = (p: Problem): string => ui().problem(p);
const CUSTOM = '__custom__';
const WORKERS_KEY = 'outage-impact-simulator.workers';

export interface AppOptions {
  charts: Chart[];
  /** The sensitivity ranking's chart, drawn in its panel. */
  tornado: Chart;
  createWorker: () => WorkerLike;
}

export class App {
  private readonly store: Store<PageState>;
  private readonly files: ScenarioFile[];
  private readonly queue: JobQueue;
  private readonly runner: Runner;
  private controls: Controls;
  private summaryView: SummaryView;
  private hero: HeroView;
  /** The CSV buttons of the charts below the timeline, by chart id. */
  private readonly csvButtons = new Map<string, HTMLButtonElement>();
  private readonly playback: Playback;
  private readonly messages: Messages;
  private readonly status: RunStatus;
  private readonly charts: Chart[];
  private readonly compare: ComparePanel;
  private readonly uncertainty: UncertaintyPanel;
  private readonly sensitivity: SensitivityPanel;
  private readonly fit: FitPanel;
  private readonly fitRunner: FitRunner;
  private readonly analyses: Analyses;
  private readonly tornado: Chart;
  private readonly services: ServicesSection;
  private readonly org: OrgPanel;
  private readonly storage = browserStore();
  private readonly runSoon = debounce(() => this.runMain(), DEBOUNCE_MS);
  private firstResultLogged = false;

  private readonly el = {
    picker: byId<HTMLSelectElement>('scenario-picker'),
    description: byId('scenario-description'),
    seed: byId<HTMLInputElement>('seed'),
    runName: byId<HTMLInputElement>('run-name'),
    seedError: byId('seed-error'),
    edited: byId('scenario-edited'),
    results: byId('results'),
    staleNote: byId('stale-note'),
    shareUrl: byId<HTMLInputElement>('share-url'),
    copyLink: byId<HTMLButtonElement>('copy-link'),
    runInfo: byId('run-info'),
    runStatus: byId('run-status'),
    tz: byId<HTMLInputElement>('tz-local'),
  };

  constructor(opts: AppOptions) {
    // Workers first: they load and compile the engine while the page builds its controls.
    this.queue = new JobQueue({ createWorker: opts.createWorker, workers: workerCount(this.storage) });
    this.messages = new Messages(byId('messages'));
    this.status = new RunStatus(this.el.runStatus, byId('run-status-text'), byId<HTMLProgressElement>('run-progress'),
      byId<HTMLButtonElement>('cancel-run'), byId<HTMLButtonElement>('rerun'), document.getElementById('mobile-status'));
    const bundled = bundledFiles();
    this.files = bundled.files;
    if (bundled.errors.length) {
      console.warn('Scenario files not loaded:', bundled.errors.map(problemText));
      this.messages.show('notice', tr('app.bundledUnreadable'), bundled.errors.map(problemText));
    }

    const baseline = this.files.find((f) => f.id === BASELINE_FILE)!.scenario;
    const initial = chooseInitial({ query: location.search, saved: loadState(this.storage), files: this.files, baseline });
    if (initial.linkProblems.length) {
      const head = initial.from === 'link'
        ? tr('app.linkPartsUnusable')
        : initial.from === 'saved' ? tr('app.linkFailed.saved') : tr('app.linkFailed.baseline', { name: this.scenarioName(BASELINE_FILE, baseline.name) });
      this.messages.show('error', head, initial.linkProblems.map(problemText), { key: 'link' });
    }
    for (const n of initial.notices) this.messages.show('notice', problemText(n));
    if (initial.savedUnreadable) this.messages.show('notice', tr('initialState.savedUnreadable'));

    const first: PageState = {
      edit: initial.state, typed: {}, seedProblem: null, cross: [],
      main: newSlot('main', initial.state.current), compare: [], ghost: newSlot('baseline', baseline), view: initial.view,
      ensemble: idleAnalysis(), sensitivity: idleAnalysis(), fit: idleFit(), ensembleSets: null,
    };
    this.store = new Store(withEdit(first, initial.state));
    this.runner = new Runner(this.store, this.queue, {
      nameOf: (slot) => this.shownName(slot),
      linkOf: (slot) => (slot.id === 'main' ? location.href : scenarioLink(`${location.origin}${location.pathname}`, slot)),
      onDone: (slot, timing) => this.onRunDone(slot, timing?.totalMs ?? null, timing),
      onFailed: (slot, message, crashed) => this.onRunFailed(slot, message, crashed),
      onImpactLost: (slot) => {
        if (slot.id === 'main') this.messages.show('notice', tr('app.servicesLost'), [], { key: 'services' });
      },
    });

    this.controls = this.makeControls();
    this.summaryView = new SummaryView(byId('summary-figures'));
    this.hero = new HeroView(byId('hero-figures'));
    this.charts = opts.charts;
    this.compare = new ComparePanel(this.files, {
      onAdd: (choice) => this.addCompared(choice),
      onRemove: (id) => {
        this.runner.cancel(id);
        this.store.update((s) => removeCompare(s, id));
        this.writeUrl();
      },
      onGhost: (on) => {
        this.store.update((s) => ({ ...s, view: { ...s.view, ghost: on } }));
        this.runGhost();
        this.writeUrl();
      },
      onExport: (c) => {
        const main = c.runs.find((r) => r.id === 'main') ?? c.runs[0]!;
        downloadText(comparisonCsv(c), exportFileName('comparison', main.name, main.seed, 'csv'), 'text/csv');
      },
    });
    this.analyses = new Analyses(this.store, this.queue);
    this.uncertainty = new UncertaintyPanel({
      onRun: (req) => this.analyses.runEnsemble(this.withSets(req)),
      onCancel: () => this.analyses.cancel('ensemble'),
      onDropSets: () => this.store.update((s) => ({ ...s, ensembleSets: null })),
    });
    this.tornado = opts.tornado;
    this.sensitivity = new SensitivityPanel(this.tornado, {
      onRun: (which, figure) => this.analyses.runSensitivity(which, figure),
      onFigure: (figure) => this.analyses.showRanking(figure),
      onCancel: () => this.analyses.cancel('sensitivity'),
    });
    this.fitRunner = new FitRunner(this.store, this.queue);
    this.fit = new FitPanel({
      onRun: (req) => void this.fitRunner.run(req),
      onCancel: () => this.fitRunner.cancel(),
      onApply: (values) => this.applyValues(values),
      onUseSets: (on) => this.store.update((s) => ({ ...s, ensembleSets: on && s.fit.result ? acceptedSets(s.fit.result, s.main.scenario) : null })),
    });
    this.fit.render(this.store.state);
    // The timeline answers first, at the top, with the what-if panels right under it; the sector,
    // organisation and region charts follow the other figures.
    const chartsEl = byId('charts');
    for (const c of this.charts) (c.id === 'timeline' ? byId('hero-chart') : chartsEl).append(c.element);
    for (const c of this.charts) if (c.id !== 'timeline') this.csvButtons.set(c.id, addCsvButton(c.element, () => this.exportChartCsv(c.id)));
    byId('whatif').append(this.compare.element, this.uncertainty.element, this.sensitivity.element, this.fit.element);
    // "Print report" sits with the comparison it prints (the run alone when nothing is compared);
    // the toolbar above the timeline has no room left on a laptop screen.
    const print = h('button', { type: 'button', id: 'print-report' });
    const labelPrint = () => {
      print.textContent = tr('report.print.button');
      print.title = tr('report.print.buttonTitle');
    };
    labelPrint();
    onPageLocale(labelPrint);
    print.addEventListener('click', () => this.printReport());
    (this.compare.element.querySelector('.button-row') ?? this.compare.element).append(print);
    // What the outage stopped (services, flights, money) and the world map follow the device charts.
    this.services = new ServicesSection({ onSeek: (m) => this.playback.seek(m), onError: (c, e) => this.chartFailed(c, e) });
    chartsEl.append(this.services.element);
    // The reader's own organisation under the scenario being edited, beside the global picture.
    this.org = new OrgPanel({
      store: this.store, queue: this.queue, storage: this.storage, linkOrg: initial.org,
      scenarioName: () => this.mainName(), link: () => location.href,
      onChange: () => this.writeUrl(), onSeek: (m) => this.playback.seek(m), onError: (c, e) => this.chartFailed(c, e),
    });
    chartsEl.append(this.org.element);
    this.playback = new Playback(
      { scrubber: byId<HTMLInputElement>('scrubber'), play: byId<HTMLButtonElement>('play'), readout: byId('playback-readout') },
      (m) => {
        this.eachChart((c) => c.setCursor(m));
        this.services.setCursor(m);
        this.store.update((s) => ({ ...s, view: { ...s.view, cursorMin: m !== null && m > 0 ? m : null } }));
      },
    );
    this.el.tz.checked = initial.view.timeZone === 'local';
    if (initial.view.cursorMin !== null) byId<HTMLInputElement>('scrubber').value = String(initial.view.cursorMin);
    this.bindCharts(initial.view);

    this.store.subscribe((next, prev) => this.render(next, prev));
    for (const ref of initial.compare) this.addRef(ref);
    this.bindScenarioCard();
    this.bindToolbar();
    const langPick = document.getElementById('lang-select') as HTMLSelectElement | null;
    langPick?.addEventListener('change', () => {
      if (langPick.value === 'en' || langPick.value === 'ja') this.setLanguage(langPick.value);
    });
    this.controls.render(this.state.edit);
    this.renderScenarioCard();
    this.commit(this.state.edit, 'now');
    void this.showPrecomputed();
  }

  /**
   * On opening the July 2024 baseline unedited, draws the run computed when the page was built by
   * the same engine (vite.config.ts) while the live run, already started, runs; the live run then
   * replaces it with the same figures and adds the service figures. Anything else runs live only.
   */
  private async showPrecomputed(): Promise<void> {
    const pre = precomputed;
    const main = this.state.main;
    if (!pre || main.hash !== pre.paramsHash || main.scenario.seed !== pre.seed) return;
    try {
      const res = await fetch(pre.url);
      if (!res.ok) return;
      const result = decodeResult(await res.arrayBuffer());
      const params = scenarioToParams(this.state.main.scenario);
      const view = { ...runView(result, params, { id: 'main', name: '', seed: pre.seed, paramsHash: pre.paramsHash, link: '' }), builtIn: true };
      if (this.runner.showComputed('main', view)) {
        this.el.runStatus.dataset.source = 'built';
        if (this.state.main.status === 'running') this.status.set('running', () => tr('runStatus.builtIn'));
        this.logFirstDraw();
      }
    } catch (e) {
      // The live run is on its way anyway.
      console.warn('[sim] the baseline computed at build time could not be read:', e);
    }
  }

  private makeControls(): Controls {
    return new Controls({ levers: byId('key-levers'), finder: byId('param-finder'), registry: byId('param-groups') }, {
      onParam: (key, raw) => this.onParam(key, raw),
      onResetParam: (key) => {
        this.store.update((s) => setTyped(s, key, null));
        this.commit(setValue(this.state.edit, key, this.baseValue(key)), 'soon');
      },
    });
  }

  /** A run's name as the page shows it: a bundled scenario's in the page's language, an edited one saying what changed. */
  private shownName(slot: Slot): string {
    if (slot.id === 'main') return this.mainName();
    const file = this.files.find((f) => sameScenario(f.scenario, slot.scenario));
    return file ? this.scenarioName(file.id, slot.scenario.name) : slot.scenario.name === UNTITLED && pageLocale() === 'ja' ? tr('scenario.untitled') : slot.scenario.name;
  }

  /** The run being edited: its typed name, else (in Japanese) the bundled name and the changes in Japanese, else runName(). */
  private mainName(): string {
    const edit = this.store.state.edit;
    if (pageLocale() === 'en' || typedName(edit) !== '') return runName(edit);
    const file = this.files.find((f) => sameScenario(f.scenario, edit.base));
    const base = file ? this.scenarioName(file.id, edit.base.name) : edit.base.name === UNTITLED ? tr('scenario.untitled') : edit.base.name;
    const keys = changedKeys(edit);
    const seed = edit.current.seed !== edit.base.seed ? [tr('app.runName.seed', { seed: String(edit.current.seed) })] : [];
    if (keys.length === 0 && seed.length === 0) return base;
    const parts = [...keys.slice(0, 2).map((k) => {
      const spec = PARAM_BY_KEY.get(k)!;
      const v = edit.current.params[k] ?? spec.default;
      return `${ui().param(k).label} ${showValue(spec, v)}${spec.unit === 'share' || spec.kind === 'datetime' ? '' : ui().param(k).unit}`;
    }), ...seed].join('、');
    const changes = keys.length > 2 ? tr('app.runName.more', { changes: parts, n: String(keys.length - 2) }) : parts;
    return tr('app.runName.edited', { base, changes });
  }

  /** A bundled scenario's name in the page's language (its file's name for any other). */
  private scenarioName(fileId: string, name: string): string {
    return ui().bundledScenario(fileId)?.name ?? name;
  }

  /**
   * Switches the page's language in place: the static text, the controls (rebuilt), every figure,
   * chart and panel drawn again from the same state. The edit, the runs and the analyses stay
   * as they are (nothing is run again); the link keeps the language.
   */
  setLanguage(locale: Locale): void {
    if (locale === pageLocale()) return;
    setPageLocale(locale);
    applyPageText();
    // The runs keep their figures; only the names they are drawn with follow the language.
    this.store.update((st) => {
      const rename = <T extends Slot>(slot: T): T => (slot.view ? { ...slot, view: { ...slot.view, name: this.shownName(slot) } } : slot);
      return { ...st, main: rename(st.main), ghost: st.ghost ? rename(st.ghost) : st.ghost, compare: st.compare.map(rename) };
    });
    this.writeUrl();
    for (const id of ['key-levers', 'param-finder', 'param-groups']) byId(id).replaceChildren();
    this.controls = this.makeControls();
    this.controls.render(this.state.edit);
    this.renderProblems(this.state);
    byId('hero-figures').replaceChildren();
    this.hero = new HeroView(byId('hero-figures'));
    byId('summary-figures').replaceChildren();
    this.summaryView = new SummaryView(byId('summary-figures'));
    this.renderScenarioCard();
    this.status.relabel();
    this.playback.relabel();
    this.eachChart((c) => c.relabel?.());
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-export="csv"]')) {
      b.textContent = tr('chart.action.csv');
      b.title = b.dataset.csv === 'table' ? tr('app.services.csvTitle') : tr('chart.action.csvTitle');
    }
    this.services.relabel();
    this.org.relabel();
    this.tornado.relabel?.();
    this.compare.relabel();
    this.uncertainty.relabel();
    this.fit.relabel();
    const s = this.state;
    this.drawRuns(s);
    this.compare.render(s);
    this.uncertainty.render(s);
    this.sensitivity.render(s);
    this.renderStale(s);
  }

  private logFirstDraw(): void {
    if (this.firstResultLogged) return;
    this.firstResultLogged = true;
    performance.mark('first-result');
    console.info(`[sim] first result drawn ${Math.round(performance.now())} ms after navigation start`);
  }

  private get state(): PageState {
    return this.store.state;
  }

  // ---- state changes ---------------------------------------------------------------------

  private onParam(key: string, raw: RawValue): void {
    const spec = PARAM_BY_KEY.get(key)!;
    let refused: Problem | null = null;
    let value: number | string | null = null;
    if (raw === null) refused = problem('', key, 'param.empty', { ...expected(spec) });
    else if (typeof raw === 'number' && Number.isNaN(raw)) refused = problem('', key, 'param.notANumber', { ...expected(spec) });
    else {
      const r = validateOverrides({ [key]: raw }, '');
      if (r.ok) value = r.value[key]!;
      else refused = r.errors[0]!;
    }
    // A value the page cannot run is refused here, like one out of range: it never becomes the
    // edit, so it is not saved, linked or left behind as a run that fails. Above the page's own
    // maximum, that is the message, even where the registry's range is exceeded too.
    const pageMax = BROWSER_MAX[key];
    const candidate = typeof raw === 'number' && pageMax !== undefined && raw > pageMax ? raw : refused ? null : value;
    if (candidate !== null) {
      const params = scenarioToParams(this.state.edit.current);
      setPath(params as unknown as Record<string, unknown>, key, candidate);
      const tooLarge = checkBrowserLimits(params);
      if (tooLarge) refused = problemKeys(tooLarge).length ? tooLarge : { ...tooLarge, path: key };
    }
    this.store.update((s) => setTyped(s, key, refused));
    if (refused || value === null) {
      this.refreshRunnable();
      return;
    }
    this.commit(setValue(this.state.edit, key, value), 'soon');
  }

  /** Adopts a new edit: checks it, saves it if it can run, and schedules its run. */
  private commit(next: EditState, when: 'now' | 'soon'): void {
    this.store.update((s) => withEdit(s, next));
    const s = this.state;
    this.messages.clear('cross');
    const general = s.cross.filter((p) => problemKeys(p).length === 0);
    if (general.length) this.messages.show('error', tr('app.crossFieldTitle'), general.map(problemText), { key: 'cross' });
    if (blocked(s)) {
      this.refreshRunnable();
      return;
    }
    saveState(this.storage, next);
    this.writeUrl();
    // Stop a stale run at once (frees the cores during the debounce; fresh workers load meanwhile).
    this.runner.cancel('main');
    this.status.set('running', () => tr('runStatus.starting'));
    if (when === 'now') {
      this.runSoon.cancel();
      this.runMain();
    } else this.runSoon();
  }

  /** With a refused value on the page, nothing runs: the last valid result stays, marked as such. */
  private refreshRunnable(): void {
    const s = this.state;
    if (!blocked(s)) return;
    this.runSoon.cancel();
    this.runner.cancel('main');
    const general = s.cross.some((p) => problemKeys(p).length === 0);
    const n = Object.keys(s.typed).length + s.cross.filter((p) => problemKeys(p).length > 0).length + (s.seedProblem ? 1 : 0);
    const last = s.main.view !== null;
    this.status.set('idle', () => {
      const what = general ? tr('runStatus.fixListed') : tr('runStatus.fixHighlighted', { count: n });
      return last ? ui().sentences([what, tr('runStatus.showingLastValid')]) : what;
    });
    this.renderStale(s);
  }

  /**
   * A fit's best values onto the edited scenario, the way sliders set values: checked, then one
   * edit (so the link, undo and reset follow) and the main run at once.
   */
  private applyValues(values: Readonly<Record<string, number>>): void {
    let edit = this.state.edit;
    const refused: Problem[] = [];
    for (const [key, v] of Object.entries(values)) {
      const r = validateOverrides({ [key]: v }, '');
      if (r.ok) edit = setValue(edit, key, r.value[key]!);
      else refused.push(...r.errors);
    }
    const tooLarge = refused.length ? null : checkBrowserLimits(scenarioToParams(edit.current));
    if (tooLarge) refused.push(tooLarge);
    if (refused.length) {
      this.messages.show('error', tr('fit.applyRefused'), refused.map(problemText), { key: 'fit', timeoutMs: 10000 });
      return;
    }
    this.messages.clear('fit');
    this.store.update((s) => Object.keys(values).reduce((st, k) => setTyped(st, k, null), s));
    this.commit(edit, 'now');
  }

  /** An ensemble request drawing from the fit's accepted sets, when the reader chose them and assumptions vary. */
  private withSets(req: EnsembleRequest): EnsembleRequest {
    const sets = this.state.ensembleSets;
    return sets && req.vary !== 'seed' ? { ...req, sets: sets.sets } : req;
  }

  private baseValue(key: string): number | string {
    return this.state.edit.base.params[key] ?? PARAM_BY_KEY.get(key)!.default;
  }

  private link(view: ViewSettings = this.state.view): string {
    const s = this.state;
    return encodePageLink({ scenario: s.edit.current, compare: s.compare.map((c) => c.ref), view, org: this.org?.current ?? null });
  }

  private writeUrl(): void {
    try {
      history.replaceState(null, '', `${location.pathname}?${withLang(this.link(), pageLocale())}${location.hash}`);
    } catch {
      // Some embedded views refuse history changes; the share field still has the link.
    }
  }

  // ---- running -----------------------------------------------------------------------------

  private runMain(): void {
    if (blocked(this.state)) return;
    this.messages.clear('run');
    this.status.set('running', () => tr('runStatus.preparing'));
    // With a run already on screen, a preview of the new one comes first (a tenth of the fleet).
    this.runner.run('main', { preview: this.state.main.view !== null });
    const main = this.state.main;
    if (main.status === 'error' && main.problem) {
      this.status.set('error', () => tr('runStatus.tooLarge'));
      this.messages.show('error', tr('app.tooLargeTitle'), [problemText(main.problem)], { key: 'run' });
    }
    this.runGhost();
  }

  /** The baseline ghost runs once, behind the other runs, when it is shown and differs from the run. */
  private runGhost(): void {
    const s = this.state;
    if (s.view.ghost && s.ghost && s.ghost.hash !== s.main.hash && !s.ghost.view && s.ghost.status !== 'running') this.runner.run('baseline');
  }

  private addCompared(choice: string): void {
    if (choice === PIN) {
      const edit = this.state.edit;
      this.addRef({ kind: 'inline', scenario: { ...edit.current, name: runName(edit) } });
    } else this.addRef({ kind: 'file', id: choice });
    this.writeUrl();
  }

  private addRef(ref: CompareRef): void {
    const scenario = ref.kind === 'inline' ? ref.scenario : this.files.find((f) => f.id === ref.id)?.scenario;
    if (!scenario) return;
    const before = new Set(this.state.compare.map((c) => c.id));
    this.store.update((s) => addCompare(s, ref, scenario));
    const added = this.state.compare.find((c) => !before.has(c.id));
    if (added) this.runner.run(added.id);
  }

  private onRunDone(slot: Slot, _totalMs: number | null, timing: { prepareMs: number; runMs: number; totalMs: number } | null): void {
    if (slot.id !== 'main') return;
    const secs = timing ? (timing.totalMs / 1000).toFixed(1) : '0.0';
    this.status.set('done', () => (timing ? tr('runStatus.done', { seconds: ui().decimal(Number(secs), 1) }) : tr('runStatus.doneCached')));
    this.el.runStatus.dataset.hash = slot.hash;
    // Counts runs drawn, so a reader (or a test) can tell a new result from the previous one even
    // when it was already computed and appears at once.
    this.el.runStatus.dataset.runs = String(Number(this.el.runStatus.dataset.runs ?? 0) + 1);
    this.el.runStatus.dataset.ms = String(Math.round(timing?.totalMs ?? 0));
    this.el.runStatus.dataset.source = 'live';
    this.logFirstDraw();
    if (timing) console.info(`[sim] run ${slot.hash}: prepare ${Math.round(timing.prepareMs)} ms, sites ${Math.round(timing.runMs)} ms, total ${Math.round(timing.totalMs)} ms`);
  }

  private onRunFailed(slot: Slot, message: string, crashed: boolean): void {
    if (slot.id !== 'main') {
      this.messages.show('error', tr('app.compareRunFailed', { name: slot.scenario.name }), [message], { key: `run-${slot.id}` });
      return;
    }
    this.status.set('error', () => (crashed ? tr('runStatus.workerCrashed') : tr('runStatus.failed')));
    this.messages.show('error', crashed ? tr('app.workerCrashedTitle') : tr('app.runFailedTitle'),
      [message], { key: 'run' });
  }

  private cancelRun(): void {
    const pending = this.runSoon.pending;
    this.runSoon.cancel();
    const wasRunning = this.runner.cancel('main');
    if (!pending && !wasRunning) return;
    const had = this.state.main.view !== null;
    this.status.set('cancelled', () => (had ? tr('runStatus.cancelledShowingPrevious') : tr('runStatus.cancelled')));
    this.renderStale(this.state);
  }

  // ---- drawing from the state ------------------------------------------------------------

  private render(next: PageState, prev: PageState): void {
    if (next.typed !== prev.typed || next.cross !== prev.cross || next.seedProblem !== prev.seedProblem) this.renderProblems(next);
    if (next.edit !== prev.edit) {
      this.controls.render(next.edit);
      this.renderScenarioCard();
    }
    const sameCompared = next.compare.length === prev.compare.length && next.compare.every((c, i) => c.view === prev.compare[i]!.view);
    const runsChanged = next.main.view !== prev.main.view || !sameCompared || next.ghost?.view !== prev.ghost?.view
      || next.view.ghost !== prev.view.ghost;
    if (runsChanged || next.view.timeZone !== prev.view.timeZone) this.drawRuns(next);
    if (next.compare !== prev.compare || next.main.view !== prev.main.view || next.ghost !== prev.ghost || next.view.ghost !== prev.view.ghost) {
      this.compare.render(next);
    }
    if (next.ensemble !== prev.ensemble || next.main !== prev.main || next.ensembleSets !== prev.ensembleSets) this.uncertainty.render(next);
    if (next.fit !== prev.fit || next.main !== prev.main || next.ensembleSets !== prev.ensembleSets) this.fit.render(next);
    if (next.sensitivity !== prev.sensitivity || next.main !== prev.main) this.sensitivity.render(next);
    if (next.ensemble.result !== prev.ensemble.result || next.sensitivity.result !== prev.sensitivity.result) this.drawRuns(next);
    if (runsChanged || next.main.hash !== prev.main.hash || next.main.status !== prev.main.status) this.renderStale(next);
    if (next.main.status === 'running' && next.main.progress !== prev.main.progress) {
      const share = Math.floor(next.main.progress * 100) / 100;
      this.status.set('running', () => tr('runStatus.running', { percent: ui().percent(share, 0) }), next.main.progress);
    }
  }

  private renderProblems(s: PageState): void {
    const byKey = new Map<string, string>();
    for (const p of [...Object.values(s.typed), ...s.cross]) {
      for (const k of problemKeys(p)) if (!byKey.has(k)) byKey.set(k, this.fieldText(p));
    }
    for (const key of PARAM_BY_KEY.keys()) this.controls.setError(key, byKey.get(key) ?? null);
    const seedText = s.seedProblem ? tr('app.seedError', { detail: problemText({ ...s.seedProblem, path: '' }) }) : null;
    this.el.seedError.hidden = seedText === null;
    this.el.seedError.textContent = seedText ?? '';
    if (seedText) this.el.seed.setAttribute('aria-invalid', 'true');
    else this.el.seed.removeAttribute('aria-invalid');
  }

  /** A problem under its field: the field's label, then what is wrong. */
  private fieldText(p: Problem): string {
    const key = problemKeys(p)[0]!;
    const label = ui().param(key).label;
    return p.code.startsWith('cross.') ? problemText({ ...p, source: '' }).replace(/\bparams\./g, '') : tr('app.fieldError', { label, detail: problemText({ ...p, source: '', path: '' }) });
  }

  private drawRuns(s: PageState): void {
    const main = s.main.view;
    if (!main) return;
    // Which run is on screen (a reader or a test can tell a first draw from later ones).
    this.el.runStatus.dataset.drawn = main.paramsHash;
    const { runs, ghost } = drawnRuns(s);
    const tz = s.view.timeZone;
    this.hero.update(main.summary, main.publishAtMs, tz);
    // Whether the service figures (which follow the device figures) are in, for the CSV's columns.
    this.el.runStatus.dataset.services = main.services ? 'in' : 'pending';
    this.summaryView.update(main.summary, main.publishAtMs, tz);
    // The organisation spread needs the per-site table, which a run drawn from the built-in file lacks.
    for (const [id, b] of this.csvButtons) b.disabled = id === 'org-spread' && !main.orgSpread;
    this.playback.update(main, tz);
    const input: ChartInput = { runs, ghost, timeZone: tz };
    this.eachChart((c) => c.update(input));
    this.services.update(input);
    try {
      this.tornado.update({ runs: runs.slice(0, 1), timeZone: tz });
    } catch (e) {
      console.error('chart tornado:', e);
    }
    const m = this.playback.minutes;
    this.eachChart((c) => c.setCursor(m > 0 ? m : null));
    this.services.setCursor(m > 0 ? m : null);
    this.el.runInfo.textContent = tr('app.runInfo', {
      name: main.name, seed: String(main.seed), hash: main.paramsHash, sensors: ui().count(main.fleet, { style: 'full', unit: 'sensor' }),
    });
  }

  private eachChart(f: (c: Chart) => void): void {
    for (const c of this.charts) {
      try {
        f(c);
      } catch (e) {
        this.chartFailed(c, e);
      }
    }
  }

  private chartFailed(c: Chart, e: unknown): void {
    console.error(`chart ${c.id}:`, e);
    this.messages.show('error', tr('app.chartFailedTitle', { chart: c.title }), [e instanceof Error ? e.message : String(e)], { key: `chart-${c.id}` });
  }

  /** Marks the results as not (yet) matching the controls. */
  private renderStale(s: PageState): void {
    const shown = s.main.view;
    // The run made when the page was built is this run's figures: not dimmed while it is checked live.
    const checking = shown !== null && shown.builtIn === true && shown.paramsHash === s.main.hash;
    const on = shown !== null && !checking && (isStale(s.main) || s.main.status === 'running' || blocked(s));
    this.el.results.classList.toggle('stale', on);
    this.el.staleNote.hidden = !on;
    if (on && shown) {
      this.el.staleNote.textContent = shown.preview && shown.paramsHash === s.main.hash
        ? tr('app.stalePreview')
        : tr('app.staleNote', { hash: shown.paramsHash });
    }
    this.el.results.dataset.preview = String(Boolean(shown?.preview));
  }

  // ---- scenario card ---------------------------------------------------------------------

  private bindScenarioCard(): void {
    const { picker, seed } = this.el;
    picker.addEventListener('change', () => {
      const file = this.files.find((f) => f.id === picker.value);
      if (file) this.startOver(startFrom(file.scenario));
    });
    seed.addEventListener('input', () => {
      const v = seed.value.trim();
      const n = Number(v);
      if (v === '' || !/^\d+$/.test(v) || !Number.isSafeInteger(n) || n > 0xffffffff) {
        this.store.update((s) => ({ ...s, seedProblem: problem('', 'seed', 'seed.invalid', { got: v === '' ? 'nothing' : JSON.stringify(v) }) }));
        this.refreshRunnable();
        return;
      }
      this.store.update((s) => ({ ...s, seedProblem: null }));
      this.commit(setSeed(this.state.edit, n), 'soon');
    });
    this.el.runName.addEventListener('input', () => this.commit(setName(this.state.edit, this.el.runName.value), 'soon'));
    byId('reset-params').addEventListener('click', () => this.startOver(reset(this.state.edit)));
    const importInput = byId<HTMLInputElement>('import-file');
    importInput.addEventListener('change', () => {
      const file = importInput.files?.[0];
      importInput.value = '';
      if (file) void this.importFile(file);
    });
  }

  /** Replaces the whole edit (picked file, reset, import): typed problems go with the old edit. */
  private startOver(next: EditState): void {
    this.store.update((s) => ({ ...s, typed: {}, seedProblem: null }));
    this.controls.resetInputs(next);
    this.commit(next, 'now');
  }

  private async importFile(file: File): Promise<void> {
    const refused = tr('app.import.notImportedTitle', { file: file.name });
    if (file.size > MAX_FILE_BYTES) {
      this.messages.show('error', refused, [problemText(problem(file.name, '', 'file.tooLarge', { bytes: formatInt(file.size), max: formatInt(MAX_FILE_BYTES) }))], { key: 'import' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.messages.show('error', tr('app.import.unreadableTitle', { file: file.name }), [String(e)], { key: 'import' });
      return;
    }
    const r = parseScenarioText(text, file.name);
    if (!r.ok) {
      this.messages.show('error', refused, r.errors.map(problemText), { key: 'import' });
      return;
    }
    const tooLarge = checkBrowserLimits(scenarioToParams(r.value));
    if (tooLarge) {
      this.messages.show('error', tr('app.import.tooLarge', { file: file.name }),
        [problemText({ ...tooLarge, source: file.name })], { key: 'import' });
      return;
    }
    this.messages.clear('import');
    this.messages.show('success', tr('app.import.done', { name: r.value.name }), r.warnings.map(problemText), { key: 'import', timeoutMs: 8000 });
    this.startOver(editFromImport(r.value, this.files));
  }

  private renderScenarioCard(): void {
    const { picker, description, seed, edited, runName: nameBox } = this.el;
    const edit = this.state.edit;
    const base = edit.base;
    const match = this.files.find((f) => sameScenario(f.scenario, base));
    // Rebuilt only when the list changes, so keyboard use of the select is not disturbed.
    const custom = match ? null : tr('app.scenario.custom', { name: base.name });
    if (picker.dataset.custom !== (custom ?? '') || picker.options.length === 0 || picker.dataset.lang !== pageLocale()) {
      picker.dataset.lang = pageLocale();
      picker.replaceChildren(...this.files.map((f) => h('option', { value: f.id }, this.scenarioName(f.id, f.scenario.name))));
      if (custom) picker.append(h('option', { value: CUSTOM }, custom));
      picker.dataset.custom = custom ?? '';
    }
    picker.value = match ? match.id : CUSTOM;
    const bundledText = match ? ui().bundledScenario(match.id) : null;
    description.textContent = (bundledText && edit.current.description === base.description ? bundledText.description : '')
      || edit.current.description || base.description;
    description.hidden = description.textContent === '';
    if (document.activeElement !== seed || this.state.seedProblem === null) {
      if (seed.value !== String(edit.current.seed)) seed.value = String(edit.current.seed);
    }
    // The name box holds a typed name; empty, it shows the automatic one as its placeholder.
    nameBox.placeholder = pageLocale() === 'en' ? automaticName(edit) : this.mainName();
    nameBox.title = this.mainName();
    if (document.activeElement !== nameBox && nameBox.value.trim() !== typedName(edit)) nameBox.value = typedName(edit);
    const n = changedKeys(edit).length;
    const seedChanged = edit.current.seed !== base.seed;
    edited.textContent = !isEdited(edit)
      ? tr('app.scenario.unchanged')
      : n === 0 ? tr('app.scenario.seedChanged')
        : seedChanged ? tr('app.scenario.editedWithSeed', { count: n }) : tr('app.scenario.edited', { count: n });
    edited.classList.toggle('is-edited', isEdited(edit));
  }

  /** Charts follow the link's view, report the reader's changes to it, move the scrubber and edit markers. */
  private bindCharts(view: ViewSettings): void {
    for (const c of this.charts) {
      if (c.id !== 'timeline') continue;
      c.setView?.({ zoom: view.zoom, log: view.log });
      c.onView = (v) => {
        const zoom = v.zoom === 'h6' || v.zoom === 'd2' ? v.zoom : 'all';
        this.store.update((s) => ({ ...s, view: { ...s.view, zoom, log: v['log'] === true } }));
        this.writeUrl();
      };
    }
    for (const c of this.charts) {
      c.onSeek = (m) => this.playback.seek(m);
      c.onEdit = (key, value) => {
        const r = validateOverrides({ [key]: value }, '');
        if (!r.ok) {
          this.messages.show('error', tr('app.drag.refused'), r.errors.map(problemText), { key: 'drag', timeoutMs: 8000 });
          return;
        }
        this.store.update((s) => setTyped(s, key, null));
        this.commit(setValue(this.state.edit, key, r.value[key]!), 'now');
      };
    }
  }

  // ---- toolbar: link, exports, time zone ------------------------------------------------------

  private bindToolbar(): void {
    this.el.copyLink.addEventListener('click', () => void this.copyLink());
    byId('export-scenario').addEventListener('click', () => {
      const s = scenarioForExport(this.state.edit);
      downloadText(scenarioToJson(s), `${slug(s.name)}.json`, 'application/json');
    });
    byId('export-csv').addEventListener('click', () => {
      const v = this.state.main.view;
      if (!v) {
        this.messages.show('notice', tr('app.export.nothingYet'), [], { key: 'export', timeoutMs: 6000 });
        return;
      }
      downloadText(seriesCsv(v.series, v, this.csvAbout(v), v.services ?? null), exportFileName('series', v.name, v.seed, 'csv'), 'text/csv');
    });
    byId('cancel-run').addEventListener('click', () => this.cancelRun());
    byId('rerun').addEventListener('click', () => this.runMain());
    this.el.tz.addEventListener('change', () => {
      const timeZone = this.el.tz.checked ? 'local' : 'UTC';
      this.store.update((s) => ({ ...s, view: { ...s.view, timeZone } }));
      this.playback.setTimeZone(timeZone);
      this.writeUrl();
    });
  }

  /** The report of what the page shows: the run, and the runs compared with it, against the baseline. */
  private printReport(): void {
    const s = this.state;
    const i18n = ui();
    const { runs } = drawnRuns(s);
    if (runs.length === 0) {
      this.messages.show('notice', i18n.t('report.print.noRun'), [], { key: 'report', timeoutMs: 6000 });
      return;
    }
    // An unedited bundled file is described in the reader's language, anything else as written; an
    // edited run has no description (its base's would describe values it no longer has): the
    // report lists what changed.
    const mainFile = this.files.find((f) => sameScenario(f.scenario, s.edit.base))?.id ?? null;
    const described = new Map<string, string>([['main', isEdited(s.edit) ? '' : describeScenario(s.edit.current, mainFile, i18n)]]);
    for (const c of s.compare) described.set(c.id, describeScenario(c.scenario, c.ref.kind === 'file' ? c.ref.id : null, i18n));
    const ghost = s.ghost?.view ?? null;
    try {
      printReport({
        runs: runs.map((view) => ({ view, description: described.get(view.id) ?? '' })),
        baseline: ghost ? { view: ghost, description: describeScenario(s.ghost!.scenario, BASELINE_FILE, i18n) } : null,
        link: `${location.origin}${location.pathname}?${withLang(this.link(), i18n.locale)}`,
        command: null,
        madeAtMs: Date.now(),
      }, i18n);
    } catch (e) {
      console.error(e);
      this.messages.show('error', i18n.t('report.print.failed', { detail: e instanceof Error ? e.message : String(e) }), [], { key: 'report' });
    }
  }

  /** What every CSV says about its run. */
  private csvAbout(v: { name: string; seed: number; paramsHash: string; link: string }): CsvAbout {
    return { run: v.name, scenario: this.state.edit.base.name, seed: v.seed, paramsHash: v.paramsHash, link: v.link };
  }

  /** The sector, organisation or region chart's rows as CSV, from the same results the chart draws. */
  private exportChartCsv(id: string): void {
    const v = this.state.main.view;
    if (!v) return;
    if (id === 'org-spread' && !v.orgSpread) return;
    const text = id === 'sectors' ? sectorCsv(v.sectors, this.csvAbout(v))
      : id === 'org-spread' ? orgSpreadCsv(v.orgSpread!, v, this.csvAbout(v)) : regionCsv(v.regions, this.csvAbout(v));
    downloadText(text, exportFileName(id, v.name, v.seed, 'csv'), 'text/csv');
  }

  private async copyLink(): Promise<void> {
    const url = `${location.origin}${location.pathname}?${withLang(this.link(), pageLocale())}`;
    const { shareUrl, copyLink } = this.el;
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(url);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (copied) {
      shareUrl.hidden = true;
      copyLink.textContent = tr('app.copy.buttonCopied');
      copyLink.dataset.copied = 'true';
      this.messages.show('success', tr('app.copy.done'), [], { key: 'copy', timeoutMs: 5000 });
      setTimeout(() => {
        copyLink.textContent = tr('page.toolbar.copyLink');
        delete copyLink.dataset.copied;
      }, 2500);
      return;
    }
    shareUrl.hidden = false;
    shareUrl.value = url;
    shareUrl.focus();
    shareUrl.select();
    this.messages.show('notice', tr('app.copy.blocked'),
      [], { key: 'copy', timeoutMs: 10000 });
  }
}

/** One worker per core, up to 4 (each prepares the fleet, so more add little); a saved number overrides, for measuring. */
function workerCount(store: ReturnType<typeof browserStore>): number {
  let forced = NaN;
  try {
    forced = Number(store?.getItem(WORKERS_KEY) ?? NaN);
  } catch {
    // ignore
  }
  if (Number.isInteger(forced) && forced >= 1 && forced <= 16) return forced;
  return Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2));
}

