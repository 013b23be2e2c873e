// Wires the page together. State flows one way: a control changes the EditState, the new state
// is checked, saved (localStorage and the URL), and after a short debounce run in the workers;
// the result is drawn into the summary, the charts and the playback. Anything that fails (a bad
// value, link, import or run) leaves the state and the last drawn result as they were.
import { PARAM_BY_KEY, type Params, type SimResult } from '../../engine/index.js';
import { summarize, toSeries, type Series, type Summary } from '../../results/index.js';
import {
  MAX_FILE_BYTES, paramsHash, parseScenarioText, scenarioToJson, scenarioToParams, validateOverrides, type Scenario,
} from '../../scenario/scenario.js';
import { checkCrossField, expected } from '../../scenario/validate.js';
import { checkBrowserLimits } from '../../scenario/limits.js';
import { encodeUrlState } from '../../scenario/urlState.js';
import type { Chart, ChartContext } from '../charts/chart.js';
import { seriesCsv } from '../export/csvExport.js';
import { downloadText, exportFileName, slug } from '../export/download.js';
import { Controls, type RawValue } from './controls.js';
import { debounce } from './debounce.js';
import { byId, h } from './dom.js';
import { changedKeys, cloneScenario, isEdited, reset, setSeed, setValue, startFrom, type EditState } from './editState.js';
import { sortErrors } from './fieldErrors.js';
import { formatInt, type TimeZoneChoice } from './format.js';
import { chooseInitial } from './initialState.js';
import { Messages } from './messages.js';
import { Playback } from './playback.js';
import { RunStatus } from './runStatus.js';
import { bundledFiles, type ScenarioFile } from './scenarioFiles.js';
import { SimClient, type WorkerLike } from './simClient.js';
import { browserStore, loadState, saveState } from './storage.js';
import { SummaryView } from './summary.js';

export const DEBOUNCE_MS = 150;
const CUSTOM = '__custom__';
const WORKERS_KEY = 'outage-impact-simulator.workers';

interface Shown {
  result: SimResult;
  series: Series;
  summary: Summary;
  params: Params;
  scenario: Scenario;
  hash: string;
  link: string;
}

export interface AppOptions {
  charts: Chart[];
  createWorker: () => WorkerLike;
}

export class App {
  private state: EditState;
  private readonly files: ScenarioFile[];
  private readonly client: SimClient;
  private readonly controls: Controls;
  private readonly summaryView: SummaryView;
  private readonly playback: Playback;
  private readonly messages: Messages;
  private readonly status: RunStatus;
  private readonly charts: Chart[];
  private readonly store = browserStore();
  private tz: TimeZoneChoice = 'UTC';
  private shown: Shown | null = null;
  /** Typed values that were refused, by key (the state keeps the last valid value). */
  private readonly inputErrors = new Map<string, string>();
  private crossErrors = new Map<string, string>();
  private seedError: string | null = null;
  private readonly runSoon = debounce(() => this.startRun(), DEBOUNCE_MS);
  private firstResultLogged = false;

  private readonly el = {
    picker: byId<HTMLSelectElement>('scenario-picker'),
    description: byId('scenario-description'),
    seed: byId<HTMLInputElement>('seed'),
    seedError: byId('seed-error'),
    edited: byId('scenario-edited'),
    results: byId('results'),
    staleNote: byId('stale-note'),
    shareUrl: byId<HTMLInputElement>('share-url'),
    copyLink: byId<HTMLButtonElement>('copy-link'),
    runInfo: byId('run-info'),
  };

