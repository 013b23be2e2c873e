// A fit's result on the page: the stop reason and what the fit did, the best values with
// "Apply best values" and "Use accepted sets in the uncertainty ensemble", each target's
// published figure beside the model's value for the best values (met, or missed by how much), and
// the accepted sets' percentiles per parameter. Draws what src/fit computed; computes nothing.
import { TARGET_BY_ID } from '../../calibration/targets.js';
import type { MeasureId, TargetFit } from '../../calibration/types.js';
import { PARAM_BY_KEY } from '../../engine/index.js';
import { isMessageKey } from '../../i18n/index.js';
import type { FitOutcome } from '../state/fitState.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { showValue } from './controls.js';
import { h } from './dom.js';

/** Target texts have no placeholders. */
const text = tr as (key: string) => string;

/** A target's label in the page's language (the English is data in targets.ts). */
export function targetLabel(id: string): string {
  const key = `fit.target.${id}`;
  return isMessageKey(key) ? text(key) : TARGET_BY_ID.get(id)?.label ?? id;
}

export function targetSource(id: string): string {
  const key = `fit.source.${id}`;
  const t = TARGET_BY_ID.get(id);
  return isMessageKey(key) ? text(key) : t ? `${t.source.who}, ${t.source.where}, ${t.source.when}` : '';
}

/** A parameter's name in the page's language. */
export const paramLabel = (key: string): string => (pageLocale() === 'ja' ? ui().param(key).label : PARAM_BY_KEY.get(key)?.label ?? key);

/** A parameter's value, to 3 significant digits (whole numbers for integer keys), with its unit if asked: "10.4 per 1,000 devices". */
export function paramValue(key: string, v: number, withUnit = true): string {
  const spec = PARAM_BY_KEY.get(key);
  if (!spec) return String(v);
  const shown = spec.kind === 'integer' ? Math.round(v) : Number(v.toPrecision(3));
  return `${showValue(spec, shown)}${withUnit ? unitSuffix(key) : ''}`;
}

/** " per 1,000 devices"; nothing for shares (the value says it). */
const unitSuffix = (key: string) => (PARAM_BY_KEY.get(key)?.unit === 'share' ? '' : ` ${ui().param(key).unit}`);

const isShare = (m: MeasureId) => m === 'sensorsOnlineShare' || m === 'crashedRecoveredShare';

/** A figure of the target's measure: a share as a percentage, a count of devices as a count. */
export function measureText(m: MeasureId, v: number): string {
  if (isShare(m)) return ui().percent(v, 1);
  return m === 'crashed' ? ui().count(v, { style: 'long' }) : ui().count(v, { style: 'full' });
}

/** The values that meet a target: "8.3 million to 8.8 million", "70.0% or more", "0". */
export function rangeText(f: Pick<TargetFit, 'measure' | 'range'>): string {
  const [lo, hi] = f.range;
  if (lo === hi) return measureText(f.measure, lo);
  if (isShare(f.measure) && hi === 1) return tr('fit.range.atLeast', { value: measureText(f.measure, lo) });
  return tr('fit.range.between', { lo: measureText(f.measure, lo), hi: measureText(f.measure, hi) });
}

function gapText(f: TargetFit): string {
  const g = Math.abs(f.gap ?? 0);
  return isShare(f.measure) ? tr('fit.points', { n: ui().decimal(g * 100, 1) }) : measureText(f.measure, g);
}

function verdictText(f: TargetFit): string {
  if (f.verdict === 'met') return tr('fit.verdict.met');
  if (f.verdict === 'outside the run') return tr('fit.verdict.outside');
  return tr(f.verdict === 'near' ? 'fit.verdict.near' : 'fit.verdict.missed', { gap: gapText(f) });
}

const epsilonText = (e: number) => (Number.isFinite(e) ? ui().number(Number(e.toPrecision(3)), 3) : '–');

export interface FitResultHandlers {
  onApply(values: Record<string, number>): void;
  onUseSets(on: boolean): void;
}

