// The "chart sandwich" (Our World in Data): title and subtitle, controls, legend, the plot, then
// a footer with the source, a note and the run (scenario, seed, parameter hash, link). The same
// layers make the on-screen <figure> and the exported SVG, so an image never loses its source.
import './charts.css';
import { tr } from '../pageLocale.js';
import { select } from 'd3-selection';
import type { ChartId } from '../selectors.js';
import type { ChartInput } from './chart.js';
import { drawSvgLegend, type LegendItem } from './legend.js';
import { FONT_FAMILY, INK } from './palette.js';
import { appendLines } from './svgText.js';
import { runLine, type ExportMeta } from '../export/meta.js';
import { SVG_NS } from '../export/svgExport.js';

export interface SandwichText {
  subtitle: string;
  source: string;
  note: string;
}

export interface Sandwich {
  figure: HTMLElement;
  title: HTMLElement;
  subtitle: HTMLElement;
  controls: HTMLElement;
  /** Holds the legend; charts put their Legend element here. */
  legendHost: HTMLElement;
  /** position: relative; the plot <svg> and the hover read-out live here. */
  plot: HTMLElement;
  svg: SVGSVGElement;
  source: HTMLElement;
  note: HTMLElement;
  run: HTMLElement;
  link: HTMLAnchorElement;
  actions: HTMLElement;
  tableHost: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  parent?.append(e);
  return e;
}

/** Labelled footer line: <p><strong>Source:</strong> text</p>. */
function footerLine(parent: HTMLElement, label: string, className: string): HTMLElement {
  const p = el('p', className, parent);
  const b = el('strong', '', p);
  b.textContent = label;
  const span = el('span', '', p);
  return span;
}

export function createSandwich(id: ChartId, title: string): Sandwich {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset['chart'] = id;
  const header = el('header', 'chart-header', figure);
  const h = el('h2', 'chart-title', header);
  h.id = `chart-${id}-title`;
  h.textContent = title;
  const subtitle = el('p', 'chart-subtitle', header);
  figure.setAttribute('aria-labelledby', h.id);
  const controls = el('div', 'chart-controls', figure);
  const legendHost = el('div', 'chart-legend-host', figure);
  const plot = el('div', 'chart-plot', figure);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('font-family', FONT_FAMILY);
  plot.append(svg);
  const caption = el('figcaption', 'chart-footer', figure);
  const source = footerLine(caption, `${tr('chart.footer.sourceLabel')} `, 'chart-source');
  const note = footerLine(caption, `${tr('chart.footer.noteLabel')} `, 'chart-note');
  const runP = el('p', 'chart-run', caption);
  const run = el('span', '', runP);
  const link = el('a', 'chart-link', runP);
  link.textContent = tr('chart.footer.link');
  link.hidden = true;
  const actions = el('div', 'chart-actions', figure);
  const tableHost = el('div', 'chart-table-host', figure);
  tableHost.id = `chart-${id}-table`;
  tableHost.hidden = true;
  return { figure, title: h, subtitle, controls, legendHost, plot, svg, source, note, run, link, actions, tableHost };
}

/** Only links that stay on the web: http(s) or relative. Anything else is shown as text only. */
export function safeHref(link: string): string | null {
  const s = link.trim();
  if (/^https?:\/\//i.test(s) || /^[?#/]/.test(s)) return s;
  return null;
}

/** The run a figure names: the first of the input (the one the reader is looking at). */
const runOf = (input: ChartInput) => {
  const r = input.runs[0];
  const others = [...input.runs.slice(1), ...(input.ghost ? [input.ghost] : [])]
    .map((o) => ({ name: o.name, seed: o.seed, paramsHash: o.paramsHash }));
  return { scenarioName: r?.name ?? '', seed: r?.seed ?? 0, paramsHash: r?.paramsHash ?? '', link: r?.link ?? '', others };
};

export function fillSandwich(s: Sandwich, text: SandwichText, input: ChartInput): void {
  const run = runOf(input);
  s.subtitle.textContent = text.subtitle;
  s.source.textContent = text.source;
  s.note.textContent = text.note;
  s.run.textContent = `${tr('chart.runLineSentence', { line: runLine(run) })} `;
  // The labels are drawn again with every update, so a language switch reaches them too.
  s.source.previousElementSibling!.textContent = `${tr('chart.footer.sourceLabel')} `;
  s.note.previousElementSibling!.textContent = `${tr('chart.footer.noteLabel')} `;
  s.link.textContent = tr('chart.footer.link');
  const href = safeHref(run.link);
  s.link.hidden = href === null;
  if (href) s.link.href = href;
}

export function exportMeta(id: ChartId, title: string, text: SandwichText, input: ChartInput): ExportMeta {
  return { chartId: id, title, description: text.subtitle, source: text.source, note: text.note, ...runOf(input) };
}

export interface ExportFrame {
  width: number;
  /** Whether the footer ends with the runs and the link (false: a report names them in its header). */
  runLine?: boolean;
  title: string;
  text: SandwichText;
  input: ChartInput;
  legend: readonly LegendItem[];
  plotHeight: number;
  /** Draws the plot into `g` (origin at the plot's top left). */
  drawPlot(g: SVGGElement, width: number, height: number): void;
}

const PAD = 20;

/** The whole sandwich as one detached <svg>, ready for serializeSvg. */
export function buildExportSvg(f: ExportFrame): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const root = select(svg).attr('font-family', FONT_FAMILY);
  const g = root.append('g');
  const inner = f.width - 2 * PAD;
  let y = PAD + 20;
  y = appendLines(g, f.title, PAD, y, inner, { size: 20, fill: INK.text, weight: 700, lineHeight: 25 });
  y = appendLines(g, f.text.subtitle, PAD, y + 2, inner, { size: 14, fill: INK.muted, lineHeight: 19 });
  y += 4;
  const legendG = g.append('g').attr('transform', `translate(${PAD},${y + 8})`);
  y += drawSvgLegend(legendG, f.legend, inner) + 8;
  const plotG = g.append('g').attr('transform', `translate(${PAD},${y})`);
  f.drawPlot(plotG.node()!, inner, f.plotHeight);
  y += f.plotHeight + 22;
  const foot = { size: 12, fill: INK.muted, lineHeight: 16 };
  y = appendLines(g, tr('chart.footer.source', { text: f.text.source }), PAD, y, inner, foot);
  y = appendLines(g, tr('chart.footer.note', { text: f.text.note }), PAD, y + 3, inner, foot);
  if (f.runLine !== false) {
    const r = runOf(f.input);
    const line = tr('chart.runLineSentence', { line: runLine(r) });
    const run = r.link ? `${line} ${r.link}` : line;
    y = appendLines(g, run, PAD, y + 3, inner, foot);
  }
  const height = Math.ceil(y + PAD - 6);
  // White background first, so the PNG and viewers with dark themes show the chart as designed.
  root.insert('rect', ':first-child').attr('width', f.width).attr('height', height).attr('fill', INK.background);
  root.attr('width', f.width).attr('height', height).attr('viewBox', `0 0 ${f.width} ${height}`);
  return svg;
}

/** Export width: the on-screen width within limits that keep text and marks in proportion. */
export const exportWidth = (screenWidth: number) => Math.max(640, Math.min(1200, Math.round(screenWidth || 960)));
