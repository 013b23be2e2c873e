// Regions: why the hour of the push decided who was hit. Left, each region's local clock when the
// update went out (shaded: working hours; the bar: the exposure window until revert or halt).
// Right, the share of its Windows devices switched on at that moment and the share that crashed.
// A device that is off cannot fetch the file, so daytime regions lost the most.
import { tr } from '../pageLocale.js';
import { cityLabel, localClock, regionLabel } from './names.js';
import { axisTop } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { REGION_INFO } from '../../engine/index.js';
import { localTimeAt, type RegionRow } from '../../results/index.js';
import type { Chart, ChartInput } from './chart.js';
import { drawAxis } from './axes.js';
import { formatCount, formatInt, formatPercent, utcOffsetLabel } from './format.js';
import type { LegendItem } from './legend.js';
import { INK, MEASURE_COLOR } from './palette.js';
import type { ReadoutRow } from './readout.js';
import { drawHeadings, drawRowLabel, rowLayout, type RowLayout } from './rows.js';
import { createRowChart, type G, type RowView } from './rowChart.js';
import type { SandwichText } from './sandwich.js';
import { textWidth } from './svgText.js';

const TITLE = () => tr('chart.regions.title');
function headings(v: RowView): string[] {
  const p = v.run.params.repair;
  return [
    tr('chart.regions.heading.clock', { start: hh(p.workdayStartHour), end: hh(p.workdayEndHour) }),
    tr('chart.regions.heading.share'),
  ];
}

const hh = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;

function legendItems(_input: ChartInput | null, cursor: boolean): LegendItem[] {
  return [
    { key: 'publish', label: tr('chart.regions.legend.publish'), color: INK.text, shape: 'dot' },
    { key: 'window', label: tr('chart.regions.legend.window'), color: INK.faint, shape: 'bar' },
    ...(cursor ? [{ key: 'cursor', label: tr('chart.regions.legend.cursor'), color: MEASURE_COLOR.down, shape: 'dot' as const }] : []),
    { key: 'on', label: tr('chart.regions.legend.on'), color: MEASURE_COLOR.onAtPublish, shape: 'bar' },
    { key: 'crashed', label: tr('chart.regions.legend.crashed'), color: MEASURE_COLOR.crashed, shape: 'bar' },
  ];
}

function drawRegions(root: G, width: number, v: RowView): { layout: RowLayout; rows: RegionRow[] } {
  const r = v.run;
  const params = r.params;
  const rows = r.regions;
  const hs = headings(v);
  const layout = rowLayout(width, rows.map((x) => regionLabel(x)), [0.55, 0.45], hs);
  const [pa, pb] = layout.panels as [typeof layout.panels[0], typeof layout.panels[0]];
  const xa = scaleLinear().domain([0, 24]).range([0, pa.w]);
  const xb = scaleLinear().domain([0, 1]).range([0, pb.w]);
  const g = root.append('g');
  drawHeadings(g, layout, hs);
  const axisY = layout.top - 6;
  const bottom = layout.top + rows.length * layout.rowH;
  const clockTicks = pa.w < 240 ? [0, 12, 24] : pa.w < 480 ? [0, 6, 12, 18, 24] : [0, 3, 6, 9, 12, 15, 18, 21, 24];
  const ga = drawAxis(g, axisTop(xa).tickValues(clockTicks).tickFormat((d) => hh(+d % 24)).tickSize(4), `translate(${pa.x},${axisY})`);
  ga.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 ? 'start' : i === clockTicks.length - 1 ? 'end' : 'middle'));
  const gb = drawAxis(g, axisTop(xb).tickValues([0, 0.5, 1]).tickFormat((d) => `${Math.round(+d * 100)}%`).tickSize(4), `translate(${pb.x},${axisY})`);
  gb.selectAll('.tick text').attr('text-anchor', (_d, i) => (i === 0 ? 'start' : i === 2 ? 'end' : 'middle'));

  // Working hours band and the clock grid.
  const ws = params.repair.workdayStartHour;
  const we = params.repair.workdayEndHour;
  g.append('rect').attr('x', pa.x + xa(ws)).attr('y', layout.top - 2).attr('width', Math.max(0, xa(we) - xa(ws)))
    .attr('height', bottom - layout.top + 2).attr('fill', MEASURE_COLOR.workHours);
  for (const t of clockTicks) {
    g.append('line').attr('x1', pa.x + xa(t)).attr('x2', pa.x + xa(t)).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.grid);
  }
  for (const t of [0.5, 1]) {
    g.append('line').attr('x1', pb.x + xb(t)).attr('x2', pb.x + xb(t)).attr('y1', layout.top - 2).attr('y2', bottom).attr('stroke', INK.grid);
  }

  const windowH = Math.min(24, (r.contentEndMinutes ?? Infinity) / 60);
  const labelSize = 11;
  rows.forEach((row, i) => {
    const y0 = layout.top + i * layout.rowH;
    const inner = layout.rowH - layout.barTop;
    const mid = y0 + layout.barTop + inner / 2;
    const rg = g.append('g');
    drawRowLabel(rg, layout, layout.narrow ? tr('chart.regions.rowTitle', { region: regionLabel(row), city: cityLabel(row) }) : regionLabel(row), y0, mid);
    // Exposure window from publish, wrapping past midnight.
    const start = row.atPublish.hour;
    const end = start + windowH;
    const segs: [number, number][] = end <= 24 ? [[start, end]] : [[start, 24], [0, end - 24]];
    for (const [a, b] of segs) {
      rg.append('rect').attr('x', pa.x + xa(a)).attr('y', mid - 3).attr('width', Math.max(1, xa(b) - xa(a))).attr('height', 6)
        .attr('fill', INK.faint).attr('fill-opacity', 0.7);
    }
    rg.append('circle').attr('cx', pa.x + xa(start)).attr('cy', mid).attr('r', 5).attr('fill', INK.text);
    const clock = localClock(v.run.publishAtMs, row.utcOffsetHours);
    const cx = pa.x + xa(start);
    const leftSide = xa(start) > pa.w * 0.6;
    rg.append('text').attr('x', leftSide ? cx - 9 : cx + 9 + Math.max(0, xa(Math.min(24, end)) - xa(start)))
      .attr('y', mid).attr('dy', '0.35em').attr('text-anchor', leftSide ? 'end' : 'start')
      .attr('font-size', labelSize).attr('fill', INK.text).text(clock);
    if (v.cursorMin !== null) {
      const c = localTimeAt(r.publishAtMs + v.cursorMin * 60_000, row.utcOffsetHours);
      const px = pa.x + xa(c.hour);
      rg.append('path').attr('d', `M${px},${mid - 4}l4,-7h-8z`).attr('fill', MEASURE_COLOR.down);
    }

    // Panel B: switched on at publish (upper bar) and crashed (lower bar).
    const bh = Math.max(4, Math.floor((inner - 10) / 2));
    const yOn = mid - bh - 1;
    const yCr = mid + 1;
    rg.append('rect').attr('x', pb.x).attr('y', yOn).attr('width', xb(row.onAtPublish)).attr('height', bh).attr('fill', MEASURE_COLOR.onAtPublish);
    rg.append('rect').attr('x', pb.x).attr('y', yCr).attr('width', xb(row.crashedShare)).attr('height', bh).attr('fill', MEASURE_COLOR.crashed);
    for (const [val, y, strong] of [[row.onAtPublish, yOn, false], [row.crashedShare, yCr, true]] as const) {
      const t = formatPercent(val, 0);
      const lx = pb.x + xb(val) + 4;
      const fits = lx + textWidth(t, 10) <= pb.x + pb.w;
      rg.append('text').attr('x', fits ? lx : lx - 8).attr('y', y + bh / 2).attr('dy', '0.35em')
        .attr('text-anchor', fits ? 'start' : 'end').attr('font-size', 10).attr('font-weight', strong ? 600 : 400)
        .attr('fill', fits ? INK.text : INK.background).text(t);
    }
  });
  return { layout, rows };
}

