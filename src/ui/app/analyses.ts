// Runs the analyses of the main run in the job queue, each as many whole runs spread over every
// worker: an ensemble (bands over seeds and uncertain assumptions) and a sensitivity ranking (each
// lever and assumption at its low and its high). Each run is reduced to what the analysis keeps
// as soon as it arrives, so a 100-run ensemble holds a few columns per run, not 100 results.
// An ensemble also derives each run's service figures and keeps its losses (a total, one per
// sector, the Fortune-500-like subset's), for money bands.
import { ensembleRuns, tornadoInputs, tornadoPlan, tornadoRows, type EnsembleRequest, type TornadoFigure, type TornadoPlan, type TornadoWhich } from '../../ensemble/index.js';
import { bandedPart, bandsOf, moneyBands, moneyMember, summarize, toSeries, type BandedSeries, type MoneyMember, type Summary } from '../../results/index.js';
import { scenarioToParams } from '../../scenario/scenario.js';
import type { PageState } from '../state/pageState.js';
import type { Store } from '../state/store.js';
import type { JobQueue } from './jobQueue.js';

type Kind = 'ensemble' | 'sensitivity';

export class Analyses {
  /** The last ranking's runs, so another figure is read without running again. */
  private ranking: { forHash: string; which: TornadoWhich; plan: TornadoPlan; summaries: Summary[]; horizonHours: number } | null = null;

  constructor(private readonly store: Store<PageState>, private readonly queue: JobQueue) {}

  private set<K extends Kind>(kind: K, f: (a: PageState[K]) => PageState[K]): void {
    this.store.update((s) => ({ ...s, [kind]: f(s[kind]) }));
  }

  runEnsemble(req: EnsembleRequest): void {
    const main = this.store.state.main;
    const base = scenarioToParams(main.scenario);
    const runs = ensembleRuns(base, main.scenario.seed, req).map((r) => ({ ...r, services: true }));
    const forHash = main.hash;
    const members: { series: BandedSeries; summary: Summary }[] = new Array(runs.length);
    const money: MoneyMember[] = new Array(runs.length);
    this.set('ensemble', () => ({ status: 'running', progress: 0, forHash, result: null, failure: null }));
    this.queue.submit({ kind: 'many', runs }, {
      onProgress: (f) => this.set('ensemble', (a) => ({ ...a, progress: f })),
      onResult: (i, r) => {
        const series = toSeries(r);
        members[i] = { series: bandedPart(series), summary: summarize(r, runs[i]!.params, series) };
      },
      onImpact: (i, impact) => {
        money[i] = moneyMember(impact);
      },
      onDone: () => {
        const bands = bandsOf(members, req.low, req.high);
        const kept = money.filter((m): m is MoneyMember => m !== undefined);
        const moneyBand = kept.length === runs.length ? moneyBands(kept, req.low, req.high) : null;
        this.set('ensemble', () => ({ status: 'done', progress: 1, forHash, result: { ...bands, money: moneyBand, request: req }, failure: null }));
      },
      onError: (message) => this.set('ensemble', (a) => ({ ...a, status: 'error', failure: message })),
    }, { lane: 'ensemble', priority: 1 });
  }

  runSensitivity(which: TornadoWhich, figure: TornadoFigure): void {
    const main = this.store.state.main;
    const base = scenarioToParams(main.scenario);
    const plan = tornadoPlan(base, main.scenario.seed, tornadoInputs(which));
    const forHash = main.hash;
    const horizonHours = base.run.horizonDays * 24;
    const summaries: Summary[] = new Array(plan.runs.length);
    this.set('sensitivity', () => ({ status: 'running', progress: 0, forHash, result: null, failure: null }));
    this.queue.submit({ kind: 'many', runs: plan.runs }, {
      onProgress: (f) => this.set('sensitivity', (a) => ({ ...a, progress: f })),
      onResult: (i, r) => {
        summaries[i] = summarize(r, plan.runs[i]!.params);
      },
      onDone: () => {
        this.ranking = { forHash, which, plan, summaries, horizonHours };
        this.showRanking(figure);
      },
      onError: (message) => this.set('sensitivity', (a) => ({ ...a, status: 'error', failure: message })),
    }, { lane: 'sensitivity', priority: 1 });
  }

  /** Ranks by another figure; false when there is no finished ranking to read (run one). */
  showRanking(figure: TornadoFigure): boolean {
    const r = this.ranking;
    if (!r) return false;
    const rows = tornadoRows(r.plan, r.summaries, figure, r.horizonHours);
    this.set('sensitivity', () => ({
      status: 'done', progress: 1, forHash: r.forHash, failure: null,
      result: { figure, which: r.which, rows, horizonHours: r.horizonHours },
    }));
    return true;
  }

  cancel(kind: Kind): boolean {
    const was = this.queue.cancelLane(kind);
    if (was) this.set(kind, (a) => ({ ...a, status: 'cancelled' }));
    return was;
  }
}
