// Sensitivity: which lever or assumption moves a figure the most. One row per input, largest
// swing first: a bar from the scenario's own value to the figure with the input at its low end,
// and one to its high end, each labelled with the setting. Draws the ranking attached to the run
// the reader is looking at (RunView.sensitivity).
import { axisTop } from 'd3-axis';
import { PARAM_BY_KEY } from '../../engine/index.js';
import { pageLocale, tr, ui } from '../pageLocale.js';
import { scaleLinear } from 'd3-scale';
import type { RunView, Sensitivity } from '../../results/index.js';
import { showSetting, type TornadoFigure, type TornadoRow } from '../../ensemble/index.js';
import { isMessageKey, type MessageKey } from '../../i18n/index.js';
import type { Chart, ChartInput } from './chart.js';
import { drawAxis } from './axes.js';
import { formatCount, formatHours, formatPercent } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';

const TITLE = () => tr('chart.tornado.title');
/** Rows drawn; the table lists them all. */
export const TORNADO_ROWS = 20;
const LOW = OKABE_ITO.blue;
const HIGH = OKABE_ITO.orange;

/** A figure's name in the page's language (the same names as the compare table's). */
export const figureLabel = (f: TornadoFigure): string => tr(`app.compare.figure.${f}`);

function formatFigure(f: TornadoFigure, v: number | null): string {
  if (f === 'hoursTo97' || f === 'hoursTo90') return formatHours(v);
  if (v === null) return '–';
  return f === 'sensorsOnlineAtCheck' ? formatPercent(v) : formatCount(v);
}

const sensitivityOf = (input: ChartInput): Sensitivity | null => input.runs[0]?.sensitivity ?? null;
const shown = (s: Sensitivity) => s.rows.slice(0, TORNADO_ROWS);

function legendItems(_input: ChartInput | null, _cursor: boolean): LegendItem[] {
  return [
    { key: 'low', label: tr('chart.tornado.legend.low'), color: LOW, shape: 'bar' },
    { key: 'high', label: tr('chart.tornado.legend.high'), color: HIGH, shape: 'bar' },
    { key: 'base', label: tr('chart.tornado.legend.base'), color: INK.text, shape: 'line' },
  ];
}

const heading = (s: Sensitivity) => tr('chart.tornado.heading', { figure: figureLabel(s.figure) });
type LeverKey = Extract<MessageKey, `domain.lever.${string}`>;
type RowText = Pick<TornadoRow, 'id' | 'kind' | 'label' | 'lowLabel' | 'highLabel'>;
/** A lever's catalog text (its name, or a setting's), when the catalog has the lever. */
function leverText(id: string, part: 'label' | 'low' | 'high'): string | null {
  const key = `domain.lever.${id}.${part}`;
  return isMessageKey(key) ? tr(key as LeverKey) : null;
}
/** A row's input in the page's language: a lever by its id in the catalog, an assumption by its registry parameter. */
export const rowLabel = (row: RowText): string =>
  (row.kind === 'lever' ? leverText(row.id, 'label') : PARAM_BY_KEY.has(row.id) ? ui().param(row.id).label : null) ?? row.label;
/** A row's low or high setting in the page's language: an assumption's number with the unit as the page shows it. */
export function settingLabel(row: RowText, end: 'low' | 'high'): string {
  const own = end === 'low' ? row.lowLabel : row.highLabel;
  if (row.kind === 'lever') return leverText(row.id, end) ?? own;
  const plausible = PARAM_BY_KEY.get(row.id)?.plausible;
  if (!plausible || pageLocale() === 'en') return own;
  // As the page writes a value beside its name (app.ts): the unit right after the number, none for a share.
  return PARAM_BY_KEY.get(row.id)!.unit === 'share' ? showSetting(plausible[end]) : `${showSetting(plausible[end])}${ui().param(row.id).unit}`;
}

