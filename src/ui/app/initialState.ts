// What the page opens with: a link's scenario (and its comparisons and view) if the URL carries
// one, else the state saved in this browser, else the July 2024 baseline. A bad link or bad
// saved state is reported and skipped; the page never opens blank. A scenario too large for the
// page (see limits.ts) counts as bad: it is not run, saved or kept in the address bar. The link's
// view settings and comparisons apply even when its scenario is refused.
import { checkBrowserLimits } from '../../scenario/limits.js';
import type { Organisation } from '../../scenario/org.js';
import type { Problem } from '../../scenario/problems.js';
import { scenarioToParams, type Scenario } from '../../scenario/scenario.js';
import { decodePageLink, type CompareRef, type ViewSettings } from '../state/pageLink.js';
import { cloneScenario, startFrom, type EditState } from './editState.js';
import type { loadState } from './storage.js';

export interface Initial {
  state: EditState;
  compare: CompareRef[];
  view: ViewSettings;
  /** The organisation the link carries (the organisation panel falls back to the saved one). */
  org: Organisation | null;
  from: 'link' | 'saved' | 'baseline';
  /** Problems with the link: what in it was not used. */
  linkProblems: Problem[];
  /** Notes for the reader (a migrated link, unreadable saved state). */
  notices: Problem[];
  savedUnreadable: boolean;
}

export function chooseInitial(opts: {
  query: string;
  saved: ReturnType<typeof loadState>;
  files: readonly { id: string; scenario: Scenario }[];
  baseline: Scenario;
}): Initial {
  const link = decodePageLink(opts.query, opts.files.map((f) => f.id));
  const rest = { compare: link.compare, view: link.view, org: link.org, linkProblems: link.problems, notices: link.warnings, savedUnreadable: false };
  const tooLarge = link.scenario ? checkBrowserLimits(scenarioToParams(link.scenario)) : null;
  if (tooLarge) rest.linkProblems = [...rest.linkProblems, { ...tooLarge, source: 'link' }];
  if (link.scenario && !tooLarge) {
    const file = opts.files.find((f) => f.scenario.name === link.scenario!.name)?.scenario;
    const current = { ...link.scenario, description: file?.description ?? link.scenario.description };
    return { ...rest, state: { base: file ? cloneScenario(file) : cloneScenario(current), current }, from: 'link' };
  }
  const saved = opts.saved?.ok && !checkBrowserLimits(scenarioToParams(opts.saved.state.current)) ? opts.saved.state : null;
  if (saved) return { ...rest, state: saved, from: 'saved' };
  return { ...rest, state: startFrom(opts.baseline), from: 'baseline', savedUnreadable: opts.saved !== null && saved === null };
}
