// The #messages area: errors and notices for the reader, newest first, each dismissible.
import { h } from './dom.js';

export type MessageKind = 'error' | 'notice' | 'success';

export class Messages {
  constructor(private readonly el: HTMLElement) {}

  /** Shows a message (a title line and optional details); returns a function that removes it. */
  show(kind: MessageKind, title: string, details: readonly string[] = [], opts: { key?: string; timeoutMs?: number } = {}): () => void {
    if (opts.key) this.clear(opts.key);
    const close = h('button', { type: 'button', class: 'msg-close', 'aria-label': 'Dismiss message' }, '×');
    const item = h('div', { class: `msg msg-${kind}`, 'data-kind': kind, 'data-key': opts.key },
      h('div', { class: 'msg-body' },
        h('p', { class: 'msg-title' }, title),
        details.length ? h('ul', { class: 'msg-details' }, ...details.map((d) => h('li', {}, d))) : null),
      close);
    const remove = () => item.remove();
    close.addEventListener('click', remove);
    this.el.prepend(item);
    while (this.el.children.length > 6) this.el.lastElementChild?.remove();
    if (opts.timeoutMs) setTimeout(remove, opts.timeoutMs);
    return remove;
  }

  clear(key: string): void {
    for (const el of this.el.querySelectorAll<HTMLElement>('[data-key]')) if (el.dataset.key === key) el.remove();
  }
}
