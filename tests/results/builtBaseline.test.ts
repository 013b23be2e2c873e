// The baseline the page is built with is the live run: the page draws it on opening, so it must
// be exactly what the engine computes for the scenario file now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { buildBaseline } from '../../src/results/builtBaseline.js';
import { decodeResult } from '../../src/results/resultCodec.js';
import { paramsHash, parseScenarioText, scenarioToParams } from '../../src/scenario/scenario.js';

const FILE = join(import.meta.dirname, '..', '..', 'scenarios', 'july-2024.json');

describe('the baseline built into the page', () => {
  it('equals a live run of scenarios/july-2024.json, field for field (the per-site table aside)', () => {
    const text = readFileSync(FILE, 'utf8');
    const built = buildBaseline(text, 'scenarios/july-2024.json');
    const parsed = parseScenarioText(text, 'f');
    if (!parsed.ok) throw new Error('the baseline does not validate');
    const live = simulate(scenarioToParams(parsed.value), parsed.value.seed);
    expect(built.paramsHash).toBe(paramsHash(parsed.value));
    expect(built.seed).toBe(parsed.value.seed);
    expect({ ...decodeResult(built.bytes), sites: null }).toEqual({ ...live, sites: null });
  }, 60_000);
});
