// One batched redraw per animation frame (as uPlot does): a chart marks itself dirty as often as
// it likes (a playing cursor, a slider), and each dirty job runs once, in the next frame.
// Without requestAnimationFrame (Node tests) jobs run at once.
type Job = () => void;

const dirty = new Set<Job>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  const jobs = [...dirty];
  dirty.clear();
  for (const job of jobs) job();
}

export function inNextFrame(job: Job): void {
  if (typeof requestAnimationFrame === 'undefined') {
    job();
    return;
  }
  dirty.add(job);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(flush);
  }
}
