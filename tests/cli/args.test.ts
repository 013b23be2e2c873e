import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAM_BY_KEY, PARAM_SPECS } from '../../src/engine/params.js';
import { MAX_WORKERS, USAGE, parseArgs, type CliArgs } from '../../src/cli/args.js';
import { logCases } from '../helpers/messages.js';

const ok = (argv: string[]): CliArgs => {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
};
const errors = (argv: string[]): string[] => {
  const r = parseArgs(argv);
  return r.ok ? [] : r.errors;
};

describe('parseArgs', () => {
  it('parseArgs([file]) takes the defaults: json to standard output, the scenario seed, no overrides', () => {
    expect(ok(['s.json'])).toEqual({
      help: false, scenario: 's.json', seed: null, format: 'json', out: null, org: null, set: {}, workers: null,
      runs: null, vary: 'both', percentiles: [5, 95], sensitivity: null, figure: 'deviceHoursLost',
    });
  });

  it('parseArgs reads every option, as "--flag value" and as "--flag=value"', () => {
    const a = ok(['s.json', '--seed', '7', '--format', 'csv', '--out', 'o.csv', '--org=org.json', '--set', 'push.revertMinutes=30', '--set=push.publishAt=2024-07-18T14:09:00Z', '--workers', '3']);
    expect(a).toEqual({
      help: false, scenario: 's.json', seed: 7, format: 'csv', out: 'o.csv', org: 'org.json',
      set: { 'push.revertMinutes': 30, 'push.publishAt': '2024-07-18T14:09:00Z' }, workers: 3,
      runs: null, vary: 'both', percentiles: [5, 95], sensitivity: null, figure: 'deviceHoursLost',
    });
    expect(ok(['s.json', '--workers=1']).workers).toBe(1);
    expect(ok(['--seed=0', 's.json']).seed).toBe(0);
    expect(ok(['s.json', '--seed', '4294967295']).seed).toBe(4294967295);
  });

  it('parseArgs(--help) needs no scenario; -h too', () => {
    expect(ok(['--help']).help).toBe(true);
    expect(ok(['-h']).help).toBe(true);
    expect(USAGE).toContain('Usage: npm run simulate -- <scenario.json>');
  });

  it('parseArgs without a scenario file says so, unless an organisation is given (it then runs under the baseline)', () => {
    expect(errors([])).toEqual(['no scenario file given (see --help)']);
    expect(ok(['--org', 'org.json'])).toMatchObject({ scenario: null, org: 'org.json' });
    expect(errors(['--org'])).toEqual(['--org: needs a value']);
  });

  it('parseArgs refuses a seed that is not a whole number from 0 to 4294967295', () => {
    for (const v of ['abc', '-1', '1.5', '1e3', '4294967296', '', ' 7', '0x10']) {
      expect(errors(['s.json', `--seed=${v}`]), v).toEqual([`--seed: got "${v}"; expected a whole number from 0 to 4294967295`]);
    }
  });

  it('parseArgs refuses a worker count that is not a whole number from 1 to MAX_WORKERS', () => {
    for (const v of ['0', '-2', '1.5', 'all', '', '257']) {
      expect(errors(['s.json', `--workers=${v}`]), v).toEqual([`--workers: got "${v}"; expected a whole number from 1 to ${MAX_WORKERS}`]);
    }
    expect(ok(['s.json', `--workers=${MAX_WORKERS}`]).workers).toBe(MAX_WORKERS);
  });

  it('parseArgs refuses formats other than json and csv', () => {
    expect(errors(['s.json', '--format', 'xml'])).toEqual(['--format: got "xml"; expected json or csv']);
    expect(errors(['s.json', '--format', 'JSON'])).toHaveLength(1);
  });

  it('parseArgs: a flag missing its value says so', () => {
    expect(errors(['s.json', '--seed'])).toEqual(['--seed: needs a value']);
    expect(errors(['s.json', '--out', '--seed', '3'])).toEqual(['--out: needs a value']);
    expect(errors(['s.json', '--set'])).toEqual(['--set: needs a value']);
  });

  it('parseArgs: --set checks the key and the value like a scenario file does', () => {
    expect(errors(['s.json', '--set', 'push.nope=1'])).toEqual(['--set push.nope: unknown parameter']);
    expect(errors(['s.json', '--set', 'push.revertMinutes=abc'])[0]).toBe('--set push.revertMinutes: got "abc"; expected a whole number from 1 to 20160 (min), or "never"');
    expect(errors(['s.json', '--set', 'push.revertMinutes=0'])[0]).toContain('--set push.revertMinutes: got 0');
    expect(errors(['s.json', '--set', 'push.revertMinutes=NaN'])[0]).toContain('got "NaN"');
    expect(errors(['s.json', '--set', 'push.revertMinutes'])[0]).toContain('expected KEY=VALUE');
    expect(errors(['s.json', '--set', '=5'])[0]).toContain('expected KEY=VALUE');
    expect(errors(['s.json', '--set', 'push.publishAt=yesterday'])[0]).toContain('--set push.publishAt');
    expect(ok(['s.json', '--set', 'repair.staffPer1000=1e1']).set).toEqual({ 'repair.staffPer1000': 10 });
  });

  it('parseArgs refuses unknown options and a second scenario file, and lists every error', () => {
    expect(errors(['s.json', '--bogus'])).toEqual(['--bogus: unknown option (see --help)']);
    expect(errors(['s.json', '-x'])).toEqual(['-x: unknown option (see --help)']);
    expect(errors(['a.json', 'b.json'])).toEqual(['b.json: only one scenario file can be given (already have a.json)']);
    expect(errors(['s.json', '--seed', 'x', '--format', 'xml', '--nope'])).toHaveLength(3);
  });

  it('parseArgs never throws on random argument lists (seed 301)', () => {
    let runs = 0;
    const flag = fc.constantFrom('--help', '-h', '--seed', '--format', '--out', '--set', '--', '-', '--seed=', '--set=', '--=');
    const setArg = fc.tuple(fc.oneof(fc.constantFrom(...PARAM_SPECS.map((s) => s.key)), fc.string({ maxLength: 12 })), fc.string({ maxLength: 12 })).map(([k, v]) => `${k}=${v}`);
    const arg = fc.oneof(flag, setArg, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.integer().map(String),
      fc.tuple(flag, fc.string({ maxLength: 10 })).map(([f, v]) => `${f}=${v}`));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 10 }), (argv) => {
        runs++;
        const r = parseArgs(argv);
        if (r.ok) {
          const a = r.value;
          expect(a.help || a.scenario !== null).toBe(true);
          expect(['json', 'csv']).toContain(a.format);
          if (a.seed !== null) expect(Number.isInteger(a.seed) && a.seed >= 0 && a.seed <= 0xffffffff).toBe(true);
          for (const k of Object.keys(a.set)) expect(PARAM_BY_KEY.has(k)).toBe(true);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(typeof e === 'string' && e.length > 0).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 301 },
    );
    logCases('CLI argv', runs);
  });
});
