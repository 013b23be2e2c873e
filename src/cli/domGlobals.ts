// The chart modules draw with the DOM (d3-selection, document.createElementNS). On the command
// line they get happy-dom's, installed as globals for the time the charts are drawn and removed
// afterwards; the same library draws them in the chart tests.
import { Window } from 'happy-dom';

/** Globals a browser has and Node lacks are taken from the window; these are taken even though Node has its own. */
const ALWAYS = new Set(['window', 'document', 'addEventListener', 'removeEventListener']);

/** Installs a DOM; the returned function removes it and closes the window. */
export function installDom(): () => Promise<void> {
  const w = new Window({ width: 1280, height: 900 });
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const names = Object.getOwnPropertyNames(w).filter((n) => ALWAYS.has(n) || !(n in g));
  for (const name of new Set([...ALWAYS, ...names])) {
    saved.set(name, Object.getOwnPropertyDescriptor(g, name));
    const value = name === 'window' ? w : (w as unknown as Record<string, unknown>)[name];
    Object.defineProperty(g, name, {
      configurable: true, writable: true,
      value: typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(w) : value,
    });
  }
  return async () => {
    for (const [name, d] of saved) {
      if (d) Object.defineProperty(g, name, d);
      else delete g[name];
    }
    await w.happyDOM.close();
  };
}
