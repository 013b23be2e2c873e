// The answer first (#hero-figures): the three figures a reader compares with the record, above
// the timeline. Each [data-figure=KEY] holds its raw number in data-value (shares as 0..1, hours
// as hours) and a readable value, beside the published figure it is measured against.
import type { Summary } from '../../results/index.js';
import { tr } from '../pageLocale.js';
import { h } from './dom.js';
import { formatCount, formatHours, formatShare, formatTime, type TimeZoneChoice } from './format.js';

export const HERO_KEYS = ['crashed', 'sensorsOnlineAtCheck', 'hoursTo90'] as const;
export type HeroKey = (typeof HERO_KEYS)[number];

/** Sources in full in the page's footer and on the timeline: Microsoft, 20 Jul 2024; CrowdStrike, 25 Jul 2024. */
const labels = (): Record<HeroKey, { label: string; real: string }> => ({
  crashed: { label: tr('summary.crashed.label'), real: tr('summary.hero.crashedReal') },
  sensorsOnlineAtCheck: { label: tr('summary.sensorsOnlineAtCheck.label'), real: tr('summary.sensorsOnlineAtCheck.real') },
  hoursTo90: { label: tr('summary.hoursTo90all.label'), real: tr('summary.hero.noPublished') },
});

interface Els {
  root: HTMLElement;
  value: HTMLElement;
  detail: HTMLElement;
}

export class HeroView {
  private readonly els = new Map<HeroKey, Els>();

  constructor(container: HTMLElement) {
    const LABELS = labels();
    for (const key of HERO_KEYS) {
      const def = LABELS[key];
      const value = h('p', { class: 'figure-value' }, '…');
      const detail = h('p', { class: 'figure-detail' });
      const root = h('div', { class: 'hero-figure', 'data-figure': key, 'data-value': '' },
        h('p', { class: 'figure-label' }, def.label), value, h('p', { class: 'figure-real' }, def.real), detail);
      container.append(root);
      this.els.set(key, { root, value, detail });
    }
  }

  update(s: Summary, publishAtMs: number, tz: TimeZoneChoice): void {
    const checkMs = Date.parse(s.checkAt);
    this.set('crashed', s.crashed, formatCount(s.crashed), tr('summary.hero.ofSensors', { share: formatShare(s.fleet > 0 ? s.crashed / s.fleet : 0), fleet: formatCount(s.fleet) }));
    this.set('sensorsOnlineAtCheck', s.sensorsOnlineAtCheck, formatShare(s.sensorsOnlineAtCheck), tr('summary.atTime', { time: formatTime(checkMs, tz) }));
    const h90 = s.hoursTo['90'];
    this.set('hoursTo90', h90, formatHours(h90), h90 === null ? '' : tr('summary.atTime', { time: formatTime(publishAtMs + h90 * 3_600_000, tz) }));
  }

  private set(key: HeroKey, raw: number | null, text: string, detail: string): void {
    const e = this.els.get(key)!;
    e.root.dataset.value = raw === null ? '' : String(raw);
    e.value.textContent = text;
    e.detail.textContent = detail;
  }
}
