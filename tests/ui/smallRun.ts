// A small, fast run (20,000 sensors, 3 days) for chart and export tests: real engine output in
// about 0.1 s, computed once per test file.
import { defaultParams, simulate, type Params, type SimResult } from '../../src/engine/index.js';
import { summarize, toSeries, type Series, type Summary } from '../../src/results/index.js';

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
