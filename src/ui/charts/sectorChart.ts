// Sectors: who was down and for how long. Left, the share of each sector's Windows devices that
// crashed (and, with the playback cursor, the share still down then); right, how long until half
// and nine in ten of its crashed devices were back. Sorted longest outage first.
import { tr, ui } from '../pageLocale.js';
import { sectorLabel } from './names.js';
import { axisTop } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { SECTOR_INFO } from '../../engine/index.js';
import { sectorDownAt, type RunView, type SectorRow } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { drawAxis } from './axes.js';
import { formatCount, formatDateTime, formatHours, formatInt, formatPercent, zoneLabel } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, MEASURE_COLOR, fadedOnWhite } from './palette.js';
import { runColor } from './timelineChart.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';

const TITLE = () => tr('chart.sectors.title');

const headingTexts = () => [tr('chart.sectors.heading.crashed'), tr('chart.sectors.heading.recovery')];

function legendItems(input: ChartInput | null, cursor: boolean): LegendItem[] {
  if (input && input.runs.length > 1) {
    return [
      ...input.runs.map((r, i) => ({ key: r.id, label: r.name, color: runColor(r, i), shape: 'bar' as const })),
      { key: 'h50', label: tr('chart.sectors.legend.h50'), color: INK.muted, shape: 'ring' },
      { key: 'h90', label: tr('chart.sectors.legend.h90'), color: INK.muted, shape: 'dot' },
    ];
  }
  return [
    // With the cursor the crashed bars fade behind what is still down: the swatch fades with them.
    { key: 'crashed', label: tr('chart.sectors.legend.crashed'), color: cursor ? fadedOnWhite(MEASURE_COLOR.crashed, 0.3) : MEASURE_COLOR.crashed, shape: 'bar' },
    ...(cursor ? [{ key: 'down', label: tr('chart.sectors.legend.down'), color: MEASURE_COLOR.down, shape: 'bar' as const }] : []),
    { key: 'h50', label: tr('chart.sectors.legend.h50'), color: MEASURE_COLOR.crashedRecovered, shape: 'ring' },
    { key: 'h90', label: tr('chart.sectors.legend.h90'), color: MEASURE_COLOR.crashedRecovered, shape: 'dot' },
  ];
}

/** A sector row with what is still down at the cursor (null without a cursor), and the same
 * sector in each compared run. */
interface DrawnRow extends SectorRow {
  downAtCursor: number | null;
  compared: { run: RunView; row: SectorRow; color: string }[];
}

function rowsAt(input: ChartInput, cursorMin: number | null): DrawnRow[] {
  const run = input.runs[0]!;
  const down = cursorMin === null ? null : sectorDownAt(run.series, run, cursorMin);
  const others = input.runs.length > 1 ? input.runs : [];
  return run.sectors.map((row) => ({
    ...row,
    downAtCursor: down ? down[row.index]! : null,
    compared: others.map((r, i) => ({ run: r, row: r.sectors.find((x) => x.sector === row.sector)!, color: runColor(r, i) })),
  }));
}

function headings(v: RowView): string[] {
  const HEADINGS = headingTexts();
  if (v.cursorMin === null) return HEADINGS;
  const t = formatDateTime(v.run.publishAtMs + v.cursorMin * 60_000, v.input.timeZone, true);
  return [tr('chart.sectors.heading.crashedAtCursor', { time: t }), HEADINGS[1]!];
}

/** Tick step in hours that gives about one tick per 70 px. */
function hourTicks(max: number, width: number): number[] {
  const want = Math.max(2, Math.floor(width / 70));
  const step = [6, 12, 24, 48, 72, 96, 168, 336].find((s) => max / s <= want) ?? 336;
  const out: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) out.push(t);
  return out;
}

