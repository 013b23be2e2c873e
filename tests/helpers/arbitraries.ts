// fast-check arbitraries built from the parameter registry, so a new parameter is fuzzed as soon
// as it is declared in PARAM_SPECS.
import fc from 'fast-check';
import { PARAM_BY_KEY, PARAM_SPECS, withOverrides, type ParamSpec } from '../../src/engine/index.js';
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

/** Valid overrides for any subset of parameters, cross-field rules respected. */
export const overridesArb: fc.Arbitrary<Record<string, number | string>> = fc
  .record(Object.fromEntries(PARAM_SPECS.map((s) => [s.key, valueArb(s)])), { requiredKeys: [] })
  .map((o) => orderThresholds(o as Record<string, number | string>))
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
  return orderThresholds(x);
}

/** Every parameter drawn from its range, with a small fleet and a short horizon. */
export const smallSimParamsArb: fc.Arbitrary<Record<string, number | string>> = fc
  .record(Object.fromEntries(PARAM_SPECS.map((s) => {
    const b = SMALL_BOUNDS[s.key];
    return [s.key, b ? valueArb(s, b[0], b[1]) : valueArb(s)];
  })))
  .map((o) => fixCrossField(o as Record<string, number | string>));

export const seedArb = fc.integer({ min: 0, max: 0xffffffff });
