import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../src/ui/export/download.js';

describe('download', () => {
  it('slug lower-cases, folds accents and joins words with dashes', () => {
    expect(slug('July 2024')).toBe('july-2024');
    expect(slug('  São Paulo: Canary 5% (what-if)!  ')).toBe('sao-paulo-canary-5-what-if');
    expect(slug('<script>alert(1)</script>')).toBe('script-alert-1-script');
  });

  it('slug never returns an empty name or a trailing dash after cutting', () => {
    expect(slug('東京')).toBe('scenario');
    expect(slug('')).toBe('scenario');
    const long = slug('a very long scenario name that goes on and on and on and on', 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('-')).toBe(false);
  });

  it('exportFileName names chart, scenario and seed, never chart.png', () => {
    expect(exportFileName('timeline', 'July 2024', 1, 'svg')).toBe('timeline-july-2024-seed-1.svg');
    expect(exportFileName('regions', 'Canary ring 1%', 42, '.png')).toBe('regions-canary-ring-1-seed-42.png');
    expect(exportFileName('series', '../../etc/passwd', 3, 'csv')).toBe('series-etc-passwd-seed-3.csv');
  });
});

describe('slug of an edited run name', () => {
  it('slug drops digit grouping and cuts a long name at a word boundary', () => {
    expect(slug('July 2024 baseline, edited: repair staff 9 per 1,000 devices, seed 3'))
      .toBe('july-2024-baseline-edited-repair-staff-9-per');
    expect(slug('Revert after 1,000 min')).toBe('revert-after-1000-min');
  });
});
