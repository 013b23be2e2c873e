import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, REGION_CSV_COLUMNS, SECTOR_CSV_COLUMNS, SERVICE_CSV_COLUMNS, offsetText, regionCsv, sectorCsv, timeStepText, toCsv, type CsvAbout } from '../../src/results/csv.js';
import { serviceImpact } from '../../src/services/impact.js';
import { simulate } from '../../src/engine/simulate.js';
import { toSeries } from '../../src/results/series.js';
import { seriesBands } from '../../src/results/bands.js';
import { summarize } from '../../src/results/summary.js';
import { sectorRows } from '../../src/results/sectorRows.js';
import { regionRows } from '../../src/results/regionRows.js';
import { SECTORS } from '../../src/engine/types.js';
import { handMade } from '../helpers/handMade.js';
import { smallParams } from '../helpers/params.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ABOUT: CsvAbout = { run: 'Baseline, edited: revert after 20 min', scenario: 'Baseline', seed: 3, paramsHash: '0a0162bb', link: 'https://example.org/?v=1&seed=3' };

/** The notes ("# key: value") and the table that follows them. */
function split(text: string): { title: string; notes: Record<string, string>; lines: string[] } {
  const all = text.trimEnd().split('\n');
  const n = all.findIndex((l) => !l.startsWith('#'));
  const notes: Record<string, string> = {};
  for (const l of all.slice(1, n)) {
    const i = l.indexOf(': ');
    notes[l.slice(2, i)] = l.slice(i + 2);
  }
  return { title: all[0]!, notes, lines: all.slice(n) };
}

