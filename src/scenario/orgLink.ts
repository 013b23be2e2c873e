// An organisation in the page link, compactly, and read back through the same check as a file
// (`validateOrg`), so a bad link names the field like a bad file does:
//   org=Delta-scale airline&org.sector=airlines&org.staff=400&org.bl=0.5&org.esc=0.9
//   &org.keysOnSite=1&org.remediation=1&org.holdback=1
//   &org.site=na-east:30000,3500,14000,0::Atlanta hub&org.site=europe:700,400,1000,0:25:Amsterdam
// A site is region:server,fixed,workstation,vm:repair staff (empty: shared):name. The description
// is left out: it does not change the run, and a link should stay short.
import { CLASSES, type PerClass } from '../engine/types.js';
import { validateOrg, type Organisation } from './org.js';
import { problem, type Parsed, type Problem } from './problems.js';
import { MAX_QUERY } from './urlState.js';

export const ORG_KEY = 'org';
const KEYS = ['sector', 'staff', 'bl', 'esc', 'keysOnSite', 'remediation', 'holdback', 'site'];

/** Whether a link key belongs to the organisation. */
export const isOrgKey = (k: string): boolean => k === ORG_KEY || k.startsWith(`${ORG_KEY}.`);

const num = (x: number) => String(x);

export function encodeOrgLink(o: Organisation): [string, string][] {
  const out: [string, string][] = [[ORG_KEY, o.name], ['org.sector', o.sector]];
  if (o.repairStaff !== null) out.push(['org.staff', num(o.repairStaff)]);
  if (o.bitlockerShare) {
    const v = CLASSES.map((c) => o.bitlockerShare![c]);
    out.push(['org.bl', v.every((x) => x === v[0]) ? num(v[0]!) : v.map(num).join(',')]);
  }
  if (o.keyEscrowedShare !== null) out.push(['org.esc', num(o.keyEscrowedShare)]);
  if (o.keyServerOnSite) out.push(['org.keysOnSite', '1']);
  if (o.automatedRemediation) out.push(['org.remediation', '1']);
  if (o.holdsContentBack) out.push(['org.holdback', '1']);
  for (const s of o.sites) {
    out.push(['org.site', `${s.region}:${CLASSES.map((c) => num(s.devices[c])).join(',')}:${s.repairStaff === null ? '' : num(s.repairStaff)}:${s.name}`]);
  }
  return out;
}

/** Strict number reading; anything else stays text, so the check names it. */
function toNumber(raw: string): number | string {
  const t = raw.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : raw;
}

function readSite(raw: string): Record<string, unknown> {
  const [region = '', devices = '', staff = '', ...name] = raw.split(':');
  const site: Record<string, unknown> = { region };
  const counts = devices.split(',');
  if (counts.length === CLASSES.length) {
    site.devices = Object.fromEntries(CLASSES.map((c, i) => [c, toNumber(counts[i]!)])) as PerClass<number | string>;
  } else site.devices = devices;
  if (staff !== '') site.repairStaff = toNumber(staff);
  if (name.length) site.name = name.join(':');
  return site;
}

const flag = (v: string): boolean | string => (v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v);

/** A file's field as the link names it ("repairStaff" -> "org.staff", "sites[2].region" -> "org.site (3rd).region"). */
const LINK_NAMES: Record<string, string> = {
  name: ORG_KEY, sector: 'org.sector', repairStaff: 'org.staff', bitlockerShare: 'org.bl', keyEscrowedShare: 'org.esc',
  keyServerOnSite: 'org.keysOnSite', automatedRemediation: 'org.remediation', holdsContentBack: 'org.holdback', sites: 'org.site',
};
function linkPath(path: string): string {
  const site = /^sites\[(\d+)\](.*)$/.exec(path);
  if (site) return `org.site (site ${Number(site[1]) + 1})${site[2]}`;
  const [head = '', ...rest] = path.split('.');
  return LINK_NAMES[head] ? [LINK_NAMES[head], ...rest].join('.') : path;
}

/** The organisation in a link's entries, checked; null when the link carries none. */
export function decodeOrgLink(entries: readonly [string, string][], source = 'link'): Parsed<Organisation> | null {
  const mine = entries.filter(([k]) => isOrgKey(k));
  if (mine.length === 0) return null;
  const length = mine.reduce((a, [k, v]) => a + k.length + v.length + 2, 0);
  if (length > MAX_QUERY) return { ok: false, errors: [problem(source, ORG_KEY, 'link.tooLong', { length, max: MAX_QUERY })] };
  const errors: Problem[] = [];
  const obj: Record<string, unknown> = {};
  const sites: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const [k, v] of mine) {
    const key = k === ORG_KEY ? '' : k.slice(ORG_KEY.length + 1);
    if (key !== 'site' && seen.has(k)) {
      errors.push(problem(source, k, 'link.repeated'));
      continue;
    }
    seen.add(k);
    switch (key) {
      case '': obj.name = v; break;
      case 'sector': obj.sector = v; break;
      case 'staff': obj.repairStaff = toNumber(v); break;
      case 'bl': {
        const parts = v.split(',');
        obj.bitlockerShare = parts.length === CLASSES.length
          ? Object.fromEntries(CLASSES.map((c, i) => [c, toNumber(parts[i]!)])) : toNumber(v);
        break;
      }
      case 'esc': obj.keyEscrowedShare = toNumber(v); break;
      case 'keysOnSite': obj.keyServerOnSite = flag(v); break;
      case 'remediation': obj.automatedRemediation = flag(v); break;
      case 'holdback': obj.holdsContentBack = flag(v); break;
      case 'site': sites.push(readSite(v)); break;
      default: errors.push(problem(source, k, 'field.unknown', { allowed: [ORG_KEY, ...KEYS.map((x) => `${ORG_KEY}.${x}`)].join(', ') }));
    }
  }
  obj.sites = sites;
  const r = validateOrg(obj, source);
  if (!r.ok) return { ok: false, errors: [...errors, ...r.errors.map((e) => ({ ...e, path: linkPath(e.path) }))] };
  return errors.length ? { ok: false, errors } : r;
}
