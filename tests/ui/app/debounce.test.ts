import { describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/ui/app/debounce.js';

describe('debounce', () => {
  it('calls once with the last arguments after the wait', () => {
    vi.useFakeTimers();
    const f = vi.fn();
    const d = debounce(f, 150);
    d(1);
    d(2);
    vi.advanceTimersByTime(149);
    expect(f).not.toHaveBeenCalled();
    d(3);
    vi.advanceTimersByTime(149);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(f).toHaveBeenCalledTimes(1);
    expect(f).toHaveBeenCalledWith(3);
    vi.useRealTimers();
  });

  it('flush runs the pending call now; cancel drops it', () => {
    vi.useFakeTimers();
    const f = vi.fn();
    const d = debounce(f, 150);
    d('a');
    expect(d.pending).toBe(true);
    d.flush();
    expect(f).toHaveBeenCalledWith('a');
    expect(d.pending).toBe(false);
    d('b');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(f).toHaveBeenCalledTimes(1);
    d.flush();
    expect(f).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
