import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/ui/export/tableCsv.js';

const meta = {
  chartId: 'money', title: 'Money lost', description: 'd', source: 'Parametrix, 24 Jul 2024', note: 'n',
  scenarioName: 'July 2024, edited', seed: 3, paramsHash: 'abcd1234', link: 'https://example.org/?a=1',
};

describe('tableCsv', () => {
  it('tableCsv: notes naming the chart, run, link and source, then the table', () => {
    const text = tableCsv({ columns: ['Sector', 'Loss (USD)'], rows: [['Banking & markets', 4.9e9], ['Retail', 12]] }, meta);
    expect(text.split('\n')).toEqual([
      '# Money lost',
      '# Scenario July 2024, edited, seed 3, parameters abcd1234.',
      '# https://example.org/?a=1',
      '# Source: Parametrix, 24 Jul 2024',
      'Sector,Loss (USD)',
      'Banking & markets,4900000000',
      'Retail,12',
      '',
    ]);
  });

  it('tableCsv: quotes commas and quotes, defuses formulas, keeps negative numbers as text', () => {
    const text = tableCsv({ columns: ['a'], rows: [['x, "y"'], ['=HYPERLINK("z")'], ['-3 h'], ['@x'], [NaN]] }, { ...meta, link: '' });
    const rows = text.split('\n').slice(3);
    expect(rows).toEqual(['a', '"x, ""y"""', `"'=HYPERLINK(""z"")"`, '-3 h', "'@x", '', '']);
  });
});
