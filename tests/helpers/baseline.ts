// Full-scale runs are the slow part of the suite (1.5-3 s each): each is computed once per test
// file and shared by the tests that read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultParams, simulate, type Params, type SimResult } from '../../src/engine/index.js';
import { summarize, toSeries, type Series, type Summary } from '../../src/results/index.js';
import { parseScenarioText, scenarioToParams, type Scenario } from '../../src/scenario/scenario.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCENARIO_DIR = join(ROOT, 'scenarios');

export interface Run {
  params: Params;
  result: SimResult;
  series: Series;
  summary: Summary;
}

export function run(params: Params, seed: number): Run {
  const result = simulate(params, seed);
  const series = toSeries(result);
  return { params, result, series, summary: summarize(result, params, series) };
}

const cache = new Map<string, Run>();

/** The July 2024 baseline at full scale (default parameters), computed once per seed. */
export function baseline(seed = 1): Run {
  const key = `baseline/${seed}`;
  let r = cache.get(key);
  if (!r) cache.set(key, (r = run(defaultParams(), seed)));
  return r;
}

export function loadScenario(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

/** A scenario file from scenarios/ at full scale, computed once. */
export function scenarioRun(file: string): Run {
  let r = cache.get(file);
  if (!r) {
    const s = loadScenario(file);
    cache.set(file, (r = run(scenarioToParams(s), s.seed)));
  }
  return r;
}