function sandwichText(input: ChartInput): SandwichText {
  const r = input.runs[0]!;
  const scenario = input.runs.length > 1 ? tr('chart.regions.subtitleFirst', { scenario: r.name }) : r.name;
  return {
    subtitle: r.contentEndMinutes === null
      ? tr('chart.regions.subtitleNever', { scenario })
      : tr('chart.regions.subtitle', { count: Math.round(r.contentEndMinutes), scenario }),
    source: tr('chart.regions.source'),
    note: tr('chart.regions.note'),
  };
}

export function createRegionChart(): Chart {
  return createRowChart({
    id: 'regions',
    title: TITLE,
    rowNoun: 'region',
    legendItems,
    sandwichText,
    draw: drawRegions,
    plotHeight: (width, v) => rowLayout(width, REGION_INFO.map((x) => regionLabel({ region: x.id, label: x.label })), [0.55, 0.45], headings(v)).height,
    readout(row, v) {
      const items: ReadoutRow[] = [
        {
          label: tr('chart.regions.readout.localAtPublish'),
          value: tr('chart.regions.readout.localWithOffset', { time: localClock(v.run.publishAtMs, row.utcOffsetHours), offset: utcOffsetLabel(row.utcOffsetHours) }),
        },
        { label: tr('chart.regions.readout.devices'), value: formatInt(row.fleet) },
        { label: tr('chart.regions.readout.on'), value: formatPercent(row.onAtPublish), color: MEASURE_COLOR.onAtPublish },
        { label: tr('chart.regions.readout.exposed'), value: formatCount(row.exposed) },
        {
          label: tr('chart.regions.readout.crashed'), value: formatCount(row.crashed),
          detail: tr('chart.regions.readout.ofRegion', { share: formatPercent(row.crashedShare) }), color: MEASURE_COLOR.crashed,
        },
      ];
      if (v.cursorMin !== null) {
        items.push({ label: tr('chart.regions.readout.localAtCursor'), value: localClock(v.run.publishAtMs + v.cursorMin * 60_000, row.utcOffsetHours), color: MEASURE_COLOR.down });
      }
      return { title: tr('chart.regions.rowTitle', { region: regionLabel(row), city: cityLabel(row) }), items };
    },
    table(v) {
      return {
        columns: [
          tr('chart.regions.table.region'), tr('chart.regions.table.city'), tr('chart.regions.table.offset'), tr('chart.regions.table.localAtPublish'),
          tr('chart.regions.table.devices'), tr('chart.regions.table.on'), tr('chart.regions.table.crashed'), tr('chart.regions.table.crashedShare'),
        ],
        rows: v.run.regions.map((x) => [
          regionLabel(x), cityLabel(x), utcOffsetLabel(x.utcOffsetHours), localClock(v.run.publishAtMs, x.utcOffsetHours),
          Math.round(x.fleet), Number((x.onAtPublish * 100).toFixed(1)), Math.round(x.crashed), Number((x.crashedShare * 100).toFixed(1)),
        ]),
      };
    },
  });
}
