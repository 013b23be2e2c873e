// "Your organisation": the reader describes their own fleet (sector; sites with region and
// devices per class; repair staff; BitLocker and key escrow; key server on site; automated
// remediation; content held back), or imports it as JSON (the Delta-scale example is one click
// away), and sees their own crash and recovery curve, service outage and cost under the scenario
// being edited, beside the global picture. The form is checked by the organisation file check
// (validateOrg); a refused form names the field and keeps the last valid organisation. The
// organisation is kept in the page link and in this browser; its charts export like the others.
import './services.css';
import deltaText from '../../../scenarios/orgs/delta-scale-airline.json?raw';
import { REGION_INFO, SECTOR_INFO } from '../../engine/index.js';
import { CLASSES, SECTORS, type DeviceClass } from '../../engine/types.js';
import { orgFigures, type OrgFigure, type RunView } from '../../results/index.js';
import { MAX_FILE_BYTES } from '../../scenario/scenario.js';
import { orgDevices, orgToJson, parseOrgText, validateOrg, type Organisation } from '../../scenario/org.js';
import { problem, type Problem } from '../../scenario/problems.js';
import type { Chart, ChartInput } from '../charts/chart.js';
import { createOrgCurveChart } from '../charts/orgCurveChart.js';
import { createOrgDaysChart } from '../charts/orgDaysChart.js';
import { formatCount, formatHours, formatInt, formatPercent, formatUSD } from '../charts/format.js';
import { downloadText, slug } from '../export/download.js';
import { blocked, type PageState } from '../state/pageState.js';
import type { Store } from '../state/store.js';
import { h } from './dom.js';
import type { JobQueue } from './jobQueue.js';
import { loadOrg, saveOrg } from './orgStorage.js';
import { OrgRuns, type OrgRunState } from './orgRuns.js';
import { addTableCsvButton } from './servicesSection.js';
import type { KeyValueStore } from './storage.js';
import type { MessageKey } from '../../i18n/index.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { serviceUnit } from '../charts/names.js';
import { txt } from './pageText.js';

const classKey = (c: DeviceClass) => `app.org.class.${c}` as const;
/** The example organisation with its name and description in the page's language (the sites keep their place names). */
function exampleText(): string {
  const org = JSON.parse(deltaText) as Record<string, unknown>;
  return JSON.stringify({ ...org, name: tr('app.org.exampleName'), description: tr('app.org.exampleDescription') });
}

/** A device class as a site's field names it ("servers" / "サーバー"). */
const classShort = (c: DeviceClass): string => tr(`app.org.short.${c}`);
const isClass = (c: string): c is DeviceClass => (CLASSES as readonly string[]).includes(c);

/** A problem as text in the page's language. */
const problemText = (p: Problem): string => ui().problem(p);

const TEXT = {
  /** Where an organisation read from the form comes from, in its problems. */
  source: 'organisation',
};


function formatFigure(key: OrgFigure['key'], v: number | null): string {
  if (key === 'hoursTo50' || key === 'hoursTo90') return formatHours(v);
  if (v === null) return '–';
  if (key === 'crashedShare') return formatPercent(v);
  if (key === 'lossUSD') return formatUSD(v);
  if (key === 'devices' || key === 'flightsCancelled') return formatInt(v);
  return formatCount(v);
}

