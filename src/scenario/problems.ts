// What can be wrong with a scenario, a link, a flag or a typed value, as structured values:
// where (`source`, `path`), what (`code`) and the figures involved (`values`). Code that needs to
// act on a problem reads its fields (the page marks the field at `path`); only `problemText`
// turns one into a sentence, so every message reads the same wherever it is shown and the page
// can say it in another language.
import { PARAM_BY_KEY } from '../engine/params.js';

/** A value as the reader gave it, shortened for a message: "\"abc\"", "12", "null", "a list". */
export type Shown = string;

export interface ExpectedValue {
  kind: 'number' | 'integer' | 'datetime';
  min: number;
  max: number;
  unit: string;
  /** The word "never" is also accepted. */
  never?: boolean;
}

export type ProblemCode =
  | 'notObject'            // {got}: the whole input
  | 'version.invalid'      // {got, max}
  | 'version.tooNew'       // {version, max}
  | 'field.unknown'        // {allowed}
  | 'text.wrongType'       // {got}
  | 'text.tooLong'         // {length, max}
  | 'seed.invalid'         // {got}
  | 'params.notObject'     // {got}
  | 'basedOn.invalid'      // {got}: not a scenario object, or one with its own basedOn
  | 'params.tooDeep'       // {max}
  | 'param.unknown'        // {suggestion?: key, groupKeys?: string, more?: bool}
  | 'param.invalid'        // {got, ...ExpectedValue}
  | 'param.noSuchDate'     // {got, ...ExpectedValue}
  | 'param.empty'          // {...ExpectedValue}: a box left empty on the page
  | 'param.notANumber'     // {...ExpectedValue}: the page's box holds no number
  | 'cross.ringsOverfull'  // {canary, early, sum}
  | 'cross.revertAfterEnd' // {revert, horizonDays, horizonMinutes}
  | 'cross.checkAfterEnd'  // {checkHours, horizonDays, horizonHours}
  | 'cross.workdayOrder'   // {start, end}
  | 'cross.crisisOrder'    // {start, end}
  | 'cross.noSector'
  | 'cross.noRegion'
  | 'cross.customersOverSensors' // {customers, sensors}
  | 'cross.serviceThresholds' // {role, stopBelow, fullAt}
  | 'cross.hoursOrder'     // {start, end, endKey}: a local hour not before the one that should follow it
  | 'cross.rampOrder'      // {start, end, endKey}: an hour of the on/off day after the one that follows it
  | 'cross.noClass'        // {sector}: every device class of a sector is 0
  | 'file.notText'
  | 'file.tooLarge'        // {bytes, max}
  | 'file.invalidJson'     // {why}
  | 'file.unreadable'      // {why}
  | 'file.unreadableOrg'   // {why}
  | 'file.tooDeep'         // {max}: nested deeper than any scenario can be
  | 'link.tooLong'         // {length, max}
  | 'link.unreadable'
  | 'link.repeated'
  | 'link.badValue'       // {got, allowed}: a page setting in the link (zoom, tz, cmp…)
  | 'link.tooManyCompared' // {max}
  | 'browser.tooManySensors'   // {value, max}
  | 'browser.tooManyCustomers' // {value, max}
  | 'browser.tooMuchMemory'    // {mb, maxMb}
  | 'migrated'             // {from, to}: a warning, not an error
  | 'migrated.knownBad'    // {knownBad, revert, delay}: crash.knownBadMinutes read as a delay after the revert (a warning)
  | 'migrated.renamed'     // {to}: an old key read under its new name (a warning)
  // Organisation files (src/scenario/org.ts):
  | 'org.notObject'        // {got, allowed}
  | 'org.version'          // {got, version}
  | 'org.unknownClass'     // {classes}
  | 'org.classMissing'
  | 'org.sites'            // {got, max, classes}
  | 'org.tooManySites'     // {count, max}
  | 'org.siteNotObject'    // {got}
  | 'org.devicesShape'     // {got, shape}
  | 'org.noDevices'
  | 'org.tooManyDevices'   // {total, max}
  | 'file.tooLargeOrg'     // {bytes, max}
  | 'value.share'          // {got}
  | 'value.staff'          // {got, max}
  | 'value.boolean'        // {got}
  | 'value.oneOf'          // {got, allowed}
  | 'value.shareOrPerClass' // {got, classes}
  | 'value.text'           // {got, max}
  | 'value.wholeNumber'    // {got, max}
  // A fit's free parameters (src/fit/space.ts); the path is the parameter key:
  | 'free.none'
  | 'free.notNumeric'
  | 'free.repeated'
  | 'free.bound'           // {bound: 'min' | 'max', got, ...ExpectedValue}: one end of the range outside the registry's
  | 'free.emptyRange';     // {min, max}

