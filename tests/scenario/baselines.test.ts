// Every scenario file validates, runs, and gives exactly its committed result
// (tests/baselines/<file>.json, written by `npm run baselines`). A change to the model that moves
// a number fails here until the baselines are refreshed by that script and the change is
// explained in its commit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultJson } from '../../src/cli/resultJson.js';
import { simulate } from '../../src/engine/index.js';
import { summarize, toSeries } from '../../src/results/index.js';
import { serviceImpact } from '../../src/services/impact.js';
import { problemText } from '../../src/scenario/problems.js';
import { paramsHash, parseScenarioText, scenarioToParams } from '../../src/scenario/scenario.js';

const ROOT = join(import.meta.dirname, '..', '..');
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json')).sort();

describe('scenario baselines', () => {
  it('every scenario file has a committed baseline and every baseline a scenario', () => {
    expect(readdirSync(join(ROOT, 'tests', 'baselines')).filter((f) => f.endsWith('.json')).sort()).toEqual(files);
  });

  it.each(files)('%s validates, runs and matches its committed baseline', (f) => {
    const parsed = parseScenarioText(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), `scenarios/${f}`);
    if (!parsed.ok) throw new Error(parsed.errors.map(problemText).join('\n'));
    const scenario = parsed.value;
    const params = scenarioToParams(scenario);
    const result = simulate(params, scenario.seed);
    const series = toSeries(result);
    const now = JSON.parse(JSON.stringify(resultJson(scenario, paramsHash(scenario), result, summarize(result, params, series), serviceImpact(result, params))));
    const committed = JSON.parse(readFileSync(join(ROOT, 'tests', 'baselines', f), 'utf8'));
    expect(now).toEqual(committed);
  }, 60_000);
});
