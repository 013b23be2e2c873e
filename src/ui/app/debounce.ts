// Trailing-edge debounce with flush and cancel; the timer functions are injectable for tests.
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
  timers: { set: (f: () => void, ms: number) => unknown; clear: (h: unknown) => void } = {
    set: (f, ms) => setTimeout(f, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): Debounced<A> {
  let handle: unknown = null;
  let last: A | null = null;
  const fire = () => {
    handle = null;
    const args = last;
    last = null;
    if (args) fn(...args);
  };
  const d = ((...args: A) => {
    last = args;
    if (handle !== null) timers.clear(handle);
    handle = timers.set(fire, waitMs);
  }) as Debounced<A>;
  d.flush = () => {
    if (handle === null) return;
    timers.clear(handle);
    fire();
  };
  d.cancel = () => {
    if (handle !== null) timers.clear(handle);
    handle = null;
    last = null;
  };
  Object.defineProperty(d, 'pending', { get: () => handle !== null });
  return d;
}
