// The scenario in a link: "v=1&name=...&seed=7&push.revertMinutes=30". Only values that differ
// from the defaults are written, so links stay short; `v` lets later versions migrate old links.
import { PARAM_BY_KEY } from '../engine/params.js';
import { problem, type Parsed, type Problem } from './problems.js';
import { validateScenario, type Scenario } from './scenario.js';
import { SCENARIO_VERSION } from './migrate.js';

export const MAX_QUERY = 20_000;
const META = new Set(['v', 'name', 'seed']);

export function encodeUrlState(s: Scenario): string {
  const q = new URLSearchParams();
  q.set('v', String(SCENARIO_VERSION));
  q.set('name', s.name);
  q.set('seed', String(s.seed));
  for (const [k, v] of Object.entries(s.params)) q.set(k, String(v));
  return q.toString();
}

/** Reads a scenario from a query string; null when it carries no scenario at all. */
export function decodeUrlState(query: string): Parsed<Scenario> | null {
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text.length === 0) return null;
  if (text.length > MAX_QUERY) return { ok: false, errors: [problem('link', '', 'link.tooLong', { length: text.length, max: MAX_QUERY })] };
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(text);
  } catch {
    return { ok: false, errors: [problem('link', '', 'link.unreadable')] };
  }
  const keys = [...q.keys()];
  if (!keys.some((k) => META.has(k) || PARAM_BY_KEY.has(k) || k.includes('.'))) return null;
  const errors: Problem[] = [];
  const seen = new Set<string>();
  const params: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, raw] of q) {
    if (seen.has(k)) {
      errors.push(problem('link', k, 'link.repeated'));
      continue;
    }
    seen.add(k);
    if (k === 'v') obj.version = toNumber(raw);
    else if (k === 'name') obj.name = raw;
    else if (k === 'seed') obj.seed = toNumber(raw);
    else {
      const spec = PARAM_BY_KEY.get(k);
      params[k] = spec?.kind === 'datetime' ? raw : toNumber(raw);
    }
  }
  obj.params = params;
  // Problems name keys as they appear in the link ("push.revertMinutes"), not as in a file.
  const r = validateScenario(obj, 'link');
  const linkKeys = (p: Problem): Problem => ({
    ...p, path: p.path.replace(/^params\./, ''), ...(p.also ? { also: p.also.map((a) => a.replace(/^params\./, '')) } : {}),
  });
  if (!r.ok) return { ok: false, errors: [...errors, ...r.errors.map(linkKeys)] };
  return errors.length ? { ok: false, errors } : r;
}

/** Strict number reading: "12", "0.5", "1e6"; anything else stays text so the check names it. */
function toNumber(raw: string): number | string {
  const t = raw.trim();
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return raw;
  return Number(t);
}
