// Every scenario file in scenarios/, bundled at build time and checked like an import.
import type { Problem } from '../../scenario/problems.js';
import { baselineScenario, parseScenarioText, type Scenario } from '../../scenario/scenario.js';

export const BASELINE_FILE = 'july-2024';

export interface ScenarioFile {
  id: string;
  scenario: Scenario;
}

const raw = import.meta.glob('../../../scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Parses bundled files; the baseline first, then by name. Broken files are reported, not listed. */
export function parseFiles(texts: Record<string, string>): { files: ScenarioFile[]; errors: Problem[] } {
  const files: ScenarioFile[] = [];
  const errors: Problem[] = [];
  for (const [path, text] of Object.entries(texts)) {
    const id = path.split('/').pop()!.replace(/\.json$/, '');
    const r = parseScenarioText(text, `scenarios/${id}.json`);
    if (r.ok) files.push({ id, scenario: r.value });
    else errors.push(...r.errors);
  }
  files.sort((a, b) => (a.id === BASELINE_FILE ? -1 : b.id === BASELINE_FILE ? 1 : a.scenario.name.localeCompare(b.scenario.name)));
  if (!files.some((f) => f.id === BASELINE_FILE)) files.unshift({ id: BASELINE_FILE, scenario: baselineScenario() });
  return { files, errors };
}

export function bundledFiles(): { files: ScenarioFile[]; errors: Problem[] } {
  return parseFiles(raw);
}
