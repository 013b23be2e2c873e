// What every exported file says about itself: which chart, which run, how to get it back.
// The SVG <metadata>, the PNG text chunks and the file name all read from this one record.

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
  const main = `Scenario ${m.scenarioName}, seed ${m.seed}, parameters ${m.paramsHash}`;
  if (!m.others?.length) return main;
  return `${main}; compared with ${m.others.map((o) => `${o.name} (seed ${o.seed}, parameters ${o.paramsHash})`).join('; ')}`;
}

/** Run line plus the link, for places with a single free-text field (PNG Comment). */
export function runComment(m: ExportMeta): string {
  return m.link ? `${runLine(m)}. ${m.link}` : runLine(m);
}
