// Charts redraw when their container's width changes (phone 360 px to desktop 1600 px). One
// redraw per animation frame, and only for a real width change, so a redraw that changes the
// height does not loop.

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
    if (!frame) frame = requestAnimationFrame(check);
  });
  ro.observe(el);
  return () => ro.disconnect();
}
