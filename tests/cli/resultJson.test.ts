import { describe, expect, it } from 'vitest';
import { resultJson } from '../../src/cli/resultJson.js';
import { simulate } from '../../src/engine/index.js';
import { summarize } from '../../src/results/index.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { smallParams } from '../helpers/params.js';

describe('resultJson', () => {
  it('resultJson puts the summary figures first and survives JSON', () => {
    const params = smallParams({ 'run.horizonDays': 7 });
    const r = simulate(params, 2);
    const s: Scenario = { version: 1, name: 'small', description: '', seed: 2, params: {} };
    const j = resultJson(s, 'abcd1234', r, summarize(r, params));
    expect(Object.keys(j).slice(0, 8)).toEqual(['scenario', 'seed', 'paramsHash', 'publishAt', 'fleet', 'exposed', 'crashed', 'peakDown']);
    expect(j.publishAt).toBe('2024-07-19T04:09:00.000Z');
    expect(j.contentEndAt).toBe('2024-07-19T05:27:00.000Z');
    expect(Number.isInteger(j.deviceHoursLost)).toBe(true);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