export interface Problem {
  /** What was being read: "scenarios/x.json", "link", "saved state", "--set"... Empty for a typed value. */
  source: string;
  /** Where in it: a dotted path such as "params.push.revertMinutes", "seed", or "" for the whole. */
  path: string;
  code: ProblemCode;
  values: Readonly<Record<string, string | number | boolean | null>>;
  /** Other paths the problem is about (a rule over two parameters names both). */
  also?: readonly string[];
}

export type Parsed<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: Problem[] };

export const problem = (source: string, path: string, code: ProblemCode, values: Problem['values'] = {}): Problem =>
  ({ source, path, code, values });

/** The same problem as seen from another input (a file's problems shown for a link...). */
export const from = (source: string, p: Problem): Problem => ({ ...p, source });

/** The parameter keys a problem is about (for marking their fields on the page). */
export function problemKeys(p: Problem): string[] {
  return [p.path, ...(p.also ?? [])].map((x) => x.replace(/^params\./, '')).filter((k) => PARAM_BY_KEY.has(k));
}

const fmt = (n: number) => (Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : String(n));
const num = (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v));
const grouped = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

/** "a whole number from 1 to 20160 (min)". */
export function expectedText(v: Readonly<Record<string, unknown>> | ExpectedValue): string {
  const e = v as Readonly<Record<string, unknown>>;
  if (e['kind'] === 'datetime') return 'a UTC date and time such as "2024-07-19T04:09:00Z", between 2000 and 2100';
  const what = e['kind'] === 'integer' ? 'a whole number' : 'a number';
  return `${what} from ${num(e['min'])} to ${num(e['max'])} (${String(e['unit'])})${e['never'] ? ', or "never"' : ''}`;
}