function drawSectors(root: G, width: number, v: RowView): { layout: RowLayout; rows: DrawnRow[] } {
  const r = v.run;
  const rows = rowsAt(v.input, v.cursorMin);
  const hs = headings(v);
  const layout = rowLayout(width, rows.map((x) => sectorLabel(x)), [0.45, 0.55], hs, Math.max(1, v.input.runs.length));
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const horizonH = r.endMinutes / 60;
  // Room right of the last dot for its label ("161 h").
  const maxH = Math.min(horizonH, Math.max(24, ...rows.flatMap((x) => [x.h90 ?? horizonH, ...x.compared.map((c) => c.row.h90 ?? horizonH)]))
    * (1 + 48 / Math.max(120, width * 0.4)));
  const xa = scaleLinear().domain([0, 1]).range([0, pa.w]);
  const xb = scaleLinear().domain([0, maxH]).range([0, pb.w]);
  const g = root.append('g');
  drawHeadings(g, layout, hs);

  const axisY = layout.top - 6;
  const shareTicks = pa.w < 220 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  const ga = drawAxis(g, axisTop(xa).tickValues(shareTicks).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(4),
    `translate(${pa.x},${axisY})`);
  ga.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 ? 'start' : i === shareTicks.length - 1 ? 'end' : 'middle'));
  const tb = hourTicks(maxH, pb.w);
  const gb = drawAxis(g, axisTop(xb).tickValues(tb).tickFormat((d) => `${+d} h`).tickSize(4), `translate(${pb.x},${axisY})`);
  gb.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 ? 'start' : 'middle'));

  // Vertical grid under the rows.
  const gridBottom = layout.top + rows.length * layout.rowH;
  for (const [p, x, ticks] of [[pa, xa, shareTicks.slice(1)], [pb, xb, tb.slice(1)]] as const) {
    for (const t of ticks) {
      g.append('line').attr('x1', p.x + x(t)).attr('x2', p.x + x(t)).attr('y1', layout.top - 2).attr('y2', gridBottom)
        .attr('stroke', INK.grid);
    }
  }
  if (v.cursorMin !== null && v.cursorMin / 60 <= maxH && v.cursorMin >= 0) {
    const cx = pb.x + xb(v.cursorMin / 60);
    g.append('line').attr('x1', cx).attr('x2', cx).attr('y1', layout.top - 2).attr('y2', gridBottom)
      .attr('stroke', INK.text).attr('stroke-width', 1.5);
  }

  const labelSize = 11;
  if (v.input.runs.length > 1) {
    drawCompared(g, layout, rows, xa, xb, maxH);
    return { layout, rows };
  }
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const barY = y0 + layout.barTop + 5;
    const barH = layout.rowH - layout.barTop - 10;
    const mid = barY + barH / 2;
    const rg = g.append('g');
    drawRowLabel(rg, layout, sectorLabel(row), y0, mid);
    // Panel A: crashed share, and down at the cursor over it.
    const cursor = row.downAtCursor !== null;
    rg.append('rect').attr('x', pa.x).attr('y', barY).attr('width', xa(row.crashedShare)).attr('height', barH)
      .attr('fill', MEASURE_COLOR.crashed).attr('fill-opacity', cursor ? 0.3 : 0.85);
    if (row.downAtCursor !== null) {
      const share = row.fleet > 0 ? Math.max(0, row.downAtCursor) / row.fleet : 0;
      rg.append('rect').attr('x', pa.x).attr('y', barY + 2).attr('width', xa(share)).attr('height', Math.max(1, barH - 4))
        .attr('fill', MEASURE_COLOR.down);
    }
    const label = cursor && !layout.narrow
      ? `${formatPercent(row.crashedShare, 0)} · ${formatPercent(Math.max(0, row.downAtCursor!) / Math.max(1, row.fleet), 0)} down`
      : formatPercent(row.crashedShare, 0);
    const lx = pa.x + xa(row.crashedShare) + 4;
    const fits = lx + textWidth(label, labelSize) <= pa.x + pa.w;
    rg.append('text').attr('x', fits ? lx : pa.x + xa(row.crashedShare) - 4).attr('y', mid).attr('dy', '0.35em')
      .attr('text-anchor', fits ? 'start' : 'end').attr('font-size', labelSize)
      // Inside the bar: white on the solid bar, ink on the faded one shown with the cursor.
      .attr('fill', fits || cursor ? INK.text : INK.background).text(label);

    // Panel B: 50% to 90% back.
    if (row.crashed <= 0) {
      rg.append('text').attr('x', pb.x).attr('y', mid).attr('dy', '0.35em').attr('font-size', labelSize).attr('fill', INK.muted)
        .text('no crashed devices');
      return;
    }
    const x50 = pb.x + xb(row.h50 ?? maxH);
    const x90 = pb.x + xb(row.h90 ?? maxH);
    const c = MEASURE_COLOR.crashedRecovered;
    rg.append('line').attr('x1', x50).attr('x2', x90).attr('y1', mid).attr('y2', mid).attr('stroke', c).attr('stroke-width', 3)
      .attr('stroke-opacity', 0.6);
    if (row.h50 !== null) {
      rg.append('circle').attr('cx', x50).attr('cy', mid).attr('r', 4.5).attr('fill', INK.background).attr('stroke', c).attr('stroke-width', 2);
    }
    if (row.h90 !== null) rg.append('circle').attr('cx', x90).attr('cy', mid).attr('r', 5).attr('fill', c);
    const t90 = row.h90 === null ? 'not 90% back by the end' : `${Math.round(row.h90)} h`;
    const w90 = textWidth(t90, labelSize);
    const right = x90 + 9 + w90 <= pb.x + pb.w;
    rg.append('text').attr('x', right ? x90 + 9 : Math.min(x50, x90) - 9).attr('y', mid).attr('dy', '0.35em')
      .attr('text-anchor', right ? 'start' : 'end').attr('font-size', labelSize).attr('fill', INK.text).text(t90);
  });
  return { layout, rows };
}