/** Strict number reading; anything else stays text, so the check names it. */
function readNumber(raw: string): number | string | undefined {
  const t = raw.trim();
  if (t === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : t;
}

interface SiteRow {
  row: HTMLTableRowElement;
  name: HTMLInputElement;
  region: HTMLSelectElement;
  devices: Record<DeviceClass, HTMLInputElement>;
  staff: HTMLInputElement;
}

export interface OrgPanelOptions {
  store: Store<PageState>;
  queue: Pick<JobQueue, 'submit' | 'cancelLane'>;
  storage: KeyValueStore | null;
  /** The organisation the page link carried; without one, the saved one. */
  linkOrg: Organisation | null;
  /** The run's name as the page shows it (the edit's). */
  scenarioName(): string;
  /** The page link (it carries the organisation). */
  link(): string;
  /** The organisation changed: the page link follows. */
  onChange(): void;
  onSeek(minutes: number): void;
  onError(chart: Chart, error: unknown): void;
}

export class OrgPanel {
  readonly element: HTMLElement;
  private org: Organisation | null = null;
  private readonly runs: OrgRuns;
  private readonly charts: Chart[];
  private readonly csv: HTMLButtonElement[];
  private description = '';
  private sites: SiteRow[] = [];
  private problems: Problem[] = [];
  /** Where the problems come from: the form, or a file or the example. */
  private problemsFrom: 'form' | 'file' = 'form';
  private edited = false;
  /** What the charts last drew, so a progress tick does not redraw them. */
  private drawn: { view: RunView; global: RunView | null; tz: string } | null = null;
  private readonly el: {
    form: HTMLFormElement; name: HTMLInputElement; sector: HTMLSelectElement; staff: HTMLInputElement; escrow: HTMLInputElement;
    bitlocker: Record<DeviceClass, HTMLInputElement>; keysOnSite: HTMLInputElement; remediation: HTMLInputElement; holdback: HTMLInputElement;
    siteBody: HTMLTableSectionElement; status: HTMLElement; problems: HTMLElement; description: HTMLElement; results: HTMLElement;
    figures: HTMLElement; exportButton: HTMLButtonElement; clearButton: HTMLButtonElement; importInput: HTMLInputElement;
  };

  constructor(private readonly opts: OrgPanelOptions) {
    this.runs = new OrgRuns(opts.queue, () => this.render());
    this.charts = [createOrgCurveChart(), createOrgDaysChart()];
    this.csv = this.charts.map(addTableCsvButton);
    for (const c of this.charts) c.onSeek = (m) => opts.onSeek(m);

    const field = (id: string, label: MessageKey, input: HTMLElement, note?: MessageKey) =>
      h('div', { class: 'field' }, h('label', { for: id }, txt(label)), input, note ? h('p', { class: 'field-note', id: `${id}-note` }, txt(note)) : null);
    const text = (id: string, path: string, attrs: Record<string, string | number | boolean> = {}) =>
      h('input', { id, type: 'text', 'data-path': path, autocomplete: 'off', ...attrs });
    const name = text('org-name', 'name', { maxlength: 200 });
    const sector = h('select', { id: 'org-sector', 'data-path': 'sector' },
      ...SECTORS.map((s, i) => h('option', { value: s, 'data-i18n': `domain.sector.${s}` }, pageLocale() === 'ja' ? ui().sector(s) : SECTOR_INFO[i]!.label)));
    const staff = text('org-staff', 'repairStaff', { inputmode: 'decimal', 'aria-describedby': 'org-staff-note' });
    const escrow = text('org-escrow', 'keyEscrowedShare', { inputmode: 'decimal', 'aria-describedby': 'org-escrow-note' });
    const bitlocker = Object.fromEntries(CLASSES.map((c) => [c, text(`org-bl-${c}`, `bitlockerShare.${c}`, { inputmode: 'decimal' })])) as Record<DeviceClass, HTMLInputElement>;
    const check = (id: string, path: string, label: MessageKey) => {
      const box = h('input', { id, type: 'checkbox', 'data-path': path });
      return { box, label: h('label', { class: 'org-check', for: id }, box, ' ', txt(label)) };
    };
    const keysOnSite = check('org-keys-on-site', 'keyServerOnSite', 'app.org.keysOnSite');
    const remediation = check('org-remediation', 'automatedRemediation', 'app.org.remediation');
    const holdback = check('org-holdback', 'holdsContentBack', 'app.org.holdback');
    const siteBody = h('tbody', {});
    const addSite = h('button', { type: 'button', id: 'org-add-site' }, txt('app.org.addSite'));
    addSite.addEventListener('click', () => {
      this.addSiteRow(null);
      this.markEdited();
      this.sites[this.sites.length - 1]!.name.focus();
    });
    const form = h('form', { id: 'org-form', class: 'org-form-wrap', novalidate: true },
      h('div', { class: 'org-form' },
        field('org-name', 'app.org.name', name),
        field('org-sector', 'app.org.sector', sector),
        field('org-staff', 'app.org.staff', staff, 'app.org.staffNote'),
        field('org-escrow', 'app.org.escrow', escrow, 'app.org.escrowNote'),
        h('fieldset', { class: 'field org-bitlocker', 'aria-describedby': 'org-bl-note' },
          h('legend', {}, txt('app.org.bitlocker')),
          h('div', { class: 'org-classes' }, ...CLASSES.map((c) => h('label', {}, txt(classKey(c)), bitlocker[c]))),
          h('p', { class: 'field-note', id: 'org-bl-note' }, txt('app.org.bitlockerNote'))),
        h('div', { class: 'field' }, keysOnSite.label, remediation.label, holdback.label)),
      h('div', { class: 'org-sites-wrap' },
        h('table', { class: 'org-sites' },
          h('thead', {}, h('tr', {}, ...(['app.org.siteName', 'app.org.region', ...CLASSES.map(classKey), 'app.org.siteStaff'] as const)
            .map((k) => h('th', { scope: 'col' }, txt(k))), h('th', { scope: 'col' }))),
          siteBody)),
      h('div', { class: 'button-row' }, addSite, h('button', { type: 'submit', id: 'org-run' }, txt('app.org.run'))));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.submitForm();
    });
    form.addEventListener('input', () => this.markEdited());
    form.addEventListener('change', () => this.markEdited());

    const example = h('button', { type: 'button', id: 'org-example' }, txt('app.org.example'));
    example.addEventListener('click', () => this.loadText(exampleText(), 'scenarios/orgs/delta-scale-airline.json'));
    const importInput = h('input', { id: 'org-import', type: 'file', accept: '.json,application/json' });
    importInput.addEventListener('change', () => {
      const file = importInput.files?.[0];
      importInput.value = '';
      if (file) void this.importFile(file);
    });
    const exportButton = h('button', { type: 'button', id: 'org-export', disabled: true }, txt('app.org.export'));
    exportButton.addEventListener('click', () => {
      if (this.org) downloadText(orgToJson(this.org), `${slug(this.org.name)}.json`, 'application/json');
    });
    const clearButton = h('button', { type: 'button', id: 'org-clear', disabled: true }, txt('app.org.clear'));
    clearButton.addEventListener('click', () => this.clear());

    const status = h('p', { id: 'org-status', class: 'org-status', role: 'status', 'aria-live': 'polite' });
    const problemsBox = h('div', { id: 'org-problems', class: 'org-problems', role: 'alert', hidden: true });
    const description = h('p', { class: 'org-description', hidden: true });
    const figures = h('div', { id: 'org-figures' });
    const results = h('div', { class: 'org-results', hidden: true }, figures, ...this.charts.map((c) => c.element));
    this.element = h('section', { id: 'org-panel', class: 'card org-panel', 'aria-labelledby': 'org-title' },
      h('h2', { id: 'org-title' }, txt('app.org.title')),
      h('p', { class: 'card-note' }, txt('app.org.intro')),
      h('div', { class: 'org-actions' }, example, h('label', { class: 'button file-button' }, txt('app.org.import'), importInput), exportButton, clearButton),
      description, form, problemsBox, status, results);
    this.el = {
      form, name, sector, staff, escrow, bitlocker, keysOnSite: keysOnSite.box, remediation: remediation.box, holdback: holdback.box,
      siteBody, status, problems: problemsBox, description, results, figures, exportButton, clearButton, importInput,
    };

    const first = opts.linkOrg ?? this.savedOrg();
    if (first) this.apply(first, true, false);
    else this.fillForm(null);
    opts.store.subscribe((next, prev) => this.onState(next, prev));
    this.render();
    this.maybeRun();
  }

  /** The organisation in use (the last valid one), for the page link. */
  get current(): Organisation | null {
    return this.org;
  }

  // ---- the organisation ---------------------------------------------------------------------

  private savedOrg(): Organisation | null {
    const r = loadOrg(this.opts.storage);
    return r?.ok ? r.value : null;
  }

  /** Makes `org` the organisation: saved, linked (unless the page is still starting) and run; `fill` puts it in the form. */
  private apply(org: Organisation, fill = true, notify = true): void {
    this.org = org;
    this.description = org.description;
    this.problems = [];
    this.edited = false;
    if (fill) this.fillForm(org);
    this.showProblems([]);
    saveOrg(this.opts.storage, org);
    if (notify) this.opts.onChange();
    this.maybeRun();
    this.render();
  }

  private clear(): void {
    this.org = null;
    this.description = '';
    this.problems = [];
    this.edited = false;
    this.runs.clear();
    this.fillForm(null);
    this.showProblems([]);
    saveOrg(this.opts.storage, null);
    this.opts.onChange();
    this.render();
  }

  private submitForm(): void {
    const r = validateOrg(this.readForm(), TEXT.source);
    if (!r.ok) {
      this.problems = r.errors;
      this.problemsFrom = 'form';
      this.showProblems(r.errors.map((p) => this.fieldText(p)), r.errors);
      this.render();
      return;
    }
    this.apply(r.value, false);
  }

  private loadText(text: string, source: string): void {
    const r = parseOrgText(text, source);
    if (!r.ok) {
      this.problems = r.errors;
      this.problemsFrom = 'file';
      this.showProblems([tr('app.org.importRefused', { file: source }), ...r.errors.map(problemText)]);
      this.render();
      return;
    }
    this.apply(r.value);
  }

  private async importFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      const p = problem(file.name, '', 'file.tooLargeOrg', { bytes: formatInt(file.size), max: formatInt(MAX_FILE_BYTES) });
      this.problems = [p];
      this.problemsFrom = 'file';
      this.showProblems([tr('app.org.importRefused', { file: file.name }), problemText(p)]);
      this.render();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      const p = problem(file.name, '', 'file.unreadableOrg', { why: e instanceof Error ? e.message : String(e) });
      this.problems = [p];
      this.problemsFrom = 'file';
      this.showProblems([tr('app.org.importRefused', { file: file.name }), problemText(p)]);
      this.render();
      return;
    }
    this.loadText(text, file.name);
  }

  private markEdited(): void {
    if (this.edited) return;
    this.edited = true;
    this.render();
  }

  // ---- running ------------------------------------------------------------------------------

  /** Runs the organisation once the scenario's own run is done (the two would share the workers). */
  private maybeRun(): void {
    const s = this.opts.store.state;
    if (!this.org || blocked(s)) return;
    const main = s.main;
    if (main.status !== 'done' || !main.view || main.view.paramsHash !== main.hash) return;
    this.runs.run(this.org, main.scenario, { name: tr('app.org.runName', { name: this.org.name, scenario: this.opts.scenarioName() }), link: this.opts.link() });
  }

  private onState(next: PageState, prev: PageState): void {
    if (next.main.status !== prev.main.status || next.main.view !== prev.main.view || next.main.hash !== prev.main.hash) this.maybeRun();
    if (next.main.view !== prev.main.view || next.view.timeZone !== prev.view.timeZone) this.draw();
    if (next.view.cursorMin !== prev.view.cursorMin) this.each((c) => c.setCursor(next.view.cursorMin));
    if (next.main.status !== prev.main.status) this.renderStatus();
  }

  // ---- the form -----------------------------------------------------------------------------

  private fillForm(org: Organisation | null): void {
    const el = this.el;
    el.name.value = org?.name ?? '';
    el.sector.value = org?.sector ?? 'other';
    el.staff.value = org?.repairStaff === null || !org ? '' : String(org.repairStaff);
    el.escrow.value = org?.keyEscrowedShare === null || !org ? '' : String(org.keyEscrowedShare);
    for (const c of CLASSES) el.bitlocker[c].value = org?.bitlockerShare ? String(org.bitlockerShare[c]) : '';
    el.keysOnSite.checked = org?.keyServerOnSite ?? false;
    el.remediation.checked = org?.automatedRemediation ?? false;
    el.holdback.checked = org?.holdsContentBack ?? false;
    el.siteBody.replaceChildren();
    this.sites = [];
    for (const s of org?.sites ?? [null]) this.addSiteRow(s);
    this.edited = false;
  }

  private addSiteRow(site: Organisation['sites'][number] | null): void {
    const i = this.sites.length;
    const label = (what: string) => tr('app.org.site', { n: String(i + 1), what });
    const input = (path: string, what: string, value: string, numeric: boolean) =>
      h('input', { type: 'text', 'data-path': `sites[${i}].${path}`, 'aria-label': label(what), value, autocomplete: 'off', ...(numeric ? { inputmode: 'numeric' } : {}) });
    const name = input('name', tr('app.org.field.name'), site?.name ?? '', false);
    name.classList.add('org-site-name');
    const region = h('select', { 'data-path': `sites[${i}].region`, 'aria-label': label(tr('app.org.field.region')) },
      ...REGION_INFO.map((r) => h('option', { value: r.id },
        tr('chart.regions.rowTitle', { region: pageLocale() === 'ja' ? ui().region(r.id) : r.label, city: pageLocale() === 'ja' ? ui().city(r.id) : r.city }))));
    region.value = site?.region ?? 'na-east';
    const devices = Object.fromEntries(CLASSES.map((c) => [c, input(`devices.${c}`, classShort(c), site ? String(site.devices[c]) : '', true)])) as Record<DeviceClass, HTMLInputElement>;
    const staff = input('repairStaff', tr('app.org.field.staff'), site?.repairStaff == null ? '' : String(site.repairStaff), true);
    const remove = h('button', { type: 'button', class: 'org-remove', 'aria-label': label(tr('app.org.field.remove')) }, txt('app.org.remove'));
    const row = h('tr', {}, ...[name, region, ...CLASSES.map((c) => devices[c]), staff, remove].map((x) => h('td', {}, x)));
    const entry: SiteRow = { row, name, region, devices, staff };
    remove.addEventListener('click', () => {
      const values = this.sites.filter((s) => s !== entry).map((s) => this.readSite(s));
      this.el.siteBody.replaceChildren();
      this.sites = [];
      for (const v of values) this.addRawSite(v);
      if (this.sites.length === 0) this.addSiteRow(null);
      this.edited = false;
      this.markEdited();
    });
    this.sites.push(entry);
    this.el.siteBody.append(row);
  }

  /** Re-adds a site from the raw values of the form (renumbering its fields). */
  private addRawSite(v: { name: string; region: string; devices: Record<DeviceClass, string>; staff: string }): void {
    this.addSiteRow(null);
    const s = this.sites[this.sites.length - 1]!;
    s.name.value = v.name;
    s.region.value = v.region;
    for (const c of CLASSES) s.devices[c].value = v.devices[c];
    s.staff.value = v.staff;
  }

  private readSite(s: SiteRow) {
    return {
      name: s.name.value, region: s.region.value, staff: s.staff.value,
      devices: Object.fromEntries(CLASSES.map((c) => [c, s.devices[c].value])) as Record<DeviceClass, string>,
    };
  }

  /** The form as an organisation file's JSON, for validateOrg: blanks are "the scenario's", device counts 0. */
  private readForm(): Record<string, unknown> {
    const el = this.el;
    const out: Record<string, unknown> = { version: 1, name: el.name.value.trim() || tr('app.org.defaultName'), description: this.description, sector: el.sector.value };
    const staff = readNumber(el.staff.value);
    if (staff !== undefined) out.repairStaff = staff;
    const escrow = readNumber(el.escrow.value);
    if (escrow !== undefined) out.keyEscrowedShare = escrow;
    if (CLASSES.some((c) => el.bitlocker[c].value.trim() !== '')) {
      out.bitlockerShare = Object.fromEntries(CLASSES.map((c) => [c, readNumber(el.bitlocker[c].value)]).filter(([, v]) => v !== undefined));
    }
    out.keyServerOnSite = el.keysOnSite.checked;
    out.automatedRemediation = el.remediation.checked;
    out.holdsContentBack = el.holdback.checked;
    out.sites = this.sites.map((s, i) => {
      const site: Record<string, unknown> = {
        name: s.name.value.trim() || tr('app.org.defaultSite', { n: String(i + 1) }), region: s.region.value,
        devices: Object.fromEntries(CLASSES.map((c) => [c, readNumber(s.devices[c].value) ?? 0])),
      };
      const st = readNumber(s.staff.value);
      if (st !== undefined) site.repairStaff = st;
      return site;
    });
    return out;
  }

  /** A problem with the form, naming the field as the form shows it, then the path in the file. */
  private fieldText(p: Problem): string {
    const site = /^sites\[(\d+)\](?:\.(.*))?$/.exec(p.path);
    let where: string;
    if (site) {
      const i = Number(site[1]);
      const name = this.sites[i]?.name.value.trim();
      const rest = site[2] ?? '';
      const cls = rest.slice(8);
      const what = rest.startsWith('devices.') ? (isClass(cls) ? classShort(cls) : rest)
        : rest === 'devices' ? tr('app.org.field.devices') : rest === 'repairStaff' ? tr('app.org.field.staff') : rest || tr('app.org.field.site');
      where = name ? tr('app.org.siteNamed', { n: String(i + 1), name, what }) : tr('app.org.siteAt', { n: String(i + 1), what });
    } else if (p.path.startsWith('bitlockerShare.')) {
      const cls = p.path.slice(15);
      where = tr('app.org.fieldIn', { group: tr('app.org.bitlocker'), what: isClass(cls) ? classShort(cls) : p.path });
    } else {
      const names: Record<string, string> = {
        name: tr('app.org.name'), sector: tr('app.org.sector'), repairStaff: tr('app.org.staff'), keyEscrowedShare: tr('app.org.escrow'),
        bitlockerShare: tr('app.org.bitlocker'), sites: tr('app.org.field.sites'),
      };
      where = names[p.path] ?? p.path;
    }
    return `${where}${p.path ? ` (${p.path})` : ''}: ${ui().problemMessage(p)}`;
  }

  private showProblems(lines: string[], marks: readonly Problem[] = []): void {
    const box = this.el.problems;
    box.hidden = lines.length === 0;
    box.replaceChildren(...(lines.length ? [h('ul', {}, ...lines.map((l) => h('li', {}, l)))] : []));
    for (const input of this.el.form.querySelectorAll<HTMLElement>('[data-path]')) {
      const path = input.dataset.path!;
      const bad = marks.some((p) => p.path !== '' && (path === p.path || path.startsWith(`${p.path}.`)));
      if (bad) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  // ---- drawing ------------------------------------------------------------------------------

  /** Draws the status, the figures and the charts again in the page's current language. */
  relabel(): void {
    this.each((c) => c.relabel?.());
    this.drawn = null;
    this.render();
  }

  private render(): void {
    this.el.exportButton.disabled = this.org === null;
    this.el.clearButton.disabled = this.org === null && this.sites.every((s) => CLASSES.every((c) => s.devices[c].value.trim() === ''));
    this.el.description.textContent = this.org?.description ?? '';
    this.el.description.hidden = !this.org?.description;
    this.renderStatus();
    this.draw();
  }

  private renderStatus(): void {
    const st: OrgRunState = this.runs.state;
    const el = this.el.status;
    const name = this.org?.name ?? '';
    let state: string = st.status;
    let text: string;
    if (this.problems.length) {
      state = 'error';
      text = this.problemsFrom === 'file' ? (this.org ? tr('app.org.notImported') : tr('app.org.notImportedNone')) : this.org ? tr('app.org.refused') : tr('app.org.refusedNone');
    } else if (!this.org) {
      state = 'idle';
      text = tr('app.org.empty');
    } else if (this.edited) {
      state = 'pending';
      text = tr('app.org.pending');
    } else if (st.status === 'running') {
      text = tr('app.org.running', { name, scenario: this.opts.scenarioName(), percent: ui().percent(Math.floor(st.progress * 100) / 100, 0) });
    } else if (st.status === 'done') {
      text = st.ms === null ? tr('app.org.doneCached', { name, scenario: this.opts.scenarioName() })
        : tr('app.org.done', { name, scenario: this.opts.scenarioName(), seconds: ui().decimal(st.ms / 1000, 1) });
    } else if (st.status === 'error') text = tr('app.org.failed', { detail: st.failure ?? '' });
    else if (st.status === 'cancelled') text = tr('app.org.cancelled');
    else {
      state = 'waiting';
      text = tr('app.org.waiting');
    }
    el.dataset.state = state;
    el.textContent = text;
  }

  private draw(): void {
    const view = this.org ? this.runs.state.view : null;
    this.el.results.hidden = view === null;
    if (!view || !this.org) {
      this.drawn = null;
      return;
    }
    const s = this.opts.store.state;
    const global = s.main.view;
    const d = this.drawn;
    if (d && d.view === view && d.global === global && d.tz === s.view.timeZone) return;
    this.drawn = { view, global, tz: s.view.timeZone };
    this.renderFigures(view, global);
    const ghost: RunView | null = global ? { ...global, bands: null, sensitivity: null } : null;
    const input: ChartInput = { runs: [view], ghost, timeZone: s.view.timeZone };
    this.each((c) => c.update(input));
    this.each((c) => c.setCursor(s.view.cursorMin));
    this.csv.forEach((b, i) => (b.disabled = !this.charts[i]!.exportMeta?.()));
    // For readers and tests: which run is drawn, and whether its service figures are in.
    this.element.dataset.key = view.paramsHash;
    this.element.dataset.services = view.services ? 'done' : 'pending';
  }

  private renderFigures(view: RunView, global: RunView | null): void {
    const org = this.org!;
    const sectorLabel = pageLocale() === 'ja' ? ui().sector(org.sector) : SECTOR_INFO[SECTORS.indexOf(org.sector)]!.label.toLowerCase();
    const unit = view.services?.sectors[SECTORS.indexOf(org.sector)]?.unit ?? '';
    const rows = orgFigures(view, org.sector, global);
    const table = h('table', { class: 'org-figures' },
      h('caption', {}, tr('app.org.figuresCaption')),
      h('thead', {}, h('tr', {}, ...['', tr('app.org.column.mine'), tr('app.org.column.global')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows.map((r) => {
        const name = tr(`app.org.figure.${r.key}`);
        const label = r.key === 'serviceHoursLost' ? tr('app.org.serviceHours', { label: name, unit: serviceUnit(unit) }) : name;
        return h('tr', {},
          h('th', { scope: 'row' }, label),
          h('td', { class: 'org-mine', 'data-org-figure': r.key, 'data-value': r.org === null ? '' : String(r.org) }, formatFigure(r.key, r.org)),
          h('td', { 'data-global-figure': r.key }, `${formatFigure(r.key, r.global)}${r.scope === 'sector' && r.global !== null ? ` (${sectorLabel})` : ''}`));
      })));
    const devices = orgDevices(org);
    this.el.figures.replaceChildren(h('p', { class: 'org-summary' },
      pageLocale() === 'ja'
        ? tr('app.org.summary', { name: org.name, devices: ui().count(devices, { style: 'full', unit: 'device' }), sites: formatInt(org.sites.length), sector: sectorLabel })
        : `${org.name}: ${formatInt(devices)} Windows devices at ${org.sites.length} site${org.sites.length === 1 ? '' : 's'}, ${sectorLabel}.`), table);
  }

  private each(f: (c: Chart) => void): void {
    for (const c of this.charts) {
      try {
        f(c);
      } catch (e) {
        this.opts.onError(c, e);
      }
    }
  }
}
