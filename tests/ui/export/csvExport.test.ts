import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../../src/engine/index.js';
import { SERIES_CSV_COLUMNS, seriesCsv } from '../../../src/ui/export/csvExport.js';
import { smallRun } from '../smallRun.js';

describe('seriesCsv', () => {
  const { result, series } = smallRun();
  const text = seriesCsv(series, result, { run: 'Small, edited: seed 2', scenario: 'Small', seed: 2, paramsHash: 'abcdef01', link: 'https://x/?v=1' });
  const all = text.trimEnd().split('\n');
  const notes = all.filter((l) => l.startsWith('#'));
  const lines = all.slice(notes.length);

  it('seriesCsv opens with notes naming the run, then the column names', () => {
    expect(notes.slice(1, 6)).toEqual(['# run: Small, edited: seed 2', '# scenario: Small', '# seed: 2',
      '# parameters: abcdef01 (hash of every parameter value and the seed)', '# link: https://x/?v=1']);
    expect(lines[0]).toBe(
      'time,exposed,crashed,down,recovered,sensorsOnlineShare,crashedRecoveredShare,' + SECTORS.map((s) => `down_${s}`).join(',') + ',agentOnlyDown',
    );
    expect(SERIES_CSV_COLUMNS.length).toBe(8 + SECTORS.length);
  });

  it('seriesCsv has one row per bin, each with every column', () => {
    expect(lines.length).toBe(result.nBins + 1);
    for (const line of lines) expect(line.split(',').length).toBe(SERIES_CSV_COLUMNS.length);
  });

  it('seriesCsv times are ISO 8601 UTC bin ends; values match the series', () => {
    const first = lines[1]!.split(',');
    expect(first[0]).toBe(new Date(series.timeMs[0]!).toISOString());
    expect(first[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const last = lines[result.nBins]!.split(',');
    const n = result.nBins - 1;
    expect(Number(last[2])).toBe(series.crashed[n]);
    expect(Number(last[3])).toBe(series.down[n]);
    expect(Number(last[5])).toBeCloseTo(series.sensorsOnlineShare[n]!, 6);
    const sectorSum = last.slice(7).reduce((a, x) => a + Number(x), 0);
    expect(sectorSum).toBeCloseTo(series.down[n]!, 6);
  });
});
