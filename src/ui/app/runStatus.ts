// #run-status: the state of the run (data-state = idle | running | done | error | cancelled),
// a progress bar and the Cancel button.
import { tr } from '../pageLocale.js';

export type RunState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export class RunStatus {
  /** The message as a function, so a language switch can say it again in the other language. */
  private message: () => string = () => '';

  constructor(
    private readonly el: HTMLElement,
    private readonly text: HTMLElement,
    private readonly bar: HTMLProgressElement,
    private readonly cancel: HTMLButtonElement,
    private readonly rerun: HTMLButtonElement,
    /** A copy of the state for the bar pinned to the bottom of narrow screens (not announced twice). */
    private readonly mirror: HTMLElement | null = null,
  ) {
    this.set('idle', () => tr('runStatus.notRun'));
  }

  get state(): RunState {
    return (this.el.dataset.state as RunState) ?? 'idle';
  }

  set(state: RunState, message: string | (() => string), progress?: number): void {
    this.message = typeof message === 'string' ? () => message : message;
    this.el.dataset.state = state;
    this.text.textContent = this.message();
    const running = state === 'running';
    this.bar.hidden = !running;
    if (running) {
      if (progress === undefined) this.bar.removeAttribute('value');
      else this.bar.value = progress;
    }
    this.cancel.disabled = !running;
    this.rerun.hidden = state !== 'error' && state !== 'cancelled';
    if (this.mirror) {
      this.mirror.dataset.state = state;
      this.mirror.textContent = this.text.textContent;
    }
  }

  /** Says the current message again (after a language switch). */
  relabel(): void {
    this.text.textContent = this.message();
    if (this.mirror) this.mirror.textContent = this.text.textContent;
  }
}
