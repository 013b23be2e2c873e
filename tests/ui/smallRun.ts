// A small, fast run (20,000 sensors, 3 days) for chart and export tests: real engine output in
// about 0.1 s, computed once per test file.
import { defaultParams, simulate, type Params, type SimResult } from '../../src/engine/index.js';
import { runView, summarize, toSeries, type RunView, type Series, type Summary } from '../../src/results/index.js';
import { serviceImpact } from '../../src/services/impact.js';

export interface SmallRun {
  params: Params;
  result: SimResult;
  series: Series;
  summary: Summary;
}

let cached: SmallRun | null = null;

export function smallRun(): SmallRun {
  if (cached) return cached;
  const params = defaultParams();
  params.fleet.windowsSensors = 20_000;
  params.fleet.customers = 100;
  params.run.horizonDays = 3;
  const result = simulate(params, 7);
  const series = toSeries(result);
  cached = { params, result, series, summary: summarize(result, params, series) };
  return cached;
}

let cachedView: RunView | null = null;

/** The small run as the page holds it: its view with the service layer's figures. */
export function smallServiceView(): RunView {
  if (cachedView) return cachedView;
  const { result, params } = smallRun();
  const view = runView(result, params, { id: 'main', name: 'Snapshot run', seed: 7, paramsHash: 'abcd1234', link: 'https://example.org/?s=snapshot' });
  cachedView = { ...view, services: serviceImpact(result, params) };
  return cachedView;
}
