// The command line's ensembles and rankings: --runs adds a band for every summary figure (and
// down_pX columns to the CSV), the same for any number of worker threads and for a seed; and
// --sensitivity ranks the levers. A small fleet keeps the runs quick; the model is the same.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SMALL = ['--set', 'fleet.windowsSensors=400000', '--set', 'fleet.customers=1200', '--set', 'run.horizonDays=8', '--set', 'run.checkHours=150'];

interface Band { p5: number | null; p50: number | null; p95: number | null }

describe('simulate --runs', () => {
  it('--runs 8 --vary both: ordered bands for every summary figure; identical on 1 and 2 worker threads', () => {
    const one = runCli(['scenarios/july-2024.json', '--runs', '8', '--vary', 'both', '--workers', '1', ...SMALL]);
    expect(one.status, one.stderr).toBe(0);
    const two = runCli(['scenarios/july-2024.json', '--runs', '8', '--vary', 'both', '--workers', '2', ...SMALL]);
    expect(two.stdout).toBe(one.stdout);
    const j = JSON.parse(one.stdout) as { crashed: number; ensemble: { runs: number; vary: string; varied: string[]; bands: Record<string, Band> } };
    expect(j.ensemble.runs).toBe(8);
    // The fleet size was set by --set: it is the scenario's what-if, held, not varied.
    expect(j.ensemble.varied).not.toContain('fleet.windowsSensors');
    expect(j.ensemble.varied).toContain('repair.staffPer1000');
    for (const f of ['crashed', 'peakDown', 'deviceHoursLost', 'sensorsOnlineAtCheck', 'hoursTo50', 'hoursTo90']) {
      const b = j.ensemble.bands[f]!;
      expect(b, f).toBeDefined();
      expect(b.p5!, f).toBeLessThanOrEqual(b.p50!);
      expect(b.p50!, f).toBeLessThanOrEqual(b.p95!);
    }
    expect(j.ensemble.bands['crashed']!.p5!).toBeLessThan(j.ensemble.bands['crashed']!.p95!);
  }, 120_000);

  it('--percentiles 10,90 --vary seed --format csv: down_p10, down_p50 and down_p90 columns, low <= median <= high', () => {
    const r = runCli(['scenarios/july-2024.json', '--runs', '5', '--vary', 'seed', '--percentiles', '10,90', '--format', 'csv', ...SMALL]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    const head = lines[0]!.split(',');
    expect(head.slice(-3)).toEqual(['down_p10', 'down_p50', 'down_p90']);
    for (const row of lines.slice(1, 400)) {
      const c = row.split(',').slice(-3).map(Number);
      expect(c[0]!).toBeLessThanOrEqual(c[1]!);
      expect(c[1]!).toBeLessThanOrEqual(c[2]!);
    }
  }, 120_000);
});

describe('simulate --sensitivity', () => {
  it('--sensitivity levers ranks the ten levers by swing of the chosen figure', () => {
    const r = runCli(['scenarios/july-2024.json', '--sensitivity', 'levers', '--figure', 'deviceHoursLost', ...SMALL]);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { figure: string; rows: { id: string; swing: number; low: number; high: number }[] };
    expect(j.figure).toBe('deviceHoursLost');
    expect(j.rows).toHaveLength(10);
    for (let i = 1; i < j.rows.length; i++) expect(j.rows[i - 1]!.swing).toBeGreaterThanOrEqual(j.rows[i]!.swing);
    const staff = j.rows.find((x) => x.id === 'staff')!;
    expect(staff.high).toBeLessThan(staff.low);
  }, 120_000);

  it('bad analysis flags exit 2 with one line naming the problem', () => {
    for (const [args, want] of [
      [['--runs', '1'], /--runs: got "1"/],
      [['--vary', 'seeds'], /--vary: got "seeds"/],
      [['--percentiles', '60,95'], /--percentiles: got "60,95"/],
      [['--sensitivity', 'all'], /--sensitivity: got "all"/],
      [['--figure', 'money'], /--figure: got "money"/],
      [['--runs', '3', '--sensitivity', 'levers'], /choose one/],
    ] as const) {
      const r = runCli(['scenarios/july-2024.json', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(want);
      expect(r.stdout).toBe('');
    }
  }, 60_000);
});