  constructor(opts: AppOptions) {
    // Workers first: they load and compile the engine while the page builds its controls.
    this.client = new SimClient({ createWorker: opts.createWorker, shards: workerCount(this.store) });
    this.messages = new Messages(byId('messages'));
    this.status = new RunStatus(byId('run-status'), byId('run-status-text'), byId<HTMLProgressElement>('run-progress'),
      byId<HTMLButtonElement>('cancel-run'), byId<HTMLButtonElement>('rerun'),
      document.getElementById('mobile-status'));
    const bundled = bundledFiles();
    this.files = bundled.files;
    if (bundled.errors.length) {
      console.warn('Scenario files not loaded:', bundled.errors);
      this.messages.show('notice', 'Some bundled scenario files could not be read and are not listed.', bundled.errors);
    }

    this.controls = new Controls(byId('param-groups'), {
      onParam: (key, raw) => this.onParam(key, raw),
      onResetParam: (key) => {
        this.inputErrors.delete(key);
        this.commit(setValue(this.state, key, this.baseValue(key)), 'soon');
      },
    });
    this.summaryView = new SummaryView(byId('summary-figures'));
    this.charts = opts.charts;
    const chartsEl = byId('charts');
    for (const c of this.charts) chartsEl.append(c.element);
    this.playback = new Playback(
      { scrubber: byId<HTMLInputElement>('scrubber'), play: byId<HTMLButtonElement>('play'), readout: byId('playback-readout') },
      (m) => this.eachChart((c) => c.setCursor(m)),
    );

    const initial = chooseInitial({
      query: location.search, saved: loadState(this.store), files: this.files.map((f) => f.scenario),
      baseline: this.files[0]!.scenario,
    });
    if (initial.errors.length) this.messages.show('error', initial.errors[0]!, initial.errors.slice(1), { key: 'link' });
    for (const n of initial.notices) this.messages.show('notice', n);
    this.state = initial.state;

    this.bindScenarioCard();
    this.bindToolbar();
    this.commit(this.state, 'now');
  }

  // ---- state changes ---------------------------------------------------------------------

  private onParam(key: string, raw: RawValue): void {
    const spec = PARAM_BY_KEY.get(key)!;
    let error: string | null = null;
    let value: number | string | null = null;
    if (raw === null) error = `${spec.label}: enter a value; expected ${expected(spec)}`;
    else if (typeof raw === 'number' && Number.isNaN(raw)) error = `${spec.label}: not a number; expected ${expected(spec)}`;
    else {
      const r = validateOverrides({ [key]: raw }, '');
      if (r.ok) value = r.value[key]!;
      else error = `${spec.label}: ${r.errors[0]!.replace(`${key}: `, '')}`;
    }
    if (error !== null || value === null) {
      this.inputErrors.set(key, error ?? 'invalid value');
      this.showErrors();
      this.refreshRunnable();
      return;
    }
    this.inputErrors.delete(key);
    this.commit(setValue(this.state, key, value), 'soon');
  }

  /** Adopts a new state: checks it, shows it, saves it if valid, and schedules a run. */
  private commit(next: EditState, when: 'now' | 'soon'): void {
    this.state = next;
    const sorted = sortErrors(checkCrossField(scenarioToParams(next.current)));
    this.crossErrors = sorted.byKey;
    this.messages.clear('cross');
    if (sorted.general.length) this.messages.show('error', 'These values cannot be used together:', sorted.general, { key: 'cross' });
    this.controls.render(next);
    this.showErrors();
    this.renderScenarioCard();
    if (this.hasErrors() || sorted.general.length) {
      this.refreshRunnable(sorted.general.length > 0);
      return;
    }
    saveState(this.store, next);
    this.writeUrl(next.current);
    this.markStale(true);
    // Stop a stale run at once (frees the cores during the debounce; fresh workers load meanwhile).
    this.client.cancel();
    this.status.set('running', 'Starting…');
    if (when === 'now') {
      this.runSoon.cancel();
      this.startRun();
    } else this.runSoon();
  }

  private hasErrors(): boolean {
    return this.inputErrors.size > 0 || this.crossErrors.size > 0 || this.seedError !== null;
  }

