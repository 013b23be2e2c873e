// The flag reader the three commands share: values after '=' or in the next argument, a missing
// value named, plain arguments passed through, whole numbers checked against their range.
import { describe, expect, it } from 'vitest';
import { eachFlag, wholeNumber } from '../../src/cli/flags.js';

function read(argv: string[]): { seen: [string, string | null][]; errors: string[] } {
  const errors: string[] = [];
  const seen: [string, string | null][] = [];
  eachFlag(argv, errors, ({ flag, arg, take }) => seen.push(flag.startsWith('--') ? [flag, take()] : [arg, null]));
  return { seen, errors };
}

describe('eachFlag', () => {
  it('reads --flag value and --flag=value alike, and passes plain arguments through', () => {
    expect(read(['a.json', '--seed', '7', '--out=x.json', '--lang=ja'])).toEqual({
      seen: [['a.json', null], ['--seed', '7'], ['--out', 'x.json'], ['--lang', 'ja']], errors: [],
    });
  });

  it('a flag with nothing after it, or another flag after it, needs a value; the next flag is still read', () => {
    expect(read(['--seed', '--out', 'x'])).toEqual({ seen: [['--seed', null], ['--out', 'x']], errors: ['--seed: needs a value'] });
    expect(read(['--out'])).toEqual({ seen: [['--out', null]], errors: ['--out: needs a value'] });
  });
});

describe('FlagArg.whole', () => {
  it('reads the value and checks it as a whole number, naming the flag', () => {
    const errors: string[] = [];
    const got: (number | null)[] = [];
    eachFlag(['--seed', '7', '--workers=0', '--runs'], errors, ({ whole }) => got.push(whole(1, 9)));
    expect(got).toEqual([7, null, null]);
    expect(errors).toEqual(['--workers: got "0"; expected a whole number from 1 to 9', '--runs: needs a value']);
  });
});

describe('wholeNumber', () => {
  it('takes whole numbers within the range and names the flag otherwise', () => {
    const errors: string[] = [];
    expect(wholeNumber('--runs', '12', 2, 1000, errors)).toBe(12);
    expect(wholeNumber('--runs', '1', 2, 1000, errors)).toBe(null);
    expect(wholeNumber('--runs', '2.5', 2, 1000, errors)).toBe(null);
    expect(wholeNumber('--runs', '-3', 2, 1000, errors)).toBe(null);
    expect(errors).toEqual([
      '--runs: got "1"; expected a whole number from 2 to 1000',
      '--runs: got "2.5"; expected a whole number from 2 to 1000',
      '--runs: got "-3"; expected a whole number from 2 to 1000',
    ]);
  });
});
