// An organisation's own fleet: its sector, its sites (region and devices per class), its repair
// staff, its BitLocker and key escrow, and its content and remediation choices. Files (and later
// links) go through `validateOrg`; errors name the field by its path, like scenario files.
import { CLASSES, REGIONS, SECTORS, type DeviceClass, type PerClass, type Region, type Sector } from '../engine/types.js';
import { MAX_DESCRIPTION, MAX_FILE_BYTES, MAX_NAME } from './scenario.js';
import { problem, type Parsed, type Problem, type ProblemCode } from './problems.js';

export const ORG_VERSION = 1;
export const MAX_SITES = 500;
/** Largest organisation: well above the largest real customer (Delta: about 77,000 devices). */
export const MAX_ORG_DEVICES = 5_000_000;
export const MAX_STAFF = 1_000_000;

export interface OrgSite {
  name: string;
  region: Region;
  devices: PerClass<number>;
  /** People doing hands-on repair at this site; null: the organisation's figure, shared by devices. */
  repairStaff: number | null;
}

export interface Organisation {
  version: number;
  name: string;
  description: string;
  sector: Sector;
  /** People doing hands-on repair across all sites; null: staffed like a customer of its size in the fleet. */
  repairStaff: number | null;
  /** Share of devices with an encrypted system disk, per class; null: the scenario's. */
  bitlockerShare: PerClass<number> | null;
  /** Share of encrypted devices whose recovery key can be found; null: the scenario's. */
  keyEscrowedShare: number | null;
  /** Key escrow runs on the organisation's own Windows servers (and can crash with them). */
  keyServerOnSite: boolean;
  /** Opted in to the vendor's automated remediation. */
  automatedRemediation: boolean;
  /** Takes new content only after the scenario's holdback delay. */
  holdsContentBack: boolean;
  sites: OrgSite[];
}

const TOP = ['version', 'name', 'description', 'sector', 'repairStaff', 'bitlockerShare', 'keyEscrowedShare',
  'keyServerOnSite', 'automatedRemediation', 'holdsContentBack', 'sites'];
const SITE_KEYS = ['name', 'region', 'devices', 'repairStaff'];

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
};
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const fmt = (n: number) => n.toLocaleString('en-US');

export function orgDevices(o: Pick<Organisation, 'sites'>): number {
  return o.sites.reduce((a, s) => a + CLASSES.reduce((b, c) => b + s.devices[c], 0), 0);
}

