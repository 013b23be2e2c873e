// Whether two scenarios are the same run: name, seed and parameters (in any order). The page uses it
// to show a bundled scenario under its name in the page's language.
import type { Scenario } from '../../scenario/scenario.js';

export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a.name === b.name && a.seed === b.seed && JSON.stringify(sortKeys(a.params)) === JSON.stringify(sortKeys(b.params));
}

function sortKeys(p: Record<string, number | string>): [string, number | string][] {
  return Object.entries(p).sort(([a], [b]) => a.localeCompare(b));
}
