// Embed mode (`?embed=timeline`, or any chart's id, on any page link): one chart with its title,
// source and a link to the full page, sized to the frame it sits in, and nothing else to operate
// but the chart's own controls. It runs the link's scenario, comparisons and view through the
// same workers, runner and page state as the full page, so an embedded chart is the live chart.
import precomputed from 'virtual:precomputed-baseline';
import { runView } from '../../results/index.js';
import { decodeResult } from '../../results/resultCodec.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import type { Chart, ChartInput } from '../charts/chart.js';
import { decodePageLink } from '../state/pageLink.js';
import { addCompare, drawnRuns, idleAnalysis, newSlot, withEdit, type PageState } from '../state/pageState.js';
import { idleFit } from '../state/fitState.js';
import { Store } from '../state/store.js';
import { startFrom } from './editState.js';
import { h } from './dom.js';
import { JobQueue, type WorkerLike } from './jobQueue.js';
import { Runner, scenarioLink } from './runner.js';
import { sameScenario } from './sameScenario.js';
import { BASELINE_FILE, bundledFiles } from './scenarioFiles.js';
import { fullPageLink } from '../export/embedCode.js';
import { tr, ui } from '../pageLocale.js';
import './embed.css';

export interface EmbedOptions {
  /** The chart asked for, by id; null when the id is not one of the page's charts. */
  chart: Chart | null;
  chartId: string;
  known: readonly string[];
  createWorker: () => WorkerLike;
}

export class EmbedApp {
  private readonly store: Store<PageState>;
  private readonly status: HTMLElement;

  constructor(opts: EmbedOptions) {
    document.documentElement.classList.add('embed-mode');
    document.getElementById('app')?.setAttribute('hidden', '');
    this.status = h('p', { class: 'embed-status', role: 'status', 'aria-live': 'polite' }, tr('app.embed.running'));
    const full = h('a', { class: 'embed-full', href: fullPageLink(location.href), target: '_blank', rel: 'noopener' },
      tr('app.embed.openFull'));
    const root = h('main', { class: 'embed', id: 'embed', 'data-embed': opts.chartId });
    document.body.append(root);
    if (!opts.chart) {
      root.append(h('p', { class: 'embed-error', role: 'alert' },
        tr('app.embed.unknownChart', { id: opts.chartId.slice(0, 40), known: opts.known.join(', ') })), full);
      this.store = new Store(null as unknown as PageState);
      return;
    }
    const chart = opts.chart;
    root.append(chart.element, h('footer', { class: 'embed-footer' }, this.status, full));

    const { files } = bundledFiles();
    const baseline = files.find((f) => f.id === BASELINE_FILE)!.scenario;
    const link = decodePageLink(location.search, files.map((f) => f.id));
    if (link.problems.length) {
      root.prepend(h('p', { class: 'embed-error', role: 'alert' },
        tr('app.embed.linkParts', { detail: link.problems.map((x) => ui().problem(x)).join('; ') })));
    }
    const scenario = link.scenario ?? baseline;
    const edit = startFrom(files.find((f) => f.scenario.name === scenario.name)?.scenario ?? scenario);
    const state: PageState = withEdit({
      edit: { ...edit, current: scenario }, typed: {}, seedProblem: null, cross: [],
      main: newSlot('main', scenario), compare: [], ghost: newSlot('baseline', baseline), view: link.view,
      ensemble: idleAnalysis(), sensitivity: idleAnalysis(), fit: idleFit(), ensembleSets: null,
    }, { ...edit, current: scenario });
    this.store = new Store(state);
    const queue = new JobQueue({ createWorker: opts.createWorker, workers: Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)) });
    const runner = new Runner(this.store, queue, {
      // A bundled scenario as it is goes under its name in the page's language, as on the full page.
      nameOf: (slot) => {
        const file = files.find((f) => sameScenario(f.scenario, slot.scenario));
        return (file && ui().bundledScenario(file.id)?.name) ?? slot.scenario.name;
      },
      linkOf: (slot) => (slot.id === 'main' ? fullPageLink(location.href) : scenarioLink(`${location.origin}${location.pathname}`, slot)),
      onDone: () => this.say(''),
      onFailed: (_slot, message) => this.say(tr('app.embed.failed', { detail: message })),
    });
    for (const ref of link.compare) {
      const s = ref.kind === 'inline' ? ref.scenario : files.find((f) => f.id === ref.id)?.scenario;
      if (s) this.store.update((st) => addCompare(st, ref, s));
    }
    chart.setView?.({ zoom: link.view.zoom, log: link.view.log });
    if (link.view.cursorMin !== null) chart.setCursor(link.view.cursorMin);
    this.store.subscribe((next, prev) => {
      const changed = next.main.view !== prev.main.view || next.ghost?.view !== prev.ghost?.view
        || next.compare.some((c, i) => c.view !== prev.compare[i]?.view);
      if (changed && next.main.view) {
        const { runs, ghost } = drawnRuns(next);
        const input: ChartInput = { runs, ghost, timeZone: next.view.timeZone };
        chart.update(input);
      }
      if (next.main.status === 'running') this.say(tr('app.embed.runningPercent', { percent: ui().percent(Math.floor(next.main.progress * 100) / 100, 0) }));
    });
    runner.run('main');
    for (const c of this.store.state.compare) runner.run(c.id);
    if (link.view.ghost && this.store.state.ghost && this.store.state.ghost.hash !== this.store.state.main.hash) runner.run('baseline');
    void this.showBuiltIn(runner);
  }

  private say(text: string): void {
    this.status.textContent = text;
    this.status.hidden = text === '';
  }

  /** The baseline built into the page, drawn while the live run runs (see App.showPrecomputed). */
  private async showBuiltIn(runner: Runner): Promise<void> {
    const main = this.store.state.main;
    if (!precomputed || main.hash !== precomputed.paramsHash) return;
    try {
      const res = await fetch(precomputed.url);
      if (!res.ok) return;
      const params = scenarioToParams(main.scenario);
      const view = runView(decodeResult(await res.arrayBuffer()), params, { id: 'main', name: '', seed: precomputed.seed, paramsHash: precomputed.paramsHash, link: '' });
      runner.showComputed('main', { ...view, builtIn: true });
    } catch {
      // the live run follows
    }
  }
}
