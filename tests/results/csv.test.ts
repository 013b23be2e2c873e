import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, SERVICE_CSV_COLUMNS, toCsv } from '../../src/results/csv.js';
import { serviceImpact } from '../../src/services/impact.js';
import { simulate } from '../../src/engine/simulate.js';
import { toSeries } from '../../src/results/series.js';
import { SECTORS } from '../../src/engine/types.js';
import { handMade } from '../helpers/handMade.js';
import { smallParams } from '../helpers/params.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('toCsv', () => {
  it('toCsv header: the summary columns, then down per sector', () => {
    const header = toCsv(toSeries(handMade([1], [0]))).split('\n')[0]!;
    expect(header.startsWith('time,exposed,crashed,down,recovered,sensorsOnlineShare,crashedRecoveredShare')).toBe(true);
    const expected = ['time', 'exposed', 'crashed', 'down', 'recovered', 'sensorsOnlineShare', 'crashedRecoveredShare', ...SECTORS.map((s) => `down_${s}`)];
    expect(header.split(',')).toEqual(expected);
    expect(expected.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
  });

  it('toCsv on a hand-made result: one row per bin, ISO times, cumulative counts', () => {
    const text = toCsv(toSeries(handMade([40, 20, 0], [0, 10, 30])));
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(1 + 3);
    const row = (i: number) => lines[i]!.split(',');
    expect(row(1)[0]).toBe('2024-07-19T05:09:00.000Z');
    expect(row(1).slice(1).map(Number)).toEqual([40, 40, 40, 0, 0.6, 0, 40, ...Array<number>(SECTORS.length - 1).fill(0)]);
    expect(row(3)[0]).toBe('2024-07-19T07:09:00.000Z');
    expect(row(3).slice(1, 7).map(Number)).toEqual([60, 60, 20, 40, 0.8, 0.666667]);
  });

  it('toCsv on a small run: every row has every column and matches the series', () => {
    const r = simulate(smallParams({ 'run.horizonDays': 2, 'run.checkHours': 24 }), 3);
    const s = toSeries(r);
    const lines = toCsv(s).trimEnd().split('\n');
    expect(lines.length).toBe(r.nBins + 1);
    const width = 7 + SECTORS.length;
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
    const lines = toCsv(toSeries(r), im).trimEnd().split('\n');
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
});
