import { describe, expect, it } from 'vitest';
import { flightDays, type RunView } from '../../src/results/index.js';
import { smallServiceView } from '../ui/smallRun.js';

/** The small run with its flights replaced by these per-day cancellations from `first`. */
function withDays(cancelled: number[], first = '2024-07-19', id = 'main'): RunView {
  const v = smallServiceView();
  const day0 = Date.parse(`${first}T00:00:00Z`);
  const byDay = cancelled.map((c, k) => ({ date: new Date(day0 + k * 86_400_000).toISOString().slice(0, 10), scheduled: 100, cancelled: c }));
  const total = cancelled.reduce((a, b) => a + b, 0);
  return { ...v, id, name: id, services: { ...v.services!, flights: { ...v.services!.flights, byDay, cancelled: total } } };
}

describe('flightDays', () => {
  it('flightDays: one run, days until the day after the last cancellation, numbered from the push day', () => {
    const f = flightDays([withDays([10, 5, 0, 2, 0, 0, 0, 0, 0])])!;
    expect(f.days).toEqual([
      { day: 1, date: '2024-07-19' }, { day: 2, date: '2024-07-20' }, { day: 3, date: '2024-07-21' },
      { day: 4, date: '2024-07-22' }, { day: 5, date: '2024-07-23' },
    ]);
    expect(f.runs[0]!.cancelled).toEqual([10, 5, 0, 2, 0]);
    expect(f.runs[0]!.scheduled).toEqual([100, 100, 100, 100, 100]);
    expect(f.runs[0]!.total).toBe(17);
    expect(f.shifted).toBe(false);
  });

  it('flightDays: at least minDays, never more days than the run has; fractions of a flight are nothing', () => {
    expect(flightDays([withDays([0.2, 0, 0, 0, 0, 0])], 4)!.days.length).toBe(4);
    expect(flightDays([withDays([1, 1])], 4)!.days.length).toBe(2);
  });

  it('flightDays: runs side by side, each from its own first day, in the colour of its place', () => {
    const main = withDays([10, 0, 0, 0, 0, 0, 0, 0]);
    const other = { ...withDays([3, 3, 3, 3, 3, 0, 0, 0], '2024-07-20', 'compare-1'), colorIndex: 2 };
    const f = flightDays([main, other])!;
    expect(f.days.length).toBe(6);
    expect(f.days[0]!.date).toBe('2024-07-19');
    expect(f.runs.map((r) => [r.id, r.colorIndex])).toEqual([['main', 0], ['compare-1', 2]]);
    expect(f.runs[1]!.cancelled).toEqual([3, 3, 3, 3, 3, 0]);
    expect(f.shifted).toBe(true);
  });

  it('flightDays: none until the main run has its service figures; a compared run still deriving is left out', () => {
    const bare = { ...withDays([1]), services: null };
    expect(flightDays([bare, withDays([1, 2])])).toBeNull();
    const f = flightDays([withDays([4, 0, 0, 0]), { ...bare, id: 'compare-1' }])!;
    expect(f.runs.map((r) => r.id)).toEqual(['main']);
  });
});