  private showErrors(): void {
    for (const key of PARAM_BY_KEY.keys()) this.controls.setError(key, this.inputErrors.get(key) ?? this.crossErrors.get(key) ?? null);
    this.el.seedError.hidden = this.seedError === null;
    this.el.seedError.textContent = this.seedError ?? '';
    if (this.seedError) this.el.seed.setAttribute('aria-invalid', 'true');
    else this.el.seed.removeAttribute('aria-invalid');
  }

  /** With a refused value on the page, nothing runs: the last valid result stays, marked as such. */
  private refreshRunnable(general = false): void {
    if (!this.hasErrors() && !general) return;
    this.runSoon.cancel();
    this.client.cancel();
    const n = this.inputErrors.size + this.crossErrors.size + (this.seedError ? 1 : 0);
    const what = general ? 'Fix the values listed above' : `Fix the ${n === 1 ? 'highlighted value' : `${n} highlighted values`}`;
    this.status.set('idle', `${what} to run. ${this.shown ? 'Showing the last valid run.' : ''}`.trim());
    this.markStale(this.shown !== null);
  }

  private baseValue(key: string): number | string {
    return this.state.base.params[key] ?? PARAM_BY_KEY.get(key)!.default;
  }

  private writeUrl(s: Scenario): void {
    try {
      history.replaceState(null, '', `${location.pathname}?${encodeUrlState(s)}${location.hash}`);
    } catch {
      // Some embedded views refuse history changes; the share field still has the link.
    }
  }

  // ---- running -----------------------------------------------------------------------------

  private startRun(): void {
    if (this.hasErrors()) return;
    const scenario = cloneScenario(this.state.current);
    const params = scenarioToParams(scenario);
    const tooLarge = checkBrowserLimits(params);
    if (tooLarge) {
      this.client.cancel();
      this.status.set('error', 'Too large to run in the browser.');
      this.messages.show('error', 'This run is too large for the browser; the last result stays on screen.', [tooLarge], { key: 'run' });
      return;
    }
    this.messages.clear('run');
    const hash = paramsHash(scenario);
    const link = location.href;
    this.status.set('running', 'Preparing the fleet…');
    this.client.run(params, scenario.seed, {
      onProgress: (f) => this.status.set('running', `Running… ${Math.floor(f * 100)}%`, f),
      onResult: (result, timing) => {
        this.show({ result, series: toSeries(result), summary: summarize(result, params), params, scenario, hash, link });
        const secs = (timing.totalMs / 1000).toFixed(1);
        this.status.set('done', `Done in ${secs} s`);
        byId('run-status').dataset.hash = hash;
        byId('run-status').dataset.ms = String(Math.round(timing.totalMs));
        if (!this.firstResultLogged) {
          this.firstResultLogged = true;
          performance.mark('first-result');
          console.info(`[sim] first result drawn ${Math.round(performance.now())} ms after navigation start`);
        }
        console.info(`[sim] run ${hash}: prepare ${Math.round(timing.prepareMs)} ms, sites ${Math.round(timing.runMs)} ms, total ${Math.round(timing.totalMs)} ms`);
      },
      onError: (message, crashed) => {
        this.status.set('error', crashed ? 'The simulation stopped unexpectedly.' : 'The run failed.');
        this.messages.show('error',
          crashed
            ? 'The simulation worker stopped unexpectedly and has been restarted. The figures show the last completed run; press “Run again” to retry.'
            : 'The run failed; the figures show the last completed run.',
          [message], { key: 'run' });
        this.markStale(this.shown !== null);
      },
    });
  }

  private cancelRun(): void {
    const pending = this.runSoon.pending;
    this.runSoon.cancel();
    const wasRunning = this.client.cancel();
    if (!pending && !wasRunning) return;
    this.status.set('cancelled', this.shown ? 'Cancelled. Showing the previous run.' : 'Cancelled.');
    this.markStale(this.shown !== null);
  }

