// The rest of the figures (#summary), below the timeline: each [data-figure=KEY] holds its raw
// number in data-value (times as epoch ms, hours as hours, shares as 0..1) and a readable value.
// The three that matter most are in the hero above the chart (hero.ts); the peak and its time
// share one card.
import type { Summary } from '../../results/index.js';
import { tr } from '../pageLocale.js';
import { h } from './dom.js';
import { formatCount, formatHours, formatOffset, formatShare, formatTime, type TimeZoneChoice } from './format.js';

export const FIGURE_KEYS = ['crashedRecoveredAtCheck', 'peakDown', 'deviceHoursLost', 'hoursTo50', 'hoursTo97', 'hoursTo99'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

interface FigureDef {
  label: string;
  note?: string;
}

/** The labels in the page's current language (read when the view is built, again after a switch). */
const defs = (): Record<FigureKey, FigureDef> => ({
  crashedRecoveredAtCheck: {
    label: tr('summary.crashedRecoveredAtCheck.label'),
    note: tr('summary.crashedRecoveredAtCheck.shortNote'),
  },
  peakDown: { label: tr('summary.peakDown.label') },
  deviceHoursLost: { label: tr('summary.deviceHoursLost.label'), note: tr('summary.deviceHoursLost.note') },
  hoursTo50: { label: tr('summary.hoursTo50.label') },
  hoursTo97: { label: tr('summary.hoursTo97all.label') },
  hoursTo99: { label: tr('summary.hoursTo99all.label') },
});

interface FigureEls {
  root: HTMLElement;
  value: HTMLElement;
  detail: HTMLElement;
}

export class SummaryView {
  private readonly els = new Map<FigureKey, FigureEls>();
  private readonly heading: HTMLElement;
  /** The time of the peak: its own [data-figure=peakDownAt] inside the peak's card. */
  private readonly peakAt: HTMLElement;

  constructor(container: HTMLElement) {
    this.heading = h('p', { class: 'summary-context' });
    const grid = h('div', { class: 'figures' });
    this.peakAt = h('p', { class: 'figure-detail', 'data-figure': 'peakDownAt', 'data-value': '' });
    const DEFS = defs();
    for (const key of FIGURE_KEYS) {
      const def = DEFS[key];
      const value = h('p', { class: 'figure-value' }, '…');
      const detail = key === 'peakDown' ? this.peakAt : h('p', { class: 'figure-detail' });
      const root = h('div', { class: 'figure', 'data-figure': key, 'data-value': '' },
        h('p', { class: 'figure-label' }, def.label), value, detail,
        def.note ? h('p', { class: 'figure-note' }, def.note) : null);
      grid.append(root);
      this.els.set(key, { root, value, detail });
    }
    container.append(this.heading, grid);
  }

  update(s: Summary, publishAtMs: number, tz: TimeZoneChoice): void {
    const peakAtMs = Date.parse(s.peakDownAt);
    const checkMs = Date.parse(s.checkAt);
    this.set('peakDown', s.peakDown, formatCount(s.peakDown), tr('summary.at', { time: formatTime(peakAtMs, tz), offset: formatOffset((peakAtMs - publishAtMs) / 60000) }));
    this.peakAt.dataset.value = String(peakAtMs);
    for (const k of ['50', '97', '99'] as const) {
      const v = s.hoursTo[k];
      this.set(`hoursTo${k}`, v, formatHours(v), v === null ? '' : formatTime(publishAtMs + v * 3_600_000, tz));
    }
    this.set('deviceHoursLost', s.deviceHoursLost, formatCount(s.deviceHoursLost), tr('summary.deviceYears', { years: formatCount(s.deviceHoursLost / 24 / 365.25) }));
    this.set('crashedRecoveredAtCheck', s.crashedRecoveredAtCheck, formatShare(s.crashedRecoveredAtCheck),
      tr('summary.at', { time: formatTime(checkMs, tz), offset: formatOffset((checkMs - publishAtMs) / 60000) }));
    this.heading.textContent = s.haltAt
      ? tr('summary.halted', { time: formatTime(Date.parse(s.haltAt), tz) })
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
