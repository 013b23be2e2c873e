// What the page opens with: a link's scenario if the URL carries one, else the state saved in
// this browser, else the July 2024 baseline. A bad link or bad saved state is reported and
// skipped; the page never opens blank.
import { decodeUrlState, } from '../../scenario/urlState.js';
import type { Scenario } from '../../scenario/scenario.js';
import { cloneScenario, startFrom, type EditState } from './editState.js';
import type { loadState } from './storage.js';

export interface Initial {
  state: EditState;
  from: 'link' | 'saved' | 'baseline';
  errors: string[];
  notices: string[];
}

export function chooseInitial(opts: {
  query: string;
  saved: ReturnType<typeof loadState>;
  files: readonly Scenario[];
  baseline: Scenario;
}): Initial {
  const errors: string[] = [];
  const notices: string[] = [];
  const link = decodeUrlState(opts.query);
  if (link?.ok) {
    const file = opts.files.find((f) => f.name === link.value.name);
    const current = { ...link.value, description: file?.description ?? link.value.description };
    notices.push(...link.warnings);
    return { state: { base: file ? cloneScenario(file) : cloneScenario(current), current }, from: 'link', errors, notices };
  }
  if (link && !link.ok) {
    errors.push('This link could not be opened, so the page shows your last scenario or the baseline instead:', ...link.errors);
  }
  if (opts.saved?.ok) return { state: opts.saved.state, from: 'saved', errors, notices };
  if (opts.saved && !opts.saved.ok) notices.push('The scenario saved in this browser could not be read; starting from the baseline.');
  return { state: startFrom(opts.baseline), from: 'baseline', errors, notices };
}
