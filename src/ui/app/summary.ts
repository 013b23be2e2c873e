// The summary figures (#summary): each [data-figure=KEY] holds its raw number in data-value
// (times as epoch ms, hours as hours, shares as 0..1) and a readable value, next to the
// published figure where there is one.
import type { Summary } from '../../results/index.js';
import { h } from './dom.js';
import { formatCount, formatHours, formatOffset, formatShare, formatTime, type TimeZoneChoice } from './format.js';

export const FIGURE_KEYS = [
  'crashed', 'sensorsOnlineAtCheck', 'crashedRecoveredAtCheck', 'peakDown', 'peakDownAt', 'deviceHoursLost',
  'hoursTo50', 'hoursTo90', 'hoursTo97', 'hoursTo99',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

interface FigureDef {
  label: string;
  /** The published figure to compare with, if any. */
  real?: string;
  note?: string;
  primary?: boolean;
}

const DEFS: Record<FigureKey, FigureDef> = {
  crashed: { label: 'Windows devices crashed', real: 'Real: about 8.5 million (Microsoft, 20 Jul 2024)', primary: true },
  sensorsOnlineAtCheck: {
    label: 'Sensors online at the check point', primary: true,
    real: 'Real: over 97% on 25 Jul (CrowdStrike)',
    note: 'Windows sensors online compared with before the update: the measure CrowdStrike’s 97% uses and the baseline is calibrated on.',
  },
  crashedRecoveredAtCheck: {
    label: 'Crashed devices back at the check point',
    note: 'Share of the crashed devices that are back: a stricter measure than sensors online. No published figure.',
  },
  peakDown: { label: 'Most devices down at once' },
  peakDownAt: { label: 'Peak outage at' },
  hoursTo50: { label: 'Time to 50% of crashed devices back' },
  hoursTo90: { label: 'Time to 90% back' },
  hoursTo97: { label: 'Time to 97% back' },
  hoursTo99: { label: 'Time to 99% back' },
  deviceHoursLost: { label: 'Device-hours lost', note: 'Hours each crashed device was down, summed over the run.' },
};

interface FigureEls {
  root: HTMLElement;
  value: HTMLElement;
  detail: HTMLElement;
}

export class SummaryView {
  private readonly els = new Map<FigureKey, FigureEls>();
  private readonly heading: HTMLElement;

  constructor(container: HTMLElement) {
    this.heading = h('p', { class: 'summary-context' });
    const grid = h('div', { class: 'figures' });
    for (const key of FIGURE_KEYS) {
      const def = DEFS[key];
      const value = h('p', { class: 'figure-value' }, '…');
      const detail = h('p', { class: 'figure-detail' });
      const root = h('div', { class: `figure${def.primary ? ' figure-primary' : ''}`, 'data-figure': key, 'data-value': '' },
        h('p', { class: 'figure-label' }, def.label), value, detail,
        def.real ? h('p', { class: 'figure-real' }, def.real) : null,
        def.note ? h('p', { class: 'figure-note' }, def.note) : null);
      grid.append(root);
      this.els.set(key, { root, value, detail });
    }
    container.append(this.heading, grid);
  }

  update(s: Summary, publishAtMs: number, tz: TimeZoneChoice): void {
    const peakAtMs = Date.parse(s.peakDownAt);
    const checkMs = Date.parse(s.checkAt);
    const checkLabel = `at ${formatTime(checkMs, tz)} (${formatOffset((checkMs - publishAtMs) / 60000)})`;
    this.set('crashed', s.crashed, formatCount(s.crashed), `${formatShare(s.fleet > 0 ? s.crashed / s.fleet : 0)} of ${formatCount(s.fleet)} Windows sensors`);
    this.set('peakDown', s.peakDown, formatCount(s.peakDown), '');
    this.set('peakDownAt', peakAtMs, formatTime(peakAtMs, tz), formatOffset((peakAtMs - publishAtMs) / 60000));
    for (const k of ['50', '90', '97', '99'] as const) {
      const v = s.hoursTo[k];
      const at = v === null ? '' : formatTime(publishAtMs + v * 3_600_000, tz);
      this.set(`hoursTo${k}`, v, formatHours(v), at);
    }
    this.set('deviceHoursLost', s.deviceHoursLost, formatCount(s.deviceHoursLost), `${formatCount(s.deviceHoursLost / 24 / 365.25)} device-years`);
    this.set('sensorsOnlineAtCheck', s.sensorsOnlineAtCheck, formatShare(s.sensorsOnlineAtCheck), checkLabel);
    this.set('crashedRecoveredAtCheck', s.crashedRecoveredAtCheck, formatShare(s.crashedRecoveredAtCheck), checkLabel);
    this.heading.textContent = s.haltAt
      ? `The rollout halted automatically at ${formatTime(Date.parse(s.haltAt), tz)}.`
      : '';
    this.heading.hidden = !s.haltAt;
  }

  private set(key: FigureKey, raw: number | null, text: string, detail: string): void {
    const e = this.els.get(key)!;
    e.root.dataset.value = raw === null ? '' : String(raw);
    e.value.textContent = text;
    e.detail.textContent = detail;
  }
}
