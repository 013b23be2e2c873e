// Errors as values: where (`path`), what (`code`) and the facts (`values`), with no words in
// them, so one function (formatError) can say it in either language. The codes cover what
// src/scenario/ (validate.ts, scenario.ts, migrate.ts, urlState.ts, limits.ts) and the page's
// own input checks report; docs/I18N.md lists them with their values.
//
// `path` says where in the scenario the problem is, in the scenario's own terms:
//   ''                                        the whole input (a file, a link, a run)
//   'params.push.revertMinutes' or 'push.revertMinutes'   a parameter (files nest, links do not)
//   'params.fleet.sectorShare'                 a family of parameters
//   'seed' | 'name' | 'description' | 'version' | 'params'   a field of the scenario
//   anything else                              a key the reader wrote that means nothing (shown as written)
// Where the input came from (a file name, "link", "saved state") is not part of the error: it
// goes in the title of the message that lists the errors.

/** What a refused value looked like, for "got …". Build it with describeValue. */
export type Got =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'list' }
  | { readonly kind: 'object' }
  | { readonly kind: 'nothing' };

type None = Readonly<Record<string, never>>;
/** A value's rule: its kind and range, and the registry unit ("min", "share") if it has one. */
interface Rule {
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

export interface ErrorValues {
  // One value against its rule (parameters, seed). Dates' min and max are epoch milliseconds.
  emptyValue: Rule & { readonly kind: 'number' | 'integer' | 'datetime' };
  notNumber: Rule & { readonly got: Got; readonly kind: 'number' | 'integer' };
  notWholeNumber: Rule & { readonly got: Got };
  outOfRange: Rule & { readonly got: Got; readonly kind: 'number' | 'integer' };
  notDateTime: Rule & { readonly got: Got };
  dateDoesNotExist: Rule & { readonly got: Got };
  dateOutOfRange: Rule & { readonly got: Got };
  wrongType: { readonly got: Got; readonly expected: 'text' | 'object' | 'paramsObject' };
  textTooLong: { readonly length: number; readonly max: number };
  // Keys and fields
  unknownParameter: None;
  unknownParameterDidYouMean: { readonly suggestion: string };
  unknownParameterInGroup: { readonly group: string; readonly known: readonly string[] };
  unknownParameterGroup: { readonly groups: readonly string[] };
  givenTwice: None;
  tooDeep: { readonly depth: number };
  unknownField: { readonly allowed: readonly string[] };
  notScenarioObject: { readonly got: Got; readonly fields: readonly string[] };
  // Versions (`migrated` is a notice, not an error)
  badVersion: { readonly got: Got; readonly max: number };
  versionTooNew: { readonly version: number; readonly max: number };
  migrated: { readonly from: number; readonly to: number };
  // Files and links
  fileTooLarge: { readonly bytes: number; readonly max: number };
  invalidJson: { readonly line: number | null; readonly column: number | null };
  linkTooLong: { readonly length: number; readonly max: number };
  linkUnreadable: None;
  // Rules across parameters
  ringsOverfull: { readonly canary: number; readonly early: number };
  revertAfterRunEnd: { readonly revertMinutes: number; readonly horizonDays: number };
  checkAfterRunEnd: { readonly checkHours: number; readonly horizonDays: number };
  hoursOrder: { readonly start: number; readonly end: number; readonly endKey: string };
  allSectorsZero: None;
  allRegionsZero: None;
  customersExceedSensors: { readonly customers: number; readonly sensors: number };
  // What a browser tab can hold
  tooManySensors: { readonly value: number; readonly max: number };
  tooManyCustomers: { readonly value: number; readonly max: number };
  tooMuchMemory: { readonly bytes: number; readonly maxBytes: number };
}

export type ErrorCode = keyof ErrorValues;

/** One problem, typed by its code: `values` must be that code's values. */
export type StructuredError = { [C in ErrorCode]: { readonly path: string; readonly code: C; readonly values: ErrorValues[C] } }[ErrorCode];

/** Builds an error with its values checked against its code. */
export function structuredError<C extends ErrorCode>(path: string, code: C, values: ErrorValues[C]): StructuredError {
  return { path, code, values } as StructuredError;
}

const NO_VALUES: None = Object.freeze({});
/** For codes without values: structuredError(path, 'givenTwice', noValues). */
export const noValues = NO_VALUES;

export function describeValue(v: unknown): Got {
  if (v === undefined) return { kind: 'nothing' };
  if (v === null) return { kind: 'null' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (Array.isArray(v)) return { kind: 'list' };
  return { kind: 'object' };
}

/** Line and column (from 1) of a JSON.parse error, from the engine's message ("… at position 12",
 * "(line 2 column 5)", Firefox's "at line 2 column 5"); nulls when the message names neither. */
export function jsonErrorLocation(text: string, error: unknown): { line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return { line: null, column: null };
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
