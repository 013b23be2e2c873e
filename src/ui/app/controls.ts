// The parameter controls, built from PARAM_SPECS: a card per group, a number box (named by the
// parameter key) and a slider per parameter, help on demand, a mark where the value differs
// from the scenario, and the error for a refused value under its field.
import { PARAM_SPECS, REGION_INFO, SECTOR_INFO, type ParamGroup, type ParamSpec } from '../../engine/index.js';
import { h } from './dom.js';
import { differsFromBase, valueOf, type EditState } from './editState.js';
import { formatInt, inputToIso, isoToInput } from './format.js';
import { SLIDER_STEPS, fromPosition, isLogScale, toPosition } from './sliderScale.js';

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

interface Field {
  spec: ParamSpec;
  wrap: HTMLElement;
  input: HTMLInputElement;
  slider: HTMLInputElement | null;
  scenarioValue: HTMLElement;
  error: HTMLElement;
  details: HTMLDetailsElement | null;
}

const fieldId = (key: string) => `param-${key}`;
const itemLabel = (spec: ParamSpec): string => {
  const last = spec.key.split('.').pop()!;
  const info = REGION_INFO.find((r) => r.id === last) ?? SECTOR_INFO.find((s) => s.id === last);
  if (info && spec.key.split('.').length === 3) return info.label;
  const i = spec.label.indexOf(': ');
  return spec.key.split('.').length === 3 && i > 0 ? spec.label.slice(i + 2) : spec.label;
};
const familyTitle = (spec: ParamSpec) => {
  const i = spec.label.indexOf(': ');
  return i > 0 ? spec.label.slice(0, i) : spec.label;
};

export function showValue(spec: ParamSpec, v: number | string): string {
  if (typeof v === 'string') return spec.kind === 'datetime' ? `${isoToInput(v).replace('T', ' ')} UTC` : v;
  return Math.abs(v) >= 10_000 ? formatInt(v) : String(v);
}

function unitText(spec: ParamSpec): string {
  return spec.unit === 'share' ? 'share (0–1)' : spec.unit;
}

export class Controls {
  private readonly fields = new Map<string, Field>();

  constructor(container: HTMLElement, private readonly handlers: ControlsHandlers) {
    const groups = [...new Set(PARAM_SPECS.map((s) => s.group))];
    for (const g of groups) container.append(this.buildGroup(g, PARAM_SPECS.filter((s) => s.group === g)));
  }

  private buildGroup(group: ParamGroup, specs: ParamSpec[]): HTMLElement {
    const headingId = `group-${group}`;
    const card = h('section', { class: 'card param-group', 'aria-labelledby': headingId, 'data-group': group },
      h('h2', { id: headingId }, GROUP_TITLES[group]),
      h('p', { class: 'card-note' }, GROUP_NOTES[group]));
    // Scalars first; per-sector, per-region and per-class families each in a collapsible block.
    const families = new Map<string, ParamSpec[]>();
    for (const s of specs) {
      const parts = s.key.split('.');
      if (parts.length === 3) {
        const fam = `${parts[0]}.${parts[1]}`;
        families.set(fam, [...(families.get(fam) ?? []), s]);
      } else card.append(this.buildField(s, null));
    }
    for (const [fam, list] of families) {
      const details = h('details', { class: 'param-family', 'data-family': fam }) as HTMLDetailsElement;
      details.append(h('summary', {}, `${familyTitle(list[0]!)} `, h('span', { class: 'family-count' }, `(${list.length})`),
        h('span', { class: 'family-changed', 'aria-hidden': 'true' })));
      const note = list[0]!.help.includes('normalised') ? 'Shares are normalised to sum to 1.' : null;
      if (note) details.append(h('p', { class: 'card-note' }, note));
      for (const s of list) details.append(this.buildField(s, details));
      card.append(details);
    }
    return card;
  }

