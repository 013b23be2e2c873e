// The parameter controls, built from PARAM_SPECS: the key levers first, then a search box and the
// full registry (a card per group, collapsed until asked for or searched). Each parameter has a
// number box (named by the parameter key) and a slider, help on demand, a mark where the value
// differs from the scenario, and the error for a refused value under its field. Every parameter
// appears once: a key lever is not repeated in its group.
import { PARAM_SPECS, REGION_INFO, SECTOR_INFO, type ParamGroup, type ParamSpec } from '../../engine/index.js';
import { localTimeAt } from '../../results/localTime.js';
import { BROWSER_MAX } from '../../scenario/limits.js';
import { h } from './dom.js';
import { differsFromBase, valueOf, type EditState } from './editState.js';
import { formatInt, inputToIso, isoToInput } from './format.js';
import { KEY_LEVERS } from './keyLevers.js';
import { matchesParam, searchTerms } from './paramSearch.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { SLIDER_STEPS, fromPosition, isLogScale, keyValue, sliderKey, toPosition, type RangeSpec } from './sliderScale.js';

export const GROUP_TITLES: Record<ParamGroup, string> = {
  push: 'The push', fleet: 'The fleet', crash: 'The crash', repair: 'The repair', vendor: 'Vendor help', run: 'The run',
  services: 'Services and money',
};
const GROUP_NOTES: Record<ParamGroup, string> = {
  push: 'How the faulty file went out, and what could have stopped it.',
  fleet: 'Who ran the sensor on Windows.',
  crash: 'The boot loop, and machines that fixed themselves.',
  repair: 'Hands-on repair by each customer’s own staff.',
  vendor: 'Tools from Microsoft and CrowdStrike.',
  run: 'What the simulation covers.',
  services: 'What stopped devices mean for flights, hospitals, emergency calls and payments, and what it costs.',
};

/** A parameter's entered value: a number, a datetime text, or null when the box is empty. */
export type RawValue = number | string | null;

export interface ControlsHandlers {
  onParam(key: string, value: RawValue): void;
  onResetParam(key: string): void;
}

/** Where the controls go: the key levers card, the search card, and the registry of groups. */
export interface ControlsHosts {
  levers: HTMLElement;
  finder: HTMLElement;
  registry: HTMLElement;
}

interface Field {
  spec: ParamSpec;
  /** The slider's range: the registry's, or the page's own where it is smaller. */
  range: RangeSpec;
  wrap: HTMLElement;
  input: HTMLInputElement;
  slider: HTMLInputElement | null;
  /** The "never" box of a time that may never come (a revert by hand, a vendor tool). */
  never: HTMLInputElement | null;
  /** The last number the field held: unticking "never" goes back to it. */
  lastNumber: number | null;
  /** Under the publish time: its weekday and local time in a few regions, and what moves with it. */
  note: HTMLElement | null;
  scenarioValue: HTMLElement;
  error: HTMLElement;
  details: HTMLDetailsElement | null;
  /** Card the field sits in (key levers or a group). */
  card: HTMLElement;
  /** Words a search also matches: the group and family titles. */
  context: string[];
  inRegistry: boolean;
  /** The value the state holds (a typed box may show something else). */
  value: number | string | null;
}

const fieldId = (key: string) => `param-${key}`;
const ja = () => pageLocale() === 'ja';

/** A group's title in the page's language. */
export const groupTitle = (g: ParamGroup): string => (ja() ? ui().groupTitle(g) : GROUP_TITLES[g]);
const groupNote = (g: ParamGroup): string => (ja() ? ui().groupNote(g) : GROUP_NOTES[g]);

const itemLabel = (spec: ParamSpec): string => (ja() ? ui().param(spec.key).item : itemLabelEn(spec));
const itemLabelEn = (spec: ParamSpec): string => {
  const last = spec.key.split('.').pop()!;
  const info = REGION_INFO.find((r) => r.id === last) ?? SECTOR_INFO.find((s) => s.id === last);
  if (info && spec.key.split('.').length === 3) return info.label;
  const i = spec.label.indexOf(': ');
  return spec.key.split('.').length === 3 && i > 0 ? spec.label.slice(i + 2) : spec.label;
};
const familyTitle = (spec: ParamSpec) => {
  if (ja()) return ui().param(spec.key).family ?? ui().param(spec.key).label;
  const i = spec.label.indexOf(': ');
  return i > 0 ? spec.label.slice(0, i) : spec.label;
};

/** The cities the publish time is read in: from west to east, the Americas to Australia. */
const NOTE_REGIONS = ['na-west', 'na-east', 'uk-ie', 'india', 'east-asia', 'anz'] as const;

