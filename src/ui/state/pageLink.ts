// The page in a link: the scenario being edited (as `encodeUrlState` writes it), the scenarios
// compared with it, and how the charts are viewed, so a shared link opens on the same picture.
//   ?v=1&name=…&seed=1&push.revertMinutes=20     the scenario (only values off the defaults)
//   &cmp=canary-ring&cmp=c1                      compared: a bundled file by id, or an inline one…
//   &c1.name=…&c1.seed=1&c1.push.canaryShare=0.01 …whose scenario follows under its prefix
//   &zoom=h6&log=1&tz=local&t=120&ghost=0        the view (only what differs from the defaults)
//   &org=…&org.sector=…&org.site=…               the reader's own organisation (src/scenario/orgLink.ts)
// Keys the page does not know are left to the scenario check, which names them.
import type { Organisation } from '../../scenario/org.js';
import { decodeOrgLink, encodeOrgLink, isOrgKey } from '../../scenario/orgLink.js';
import type { Problem } from '../../scenario/problems.js';
import type { Scenario } from '../../scenario/scenario.js';
import { decodeUrlState, encodeUrlState } from '../../scenario/urlState.js';

export const MAX_COMPARE = 3;

export type CompareRef = { kind: 'file'; id: string } | { kind: 'inline'; scenario: Scenario };

export interface ViewSettings {
  zoom: 'h6' | 'd2' | 'all';
  log: boolean;
  timeZone: 'UTC' | 'local';
  /** Playback cursor, minutes after publish; null when not set. */
  cursorMin: number | null;
  /** Show the July 2024 baseline behind other runs. */
  ghost: boolean;
}

export const DEFAULT_VIEW: ViewSettings = { zoom: 'all', log: false, timeZone: 'UTC', cursorMin: null, ghost: true };

export interface PageLink {
  scenario: Scenario;
  compare: CompareRef[];
  view: ViewSettings;
  /** The organisation panel's organisation, if the reader entered one. */
  org?: Organisation | null;
}

const VIEW_KEYS = new Set(['zoom', 'log', 'tz', 't', 'ghost', 'cmp']);
/** Keys that belong to the page itself, not to the scenario (language, embed mode…). */
const PAGE_KEYS = new Set(['lang', 'embed']);
const INLINE = /^c([1-9])\.(.*)$/;

export function encodePageLink(link: PageLink): string {
  const q = new URLSearchParams(encodeUrlState(link.scenario));
  link.compare.forEach((c, i) => {
    if (c.kind === 'file') q.append('cmp', c.id);
    else {
      const prefix = `c${i + 1}`;
      q.append('cmp', prefix);
      for (const [k, v] of new URLSearchParams(encodeUrlState(c.scenario))) q.append(`${prefix}.${k}`, v);
    }
  });
  const v = link.view;
  if (v.zoom !== DEFAULT_VIEW.zoom) q.set('zoom', v.zoom);
  if (v.log) q.set('log', '1');
  if (v.timeZone === 'local') q.set('tz', 'local');
  if (v.cursorMin !== null) q.set('t', String(Math.round(v.cursorMin)));
  if (!v.ghost) q.set('ghost', '0');
  if (link.org) for (const [k, val] of encodeOrgLink(link.org)) q.append(k, val);
  return q.toString();
}

export interface DecodedLink {
  /** The scenario, or null when the link carries none (a bare page or only view keys). */
  scenario: Scenario | null;
  compare: CompareRef[];
  view: ViewSettings;
  /** The organisation, or null when the link carries none or it cannot be used (then it is in `problems`). */
  org: Organisation | null;
  /** What could not be used; the rest of the link still applies. */
  problems: Problem[];
  warnings: Problem[];
}

/** Reads a link. `fileIds` are the bundled scenario files a `cmp` may name. */
export function decodePageLink(query: string, fileIds: readonly string[]): DecodedLink {
  const text = query.startsWith('?') ? query.slice(1) : query;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let all: URLSearchParams;
  try {
    all = new URLSearchParams(text);
  } catch {
    all = new URLSearchParams();
  }
  const main = new URLSearchParams();
  const inline = new Map<string, URLSearchParams>();
  const view: ViewSettings = { ...DEFAULT_VIEW };
  const cmp: string[] = [];
  const orgEntries: [string, string][] = [];
  const bad = (path: string, got: string, allowed: string) =>
    problems.push({ source: 'link', path, code: 'link.badValue', values: { got: JSON.stringify(got.slice(0, 40)), allowed } });
  for (const [k, v] of all) {
    const m = INLINE.exec(k);
    if (isOrgKey(k)) orgEntries.push([k, v]);
    else if (m) {
      const q = inline.get(`c${m[1]}`) ?? new URLSearchParams();
      q.append(m[2]!, v);
      inline.set(`c${m[1]}`, q);
    } else if (k === 'cmp') cmp.push(v);
    else if (k === 'zoom') {
      if (v === 'h6' || v === 'd2' || v === 'all') view.zoom = v;
      else bad('zoom', v, 'h6, d2 or all');
    } else if (k === 'log') view.log = v === '1';
    else if (k === 'tz') {
      if (v === 'local' || v === 'UTC') view.timeZone = v;
      else bad('tz', v, 'UTC or local');
    } else if (k === 't') {
      const n = Number(v);
      if (/^\d+(\.\d+)?$/.test(v) && n <= 60 * 1440) view.cursorMin = n;
      else bad('t', v, 'minutes after publish, from 0 to 86400');
    } else if (k === 'ghost') view.ghost = v !== '0';
    else if (!VIEW_KEYS.has(k) && !PAGE_KEYS.has(k)) main.append(k, v);
  }
  const decoded = decodeUrlState(main.toString());
  let scenario: Scenario | null = null;
  if (decoded?.ok) {
    scenario = decoded.value;
    warnings.push(...decoded.warnings);
  } else if (decoded) problems.push(...decoded.errors);

  const compare: CompareRef[] = [];
  if (cmp.length > MAX_COMPARE) problems.push({ source: 'link', path: 'cmp', code: 'link.tooManyCompared', values: { max: MAX_COMPARE } });
  for (const ref of cmp.slice(0, MAX_COMPARE)) {
    const q = inline.get(ref);
    if (q) {
      const r = decodeUrlState(q.toString());
      if (r?.ok) compare.push({ kind: 'inline', scenario: r.value });
      else if (r) problems.push(...r.errors.map((e) => ({ ...e, source: `link (compared scenario ${ref})` })));
    } else if (fileIds.includes(ref)) compare.push({ kind: 'file', id: ref });
    else bad('cmp', ref, `a scenario file (${fileIds.join(', ')})`);
  }
  const orgRead = decodeOrgLink(orgEntries, 'link (organisation)');
  if (orgRead && !orgRead.ok) problems.push(...orgRead.errors);
  return { scenario, compare, view, org: orgRead?.ok ? orgRead.value : null, problems, warnings };
}
