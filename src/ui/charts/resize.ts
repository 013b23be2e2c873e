// Charts redraw when their container's width changes (phone 360 px to desktop 1600 px). One
// redraw per animation frame, and only for a real width change, so a redraw that changes the
// height does not loop.
//
// The width a chart draws at is the one last seen here (plotWidth), not read from the DOM while
// drawing: reading clientWidth after another chart changed the page forces the browser to lay
// the whole page out again, once per chart, and a new result redraws a dozen charts at once.

/** Widths seen by the observers, read where layout is already up to date. */
const widths = new WeakMap<Element, number>();

/** The element's width as last observed, or read now if it has not been observed yet. */
export function plotWidth(el: HTMLElement): number {
  return widths.get(el) ?? Math.floor(el.clientWidth);
}

export function observeWidth(el: HTMLElement, onWidth: (width: number) => void): () => void {
  let last = -1;
  let frame = 0;
  const check = () => {
    frame = 0;
    const w = Math.floor(el.clientWidth);
    if (w > 0 && w !== last) {
      last = w;
      onWidth(w);
    }
  };
  if (typeof ResizeObserver === 'undefined') {
    addEventListener('resize', check);
    return () => removeEventListener('resize', check);
  }
  const ro = new ResizeObserver(() => {
    // Layout has just been done: this read is free, and drawing will not need another.
    widths.set(el, Math.floor(el.clientWidth));
    if (!frame) frame = requestAnimationFrame(check);
  });
  ro.observe(el);
  return () => ro.disconnect();
}