  private show(s: Shown): void {
    this.shown = s;
    this.markStale(false);
    this.summaryView.update(s.summary, s.result.publishAtMs, this.tz);
    this.playback.update(s.result, s.series, this.tz);
    this.drawCharts();
    this.renderRunInfo();
  }

  private drawCharts(): void {
    const s = this.shown;
    if (!s) return;
    const ctx: ChartContext = {
      result: s.result, series: s.series, summary: s.summary, params: s.params, scenarioName: s.scenario.name, seed: s.scenario.seed,
      paramsHash: s.hash, link: s.link, timeZone: this.tz,
    };
    this.eachChart((c) => c.update(ctx));
    const m = this.playback.minutes;
    this.eachChart((c) => c.setCursor(m > 0 ? m : null));
  }

  private eachChart(f: (c: Chart) => void): void {
    for (const c of this.charts) {
      try {
        f(c);
      } catch (e) {
        console.error(`chart ${c.id}:`, e);
        this.messages.show('error', `The ${c.title} chart could not be drawn.`, [e instanceof Error ? e.message : String(e)], { key: `chart-${c.id}` });
      }
    }
  }

  /** Marks the results as not (yet) matching the controls. */
  private markStale(stale: boolean): void {
    const on = stale && this.shown !== null;
    this.el.results.classList.toggle('stale', on);
    this.el.staleNote.hidden = !on;
    if (on && this.shown) {
      this.el.staleNote.textContent = `The figures below are from the previous run (parameters ${this.shown.hash}), not the current settings.`;
    }
  }

  private renderRunInfo(): void {
    const s = this.shown;
    if (!s) return;
    this.el.runInfo.textContent =
      `Scenario “${s.scenario.name}”, seed ${s.scenario.seed}, parameters ${s.hash}; ${formatInt(s.result.fleet)} Windows sensors simulated device by device.`;
  }

  // ---- scenario card ---------------------------------------------------------------------

  private bindScenarioCard(): void {
    const { picker, seed } = this.el;
    picker.addEventListener('change', () => {
      const file = this.files.find((f) => f.id === picker.value);
      if (!file) return;
      this.startOver(startFrom(file.scenario));
    });
    seed.addEventListener('input', () => {
      const v = seed.value.trim();
      const n = Number(v);
      if (v === '' || !/^\d+$/.test(v) || !Number.isSafeInteger(n) || n > 0xffffffff) {
        this.seedError = `Seed: got ${v === '' ? 'nothing' : JSON.stringify(v)}; expected a whole number from 0 to 4294967295`;
        this.showErrors();
        this.refreshRunnable();
        return;
      }
      this.seedError = null;
      this.commit(setSeed(this.state, n), 'soon');
    });
    byId('reset-params').addEventListener('click', () => this.startOver(reset(this.state)));
    const importInput = byId<HTMLInputElement>('import-file');
    importInput.addEventListener('change', () => {
      const file = importInput.files?.[0];
      importInput.value = '';
      if (file) void this.importFile(file);
    });
  }

  /** Replaces the whole edit (picked file, reset, import): typed errors go with the old state. */
  private startOver(next: EditState): void {
    this.inputErrors.clear();
    this.seedError = null;
    this.controls.resetInputs(next);
    this.commit(next, 'now');
  }

  private async importFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      this.messages.show('error', `“${file.name}” was not imported; your current scenario is unchanged.`,
        [`${file.name}: file is ${formatInt(file.size)} bytes; scenario files are at most ${formatInt(MAX_FILE_BYTES)} bytes`], { key: 'import' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.messages.show('error', `“${file.name}” could not be read; your current scenario is unchanged.`, [String(e)], { key: 'import' });
      return;
    }
    const r = parseScenarioText(text, file.name);
    if (!r.ok) {
      this.messages.show('error', `“${file.name}” was not imported; your current scenario is unchanged.`, r.errors, { key: 'import' });
      return;
    }
    this.messages.clear('import');
    this.messages.show('success', `Imported “${r.value.name}”.`, r.warnings, { key: 'import', timeoutMs: 8000 });
    this.startOver(startFrom(r.value));
  }

