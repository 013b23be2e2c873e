// What every exported file says about itself: which chart, which run, how to get it back.
// The SVG <metadata>, the PNG text chunks and the file name all read from this one record.
import { tr, ui } from '../pageLocale.js';

export const GENERATED_BY = 'Outage impact simulator (replay of the 19 July 2024 faulty content update)';

export interface ExportMeta {
  chartId: string;
  title: string;
  /** One or two sentences: what the chart shows (the subtitle). */
  description: string;
  source: string;
  note: string;
  scenarioName: string;
  seed: number;
  paramsHash: string;
  link: string;
  /** Other runs drawn with it (compared scenarios, the baseline ghost). */
  others?: { name: string; seed: number; paramsHash: string }[];
}

/** "Scenario July 2024, seed 1, parameters 3f2a9c1e": the line that makes an image reproducible. */
export function runLine(m: Pick<ExportMeta, 'scenarioName' | 'seed' | 'paramsHash' | 'others'>): string {
  const main = tr('chart.runLine', { name: m.scenarioName, seed: String(m.seed), hash: m.paramsHash });
  if (!m.others?.length) return main;
  const others = ui().names(m.others.map((o) => tr('chart.runLineOther', { name: o.name, seed: String(o.seed), hash: o.paramsHash })));
  return tr('chart.runLineCompared', { main, others });
}

/** Run line plus the link, for places with a single free-text field (PNG Comment). */
export function runComment(m: ExportMeta): string {
  return m.link ? `${tr('chart.runLineSentence', { line: runLine(m) })} ${m.link}` : runLine(m);
}

