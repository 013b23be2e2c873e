import { describe, expect, it } from 'vitest';
import {
  formatClockAtOffset, formatDateTime, formatDays, formatHourOfDay, formatHours, formatMinutes, formatOffset,
  formatUtcOffset, formatZoneLabel, zoneOffsetHours,
} from '../../src/i18n/formatTime.js';

const PUBLISH = Date.UTC(2024, 6, 19, 4, 9); // 04:09 UTC, Friday 19 July 2024

describe('formatDateTime', () => {
  it('full: weekday, date and time with the zone, in each language\'s order', () => {
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'UTC' })).toBe('Fri 19 Jul 2024, 04:09 UTC');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'UTC' })).toBe('2024年7月19日(金) 04:09 UTC');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'Asia/Tokyo' })).toBe('2024年7月19日(金) 13:09 JST');
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'Europe/London' })).toBe('Fri 19 Jul 2024, 05:09 BST');
  });

  it('short drops the year; the zone can be left out', () => {
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'UTC', style: 'short' })).toBe('Fri 19 Jul, 04:09 UTC');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'Asia/Tokyo', style: 'short' })).toBe('7月19日(金) 13:09 JST');
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'UTC', style: 'short', zoneName: false })).toBe('Fri 19 Jul, 04:09');
  });

  it('the date changes with the zone: 04:09 UTC is still Thursday in Los Angeles', () => {
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'America/Los_Angeles', zoneName: false })).toBe('Thu 18 Jul 2024, 21:09');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'America/Los_Angeles', zoneName: false })).toBe('2024年7月18日(木) 21:09');
  });

  it('date, day and time styles', () => {
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'UTC', style: 'date' })).toBe('19 July 2024');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'UTC', style: 'date' })).toBe('2024年7月19日');
    expect(formatDateTime(PUBLISH, 'en', { timeZone: 'UTC', style: 'day' })).toBe('Fri 19 Jul');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'Asia/Tokyo', style: 'day' })).toBe('7月19日(金)');
    expect(formatDateTime(PUBLISH, 'ja', { timeZone: 'Asia/Tokyo', style: 'time' })).toBe('13:09 JST');
    expect(formatDateTime(Date.UTC(2024, 6, 19, 0, 0), 'en', { timeZone: 'UTC', style: 'time', zoneName: false })).toBe('00:00');
  });

  it('a non-finite time is a dash', () => {
    expect(formatDateTime(Number.NaN, 'en', { timeZone: 'UTC' })).toBe('–');
  });
});

describe('time zones', () => {
  it('zoneOffsetHours follows daylight saving', () => {
    expect(zoneOffsetHours('Europe/Berlin', PUBLISH)).toBe(2);
    expect(zoneOffsetHours('Europe/Berlin', Date.UTC(2024, 0, 15))).toBe(1);
    expect(zoneOffsetHours('Asia/Kolkata', PUBLISH)).toBe(5.5);
    expect(zoneOffsetHours('America/New_York', PUBLISH)).toBe(-4);
    expect(zoneOffsetHours('UTC', PUBLISH)).toBe(0);
  });

  it('formatUtcOffset writes half hours and a real minus sign', () => {
    expect(formatUtcOffset(0)).toBe('UTC');
    expect(formatUtcOffset(9)).toBe('UTC+9');
    expect(formatUtcOffset(5.5)).toBe('UTC+5:30');
    expect(formatUtcOffset(-4)).toBe('UTC−4');
  });

  it('formatZoneLabel names the zone with its offset at that moment', () => {
    expect(formatZoneLabel('UTC', PUBLISH, 'ja')).toBe('UTC');
    expect(formatZoneLabel('Europe/Berlin', PUBLISH, 'en')).toBe('Europe/Berlin, UTC+2');
    expect(formatZoneLabel('Asia/Tokyo', PUBLISH, 'ja')).toBe('Asia/Tokyo(UTC+9)');
  });

  it('formatClockAtOffset gives a region\'s weekday and clock', () => {
    expect(formatClockAtOffset(PUBLISH, 9, 'en')).toBe('Fri 13:09');
    expect(formatClockAtOffset(PUBLISH, 9, 'ja')).toBe('金曜 13:09');
    expect(formatClockAtOffset(PUBLISH, -7, 'ja')).toBe('木曜 21:09');
    expect(formatClockAtOffset(PUBLISH, 5.5, 'en')).toBe('Fri 09:39');
  });

  it('formatHourOfDay writes a local hour as a clock time', () => {
    expect(formatHourOfDay(8)).toBe('08:00');
    expect(formatHourOfDay(18.5)).toBe('18:30');
    expect(formatHourOfDay(24)).toBe('24:00');
  });
});

describe('durations', () => {
  it('formatHours: a decimal under two days, whole hours with days after', () => {
    expect(formatHours(16.72, 'en')).toBe('16.7 h');
    expect(formatHours(16.72, 'ja')).toBe('16.7時間');
    expect(formatHours(3, 'en')).toBe('3 h');
    expect(formatHours(106.97, 'en')).toBe('107 h (4.5 days)');
    expect(formatHours(106.97, 'ja')).toBe('107時間(4.5日)');
    expect(formatHours(null, 'en')).toBe('not within the run');
    expect(formatHours(null, 'ja')).toBe('期間内に達せず');
  });

  it('formatMinutes and formatDays', () => {
    expect(formatMinutes(78, 'en')).toBe('78 min');
    expect(formatMinutes(20_160, 'ja')).toBe('20,160分');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(14, 'en')).toBe('14 days');
    expect(formatDays(14, 'ja')).toBe('14日');
  });

  it('formatOffset: time after publish, in hours and minutes, or days and hours from two days', () => {
    expect(formatOffset(111, 'en')).toBe('+1 h 51 min');
    expect(formatOffset(111, 'ja')).toBe('+1時間51分');
    expect(formatOffset(-45, 'en')).toBe('−45 min');
    expect(formatOffset(0, 'ja')).toBe('+0分');
    expect(formatOffset(120, 'en')).toBe('+2 h');
    expect(formatOffset(3 * 1440 + 240, 'en')).toBe('+3 d 4 h');
    expect(formatOffset(3 * 1440 + 240, 'ja')).toBe('+3日4時間');
    expect(formatOffset(2 * 1440, 'ja')).toBe('+2日');
  });
});
