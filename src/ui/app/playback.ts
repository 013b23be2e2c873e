// Playback: a scrubber over the run (minutes after publish) and a Play/Pause button that moves
// the charts' cursor, with the time and the devices down at that moment.
import { pageLocale, tr, ui } from '../pageLocale.js';
import { valueAt, type RunView } from '../../results/index.js';
import { formatCount, formatOffset, formatTime, type TimeZoneChoice } from './format.js';

/** Devices down at minute t after publish. */
export function downAt(r: RunView, t: number): number {
  return valueAt(r, r.series.down, t) ?? 0;
}

export interface PlaybackEls {
  scrubber: HTMLInputElement;
  play: HTMLButtonElement;
  readout: HTMLElement;
}

/** Whole run in about this many seconds of playback. */
const PLAY_SECONDS = 24;

export class Playback {
  private run: RunView | null = null;
  private tz: TimeZoneChoice = 'UTC';
  private raf = 0;
  private lastFrame = 0;

  constructor(private readonly els: PlaybackEls, private readonly onCursor: (minutes: number | null) => void) {
    els.scrubber.addEventListener('input', () => {
      this.pause();
      this.show();
      this.onCursor(this.minutes);
    });
    els.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.setEnabled(false);
  }

  get minutes(): number {
    return Number(this.els.scrubber.value);
  }

  get playing(): boolean {
    return this.raf !== 0;
  }

  update(r: RunView, tz: TimeZoneChoice): void {
    this.run = r;
    this.tz = tz;
    const horizon = r.endMinutes;
    const keep = Math.min(this.minutes, horizon);
    this.els.scrubber.max = String(horizon);
    this.els.scrubber.value = String(keep);
    this.setEnabled(true);
    this.show();
  }

  /** Moves the scrubber to a time (from a link, or a click on a chart). */
  seek(minutes: number): void {
    this.pause();
    this.els.scrubber.value = String(minutes);
    this.show();
    this.onCursor(this.minutes);
  }

  setTimeZone(tz: TimeZoneChoice): void {
    this.tz = tz;
    this.show();
  }

  play(): void {
    if (!this.run || this.playing) return;
    if (this.minutes >= Number(this.els.scrubber.max)) this.els.scrubber.value = '0';
    this.els.play.textContent = tr('playback.pause');
    this.els.play.setAttribute('aria-pressed', 'true');
    this.lastFrame = performance.now();
    // The scrubber snaps to its step; playback keeps its own exact position.
    let pos = this.minutes;
    const step = (now: number) => {
      const max = Number(this.els.scrubber.max);
      const dt = Math.min(100, now - this.lastFrame);
      this.lastFrame = now;
      const next = (pos = Math.min(max, pos + (max / (PLAY_SECONDS * 1000)) * dt));
      this.els.scrubber.value = String(next);
      this.show();
      this.onCursor(this.minutes);
      if (next >= max) this.pause();
      else this.raf = requestAnimationFrame(step);
    };
    this.raf = requestAnimationFrame(step);
  }

  pause(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.els.play.textContent = tr('playback.play');
    this.els.play.setAttribute('aria-pressed', 'false');
  }

  /** The button and the read-out in the page's current language. */
  relabel(): void {
    this.els.play.textContent = this.playing ? tr('playback.pause') : tr('playback.play');
    this.show();
  }

  private setEnabled(on: boolean): void {
    this.els.scrubber.disabled = !on;
    this.els.play.disabled = !on;
  }

  private show(): void {
    const r = this.run;
    if (!r) return;
    const t = this.minutes;
    const when = formatTime(r.publishAtMs + t * 60000, this.tz);
    const down = downAt(r, t);
    const text = tr('playback.readout', { time: when, offset: formatOffset(t), devices: pageLocale() === 'ja' ? ui().count(down, { unit: 'device' }) : `${formatCount(down)} devices` });
    this.els.readout.textContent = text;
    this.els.readout.dataset.minutes = String(t);
    this.els.readout.dataset.down = String(down);
    this.els.scrubber.setAttribute('aria-valuetext', text);
  }
}
