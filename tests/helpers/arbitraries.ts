// fast-check arbitraries built from the parameter registry, so a new parameter is fuzzed as soon
// as it is declared in PARAM_SPECS.
import fc from 'fast-check';
import { CLASSES, PARAM_BY_KEY, PARAM_SPECS, SECTORS, withOverrides, type ParamSpec } from '../../src/engine/index.js';
import { checkCrossField } from '../../src/scenario/validate.js';

/** The form checkValue returns for a datetime (whole seconds without ".000"). */
export const isoOf = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A valid value of one parameter: the default, a bound, or anything in between. */
export function valueArb(spec: ParamSpec, min = spec.min, max = spec.max): fc.Arbitrary<number | string> {
  if (spec.kind === 'datetime') {
    return fc.oneof(
      fc.constant(spec.default),
      fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => isoOf(d.getTime())),
    );
  }
  const def = typeof spec.default === 'number' && spec.default >= min && spec.default <= max ? [spec.default] : [];
  // A time that may never come also takes the word "never".
  const ends = fc.constantFrom<number | string>(min, max, ...def, ...(spec.never ? ['never'] : []));
  if (spec.kind === 'integer') return fc.oneof(ends, fc.integer({ min, max }));
  // -0 prints as 0 in JSON; keep to +0 so round trips compare with toEqual.
  return fc.oneof(ends, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)));
}

/**
 * Orders each service threshold pair (stop below < full from), filling in the default of the one
 * not drawn, so the filter below does not throw most draws away.
 */
function orderThresholds(o: Record<string, number | string>): Record<string, number | string> {
  for (const role of ['core', 'front']) {
    const [s, f] = [`services.${role}.stopBelow`, `services.${role}.fullAt`];
    if (o[s] === undefined && o[f] === undefined) continue;
    const a = (o[s] ?? PARAM_BY_KEY.get(s)!.default) as number;
    const b = (o[f] ?? PARAM_BY_KEY.get(f)!.default) as number;
    if (a < b) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    o[s] = lo === hi ? Math.max(0, lo - 0.01) : lo;
    o[f] = lo === hi ? Math.min(1, hi + 0.01) : hi;
  }
  return o;
}

/**
 * Puts each class's four on/off hours in order and the endpoints' attended hours before each
 * other, and gives a sector whose four class shares are all 0 its workstations back, filling in
 * the defaults of those not drawn (as orderThresholds does).
 */
function orderHours(o: Record<string, number | string>): Record<string, number | string> {
  const val = (k: string) => (o[k] ?? PARAM_BY_KEY.get(k)!.default) as number;
  for (const c of CLASSES) {
    const keys = ['onRiseFromHour', 'onRiseToHour', 'onFallFromHour', 'onFallToHour'].map((n) => `fleet.${n}.${c}`);
    if (!keys.some((k) => o[k] !== undefined)) continue;
    const sorted = keys.map(val).sort((a, b) => a - b);
    keys.forEach((k, i) => (o[k] = sorted[i]!));
  }
  const [f, t] = ['crash.endpointAttendedFromHour', 'crash.endpointAttendedToHour'];
  if (o[f] !== undefined || o[t] !== undefined) {
    const a = Math.min(val(f), val(t));
    const b = Math.max(val(f), val(t));
    o[f] = a === b ? Math.max(0, a - 0.5) : a;
    o[t] = a === b ? Math.min(24, b + 0.5) : b;
  }
  for (const s of SECTORS) {
    const keys = CLASSES.map((c) => `fleet.${c}Share.${s}`);
    if (keys.some((k) => o[k] !== undefined) && keys.every((k) => val(k) === 0)) o[`fleet.workstationShare.${s}`] = 1;
  }
  return o;
}

/** Valid overrides for any subset of parameters, cross-field rules respected. */
export const overridesArb: fc.Arbitrary<Record<string, number | string>> = fc
  .record(Object.fromEntries(PARAM_SPECS.map((s) => [s.key, valueArb(s)])), { requiredKeys: [] })
  .map((o) => orderHours(orderThresholds(o as Record<string, number | string>)))
  .filter((o) => checkCrossField(withOverrides(o)).length === 0);

/** Bounds that keep one run to tens of milliseconds. */
export const SMALL_BOUNDS: Record<string, [number, number]> = {
  'fleet.windowsSensors': [1000, 200_000],
  'fleet.customers': [1, 500],
  'run.horizonDays': [1, 20],
};

/** Makes a full random parameter set obey the cross-field rules (see checkCrossField). */
function fixCrossField(o: Record<string, number | string>): Record<string, number | string> {
  const x = { ...o };
  const num = (k: string) => x[k] as number;
  if (num('push.canaryShare') + num('push.earlyShare') > 1) x['push.earlyShare'] = 1 - num('push.canaryShare');
  const horizon = num('run.horizonDays') * 1440;
  if (num('push.revertMinutes') >= horizon) x['push.revertMinutes'] = Math.max(1, Math.floor(num('push.revertMinutes') % horizon));
  if (num('run.checkHours') * 60 > horizon) x['run.checkHours'] = num('run.checkHours') % (num('run.horizonDays') * 24);
  for (const [s, e] of [['repair.workdayStartHour', 'repair.workdayEndHour'], ['repair.crisisStartHour', 'repair.crisisEndHour']] as const) {
    let a = Math.min(num(s), num(e));
    let b = Math.max(num(s), num(e));
    if (a === b) b = Math.min(24, a + 1);
    if (a === b) a = 23;
    x[s] = a;
    x[e] = b;
  }
  return orderHours(orderThresholds(x));
}

/** Every parameter drawn from its range, with a small fleet and a short horizon. */
export const smallSimParamsArb: fc.Arbitrary<Record<string, number | string>> = fc
  .record(Object.fromEntries(PARAM_SPECS.map((s) => {
    const b = SMALL_BOUNDS[s.key];
    return [s.key, b ? valueArb(s, b[0], b[1]) : valueArb(s)];
  })))
  .map((o) => fixCrossField(o as Record<string, number | string>));

export const seedArb = fc.integer({ min: 0, max: 0xffffffff });