  private renderScenarioCard(): void {
    const { picker, description, seed, edited } = this.el;
    const base = this.state.base;
    const match = this.files.find((f) => sameScenario(f.scenario, base));
    // Rebuilt only when the list changes, so keyboard use of the select is not disturbed.
    const custom = match ? null : `${base.name} (imported or from a link)`;
    if (picker.dataset.custom !== (custom ?? '') || picker.options.length === 0) {
      picker.replaceChildren(...this.files.map((f) => h('option', { value: f.id }, f.scenario.name)));
      if (custom) picker.append(h('option', { value: CUSTOM }, custom));
      picker.dataset.custom = custom ?? '';
    }
    picker.value = match ? match.id : CUSTOM;
    description.textContent = this.state.current.description || base.description;
    description.hidden = description.textContent === '';
    if (document.activeElement !== seed || this.seedError === null) {
      if (seed.value !== String(this.state.current.seed)) seed.value = String(this.state.current.seed);
    }
    const n = changedKeys(this.state).length;
    const seedChanged = this.state.current.seed !== base.seed;
    edited.textContent = isEdited(this.state)
      ? `${n} value${n === 1 ? '' : 's'}${seedChanged ? ' and the seed' : ''} changed from this scenario.`
      : 'As in the scenario file.';
    edited.classList.toggle('is-edited', isEdited(this.state));
  }

  // ---- toolbar: link, exports, time zone ------------------------------------------------------

  private bindToolbar(): void {
    this.el.copyLink.addEventListener('click', () => void this.copyLink());
    byId('export-scenario').addEventListener('click', () => {
      const s = this.state.current;
      downloadText(scenarioToJson(s), `${slug(s.name)}.json`, 'application/json');
    });
    byId('export-csv').addEventListener('click', () => {
      const s = this.shown;
      if (!s) {
        this.messages.show('notice', 'No finished run to export yet.', [], { key: 'export', timeoutMs: 6000 });
        return;
      }
      downloadText(seriesCsv(s.result, s.series), exportFileName('series', s.scenario.name, s.scenario.seed, 'csv'), 'text/csv');
    });
    byId('cancel-run').addEventListener('click', () => this.cancelRun());
    byId('rerun').addEventListener('click', () => this.startRun());
    const tz = byId<HTMLInputElement>('tz-local');
    tz.addEventListener('change', () => {
      this.tz = tz.checked ? 'local' : 'UTC';
      if (!this.shown) return;
      this.summaryView.update(this.shown.summary, this.shown.result.publishAtMs, this.tz);
      this.playback.setTimeZone(this.tz);
      this.drawCharts();
    });
  }

  private async copyLink(): Promise<void> {
    const url = location.href;
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
      copyLink.textContent = 'Link copied';
      copyLink.dataset.copied = 'true';
      this.messages.show('success', 'Link copied. Opening it reproduces this run exactly.', [], { key: 'copy', timeoutMs: 5000 });
      setTimeout(() => {
        copyLink.textContent = 'Copy link';
        delete copyLink.dataset.copied;
      }, 2500);
      return;
    }
    shareUrl.hidden = false;
    shareUrl.value = url;
    shareUrl.focus();
    shareUrl.select();
    this.messages.show('notice', 'Copying is blocked here: the link is selected in the box beside the button; press Ctrl+C (⌘C on a Mac).',
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

function sameScenario(a: Scenario, b: Scenario): boolean {
  return a.name === b.name && a.seed === b.seed && JSON.stringify(sortKeys(a.params)) === JSON.stringify(sortKeys(b.params));
}

function sortKeys(p: Record<string, number | string>): [string, number | string][] {
  return Object.entries(p).sort(([a], [b]) => a.localeCompare(b));
}
