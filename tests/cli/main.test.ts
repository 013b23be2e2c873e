// The command line end to end, in a child process. Most runs use a 20,000-device scenario so
// they take a fraction of a second; the full baseline runs once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeJson, type CliRun } from '../helpers/cli.js';

const SLOW = 120_000;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
let dir = '';
let small = '';

/** Exit 2, one short message naming `fragments` on standard error, nothing on standard output. */
function expectInputError(r: CliRun, ...fragments: string[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('simulate: ')).toBe(true);
  for (const f of fragments) expect(r.stderr).toContain(f);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|internal error)\b/);
}

beforeAll(() => {
  dir = tempDir();
  small = writeJson(dir, 'small.json', {
    version: 1, name: 'Small fleet', description: 'CLI tests', seed: 3,
    params: { fleet: { windowsSensors: 20_000, customers: 60 }, run: { horizonDays: 8 } },
  });
  // Builds the bundle once (cached in node_modules/.cache) before the timed tests.
  runCli(['--help']);
}, SLOW);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('simulate command line', () => {
  it('simulate --help exits 0 and prints the usage', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run simulate -- <scenario.json> [options]');
    expect(r.stdout).toContain('--format json|csv');
    expect(r.stderr).toBe('');
  });

  it('simulate scenarios/july-2024.json --format json prints one JSON object and nothing else', () => {
    const r = runCli(['scenarios/july-2024.json', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(typeof j).toBe('object');
    expect(r.stdout.trim().startsWith('{') && r.stdout.trim().endsWith('}')).toBe(true);
    expect(j.scenario).toBe('July 2024 baseline');
    expect(j.fleet).toBe(14_550_000);
    expect(j.exposed).toBeGreaterThanOrEqual(j.crashed as number);
    expect(j.crashed).toBeGreaterThan(8_300_000);
    expect(j.crashed).toBeLessThan(8_800_000);
    expect(j.peakDown).toBeGreaterThan(0);
    expect(j.peakDownAt).toMatch(ISO);
    expect(Object.keys(j.hoursTo as object)).toEqual(['50', '90', '97', '99']);
    for (const h of Object.values(j.hoursTo as Record<string, number | null>)) expect(h === null || h > 0).toBe(true);
    expect(Number.isInteger(j.deviceHoursLost)).toBe(true);
    expect(j.deviceHoursLost).toBeGreaterThan(0);
    expect(j.sensorsOnlineAtCheck).toBeGreaterThanOrEqual(0.97);
    // The service layer: money, services per sector, flights per UTC day, hospitals.
    expect(j.lossUSD).toBeGreaterThan(1e9);
    const bySector = j.bySector as { sector: string; crashed: number; deviceHoursLost: number; serviceHoursLost: number; lossUSD: number }[];
    expect(bySector).toHaveLength(11);
    for (const b of bySector) {
      expect(b.serviceHoursLost, b.sector).toBeGreaterThan(0);
      expect(b.lossUSD, b.sector).toBeGreaterThan(0);
    }
    const days = j.flightsCancelledByDay as Record<string, number>;
    expect(Object.keys(days).slice(0, 3)).toEqual(['2024-07-19', '2024-07-20', '2024-07-21']);
    expect(days['2024-07-19']).toBeGreaterThan(1000);
    const h = j.hospitals as { shareDisrupted: number; outageHours: Record<string, number> };
    expect(h.shareDisrupted).toBeGreaterThan(0);
    expect(h.outageHours.p50).toBeGreaterThan(0);
    expect((j.fortune500Like as { customers: number }).customers).toBe(298);
  }, SLOW);

  it('simulate --org <example> runs the organisation under the July 2024 baseline', () => {
    const r = runCli(['--org', 'scenarios/orgs/delta-scale-airline.json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(j)[0]).toBe('organisation');
    const o = j.organisation as { name: string; sector: string; devices: number; sites: unknown[] };
    expect(o).toMatchObject({ name: 'Delta-scale airline', sector: 'airlines', devices: 77_000 });
    expect(o.sites).toHaveLength(8);
    expect(j.scenario).toBe('July 2024 baseline');
    expect(j.fleet).toBe(77_000);
    const days = Object.values(j.flightsCancelledByDay as Record<string, number>);
    const total = days.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(3500);
    expect(total).toBeLessThan(14_000);
    const airlines = (j.bySector as { sector: string; lossUSD: number }[]).find((b) => b.sector === 'airlines')!;
    expect(airlines.lossUSD).toBe(j.lossUSD);
    // The organisation is part of the inputs the hash stands for.
    const plain = JSON.parse(runCli([small]).stdout) as { paramsHash: string };
    const withOrg = JSON.parse(runCli([small, '--org', 'scenarios/orgs/delta-scale-airline.json']).stdout) as { paramsHash: string };
    expect(withOrg.paramsHash).not.toBe(plain.paramsHash);
    expect(withOrg.paramsHash).toMatch(/^[0-9a-f]{8}$/);
  }, SLOW);

  it('simulate <small> --org <file> --format csv prints the organisation\'s series with the service columns', () => {
    const org = writeJson(dir, 'clinic.json', { sector: 'healthcare', sites: [{ region: 'anz', devices: { server: 10, workstation: 200, fixed: 30 } }] });
    const r = runCli([small, '--org', org, '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    const all = r.stdout.trimEnd().split('\n');
    expect(all.find((l) => l.startsWith('# parameters: '))).toMatch(/hash of every parameter value, the seed and the organisation/);
    const lines = all.filter((l) => !l.startsWith('#'));
    const header = lines[0]!.split(',');
    expect(header).toContain('flightsCancelled');
    expect(header).toContain('service_healthcare');
    expect(header).toContain('lossUSD_healthcare');
    const col = header.indexOf('service_healthcare');
    const service = lines.slice(1).map((l) => Number(l.split(',')[col]));
    expect(Math.min(...service)).toBeLessThan(1);
    expect(Number(lines[1]!.split(',')[header.indexOf('exposed')])).toBe(0);
  }, SLOW);

  it('simulate <small> --format csv prints the series with its header', () => {
    const r = runCli([small, '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const all = r.stdout.trimEnd().split('\n');
    const notes = all.filter((l) => l.startsWith('# '));
    const lines = all.slice(notes.length);
    expect(all.slice(0, notes.length)).toEqual(notes);
    const note = (k: string) => notes.find((l) => l.startsWith(`# ${k}: `))?.slice(k.length + 4);
    const file = JSON.parse(readFileSync(small, 'utf8')) as { name: string; seed: number };
    expect(note('run')).toBe(file.name);
    expect(note('scenario')).toBe(file.name);
    expect(note('seed')).toBe(String(file.seed));
    expect(note('parameters')).toMatch(/^[0-9a-f]{8} \(hash/);
    expect(note('link')).toBeUndefined();
    expect(note('time')).toMatch(/1 min from 1 h before publish to 6 h after publish, then 10 min to 8 d after publish/);
    expect(note('units')).toMatch(/cumulative/);
    expect(lines[0]!.startsWith('time,exposed,crashed,down,recovered,sensorsOnlineShare,crashedRecoveredShare')).toBe(true);
    expect(lines.length).toBe(1 + 420 + (8 * 1440 - 360) / 10);
    expect(lines[1]!.split(',')[0]).toMatch(ISO);
  }, SLOW);

  it('simulate --format csv: the notes name an edited run as the page does, and the scenario a file was edited from', () => {
    const notes = (r: CliRun) => {
      expect(r.status, r.stderr).toBe(0);
      return Object.fromEntries(r.stdout.split('\n').filter((l) => l.startsWith('# ') && l.includes(': ')).map((l) => {
        const i = l.indexOf(': ');
        return [l.slice(2, i), l.slice(i + 2)];
      }));
    };
    const set = notes(runCli([small, '--format', 'csv', '--seed', '5', '--set', 'push.revertMinutes=20']));
    expect(set['run']).toBe('Small fleet, edited: revert after 20 min, seed 5');
    expect(set['scenario']).toBe('Small fleet');
    expect(set['seed']).toBe('5');
    const edited = writeJson(dir, 'edited.json', {
      version: 1, name: 'My small run', description: 'Edited from “Small fleet”: revert after 20 min (was 78 min).', seed: 3,
      params: { fleet: { windowsSensors: 20_000, customers: 60 }, run: { horizonDays: 8 }, push: { revertMinutes: 20 } },
      basedOn: { name: 'Small fleet', seed: 3, params: { fleet: { windowsSensors: 20_000, customers: 60 }, run: { horizonDays: 8 } } },
    });
    const fromFile = notes(runCli([edited, '--format', 'csv']));
    expect(fromFile['run']).toBe('My small run');
    expect(fromFile['scenario']).toBe('Small fleet');
  }, SLOW);

  it('simulate <small> --format csv | head: a reader closing the pipe early is not an error', () => {
    // Through a shell pipe, as a user types it; `head -n 2` closes stdin after two lines.
    const r = spawnSync('bash', ['-c', `node scripts/simulate.mjs '${small}' --format csv | head -n 2; exit \${PIPESTATUS[0]}`], {
      cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8', timeout: 90_000, env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.status).toBe(0);
  }, SLOW);

  it('simulate <small> --out FILE writes the file and prints nothing', () => {
    const out = join(dir, 'result.json');
    const r = runCli([small, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const j = JSON.parse(readFileSync(out, 'utf8')) as { scenario: string; seed: number; fleet: number };
    expect(j.scenario).toBe('Small fleet');
    expect(j.seed).toBe(3);
    expect(j.fleet).toBe(20_000);
  }, SLOW);

  it('simulate <small> --seed changes the result; the same seed repeats it', () => {
    const a = JSON.parse(runCli([small]).stdout) as { seed: number; deviceHoursLost: number; paramsHash: string };
    const b = JSON.parse(runCli([small, '--seed', '99']).stdout) as typeof a;
    const c = JSON.parse(runCli([small, '--seed=3']).stdout) as typeof a;
    expect(a.seed).toBe(3);
    expect(b.seed).toBe(99);
    expect(b.deviceHoursLost).not.toBe(a.deviceHoursLost);
    expect(b.paramsHash).not.toBe(a.paramsHash);
    expect(c).toEqual(a);
  }, SLOW);

  it('simulate <small> --set overrides a parameter', () => {
    const r = runCli([small, '--set', 'push.kernelModeShare=0']);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { crashed: number; agentOnlyFailures: number };
    expect(j.crashed).toBe(0);
    expect(j.agentOnlyFailures).toBeGreaterThan(0);
  }, SLOW);

  it('simulate <small> --workers 1, 2 and 3: the same JSON and CSV, byte for byte', () => {
    for (const format of ['json', 'csv']) {
      const one = runCli([small, '--format', format, '--workers', '1']);
      expect(one.status, one.stderr).toBe(0);
      for (const n of ['2', '3']) {
        const r = runCli([small, '--format', format, '--workers', n]);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout === one.stdout, `${format}, ${n} workers`).toBe(true);
      }
    }
  }, SLOW);

  it('Ctrl-C during a run on 2 workers ends it within a second: "simulate: cancelled", exit 130, nothing on standard output', async () => {
    // 80 million devices take several seconds, so the interrupt lands mid-run.
    const args = ['scripts/simulate.mjs', 'scenarios/july-2024.json', '--workers', '2', '--set', 'fleet.windowsSensors=80000000'];
    const child = spawn(process.execPath, args, { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(code).toBe(130);
    expect(stderr).toBe('simulate: cancelled\n');
    expect(stdout).toBe('');
  }, SLOW);

  describe('bad input exits 2 with a short message and no stack trace', () => {
    it('a bad flag: one line naming it and pointing to --help, not the whole usage', () => {
      for (const argv of [[small, '--fast'], [small, '--workers', '0'], [small, '--seed', 'abc', '--format', 'xml']]) {
        const r = runCli(argv);
        expectInputError(r, argv[1]!, '(see --help)');
        expect(r.stderr.split('\n').filter(Boolean), r.stderr).toHaveLength(1);
        expect(r.stderr).not.toContain('Usage:');
      }
      expect(runCli([small, '--seed', 'abc', '--format', 'xml']).stderr).toBe('simulate: --seed: got "abc"; expected a whole number from 0 to 4294967295; 1 more problem (see --help)\n');
    });
    it('a scenario nested 10,000 levels deep: exit 2 naming the field, not a stack overflow', () => {
      const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
      const version = join(dir, 'deep-version.json');
      writeFileSync(version, `{"version": ${deep(10_000)}, "name": "x", "params": {}}`);
      expectInputError(runCli([version]), 'deep-version.json: version: nested more than 100 levels deep');
      const params = join(dir, 'deep-params.json');
      writeFileSync(params, `{"name": "x", "params": {"push": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}}`);
      expectInputError(runCli([params]), 'deep-params.json: params: nested more than 100 levels deep');
    });
    it('a missing file', () => {
      expectInputError(runCli([join(dir, 'nope.json')]), 'nope.json: cannot read scenario (no such file)');
    });
    it('a folder instead of a file', () => {
      expectInputError(runCli([dir]), 'cannot read scenario (is a directory)');
    });
    it('invalid JSON', () => {
      expectInputError(runCli([writeJson(dir, 'broken.json', '{"name": "x",')]), 'broken.json: not valid JSON');
    });
    it('an empty file', () => {
      expectInputError(runCli([writeJson(dir, 'empty.json', '')]), 'empty.json: not valid JSON');
    });
    it('a schema violation (unknown field, unknown parameter)', () => {
      const r = runCli([writeJson(dir, 'schema.json', { nmae: 'x', params: { push: { revertMinute: 30 } } })]);
      expectInputError(r, 'schema.json: nmae: unknown field', 'schema.json: params.push.revertMinute: unknown parameter');
      expect(r.stderr.trim().split('\n')).toHaveLength(2);
    });
    it('an out-of-range value in the file', () => {
      expectInputError(runCli([writeJson(dir, 'range.json', { params: { fleet: { windowsSensors: 1e308 } } })]), 'range.json: params.fleet.windowsSensors: got 1.000e+308');
    });
    it('a newer scenario version', () => {
      expectInputError(runCli([writeJson(dir, 'v3.json', { version: 3 })]), 'v3.json: version: 3 is newer');
    });
    it('a non-numeric seed', () => {
      expectInputError(runCli([small, '--seed', 'abc']), '--seed: got "abc"');
    });
    it('an unknown flag', () => {
      expectInputError(runCli([small, '--fast']), '--fast: unknown option');
    });
    it('--format xml', () => {
      expectInputError(runCli([small, '--format', 'xml']), '--format: got "xml"; expected json or csv');
    });
    it('--set with an unknown key', () => {
      expectInputError(runCli([small, '--set', 'push.nope=1']), '--set push.nope: unknown parameter');
    });
    it('--set with a bad value', () => {
      expectInputError(runCli([small, '--set', 'push.revertMinutes=soon']), '--set push.revertMinutes: got "soon"');
    });
    it('--set that breaks a cross-field rule', () => {
      expectInputError(runCli([small, '--set', 'run.horizonDays=2']), 'with --set: params.run.checkHours');
    });
    it('--out into a folder that does not exist', () => {
      expectInputError(runCli([small, '--out', join(dir, 'no', 'such', 'dir', 'x.json')]), '--out', 'cannot write (ENOENT)');
    });
    it('no scenario file', () => {
      expectInputError(runCli([]), 'no scenario file given');
    });
    it('--org: a missing organisation file', () => {
      expectInputError(runCli([small, '--org', join(dir, 'none.json')]), 'none.json: cannot read organisation (no such file)');
    });
    it('--org: an organisation file with bad fields', () => {
      const bad = writeJson(dir, 'badorg.json', { sector: 'airline', sites: [{ region: 'na-east', devices: { server: -1 } }] });
      const r = runCli([small, '--org', bad]);
      expectInputError(r, 'badorg.json: sector: got "airline"', 'badorg.json: sites[0].devices.server: got -1');
    });
  });
});
