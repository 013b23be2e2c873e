// A minimal observable value: the page's state lives in one of these, changes replace it whole,
// and every view that listens redraws from the new value (comparing with the previous one to skip
// work). No framework: the state is plain data, testable in Node.
export type Listener<S> = (next: S, prev: S) => void;

export class Store<S> {
  private readonly listeners = new Set<Listener<S>>();

  constructor(private value: S) {}

  get state(): S {
    return this.value;
  }

  /** Replaces the state with `f(state)` and tells every listener (unless nothing changed). */
  update(f: (s: S) => S): void {
    const prev = this.value;
    const next = f(prev);
    if (next === prev) return;
    this.value = next;
    for (const l of [...this.listeners]) l(next, prev);
  }

  subscribe(l: Listener<S>): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}