/** The sentence for a problem, without its source and path. */
export function problemMessage(p: Problem): string {
  const v = p.values;
  switch (p.code) {
    case 'notObject': return `expected a JSON object with version, name, description, seed, params; got ${v['got']}`;
    case 'version.invalid': return `got ${v['got']}; expected a whole number from 1 to ${v['max']}`;
    case 'version.tooNew': return `${v['version']} is newer than this simulator reads (${v['max']}); update the simulator`;
    case 'field.unknown': return `unknown field; allowed fields are ${v['allowed']}`;
    case 'text.wrongType': return `got ${v['got']}; expected text`;
    case 'text.tooLong': return `${v['length']} characters; at most ${v['max']} allowed`;
    case 'seed.invalid': return `got ${v['got']}; expected a whole number from 0 to 4294967295`;
    case 'params.notObject': return `got ${v['got']}; expected an object of parameter values`;
    case 'basedOn.invalid': return `got ${v['got']}; expected the scenario this one was edited from: an object with name, seed and params`;
    case 'params.tooDeep': return `nested too deeply; parameters are at most ${v['max']} levels deep`;
    case 'param.unknown': {
      if (v['suggestion']) return `unknown parameter; did you mean ${v['suggestion']}?`;
      if (v['groupKeys']) return `unknown parameter; ${v['group']} has ${v['groupKeys']}${v['more'] ? ', …' : ''}`;
      return 'unknown parameter; groups are push, fleet, crash, repair, vendor, run, services';
    }
    case 'param.invalid': return `got ${v['got']}; expected ${expectedText(v)}`;
    case 'param.noSuchDate': return `got ${v['got']}; that date or time does not exist; expected ${expectedText(v)}`;
    case 'param.empty': return `enter a value; expected ${expectedText(v)}`;
    case 'param.notANumber': return `not a number; expected ${expectedText(v)}`;
    case 'cross.ringsOverfull':
      return `${num(v['canary'])} + ${num(v['early'])} = ${num(v['sum'])}; rings cannot hold more than all devices (at most 1)`;
    case 'cross.revertAfterEnd':
      return `${v['revert']} min is not before the end of the run (run.horizonDays = ${v['horizonDays']}, ${v['horizonMinutes']} min); lengthen the run or revert earlier`;
    case 'cross.checkAfterEnd': return `${v['checkHours']} h is after the end of the run (${v['horizonDays']} days = ${v['horizonHours']} h)`;
    case 'cross.workdayOrder': return `${v['start']} is not before repair.workdayEndHour (${v['end']})`;
    case 'cross.crisisOrder': return `${v['start']} is not before repair.crisisEndHour (${v['end']})`;
    case 'cross.noSector': return 'every sector is 0; at least one must hold devices';
    case 'cross.noRegion': return 'every region is 0; at least one must hold devices';
    case 'cross.customersOverSensors':
      return `${v['customers']} customers for ${v['sensors']} sensors; each customer needs at least one device`;
    case 'cross.serviceThresholds':
      return `${num(v['stopBelow'])} is not below services.${v['role']}.fullAt (${num(v['fullAt'])}); a service must stop below the share at which it runs normally`;
    case 'cross.hoursOrder': return `${v['start']} is not before ${v['endKey']} (${v['end']})`;
    case 'cross.rampOrder': return `${v['start']} is after ${v['endKey']} (${v['end']}); the rise starts, the rise ends, the fall starts and the fall ends in that order`;
    case 'cross.noClass': return `every device class of ${v['sector']} is 0; at least one must hold devices`;
    case 'file.notText': return 'expected text';
    case 'file.tooLarge': return `file is ${v['bytes']} bytes; scenario files are at most ${v['max']} bytes`;
    case 'file.invalidJson': return `not valid JSON (${v['why']})`;
    case 'file.unreadable': return `cannot read scenario (${v['why']})`;
    case 'file.unreadableOrg': return `cannot read organisation (${v['why']})`;
    case 'file.tooDeep': return `nested more than ${v['max']} levels deep; a scenario file is at most a few levels deep`;
    case 'link.tooLong': return `${v['length']} characters; a scenario link is at most ${v['max']}`;
    case 'link.unreadable': return 'the query string cannot be read';
    case 'link.repeated': return 'given more than once';
    case 'link.badValue': return `got ${v['got']}; expected ${v['allowed']}`;
    case 'link.tooManyCompared': return `more than ${v['max']} scenarios to compare; the first ${v['max']} are shown`;
    case 'browser.tooManySensors':
      return `${grouped(v['value'])} is more than the page simulates (largest that fits: ${grouped(v['max'])}). Use the command line for larger fleets.`;
    case 'browser.tooManyCustomers':
      return `${grouped(v['value'])} is more than the page holds (largest that fits: ${grouped(v['max'])}). Use the command line for more customers.`;
    case 'browser.tooMuchMemory':
      return `this run would need about ${v['mb']} MB, more than the page allows (${v['maxMb']} MB). Lower fleet.windowsSensors or fleet.customerSizeMax, or use the command line.`;
    case 'migrated': return `migrated from version ${v['from']} to ${v['to']}`;
    case 'migrated.knownBad': {
      const before = Number(v['knownBad']) < Number(v['revert']);
      return `the known-bad list now follows the fix: ${v['knownBad']} min after publish is read as crash.knownBadDelayMinutes = ${v['delay']} min after the revert (${v['revert']} min)` +
        (before ? '; a list before the revert is no longer possible' : '');
    }
    case 'migrated.renamed': return `read as ${v['to']}`;
    case 'org.notObject': return `expected a JSON object with ${v['allowed']}; got ${v['got']}`;
    case 'org.version': return `got ${v['got']}; this simulator reads organisation files of version ${v['version']}`;
    case 'org.unknownClass': return `unknown device class; classes are ${v['classes']}`;
    case 'org.classMissing': return 'missing; give a share for every class, or one number for all';
    case 'org.sites': return `got ${v['got']}; expected a list of 1 to ${v['max']} sites, each { "region": ..., "devices": { ${v['classes']} } }`;
    case 'org.tooManySites': return `${v['count']} sites; at most ${v['max']}`;
    case 'org.siteNotObject': return `got ${v['got']}; expected an object with region and devices`;
    case 'org.devicesShape': return `got ${v['got']}; expected ${v['shape']} (missing classes count as 0)`;
    case 'org.noDevices': return 'no devices; a site needs at least one';
    case 'org.tooManyDevices': return `${v['total']} devices in all; at most ${v['max']}`;
    case 'file.tooLargeOrg': return `file is ${v['bytes']} bytes; organisation files are at most ${v['max']} bytes`;
    case 'value.share': return `got ${v['got']}; expected a share from 0 to 1`;
    case 'value.staff': return `got ${v['got']}; expected a number of people above 0 and at most ${v['max']}`;
    case 'value.boolean': return `got ${v['got']}; expected true or false`;
    case 'value.oneOf': return `got ${v['got']}; expected one of ${v['allowed']}`;
    case 'value.shareOrPerClass': return `got ${v['got']}; expected a share from 0 to 1, or one per class (${v['classes']})`;
    case 'value.text': return `got ${v['got']}; expected text of at most ${v['max']} characters`;
    case 'value.wholeNumber': return `got ${v['got']}; expected a whole number from 0 to ${v['max']}`;
    case 'free.none': return 'no free parameters; name at least one registry key';
    case 'free.notNumeric': return 'a date and time cannot be fitted; choose a numeric parameter';
    case 'free.repeated': return 'named twice';
    case 'free.bound': return `got ${v['got']} as the range's ${v['bound'] === 'max' ? 'max' : 'min'}; expected ${expectedText(v)}`;
    case 'free.emptyRange': return `range ${num(v['min'])} to ${num(v['max'])} is empty; the min must be below the max`;
  }
}

/** Source, path and sentence: "scenarios/x.json: params.push.revertMinutes: got 0; expected …". */
export function problemText(p: Problem): string {
  const path = [p.path, ...(p.also ?? [])].filter(Boolean).join(' + ');
  const where = [p.source, path].filter(Boolean).join(': ');
  return where ? `${where}: ${problemMessage(p)}` : problemMessage(p);
}
