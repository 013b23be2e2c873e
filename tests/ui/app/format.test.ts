import { describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatOffset, formatShare, formatTime, inputToIso, isoToInput } from '../../../src/ui/app/format.js';

describe('format', () => {
  it('formatCount scales large numbers', () => {
    expect(formatCount(8_057_618)).toBe('8.06 million');
    expect(formatCount(412_345)).toBe('412 thousand');
    expect(formatCount(12_345)).toBe('12,345');
    expect(formatCount(NaN)).toBe('–');
  });

  it('formatShare keeps two decimals near 100%', () => {
    expect(formatShare(0.96554)).toBe('96.6%');
    expect(formatShare(0.99951)).toBe('99.95%');
    expect(formatShare(1)).toBe('100.0%');
  });

  it('formatHours and formatOffset', () => {
    expect(formatHours(null)).toBe('not within the run');
    expect(formatHours(16.69)).toBe('16.7 h');
    expect(formatHours(243.4)).toBe('243 h (10.1 days)');
    expect(formatOffset(78)).toBe('+1 h 18 min');
    expect(formatOffset(3 * 1440 + 5)).toBe('+3 d 5 min');
    expect(formatOffset(-30)).toBe('−30 min');
  });

  it('formatTime in UTC', () => {
    expect(formatTime(Date.UTC(2024, 6, 19, 4, 9), 'UTC')).toBe('Fri 19 Jul, 04:09 UTC');
  });

  it('datetime-local values are read as UTC', () => {
    expect(isoToInput('2024-07-19T04:09:00Z')).toBe('2024-07-19T04:09');
    expect(inputToIso('2024-07-19T04:09')).toBe('2024-07-19T04:09:00Z');
    expect(inputToIso('2024-07-19T04:09:30')).toBe('2024-07-19T04:09:30Z');
    expect(inputToIso('garbage')).toBe('garbage');
  });
});