/** The result's elements; `usingSets`: whether the uncertainty ensemble draws from this result's sets. */
export function fitResultView(o: FitOutcome, opts: { stale: boolean; usingSets: boolean }, handlers: FitResultHandlers): HTMLElement {
  const r = o.result;
  const summary = h('p', { class: 'analysis-status fit-summary', id: 'fit-summary' }, ui().sentences([
    tr(`fit.stopped.${r.stopped}`),
    tr('fit.summary', {
      runs: ui().count(r.runs, { style: 'full' }), candidates: ui().count(r.candidates, { style: 'full' }), waves: String(r.waves),
      scale: ui().number(r.scale), replicates: String(r.replicates), accepted: String(r.accepted.length), epsilon: epsilonText(r.epsilon),
    }),
  ]));
  const parts: HTMLElement[] = [summary];
  if (r.best) {
    const best = r.best;
    const apply = h('button', { type: 'button', id: 'fit-apply', class: 'primary', title: tr('fit.applyTitle'), disabled: opts.stale }, tr('fit.apply'));
    apply.addEventListener('click', () => handlers.onApply({ ...best.values }));
    const use = h('input', { type: 'checkbox', id: 'fit-use-sets', checked: opts.usingSets, disabled: opts.stale && !opts.usingSets || r.accepted.length === 0 });
    use.addEventListener('change', () => handlers.onUseSets(use.checked));
    parts.push(
      h('h3', { class: 'fit-subhead' }, tr('fit.best')),
      h('ul', { class: 'fit-best', id: 'fit-best' }, ...Object.entries(best.values).map(([k, v]) =>
        h('li', { 'data-key': k, 'data-value': String(v) }, h('span', { class: 'fit-best-name' }, paramLabel(k)), ' ', h('strong', {}, paramValue(k, v))))),
      h('p', { class: 'card-note' }, tr('fit.bestNote')),
      h('div', { class: 'button-row fit-actions' }, apply, h('label', { for: use.id, class: 'fit-use-sets' }, use, ' ', tr('fit.useSets'))),
      targetTable(best.fits),
    );
  }
  if (r.posterior.length) parts.push(posteriorTable(o));
  return h('div', { class: `fit-result${opts.stale ? ' fit-stale' : ''}` }, ...parts);
}

function targetTable(fits: readonly TargetFit[]): HTMLElement {
  return h('div', { class: 'compare-table-host' }, h('table', { class: 'compare-table fit-table', id: 'fit-targets' },
    h('thead', {}, h('tr', {}, ...(['target', 'published', 'range', 'model', 'result'] as const).map((c) => h('th', { scope: 'col' }, tr(`fit.col.${c}`))))),
    h('tbody', {}, ...fits.map((f) => h('tr', { 'data-target': f.id, 'data-verdict': f.verdict === 'outside the run' ? 'outside' : f.verdict },
      h('th', { scope: 'row', title: targetSource(f.id) }, targetLabel(f.id), ' ',
        h('span', { class: `fit-kind fit-kind-${f.kind}`, title: tr(`fit.kindTitle.${f.kind}`) }, tr(`fit.kind.${f.kind}`))),
      h('td', {}, measureText(f.measure, f.value)),
      h('td', {}, rangeText(f)),
      h('td', { 'data-value': f.model === null ? '' : String(f.model) }, f.model === null ? '–' : measureText(f.measure, f.model)),
      h('td', { class: 'fit-verdict' }, verdictText(f)))))));
}

function posteriorTable(o: FitOutcome): HTMLElement {
  const r = o.result;
  const n = r.accepted.length;
  return h('div', { class: 'compare-table-host' }, h('h3', { class: 'fit-subhead' }, tr('fit.posterior', { count: n })), h('table', { class: 'compare-table fit-table', id: 'fit-posterior' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('fit.col.param')), h('th', { scope: 'col' }, 'p5'),
      h('th', { scope: 'col' }, tr('fit.col.median')), h('th', { scope: 'col' }, 'p95'), h('th', { scope: 'col' }, tr('fit.col.best')))),
    h('tbody', {}, ...r.posterior.map((p) => h('tr', { 'data-key': p.key },
      h('th', { scope: 'row' }, paramLabel(p.key), h('span', { class: 'fit-unit' }, unitSuffix(p.key)), ' ', h('code', { class: 'param-key' }, p.key)),
      h('td', { 'data-value': String(p.q05) }, paramValue(p.key, p.q05, false)),
      h('td', { 'data-value': String(p.q50) }, paramValue(p.key, p.q50, false)),
      h('td', { 'data-value': String(p.q95) }, paramValue(p.key, p.q95, false)),
      h('td', {}, r.best ? paramValue(p.key, r.best.values[p.key]!, false) : '–'))))));
}

export { epsilonText };
