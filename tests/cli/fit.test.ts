// `npm run fit` end to end, in a child process: bad input exits 2 with one line naming the
// problem; a small fit prints one JSON object, the same for the same seed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/baseline.js';
import { tempDir, writeJson, type CliRun } from '../helpers/cli.js';

const SLOW = 120_000;
let dir = '';
let small = '';
let broken = '';

function runFit(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fit.mjs'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, one line on standard error starting "fit: " and naming `fragments`, nothing on standard output. */
function expectOneLineError(r: CliRun, ...fragments: string[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('fit: ')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const f of fragments) expect(r.stderr).toContain(f);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|internal error)\b/);
}

// A 20,000-device fleet runs in a few tens of milliseconds, so a whole fit takes about a second.
const SMALL_FIT = ['--free', 'repair.staffPer1000=1:30', '--targets', 'sensors-online-25jul,floor-friday-23utc', '--runs', '8',
  '--population', '4', '--replicates', '1', '--scale', '0.5', '--seed', '3'];

beforeAll(() => {
  dir = tempDir();
  small = writeJson(dir, 'small.json', {
    version: 1, name: 'Small fleet', description: 'fit CLI tests', seed: 3,
    params: { fleet: { windowsSensors: 20_000, customers: 60 }, run: { horizonDays: 8 } },
  });
  broken = writeJson(dir, 'broken.json', { version: 1, name: 'Broken', params: { repair: { staffPer1000: -1 } } });
  runFit(['--help']); // builds the bundle once before the timed tests
}, SLOW);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('fit command line', () => {
  it('fit --help exits 0 and prints the usage, with every target id', () => {
    const r = runFit(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run fit -- <scenario.json> [options]');
    expect(r.stdout).toContain('sensors-online-25jul');
    expect(r.stdout).toContain('--scale X');
    expect(r.stderr).toBe('');
  });

  const bad: [string, string[], string[]][] = [
    ['an unknown parameter, with a suggestion', ['--free', 'repair.staffPerl000'], ['--free repair.staffPerl000: unknown parameter', 'did you mean repair.staffPer1000?']],
    ['a range outside the registry', ['--free', 'repair.staffPer1000=0:3'], ['--free repair.staffPer1000: got 0', 'from 0.05 to 200']],
    ['an empty range', ['--free', 'repair.staffPer1000=5:2'], ['--free repair.staffPer1000: range 5 to 2 is empty']],
    ['a malformed range', ['--free', 'repair.staffPer1000=a:b'], ['--free repair.staffPer1000: got range "a:b"; expected MIN:MAX']],
    ['a date parameter', ['--free', 'push.publishAt'], ['--free push.publishAt: a date and time cannot be fitted']],
    ['a parameter named twice', ['--free', 'repair.staffSpread,repair.staffSpread'], ['--free repair.staffSpread: named twice']],
    ['an unknown target', ['--targets', 'crashed,sevco-tuesday'], ['--targets sevco-tuesday: unknown target; known targets are crashed,']],
    ['a scale of 0', ['--scale', '0'], ['--scale: got "0"; expected a number above 0 and at most 1']],
    ['a scale above 1', ['--scale', '1.5'], ['--scale: got "1.5"']],
    ['too few runs', ['--runs', '2'], ['--runs: got "2"; expected a whole number from 4']],
    ['runs that are not a number', ['--runs', 'many'], ['--runs: got "many"']],
    ['a negative seed', ['--seed', '-1'], ['--seed: got "-1"; expected a whole number from 0 to 4294967295']],
    ['runs too few for the replicates', ['--runs', '6', '--replicates', '2'], ['--runs: 6 runs with 2 seed(s) each is 3 candidate(s); at least 4 are needed']],
    ['free ranges where no set passes the scenario rules', ['--free', 'repair.workdayStartHour=20:23,repair.workdayEndHour=1:19'], ['--free: no valid parameter set found in 1000 draws (params.repair.workdayStartHour:']],
    ['an unknown option', ['--fast'], ['--fast: unknown option (see --help)']],
  ];
  for (const [what, args, fragments] of bad) {
    it(`fit <small> ${args.join(' ')}: ${what} exits 2 with one line`, () => {
      expectOneLineError(runFit([small, ...args]), ...fragments);
    });
  }

  it('fit with no scenario, a missing file or an invalid scenario exits 2 naming it', () => {
    expectOneLineError(runFit([]), 'no scenario file given');
    expectOneLineError(runFit([join(dir, 'nope.json')]), 'nope.json: cannot read scenario (no such file)');
    expectOneLineError(runFit([broken]), 'broken.json: params.repair.staffPer1000: got -1');
  });

  it('fit <small>: one JSON object on standard output, progress on standard error, the same on 2 worker threads and on the main thread', () => {
    const a = runFit([small, ...SMALL_FIT, '--workers', '2']);
    expect(a.status, a.stderr).toBe(0);
    const j = JSON.parse(a.stdout) as Record<string, any>;
    expect(j.scenario).toBe('Small fleet');
    expect(j.seed).toBe(3);
    expect(j.scale).toBe(0.5);
    expect(j.runs).toBe(8);
    expect(j.fullScaleRuns).toBe(1);
    expect(j.targets).toEqual(['sensors-online-25jul', 'floor-friday-23utc']);
    expect(j.free).toEqual([{ key: 'repair.staffPer1000', min: 1, max: 30, log: true, integer: false }]);
    const v = j.best.values['repair.staffPer1000'];
    expect(v).toBeGreaterThanOrEqual(1);
    expect(v).toBeLessThanOrEqual(30);
    expect(j.best.fits.map((f: { id: string }) => f.id)).toEqual(j.targets);
    expect(j.best.fits[0].at).toBe('2024-07-25T12:00:00.000Z');
    expect(j.best.fullScale.fits).toHaveLength(2);
    expect(j.best.simulate).toBe(`npm run -s simulate -- ${small} --set repair.staffPer1000=${v}`);
    expect(j.accepted.length).toBeGreaterThan(0);
    expect(j.posterior[0].key).toBe('repair.staffPer1000');
    expect(a.stderr).toMatch(/^fit: wave 0 \(explore\): 4\/8 runs/m);
    expect(a.stderr).toMatch(/^fit: 8 runs at scale 0.5 in [\d.]+ s/m);
    expect(a.stderr).toMatch(/ on 2 worker threads \(/);
    // The same on the main thread alone as on the worker threads.
    const b = runFit([small, ...SMALL_FIT, '--workers', '1']);
    expect(b.stderr).toMatch(/ on the main thread \(/);
    expect(b.stdout).toBe(a.stdout);
  }, SLOW);

  it('fit <small> --out FILE writes the JSON there and nothing to standard output', () => {
    const out = join(dir, 'fit.json');
    const r = runFit([small, ...SMALL_FIT, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).runs).toBe(8);
    expectOneLineError(runFit([small, ...SMALL_FIT, '--out', join(dir, 'no', 'such', 'dir.json')]), '--out', 'cannot write (ENOENT)');
    expectOneLineError(runFit([small, ...SMALL_FIT, '--out', dir]), '--out', 'cannot write (EISDIR)');
  }, SLOW);
});
