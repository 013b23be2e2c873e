// Scenario and link versions. Version 1 is the first published format; a file without a version
// is read as version 1. When the format changes, add a step here that rewrites the old shape
// into the new one (renamed keys, changed units) so old files and links keep working.
import { problem, type Parsed, type Problem } from './problems.js';

export const SCENARIO_VERSION = 1;

type Step = (obj: Record<string, unknown>) => Record<string, unknown>;
/** MIGRATIONS[v] turns a version-v object into version v+1. */
const MIGRATIONS: Record<number, Step> = {};

export function migrateScenario(input: Record<string, unknown>): Parsed<Record<string, unknown>> {
  const warnings: Problem[] = [];
  let v = input.version;
  let obj = { ...input };
  if (v === undefined) {
    v = SCENARIO_VERSION;
  } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, errors: [problem('', 'version', 'version.invalid', { got: JSON.stringify(v) ?? String(v), max: SCENARIO_VERSION })] };
  } else if (v > SCENARIO_VERSION) {
    return { ok: false, errors: [problem('', 'version', 'version.tooNew', { version: v, max: SCENARIO_VERSION })] };
  }
  for (let from = v as number; from < SCENARIO_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (step) {
      obj = step(obj);
      warnings.push(problem('', '', 'migrated', { from, to: from + 1 }));
    }
  }
  obj.version = SCENARIO_VERSION;
  return { ok: true, value: obj, warnings };
}