/**
 * Under the publish time: its weekday in UTC and the local weekday and time in a few regions (who
 * had machines on, who was at work), and that every time in the run counts from it, the check
 * point included. Empty for a value that is not a time.
 */
export function publishNote(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const utc = localTimeAt(ms, 0);
  const local = NOTE_REGIONS.map((id) => {
    const r = REGION_INFO.find((x) => x.id === id)!;
    return ja()
      ? tr('controls.place', { city: ui().city(r.id), time: ui().clockAtOffset(ms, r.utcOffsetHours) })
      : tr('controls.place', { city: r.city, time: localTimeAt(ms, r.utcOffsetHours).text });
  });
  return tr('controls.publishNote', { utc: ja() ? ui().clockAtOffset(ms, 0) : utc.text, places: ui().list(local) });
}

export function showValue(spec: ParamSpec, v: number | string): string {
  if (typeof v === 'string') return spec.kind === 'datetime' ? `${isoToInput(v).replace('T', ' ')} UTC` : v;
  return Math.abs(v) >= 1000 && Number.isInteger(v) ? formatInt(v) : String(v);
}

function unitText(spec: ParamSpec): string {
  if (ja()) return ui().param(spec.key).unit;
  return spec.unit === 'share' ? 'share (0–1)' : spec.unit;
}

export class Controls {
  private readonly fields = new Map<string, Field>();
  private readonly groupCards: HTMLElement[] = [];
  private readonly levers: HTMLElement;
  private readonly registry: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly searchStatus: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private expanded = false;
  /** Family blocks' open state from before a search opened them. */
  private openBeforeSearch: Map<HTMLDetailsElement, boolean> | null = null;