  private buildField(spec: ParamSpec, details: HTMLDetailsElement | null): HTMLElement {
    const id = fieldId(spec.key);
    const helpId = `${id}-help`;
    const rangeId = `${id}-range`;
    const errorId = `${id}-error`;
    const label = itemLabel(spec);
    const isDate = spec.kind === 'datetime';
    const input = h('input', {
      id, name: spec.key, type: isDate ? 'datetime-local' : 'number',
      min: isDate ? '2000-01-01T00:00' : spec.min, max: isDate ? '2100-01-01T00:00' : spec.max,
      step: isDate ? 60 : spec.step, inputmode: isDate ? null : 'decimal', class: 'param-number',
      'aria-describedby': `${rangeId} ${helpId} ${errorId}`, autocomplete: 'off', 'data-kind': spec.kind,
    });
    const slider = isDate ? null : h('input', {
      type: 'range', min: 0, max: SLIDER_STEPS, step: 1, class: 'param-slider',
      'aria-label': `${label} (slider${isLogScale(spec) ? ', log scale' : ''})`, 'aria-describedby': rangeId,
      'data-slider-for': spec.key,
    });
    const helpBtn = h('button', { type: 'button', class: 'help-btn', 'aria-expanded': 'false', 'aria-controls': helpId,
      'aria-label': `About ${label}`, title: 'About this parameter' }, '?');
    const help = h('div', { id: helpId, class: 'param-help', hidden: true },
      h('p', {}, spec.help), h('p', { class: 'param-source' }, h('span', { class: 'source-label' }, 'Source: '), spec.source));
    const scenarioValue = h('span', { class: 'scenario-value' });
    const revert = h('button', { type: 'button', class: 'revert-btn', 'aria-label': `Put ${label} back to the scenario value`,
      title: 'Back to the scenario value' }, '↺');
    const rangeText = isDate ? 'UTC, 2000–2100' : `${showValue(spec, spec.min)}–${showValue(spec, spec.max)} ${unitText(spec)}`;
    const error = h('p', { id: errorId, class: 'param-error', hidden: true });
    const wrap = h('div', { class: 'param', 'data-param': spec.key },
      h('div', { class: 'param-head' },
        h('label', { for: id }, label),
        h('span', { class: 'changed-mark', title: 'Differs from the scenario' }, h('span', { class: 'visually-hidden' }, '(changed)')),
        helpBtn),
      h('div', { class: 'param-inputs' }, input, h('span', { class: 'param-unit' }, isDate ? 'UTC' : unitText(spec)), revert),
      slider,
      h('p', { id: rangeId, class: 'param-range' }, `Range ${rangeText}`, scenarioValue),
      error, help);

    helpBtn.addEventListener('click', () => {
      const open = help.hidden;
      help.hidden = !open;
      helpBtn.setAttribute('aria-expanded', String(open));
    });
    revert.addEventListener('click', () => this.handlers.onResetParam(spec.key));
    input.addEventListener('input', () => this.handlers.onParam(spec.key, this.readInput(spec, input)));
    if (isDate) input.addEventListener('change', () => this.handlers.onParam(spec.key, this.readInput(spec, input)));
    slider?.addEventListener('input', () => {
      const v = fromPosition(spec, Number(slider.value));
      input.value = String(v);
      slider.setAttribute('aria-valuetext', `${showValue(spec, v)} ${unitText(spec)}`);
      this.handlers.onParam(spec.key, v);
    });
    this.fields.set(spec.key, { spec, wrap, input, slider, scenarioValue, error, details });
    return wrap;
  }

  private readInput(spec: ParamSpec, input: HTMLInputElement): RawValue {
    if (spec.kind === 'datetime') return input.value.trim() === '' ? null : inputToIso(input.value);
    if (input.value.trim() === '') return input.validity.badInput ? NaN : null;
    return Number(input.value);
  }

  /** Shows the state's values (leaving a box alone while its text already means that value). */
  render(state: EditState): void {
    const changedFamilies = new Map<HTMLDetailsElement, number>();
    for (const f of this.fields.values()) {
      const v = valueOf(state.current, f.spec.key);
      if (f.spec.kind === 'datetime') {
        const want = isoToInput(String(v));
        if (f.input.value !== want && !(document.activeElement === f.input && f.error.hidden === false)) f.input.value = want;
      } else if (f.input.value === '' || Number(f.input.value) !== v) {
        if (!(document.activeElement === f.input && !f.error.hidden)) f.input.value = String(v);
      }
      if (f.slider && typeof v === 'number') {
        f.slider.value = String(toPosition(f.spec, v));
        f.slider.setAttribute('aria-valuetext', `${showValue(f.spec, v)} ${unitText(f.spec)}`);
      }
      const changed = differsFromBase(state, f.spec.key);
      f.wrap.classList.toggle('changed', changed);
      f.scenarioValue.textContent = changed ? ` · scenario: ${showValue(f.spec, valueOf(state.base, f.spec.key))}` : '';
      if (f.details && changed) changedFamilies.set(f.details, (changedFamilies.get(f.details) ?? 0) + 1);
    }
    for (const f of this.fields.values()) {
      if (!f.details) continue;
      const n = changedFamilies.get(f.details) ?? 0;
      const mark = f.details.querySelector('.family-changed');
      if (mark) mark.textContent = n ? ` · ${n} changed` : '';
      f.details.classList.toggle('changed', n > 0);
    }
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
}
