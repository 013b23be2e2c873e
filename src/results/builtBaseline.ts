// The baseline the page opens on, run when the page is built (vite.config.ts): the scenario file
// validated like any other, run by the same engine, stored with resultCodec. Tests run this and a
// live simulation side by side and require the same result.
import { simulate } from '../engine/simulate.js';
import { paramsHash, parseScenarioText, scenarioToParams } from '../scenario/scenario.js';
import { problemText } from '../scenario/problems.js';
import { encodeResult } from './resultCodec.js';

export interface BuiltBaseline {
  bytes: Uint8Array;
  paramsHash: string;
  seed: number;
}

export function buildBaseline(scenarioText: string, file: string): BuiltBaseline {
  const parsed = parseScenarioText(scenarioText, file);
  if (!parsed.ok) throw new Error(`the page cannot be built: ${parsed.errors.map(problemText).join('; ')}`);
  const s = parsed.value;
  return { bytes: encodeResult(simulate(scenarioToParams(s), s.seed)), paramsHash: paramsHash(s), seed: s.seed };
}
