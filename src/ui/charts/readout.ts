// Hover read-out (the Epidemic Calculator's idea): a small panel beside the pointer listing each
// series' value at that moment. On narrow screens CSS docks it under the plot instead of floating
// over the lines. Text only through textContent: labels can carry scenario text.

export interface ReadoutRow {
  label: string;
  value: string;
  color?: string;
  /** Optional second value, e.g. a share next to a count. */
  detail?: string;
}

export interface Readout {
  element: HTMLElement;
  show(heading: string, rows: readonly ReadoutRow[], at: { x: number; y: number }): void;
  hide(): void;
}

export function createReadout(host: HTMLElement): Readout {
  const element = document.createElement('div');
  element.className = 'chart-readout';
  element.setAttribute('role', 'status');
  element.hidden = true;
  host.append(element);
  return {
    element,
    show(heading, rows, at) {
      const h = document.createElement('div');
      h.className = 'chart-readout-heading';
      h.textContent = heading;
      const list = document.createElement('dl');
      for (const r of rows) {
        const dt = document.createElement('dt');
        if (r.color) {
          const sw = document.createElement('span');
          sw.className = 'chart-readout-swatch';
          sw.style.backgroundColor = r.color;
          dt.append(sw);
        }
        dt.append(document.createTextNode(r.label));
        const dd = document.createElement('dd');
        dd.textContent = r.detail ? `${r.value} (${r.detail})` : r.value;
        list.append(dt, dd);
      }
      element.replaceChildren(h, list);
      element.hidden = false;
      // Float beside the point, flipping left near the right edge; CSS docks it on small screens.
      const hostW = host.clientWidth;
      const w = element.offsetWidth;
      const left = at.x + 14 + w <= hostW ? at.x + 14 : Math.max(0, at.x - 14 - w);
      element.style.left = `${Math.round(left)}px`;
      element.style.top = `${Math.round(Math.max(0, at.y))}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