  constructor(hosts: ControlsHosts, private readonly handlers: ControlsHandlers) {
    this.levers = hosts.levers;
    this.registry = hosts.registry;
    this.buildLevers(hosts.levers);
    const groups = [...new Set(PARAM_SPECS.map((s) => s.group))];
    for (const g of groups) {
      const card = this.buildGroup(g, PARAM_SPECS.filter((s) => s.group === g && !KEY_LEVERS.includes(s.key)));
      this.groupCards.push(card);
      hosts.registry.append(card);
    }
    const inRegistry = PARAM_SPECS.length - KEY_LEVERS.length;
    this.search = h('input', {
      id: 'param-search', type: 'search', class: 'param-search', autocomplete: 'off', spellcheck: 'false',
      placeholder: tr('controls.finder.placeholder'), 'aria-describedby': 'param-search-status', 'aria-controls': hosts.registry.id,
    });
    this.searchStatus = h('p', { id: 'param-search-status', class: 'field-note', 'aria-live': 'polite' });
    this.toggle = h('button', { id: 'show-all-params', type: 'button', class: 'show-all', 'aria-expanded': 'false', 'aria-controls': hosts.registry.id });
    hosts.finder.append(
      h('h2', { id: 'param-finder-title' }, tr('controls.finder.title')),
      h('p', { class: 'card-note' }, tr('controls.finder.note', { n: String(PARAM_SPECS.length), groups: String(groups.length) })),
      h('div', { class: 'field' }, h('label', { for: 'param-search' }, tr('controls.finder.label')), this.search),
      this.searchStatus,
      this.toggle,
    );
    this.toggle.dataset.count = String(inRegistry);
    this.search.addEventListener('input', () => this.applySearch());
    this.search.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && this.search.value) {
        this.search.value = '';
        this.applySearch();
      }
    });
    this.toggle.addEventListener('click', () => this.setExpanded(!this.expanded));
    this.applySearch();
  }

  private buildLevers(card: HTMLElement): void {
    card.append(
      h('h2', { id: 'key-levers-title' }, tr('controls.levers.title')),
      h('p', { class: 'card-note' }, tr('controls.levers.note')),
    );
    for (const key of KEY_LEVERS) {
      const spec = PARAM_SPECS.find((s) => s.key === key)!;
      card.append(this.buildField(spec, null, card, [groupTitle(spec.group), tr('controls.levers.title'), 'key levers'], false));
    }
  }

  private buildGroup(group: ParamGroup, specs: ParamSpec[]): HTMLElement {
    const headingId = `group-${group}`;
    const card = h('section', { class: 'card param-group', 'aria-labelledby': headingId, 'data-group': group },
      h('h2', { id: headingId }, groupTitle(group)),
      h('p', { class: 'card-note' }, groupNote(group)));
    const levers = KEY_LEVERS.filter((k) => k.startsWith(`${group}.`))
      .map((k) => (ja() ? ui().param(k).label : PARAM_SPECS.find((s) => s.key === k)!.label));
    if (levers.length) {
      const list = ja() ? levers.join('、') : levers.map((l, i) => (i ? l.toLowerCase() : l)).join(', ');
      card.append(h('p', { class: 'group-levers' }, tr('controls.levers.under', { list })));
    }
    // Scalars first; per-sector, per-region and per-class families each in a collapsible block.
    const families = new Map<string, ParamSpec[]>();
    for (const s of specs) {
      const parts = s.key.split('.');
      if (parts.length === 3) {
        const fam = `${parts[0]}.${parts[1]}`;
        families.set(fam, [...(families.get(fam) ?? []), s]);
      } else card.append(this.buildField(s, null, card, [groupTitle(group)], true));
    }
    for (const [fam, list] of families) {
      const details = h('details', { class: 'param-family', 'data-family': fam }) as HTMLDetailsElement;
      details.append(h('summary', {}, `${familyTitle(list[0]!)} `, h('span', { class: 'family-count' }, `(${list.length})`),
        h('span', { class: 'family-changed', 'aria-hidden': 'true' })));
      const note = list[0]!.help.includes('normalised') ? tr('controls.family.normalised') : null;
      if (note) details.append(h('p', { class: 'card-note' }, note));
      for (const s of list) details.append(this.buildField(s, details, card, [groupTitle(group), familyTitle(s)], true));
      card.append(details);
    }
    return card;
  }

  private buildField(spec: ParamSpec, details: HTMLDetailsElement | null, card: HTMLElement, context: string[], inRegistry: boolean): HTMLElement {
    const id = fieldId(spec.key);
    const helpId = `${id}-help`;
    const rangeId = `${id}-range`;
    const errorId = `${id}-error`;
    const label = itemLabel(spec);
    const isDate = spec.kind === 'datetime';
    const pageMax = Math.min(spec.max, BROWSER_MAX[spec.key] ?? Infinity);
    const range: RangeSpec = { min: spec.min, max: pageMax, step: spec.step };
    const input = h('input', {
      id, name: spec.key, type: isDate ? 'datetime-local' : 'number',
      min: isDate ? '2000-01-01T00:00' : spec.min, max: isDate ? '2100-01-01T00:00' : pageMax,
      step: isDate ? 60 : spec.step, inputmode: isDate ? null : 'decimal', class: 'param-number',
      'aria-describedby': `${rangeId} ${helpId} ${errorId}`, autocomplete: 'off', 'data-kind': spec.kind,
    });
    const slider = isDate ? null : h('input', {
      type: 'range', min: 0, max: SLIDER_STEPS, step: 1, class: 'param-slider',
      'aria-label': isLogScale(range) ? tr('controls.sliderLog', { label }) : tr('controls.slider', { label }), 'aria-describedby': rangeId,
      'data-slider-for': spec.key,
    });
    const helpBtn = h('button', { type: 'button', class: 'help-btn', 'aria-expanded': 'false', 'aria-controls': helpId,
      'aria-label': tr('controls.help.label', { label }), title: tr('controls.help.title') }, '?');
    const text = ja() ? ui().param(spec.key) : spec;
    const help = h('div', { id: helpId, class: 'param-help', hidden: true },
      h('p', {}, text.help), h('p', { class: 'param-source' }, h('span', { class: 'source-label' }, `${tr('controls.source')} `), text.source),
      h('p', { class: 'param-key' }, h('span', { class: 'source-label' }, `${tr('controls.key')} `), h('code', {}, spec.key)));
    const never = spec.never ? h('input', { type: 'checkbox', id: `${id}-never`, class: 'never-box', 'data-never-for': spec.key }) : null;
    const neverLabel = never ? h('label', { class: 'never-toggle', for: `${id}-never` }, never, ` ${tr('controls.never')}`) : null;
    const note = spec.key === 'push.publishAt' ? h('p', { id: `${id}-when`, class: 'param-note', 'aria-live': 'polite' }) : null;
    const scenarioValue = h('span', { class: 'scenario-value' });
    const revert = h('button', { type: 'button', class: 'revert-btn', 'aria-label': tr('controls.revert.label', { label }),
      title: tr('controls.revert.title') }, '↺');
    const rangeValues = { min: showValue(spec, spec.min), max: showValue(spec, pageMax), unit: unitText(spec) };
    const rangeText = isDate ? tr('controls.rangeDateText')
      : pageMax < spec.max ? tr('controls.rangePageMax', { ...rangeValues, cli: showValue(spec, spec.max) }) : tr('controls.rangeValues', rangeValues);
    const error = h('p', { id: errorId, class: 'param-error', hidden: true });
    const wrap = h('div', { class: 'param', 'data-param': spec.key },
      h('div', { class: 'param-head' },
        h('label', { for: id }, label),
        h('span', { class: 'changed-mark', title: tr('controls.changed.title') }, h('span', { class: 'visually-hidden' }, tr('controls.changed.hidden'))),
        helpBtn),
      h('div', { class: 'param-inputs' }, input, h('span', { class: 'param-unit' }, isDate ? 'UTC' : unitText(spec)), neverLabel, revert),
      slider,
      note,
      h('p', { id: rangeId, class: 'param-range' }, spec.never ? tr('controls.rangeLineNever', { range: rangeText }) : tr('controls.rangeLine', { range: rangeText }), scenarioValue),
      error, help);

    const field: Field = {
      spec, range, wrap, input, slider, never, lastNumber: typeof spec.default === 'number' ? spec.default : null, note,
      scenarioValue, error, details, card, inRegistry, value: null,
      // A Japanese reader searches in Japanese: the label and help in that language match too.
      context: ja() ? [...context, ui().param(spec.key).label, ui().param(spec.key).help] : context,
    };
    if (note) input.setAttribute('aria-describedby', `${note.id} ${input.getAttribute('aria-describedby')}`);
    never?.addEventListener('change', () => {
      // Unticked: back to the last number the field held (the default until another was set).
      this.handlers.onParam(spec.key, never.checked ? 'never' : field.lastNumber ?? spec.min);
    });
    helpBtn.addEventListener('click', () => {
      const open = help.hidden;
      help.hidden = !open;
      helpBtn.setAttribute('aria-expanded', String(open));
    });
    revert.addEventListener('click', () => this.handlers.onResetParam(spec.key));
    input.addEventListener('input', () => this.handlers.onParam(spec.key, this.readInput(spec, input)));
    if (isDate) input.addEventListener('change', () => this.handlers.onParam(spec.key, this.readInput(spec, input)));
    if (slider) {
      slider.addEventListener('input', () => this.fromSlider(field, fromPosition(range, Number(slider.value))));
      // Keys move the value by its own step (see sliderScale.ts), not the thumb by a position.
      slider.addEventListener('keydown', (ev) => {
        const key = sliderKey(ev.key);
        if (!key || ev.altKey || ev.ctrlKey || ev.metaKey) return;
        ev.preventDefault();
        const now = typeof field.value === 'number' ? field.value : Number(input.value);
        if (!Number.isFinite(now)) return;
        const next = keyValue(range, now, key);
        if (next !== now) this.fromSlider(field, next);
      });
    }
    this.fields.set(spec.key, field);
    return wrap;
  }

  private fromSlider(f: Field, v: number): void {
    f.input.value = String(v);
    f.slider?.setAttribute('aria-valuetext', `${showValue(f.spec, v)} ${unitText(f.spec)}`);
    this.handlers.onParam(f.spec.key, v);
  }

  private readInput(spec: ParamSpec, input: HTMLInputElement): RawValue {
    if (spec.kind === 'datetime') return input.value.trim() === '' ? null : inputToIso(input.value);
    if (input.value.trim() === '') return input.validity.badInput ? NaN : null;
    return Number(input.value);
  }

  /** Shows the state's values (leaving a box alone while its text already means that value). */
  render(state: EditState): void {
    const changedFamilies = new Map<HTMLDetailsElement, number>();
    let changedInRegistry = 0;
    for (const f of this.fields.values()) {
      const v = valueOf(state.current, f.spec.key);
      f.value = v;
      if (f.never) {
        const isNever = v === 'never';
        f.never.checked = isNever;
        f.input.disabled = isNever;
        if (f.slider) f.slider.disabled = isNever;
        if (typeof v === 'number') f.lastNumber = v;
      }
      if (f.note) f.note.textContent = publishNote(String(v));
      if (v === 'never') {
        if (f.input.value !== '') f.input.value = '';
      } else if (f.spec.kind === 'datetime') {
        const want = isoToInput(String(v));
        if (f.input.value !== want && !(document.activeElement === f.input && f.error.hidden === false)) f.input.value = want;
      } else if (f.input.value === '' || Number(f.input.value) !== v) {
        if (!(document.activeElement === f.input && !f.error.hidden)) f.input.value = String(v);
      }
      if (f.slider && typeof v === 'number') {
        f.slider.value = String(toPosition(f.range, v));
        f.slider.setAttribute('aria-valuetext', `${showValue(f.spec, v)} ${unitText(f.spec)}`);
      }
      const changed = differsFromBase(state, f.spec.key);
      f.wrap.classList.toggle('changed', changed);
      f.scenarioValue.textContent = changed ? ` · ${tr('controls.scenarioValue', { value: showValue(f.spec, valueOf(state.base, f.spec.key)) })}` : '';
      if (f.details && changed) changedFamilies.set(f.details, (changedFamilies.get(f.details) ?? 0) + 1);
      if (changed && f.inRegistry) changedInRegistry++;
    }
    for (const f of this.fields.values()) {
      if (!f.details) continue;
      const n = changedFamilies.get(f.details) ?? 0;
      const mark = f.details.querySelector('.family-changed');
      if (mark) mark.textContent = n ? ` · ${n} changed` : '';
      f.details.classList.toggle('changed', n > 0);
    }
    this.toggle.dataset.changed = String(changedInRegistry);
    this.renderToggle();
  }

  /** Shows or clears the error under a field. Open its block so the reader sees it. */
  setError(key: string, message: string | null): void {
    const f = this.fields.get(key);
    if (!f) return;
    f.error.hidden = message === null;
    f.error.textContent = message ?? '';
    f.wrap.classList.toggle('invalid', message !== null);
    if (message) {
      f.input.setAttribute('aria-invalid', 'true');
      if (f.details) f.details.open = true;
      if (f.inRegistry && !this.expanded) this.setExpanded(true);
    } else f.input.removeAttribute('aria-invalid');
  }

  clearErrors(): void {
    for (const key of this.fields.keys()) this.setError(key, null);
  }

  /** Keys with an error showing. */
  errorKeys(): string[] {
    return [...this.fields.values()].filter((f) => !f.error.hidden).map((f) => f.spec.key);
  }

  /** Forgets typed-but-invalid text so render shows the state's values everywhere. */
  resetInputs(state: EditState): void {
    this.clearErrors();
    for (const f of this.fields.values()) f.input.value = '';
    this.render(state);
  }

  has(key: string): boolean {
    return this.fields.has(key);
  }

  /** Shows or hides the full registry (a search shows it whatever this says). */
  setExpanded(on: boolean): void {
    this.expanded = on;
    this.applySearch();
  }

  private renderToggle(): void {
    const n = Number(this.toggle.dataset.count);
    const changed = Number(this.toggle.dataset.changed ?? 0);
    this.toggle.textContent = this.expanded ? tr('controls.toggle.hide') : tr('controls.toggle.show', { n: String(n) });
    if (changed) this.toggle.append(h('span', { class: 'toggle-changed' }, ` ${tr('controls.toggle.changed', { n: String(changed) })}`));
    this.toggle.setAttribute('aria-expanded', String(this.expanded));
  }

  /** Filters every field by the search box; groups, families and the levers card follow their fields. */
  private applySearch(): void {
    const terms = searchTerms(this.search.value);
    const searching = terms.length > 0;
    if (searching && !this.openBeforeSearch) {
      this.openBeforeSearch = new Map([...this.registry.querySelectorAll<HTMLDetailsElement>('details.param-family')].map((d) => [d, d.open]));
    }
    const shownIn = new Map<Element, number>();
    let hits = 0;
    for (const f of this.fields.values()) {
      const hit = matchesParam(f.spec, terms, f.context);
      f.wrap.hidden = !hit;
      if (!hit) continue;
      hits++;
      shownIn.set(f.card, (shownIn.get(f.card) ?? 0) + 1);
      if (f.details) shownIn.set(f.details, (shownIn.get(f.details) ?? 0) + 1);
    }
    for (const d of this.registry.querySelectorAll<HTMLDetailsElement>('details.param-family')) {
      const any = shownIn.has(d);
      d.hidden = searching && !any;
      if (searching) d.open = any;
    }
    if (!searching && this.openBeforeSearch) {
      for (const [d, open] of this.openBeforeSearch) d.open = open;
      this.openBeforeSearch = null;
    }
    for (const card of [this.levers, ...this.groupCards]) card.hidden = searching && !shownIn.has(card);
    for (const note of this.registry.querySelectorAll<HTMLElement>('.group-levers')) note.hidden = searching;
    this.registry.hidden = !(this.expanded || searching);
    this.toggle.hidden = searching;
    const q = this.search.value.trim();
    this.searchStatus.textContent = !searching ? ''
      : hits === 0 ? tr('controls.search.none', { q })
        : tr('controls.search.hits', { hits: String(hits), total: String(PARAM_SPECS.length), q });
    this.searchStatus.hidden = !searching;
    this.renderToggle();
  }
}