/** Checks a parsed JSON value as an organisation file. */
export function validateOrg(input: unknown, source: string): Parsed<Organisation> {
  const errors: Problem[] = [];
  const at = (path: string, code: ProblemCode, values: Problem['values'] = {}) => errors.push(problem(source, path, code, values));
  if (!isObject(input)) return { ok: false, errors: [problem(source, '', 'org.notObject', { got: show(input), allowed: TOP.join(', ') })] };
  for (const k of Object.keys(input)) if (!TOP.includes(k)) at(k, 'field.unknown', { allowed: TOP.join(', ') });

  const v = input.version;
  if (v !== undefined && v !== ORG_VERSION) at('version', 'org.version', { got: show(v), version: ORG_VERSION });
  const text = (key: string, max: number, fallback: string): string => {
    const x = input[key];
    if (x === undefined) return fallback;
    if (typeof x !== 'string') at(key, 'text.wrongType', { got: show(x) });
    else if (x.length > max) at(key, 'text.tooLong', { length: x.length, max });
    else return x;
    return fallback;
  };
  const share = (path: string, x: unknown): number | null => {
    if (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1) return x;
    at(path, 'value.share', { got: show(x) });
    return null;
  };
  const staff = (path: string, x: unknown): number | null => {
    if (x === undefined) return null;
    if (typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= MAX_STAFF) return x;
    at(path, 'value.staff', { got: show(x), max: fmt(MAX_STAFF) });
    return null;
  };
  const flag = (key: string): boolean => {
    const x = input[key];
    if (x === undefined) return false;
    if (typeof x === 'boolean') return x;
    at(key, 'value.boolean', { got: show(x) });
    return false;
  };

  const name = text('name', MAX_NAME, 'Untitled organisation');
  const description = text('description', MAX_DESCRIPTION, '');
  let sector: Sector = 'other';
  if (typeof input.sector === 'string' && (SECTORS as readonly string[]).includes(input.sector)) sector = input.sector as Sector;
  else at('sector', 'value.oneOf', { got: show(input.sector), allowed: SECTORS.join(', ') });
  const repairStaff = staff('repairStaff', input.repairStaff);

  let bitlockerShare: PerClass<number> | null = null;
  const bl = input.bitlockerShare;
  if (typeof bl === 'number') {
    const x = share('bitlockerShare', bl);
    if (x !== null) bitlockerShare = { server: x, fixed: x, workstation: x, vm: x };
  } else if (isObject(bl)) {
    for (const k of Object.keys(bl)) if (!(CLASSES as readonly string[]).includes(k)) at(`bitlockerShare.${k}`, 'org.unknownClass', { classes: CLASSES.join(', ') });
    const out = {} as PerClass<number>;
    let ok = true;
    for (const c of CLASSES) {
      if (bl[c] === undefined) {
        at(`bitlockerShare.${c}`, 'org.classMissing');
        ok = false;
        continue;
      }
      const x = share(`bitlockerShare.${c}`, bl[c]);
      if (x === null) ok = false;
      else out[c] = x;
    }
    if (ok) bitlockerShare = out;
  } else if (bl !== undefined) at('bitlockerShare', 'value.shareOrPerClass', { got: show(bl), classes: CLASSES.join(', ') });
  const keyEscrowedShare = input.keyEscrowedShare === undefined ? null : share('keyEscrowedShare', input.keyEscrowedShare);
  const keyServerOnSite = flag('keyServerOnSite');
  const automatedRemediation = flag('automatedRemediation');
  const holdsContentBack = flag('holdsContentBack');

  const sites: OrgSite[] = [];
  const raw = input.sites;
  if (!Array.isArray(raw) || raw.length === 0) at('sites', 'org.sites', { got: show(raw), max: MAX_SITES, classes: CLASSES.join(', ') });
  else if (raw.length > MAX_SITES) at('sites', 'org.tooManySites', { count: raw.length, max: MAX_SITES });
  else {
    raw.forEach((site, i) => {
      const p = `sites[${i}]`;
      if (!isObject(site)) {
        at(p, 'org.siteNotObject', { got: show(site) });
        return;
      }
      for (const k of Object.keys(site)) if (!SITE_KEYS.includes(k)) at(`${p}.${k}`, 'field.unknown', { allowed: SITE_KEYS.join(', ') });
      let siteName = `site ${i + 1}`;
      if (site.name !== undefined) {
        if (typeof site.name === 'string' && site.name.length <= MAX_NAME) siteName = site.name;
        else at(`${p}.name`, 'value.text', { got: show(site.name), max: MAX_NAME });
      }
      let region: Region = REGIONS[0];
      if (typeof site.region === 'string' && (REGIONS as readonly string[]).includes(site.region)) region = site.region as Region;
      else at(`${p}.region`, 'value.oneOf', { got: show(site.region), allowed: REGIONS.join(', ') });
      const devices: PerClass<number> = { server: 0, fixed: 0, workstation: 0, vm: 0 };
      if (!isObject(site.devices)) at(`${p}.devices`, 'org.devicesShape', { got: show(site.devices), shape: `{ ${CLASSES.map((c) => `"${c}": N`).join(', ')} }` });
      else {
        for (const [k, x] of Object.entries(site.devices)) {
          if (!(CLASSES as readonly string[]).includes(k)) {
            at(`${p}.devices.${k}`, 'org.unknownClass', { classes: CLASSES.join(', ') });
            continue;
          }
          if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_ORG_DEVICES) devices[k as DeviceClass] = x;
          else at(`${p}.devices.${k}`, 'value.wholeNumber', { got: show(x), max: fmt(MAX_ORG_DEVICES) });
        }
      }
      if (isObject(site.devices) && CLASSES.every((c) => devices[c] === 0)) at(`${p}.devices`, 'org.noDevices');
      sites.push({ name: siteName, region, devices, repairStaff: staff(`${p}.repairStaff`, site.repairStaff) });
    });
  }
  if (errors.length === 0) {
    const total = orgDevices({ sites });
    if (total > MAX_ORG_DEVICES) at('sites', 'org.tooManyDevices', { total: fmt(total), max: fmt(MAX_ORG_DEVICES) });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      version: ORG_VERSION, name, description, sector, repairStaff, bitlockerShare, keyEscrowedShare,
      keyServerOnSite, automatedRemediation, holdsContentBack, sites,
    },
    warnings: [],
  };
}

/** Parses the text of an organisation file. */
export function parseOrgText(text: string, source: string): Parsed<Organisation> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [problem(source, '', 'file.tooLargeOrg', { bytes: text.length, max: MAX_FILE_BYTES })] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [problem(source, '', 'file.invalidJson', { why: e instanceof Error ? e.message : String(e) })] };
  }
  return validateOrg(json, source);
}

/** An organisation as a file: the fields `validateOrg` reads, without those left to the scenario. */
export function orgToJson(o: Organisation): string {
  const out: Record<string, unknown> = { version: ORG_VERSION, name: o.name, description: o.description, sector: o.sector };
  if (o.repairStaff !== null) out.repairStaff = o.repairStaff;
  if (o.bitlockerShare) out.bitlockerShare = { ...o.bitlockerShare };
  if (o.keyEscrowedShare !== null) out.keyEscrowedShare = o.keyEscrowedShare;
  out.keyServerOnSite = o.keyServerOnSite;
  out.automatedRemediation = o.automatedRemediation;
  out.holdsContentBack = o.holdsContentBack;
  out.sites = o.sites.map((s) => ({ name: s.name, region: s.region, devices: { ...s.devices }, ...(s.repairStaff !== null ? { repairStaff: s.repairStaff } : {}) }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