/** Compared runs: in each sector, one line per run in its colour, the crashed share and the hours
 * to half and nine in ten back. Values are in the read-out and the table. */
function drawCompared(
  g: G, layout: RowLayout, rows: DrawnRow[], xa: (x: number) => number, xb: (x: number) => number, maxH: number,
): void {
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const rg = g.append('g');
    const first = y0 + layout.barTop + 6;
    drawRowLabel(rg, layout, sectorLabel(row), y0, first + ((row.compared.length - 1) * 12) / 2 + 4);
    row.compared.forEach((c, k) => {
      const y = first + k * 12;
      rg.append('rect').attr('x', pa.x).attr('y', y).attr('width', xa(c.row.crashedShare)).attr('height', 8).attr('fill', c.color);
      if (c.row.crashed <= 0) return;
      const mid = y + 4;
      const x50 = pb.x + xb(c.row.h50 ?? maxH);
      const x90 = pb.x + xb(c.row.h90 ?? maxH);
      rg.append('line').attr('x1', x50).attr('x2', x90).attr('y1', mid).attr('y2', mid).attr('stroke', c.color).attr('stroke-width', 2).attr('stroke-opacity', 0.7);
      if (c.row.h50 !== null) rg.append('circle').attr('cx', x50).attr('cy', mid).attr('r', 3.5).attr('fill', INK.background).attr('stroke', c.color).attr('stroke-width', 1.5);
      if (c.row.h90 !== null) rg.append('circle').attr('cx', x90).attr('cy', mid).attr('r', 4).attr('fill', c.color);
    });
  });
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const compared = input.runs.length > 1;
  return {
    subtitle: compared
      ? tr('chart.sectors.subtitleCompare', { n: String(input.runs.length), names: ui().names(input.runs.map((x) => x.name)) })
      : tr('chart.sectors.subtitleRun', { scenario: r.name }),
    source: tr('chart.sectors.source'),
    note: tr('chart.sectors.noteText', { zone: zoneLabel(input.timeZone, r.publishAtMs) }),
  };
}

