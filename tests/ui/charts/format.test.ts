import { describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatUSD, formatInt, formatOffset, formatPercent, formatDateTime, utcOffsetLabel, zoneLabel } from '../../../src/ui/charts/format.js';

describe('format', () => {
  it('formatCount gives up to three significant digits with k, M, B', () => {
    expect(formatCount(8_500_000)).toBe('8.5M');
    expect(formatCount(8_057_618)).toBe('8.06M');
    expect(formatCount(13_800_000)).toBe('13.8M');
    expect(formatCount(97_695)).toBe('97.7k');
    expect(formatCount(999_999)).toBe('1M');
    expect(formatCount(850)).toBe('850');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(2.5e9)).toBe('2.5B');
    expect(formatCount(Number.NaN)).toBe('–');
  });

  it('formatInt groups thousands', () => {
    expect(formatInt(8_057_618)).toBe('8,057,618');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(-1234.4)).toBe('−1,234');
  });

  it('formatPercent keeps one decimal, more only when it would round to 0% or 100%', () => {
    expect(formatPercent(0.9743)).toBe('97.4%');
    expect(formatPercent(0.97, 0)).toBe('97%');
    expect(formatPercent(0.99996)).toBe('99.996%');
    expect(formatPercent(0.00002)).toBe('0.002%');
    expect(formatPercent(1)).toBe('100.0%');
  });

  it('formatHours adds days from two days on; null reads as not reached', () => {
    expect(formatHours(16.69)).toBe('17 h');
    expect(formatHours(5.25)).toBe('5.3 h');
    expect(formatHours(106.97)).toBe('107 h (4.5 days)');
    expect(formatHours(null)).toBe('not within the run');
  });

  it('formatOffset reads minutes after publish', () => {
    expect(formatOffset(111)).toBe('+1 h 51 min');
    expect(formatOffset(-45)).toBe('−45 min');
    expect(formatOffset(0)).toBe('+0 min');
    expect(formatOffset(120)).toBe('+2 h');
    expect(formatOffset(3 * 1440 + 250)).toBe('+3 d 4 h');
  });

  it('formatDateTime in UTC, and zone labels with offsets', () => {
    const ms = Date.UTC(2024, 6, 19, 4, 9);
    expect(formatDateTime(ms, 'UTC')).toBe('Fri 19 Jul 2024, 04:09');
    expect(formatDateTime(ms, 'UTC', true)).toBe('Fri 19 Jul, 04:09');
    expect(zoneLabel('UTC', ms)).toBe('UTC');
    expect(zoneLabel('local', ms)).toMatch(/UTC/);
    expect(utcOffsetLabel(5.5)).toBe('UTC+5:30');
    expect(utcOffsetLabel(-4)).toBe('UTC−4');
    expect(utcOffsetLabel(0)).toBe('UTC');
  });

  it('formatUSD puts the dollar before the short count', () => {
    expect(formatUSD(5.4e9)).toBe('$5.4B');
    expect(formatUSD(79_000)).toBe('$79k');
    expect(formatUSD(528_511_454)).toBe('$529M');
    expect(formatUSD(-1200)).toBe('−$1.2k');
    expect(formatUSD(NaN)).toBe('–');
  });
});