describe('toCsv', () => {
  it('toCsv notes name the run, scenario, seed, parameter hash and link, the units and the time step', () => {
    const r = handMade([1], [0]);
    const { title, notes } = split(toCsv(toSeries(r), r, ABOUT));
    expect(title).toBe('# Outage impact simulator: time series, one row per time bin');
    expect(notes['run']).toBe(ABOUT.run);
    expect(notes['scenario']).toBe('Baseline');
    expect(notes['seed']).toBe('3');
    expect(notes['parameters']).toMatch(/^0a0162bb /);
    expect(notes['link']).toBe(ABOUT.link);
    expect(notes['time']).toBe('end of each bin, ISO 8601 UTC; time step 60 min from publish to 1 h after publish');
    expect(notes['units']).toMatch(/cumulative/);
    expect(notes['format']).toMatch(/lines starting with #/);
    // Without a link (the command line) there is no link line; a name cannot break a line.
    const cli = split(toCsv(toSeries(r), r, { ...ABOUT, link: undefined, run: 'two\nlines' }));
    expect(cli.notes['link']).toBeUndefined();
    expect(cli.notes['run']).toBe('two lines');
  });

  it('toCsv columns: the summary columns, down per sector, then sensors offline on machines that stayed up', () => {
    const r = handMade([1], [0]);
    const header = split(toCsv(toSeries(r), r, ABOUT)).lines[0]!;
    const expected = ['time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare', ...SECTORS.map((s) => `down_${s}`), 'agentOnlyDown'];
    expect(header.split(',')).toEqual(expected);
    expect(expected.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
  });

  it('toCsv on a hand-made result: one row per bin, ISO times, cumulative counts', () => {
    const r = handMade([40, 20, 0], [0, 10, 30]);
    const text = toCsv(toSeries(r), r, ABOUT);
    expect(text.endsWith('\n')).toBe(true);
    const { lines } = split(text);
    expect(lines.length).toBe(1 + 3);
    const row = (i: number) => lines[i]!.split(',');
    expect(row(1)[0]).toBe('2024-07-19T05:09:00.000Z');
    expect(row(1).slice(1).map(Number)).toEqual([40, 40, 40, 0, 0.6, 0, 40, ...Array<number>(SECTORS.length - 1).fill(0), 0]);
    expect(row(3)[0]).toBe('2024-07-19T07:09:00.000Z');
    expect(row(3).slice(1, 7).map(Number)).toEqual([60, 60, 20, 40, 0.8, 0.666667]);
  });

  it('toCsv on a small run: every row has every column and matches the series; the time step is read off the bins', () => {
    const r = simulate(smallParams({ 'run.horizonDays': 2, 'run.checkHours': 24 }), 3);
    const s = toSeries(r);
    const { lines, notes } = split(toCsv(s, r, ABOUT));
    expect(notes['time']).toBe('end of each bin, ISO 8601 UTC; time step 1 min from 1 h before publish to 6 h after publish, then 10 min to 2 d after publish');
    expect(lines.length).toBe(r.nBins + 1);
    const width = 8 + SECTORS.length;
    for (let i = 1; i < lines.length; i++) {
      const cells = lines[i]!.split(',');
      expect(cells.length).toBe(width);
      expect(cells[0]).toMatch(ISO);
      expect(Date.parse(cells[0]!)).toBe(s.timeMs[i - 1]);
      expect(Number(cells[2])).toBe(s.crashed[i - 1]);
      expect(Number(cells[3])).toBe(s.down[i - 1]);
      expect(Number(cells[5])).toBeCloseTo(s.sensorsOnlineShare[i - 1]!, 6);
      expect(cells.slice(1).every((c) => Number.isFinite(Number(c)))).toBe(true);
    }
  });

  it('toCsv with the service figures: per-sector service share and money so far, and flights cancelled so far', () => {
    const params = smallParams({ 'run.horizonDays': 3, 'run.checkHours': 24 });
    const r = simulate(params, 3);
    const im = serviceImpact(r, params);
    const { lines, notes } = split(toCsv(toSeries(r), r, ABOUT, im));
    expect(notes['units']).toMatch(/service_<sector>: share of the sector’s normal service delivered/);
    const header = lines[0]!.split(',');
    expect(header).toEqual([...CSV_COLUMNS, ...SERVICE_CSV_COLUMNS]);
    expect(SERVICE_CSV_COLUMNS).toContain('service_healthcare');
    expect(SERVICE_CSV_COLUMNS).toContain('lossUSD_banking');
    const col = (name: string) => lines.slice(1).map((l) => Number(l.split(',')[header.indexOf(name)]));
    for (const sector of SECTORS) {
      const service = col(`service_${sector}`);
      expect(service.every((x) => x >= 0 && x <= 1)).toBe(true);
      const loss = col(`lossUSD_${sector}`);
      expect(loss[0]).toBe(0);
      for (let i = 1; i < loss.length; i++) expect(loss[i]!).toBeGreaterThanOrEqual(loss[i - 1]!);
      const total = im.sectors.find((x) => x.sector === sector)!.lossUSD;
      expect(loss[loss.length - 1]!).toBeCloseTo(total, -1);
    }
    expect(Math.min(...col('service_banking'))).toBeLessThan(1);
    const flights = col('flightsCancelled');
    expect(flights[flights.length - 1]!).toBeCloseTo(im.flights.cancelled, 0);
  });

  it('toCsv with an ensemble\'s bands: devices down at the low, median and high percentiles, named in the units note', () => {
    const a = handMade([40, 20, 0], [0, 10, 30]);
    const b = handMade([60, 0, 0], [0, 30, 30]);
    const bands = seriesBands([toSeries(a), toSeries(b)], 10, 90);
    const { lines, notes } = split(toCsv(toSeries(a), a, ABOUT, null, bands));
    expect(lines[0]!.split(',').slice(-3)).toEqual(['down_p10', 'down_p50', 'down_p90']);
    expect(notes['units']).toMatch(/down_p10, down_p50, down_p90: devices down at that time, at the 10th, 50th and 90th percentiles/);
    const last = lines[3]!.split(',').slice(-3).map(Number);
    expect(last[0]).toBeLessThanOrEqual(last[1]!);
    expect(last[1]).toBeLessThanOrEqual(last[2]!);
  });

  it('toCsv says what the hash covers when it covers more than the parameters', () => {
    const r = handMade([1], [0]);
    expect(split(toCsv(toSeries(r), r, { ...ABOUT, hashCovers: 'every parameter value, the seed and the organisation' })).notes['parameters'])
      .toBe('0a0162bb (hash of every parameter value, the seed and the organisation)');
  });

  it('timeStepText and offsetText describe bins of changing width', () => {
    expect(timeStepText({ binEdges: [0, 5, 10, 20, 30, 40], nBins: 5 })).toBe('5 min from publish to 10 min after publish, then 10 min to 40 min after publish');
    expect(timeStepText({ binEdges: [-60, 0, 60, 120, 150], nBins: 4 })).toBe('60 min from 1 h before publish to 2 h after publish, then 30 min to 150 min after publish');
    expect([offsetText(-60), offsetText(0), offsetText(90), offsetText(360), offsetText(20160)])
      .toEqual(['1 h before publish', 'publish', '90 min after publish', '6 h after publish', '14 d after publish']);
  });
});

describe('sectorCsv and regionCsv', () => {
  const params = smallParams({ 'run.horizonDays': 4, 'run.checkHours': 24 });
  const r = simulate(params, 3);
  const summary = summarize(r, params);

  it('sectorCsv: the notes, then the sector rows in the chart order, from the results rows', () => {
    const rows = sectorRows(summary);
    const { title, notes, lines } = split(sectorCsv(rows, ABOUT));
    expect(title).toMatch(/sectors, one row per sector/);
    expect(notes['run']).toBe(ABOUT.run);
    expect(notes['units']).toMatch(/hoursTo50/);
    expect(lines[0]).toBe(SECTOR_CSV_COLUMNS.join(','));
    expect(lines.length).toBe(1 + SECTORS.length);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      expect(cells.length).toBe(SECTOR_CSV_COLUMNS.length);
      const row = rows[i]!;
      expect(cells[0]).toBe(row.sector);
      expect(Number(cells[3])).toBe(row.crashed);
      expect(cells[6]).toBe(row.h90 === null ? '' : row.h90.toFixed(3));
    });
  });

  it('regionCsv: labels with commas are quoted; one row per region', () => {
    const rows = regionRows(r);
    const { lines } = split(regionCsv(rows, ABOUT));
    expect(lines[0]).toBe(REGION_CSV_COLUMNS.join(','));
    expect(lines.length).toBe(1 + rows.length);
    const east = lines.find((l) => l.startsWith('na-east,'))!;
    expect(east).toContain('"North America, Eastern",New York,-4,');
    const row = rows.find((x) => x.region === 'na-east')!;
    expect(east.split(',').slice(-4).map(Number)).toEqual([Number(row.onAtPublish.toFixed(6)), row.exposed, row.crashed, Number(row.crashedShare.toFixed(6))]);
  });
});