function drawTornado(root: G, width: number, v: RowView): { layout: RowLayout; rows: TornadoRow[] } {
  const s = v.run.sensitivity;
  const g = root.append('g');
  if (!s) return { layout: rowLayout(width, [], [1], ['']), rows: [] };
  const rows = shown(s);
  const layout = rowLayout(width, rows.map((r) => rowLabel(r)), [1], [heading(s)]);
  const p = layout.panels[0]!;
  const or = (x: number | null) => x ?? s.horizonHours;
  const values = rows.flatMap((r) => [or(r.low), or(r.high)]).concat(or(rows[0]?.base ?? 0));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.04 || Math.abs(hi) * 0.05 || 1;
  const x = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).range([0, p.w]).nice();
  drawHeadings(g, layout, [heading(s)]);
  const ticks = x.ticks(Math.max(2, Math.floor(p.w / 90)));
  drawAxis(g, axisTop(x).tickValues(ticks).tickFormat((d) => formatFigure(s.figure, +d).replace(/ \(.*\)$/, '')).tickSize(4),
    `translate(${p.x},${layout.top - 6})`);
  const bottom = layout.top + rows.length * layout.rowH;
  for (const t of ticks) {
    g.append('line').attr('x1', p.x + x(t)).attr('x2', p.x + x(t)).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.grid);
  }
  const base = or(rows[0]?.base ?? null);
  const bx = p.x + x(base);
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 6;
    const barH = layout.rowH - layout.barTop - 12;
    const mid = barY + barH / 2;
    const rg = g.append('g');
    drawRowLabel(rg, layout, rowLabel(row), y0, mid);
    const ends = ([[row.low, LOW, settingLabel(row, 'low')], [row.high, HIGH, settingLabel(row, 'high')]] as const)
      .map(([val, color, text]) => ({ ex: p.x + x(or(val)), color, text }));
    // The longer bar first, so the shorter one on the same side stays visible on top of it.
    for (const e of [...ends].sort((a, b) => Math.abs(b.ex - bx) - Math.abs(a.ex - bx))) {
      rg.append('rect').attr('x', Math.min(bx, e.ex)).attr('y', barY).attr('width', Math.max(1, Math.abs(e.ex - bx))).attr('height', barH)
        .attr('fill', e.color).attr('fill-opacity', 0.85);
    }
    // Each setting is named just beyond the outer end of the bars on its side, where it fits;
    // otherwise the read-out and the table name it.
    if (!layout.narrow) {
      for (const side of [-1, 1]) {
        const here = ends.filter((e) => Math.sign(e.ex - bx) === side || (side === 1 && e.ex === bx));
        if (here.length === 0) continue;
        const outer = here.reduce((a, b) => (Math.abs(b.ex - bx) > Math.abs(a.ex - bx) ? b : a));
        const w = textWidth(outer.text, 10);
        const tx = side > 0 ? outer.ex + 4 : outer.ex - 4 - w;
        if (tx < p.x || tx + w > p.x + p.w) continue;
        rg.append('text').attr('x', tx).attr('y', mid).attr('dy', '0.35em').attr('font-size', 10).attr('fill', INK.muted).text(outer.text);
      }
    }
  });
  g.append('line').attr('x1', bx).attr('x2', bx).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.text).attr('stroke-width', 1.5);
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r: RunView | undefined = input.runs[0];
  const s = sensitivityOf(input);
  const figure = s ? figureLabel(s.figure) : '';
  const scenario = r?.name ?? '';
  return {
    subtitle: s && s.rows.length > TORNADO_ROWS
      ? tr('chart.tornado.subtitleSome', { figure, scenario, shown: String(TORNADO_ROWS), total: String(s.rows.length) })
      : tr('chart.tornado.subtitle', { figure, scenario }),
    source: tr('chart.tornado.source'),
    note: tr('chart.tornado.note'),
  };
}

export function createTornadoChart(): Chart {
  return createRowChart<TornadoRow>({
    id: 'tornado',
    title: TITLE,
    rowNoun: 'input',
    legendItems,
    sandwichText,
    draw: drawTornado,
    plotHeight: (width, v) => {
      const s = v.run.sensitivity;
      return s ? rowLayout(width, shown(s).map((r) => rowLabel(r)), [1], [heading(s)]).height : 40;
    },
    readout(row, v) {
      const f = v.run.sensitivity!.figure;
      const items: ReadoutRow[] = [
        { label: tr('chart.tornado.low', { setting: settingLabel(row, 'low') }), value: formatFigure(f, row.low), color: LOW },
        { label: tr('chart.tornado.high', { setting: settingLabel(row, 'high') }), value: formatFigure(f, row.high), color: HIGH },
        { label: tr('chart.tornado.scenario'), value: formatFigure(f, row.base) },
      ];
      return { title: rowLabel(row), items };
    },
    table(v) {
      const s = v.run.sensitivity;
      if (!s) return { columns: [], rows: [] };
      const num = (x: number | null) => (x === null ? formatHours(null) : Number(x.toPrecision(6)));
      const figure = figureLabel(s.figure);
      return {
        columns: [
          tr('chart.tornado.table.input'), tr('chart.tornado.table.kind'), tr('chart.tornado.table.lowSetting'), tr('chart.tornado.table.highSetting'),
          tr('chart.tornado.table.low', { figure }), tr('chart.tornado.table.high', { figure }), tr('chart.tornado.table.scenario'), tr('chart.tornado.table.swing'),
        ],
        rows: s.rows.map((r) => [rowLabel(r), tr(`chart.tornado.kind.${r.kind}`), settingLabel(r, 'low'), settingLabel(r, 'high'), num(r.low), num(r.high), num(r.base), Number(r.swing.toPrecision(6))]),
      };
    },
  });
}
