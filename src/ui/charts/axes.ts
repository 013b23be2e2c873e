// Axis helpers: time scales in UTC or the browser's zone, 24-hour tick labels, and one look for
// every axis (presentation attributes, not CSS, so exports look the same as the screen).
import { pageLocale, ui } from '../pageLocale.js';
import type { Axis, AxisDomain } from 'd3-axis';
import type { Selection } from 'd3-selection';
import { scaleTime, scaleUtc, type ScaleTime } from 'd3-scale';
import { timeDay, utcDay } from 'd3-time';
import { timeFormat, utcFormat } from 'd3-time-format';
import type { TimeZoneMode } from './format.js';
import { INK } from './palette.js';

export function timeScale(tz: TimeZoneMode): ScaleTime<number, number> {
  return tz === 'UTC' ? scaleUtc() : scaleTime();
}

/** Midnights as "Fri 19 Jul", other ticks as "06:00": a risk committee reads 24-hour times. */
export function timeTickFormat(tz: TimeZoneMode, withWeekday: boolean): (d: Date) => string {
  const day = tz === 'UTC' ? utcDay : timeDay;
  const date = (tz === 'UTC' ? utcFormat : timeFormat)(withWeekday ? '%a %-d %b' : '%-d %b');
  const clock = (tz === 'UTC' ? utcFormat : timeFormat)('%H:%M');
  if (pageLocale() === 'ja') {
    // 7月19日(金) / 7月19日: Japanese numbers the month and puts the weekday after the date.
    const zone = tz === 'UTC' ? 'UTC' : (Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
    const jaDate = (d: Date) => {
      const text = ui().dateTime(d.getTime(), { timeZone: zone, style: 'day' });
      return withWeekday ? text : text.replace(/\(.*\)$/, '');
    };
    return (d) => (day.floor(d).getTime() === d.getTime() ? jaDate(d) : clock(d));
  }
  return (d) => (day.floor(d).getTime() === d.getTime() ? date(d) : clock(d));
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Draws `axis` into a new group and gives it the house style. */
export function drawAxis<D extends AxisDomain>(parent: G, axis: Axis<D>, transform: string, keepDomain = false): G {
  const g = parent.append('g').attr('transform', transform);
  g.call(axis);
  // d3-axis sets font-family="sans-serif"; inherit the chart's instead.
  g.attr('font-family', null).attr('font-size', 11);
  g.selectAll('text').attr('fill', INK.muted);
  g.selectAll('.tick line').attr('stroke', INK.axis);
  if (keepDomain) g.select('.domain').attr('stroke', INK.axis);
  else g.select('.domain').remove();
  return g;
}