export function createSectorChart(): Chart {
  return createRowChart({
    id: 'sectors',
    title: TITLE,
    rowNoun: 'sector',
    legendItems,
    sandwichText,
    draw: drawSectors,
    plotHeight: (width, v) => rowLayout(width, SECTOR_INFO.map((x) => sectorLabel({ sector: x.id, label: x.label })), [0.45, 0.55], headings(v), Math.max(1, v.input.runs.length)).height,
    readout(row, v) {
      if (row.compared.length) {
        return {
          title: sectorLabel(row),
          items: row.compared.map((c) => ({
            label: c.run.name, color: c.color,
            value: tr('chart.sectors.readout.crashedShare', { share: formatPercent(c.row.crashedShare, 0) }),
            detail: tr('chart.sectors.readout.ninetyAfter', { hours: formatHours(c.row.h90) }),
          })),
        };
      }
      const items: ReadoutRow[] = [
        { label: tr('chart.sectors.readout.devices'), value: formatInt(row.fleet) },
        { label: tr('chart.sectors.readout.crashed'), value: formatCount(row.crashed), detail: tr('chart.sectors.readout.ofSector', { share: formatPercent(row.crashedShare) }), color: MEASURE_COLOR.crashed },
      ];
      if (row.downAtCursor !== null) {
        items.push({
          label: tr('chart.sectors.readout.downAt', { time: formatDateTime(v.run.publishAtMs + v.cursorMin! * 60_000, v.input.timeZone, true) }),
          value: formatCount(Math.max(0, row.downAtCursor)),
          detail: formatPercent(Math.max(0, row.downAtCursor) / Math.max(1, row.fleet)),
          color: MEASURE_COLOR.down,
        });
      }
      items.push(
        { label: tr('chart.sectors.readout.halfBack'), value: formatHours(row.h50), color: MEASURE_COLOR.crashedRecovered },
        { label: tr('chart.sectors.readout.ninetyBack'), value: formatHours(row.h90), color: MEASURE_COLOR.crashedRecovered },
        {
          label: tr('chart.sectors.readout.deviceHours'), value: formatCount(row.deviceHours),
          detail: row.crashed > 0 ? tr('chart.sectors.readout.perDevice', { hours: formatHours(Math.round(row.deviceHours / row.crashed)) }) : undefined,
        },
      );
      return { title: sectorLabel(row), items };
    },
    table(v) {
      const rows = rowsAt(v.input, v.cursorMin);
      if (rows[0]?.compared.length) {
        const r1 = (x: number | null) => (x === null ? tr('chart.sectors.table.notReached') : Number(x.toFixed(1)));
        const runs = v.input.runs;
        return {
          columns: [tr('chart.sectors.table.sector'), ...runs.flatMap((r) => [tr('chart.sectors.table.crashedRun', { name: r.name }), tr('chart.sectors.table.h90Run', { name: r.name })])],
          rows: rows.map((x) => [sectorLabel(x), ...x.compared.flatMap((c) => [Number((c.row.crashedShare * 100).toFixed(1)), r1(c.row.h90)])]),
        };
      }
      const round1 = (x: number | null) => (x === null ? tr('chart.sectors.table.notReached') : Number(x.toFixed(1)));
      return {
        columns: [
          tr('chart.sectors.table.sector'), tr('chart.sectors.table.devices'), tr('chart.sectors.table.crashed'), tr('chart.sectors.table.crashedShare'),
          tr('chart.sectors.table.h50'), tr('chart.sectors.table.h90'), tr('chart.sectors.table.deviceHours'),
          ...(v.cursorMin !== null ? [tr('chart.sectors.table.downAtCursor')] : []),
        ],
        rows: rows.map((x) => [
          sectorLabel(x), Math.round(x.fleet), Math.round(x.crashed), Number((x.crashedShare * 100).toFixed(1)), round1(x.h50), round1(x.h90),
          Math.round(x.deviceHours), ...(x.downAtCursor !== null ? [Math.round(Math.max(0, x.downAtCursor))] : []),
        ]),
      };
    },
  });
}
