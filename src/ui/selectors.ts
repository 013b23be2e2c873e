// DOM hooks shared by the page and its browser tests, so neither guesses the other's markup.
export const SEL = {
  app: '#app',
  /** Run state: data-state = idle | running | done | error | cancelled. Text says progress. */
  runStatus: '#run-status',
  cancelRun: '#cancel-run',
  scenarioPicker: '#scenario-picker',
  seedInput: '#seed',
  resetButton: '#reset-params',
  /** Each parameter input has name = the parameter key, e.g. input[name="repair.staffPer1000"]. */
  paramInput: (key: string) => `[name="${key}"]`,
  /** Summary figures: [data-figure=KEY] with data-value holding the raw number. */
  summary: '#summary',
  figure: (key: string) => `#summary [data-figure="${key}"]`,
  /** Messages for the user (errors, notices). role=alert. */
  messages: '#messages',
  copyLink: '#copy-link',
  importFile: '#import-file',
  exportScenario: '#export-scenario',
  exportCsv: '#export-csv',
  /** Per chart: [data-chart=ID] figure; buttons [data-export="svg"|"png"|"table"] inside it. */
  chart: (id: string) => `[data-chart="${id}"]`,
  chartExport: (id: string, kind: 'svg' | 'png') => `[data-chart="${id}"] [data-export="${kind}"]`,
  playButton: '#play',
  scrubber: '#scrubber',
  timeZoneToggle: '#tz-local',
  logToggle: '#log-scale',
} as const;

/** Chart ids, one file each under src/ui/charts/. */
export const CHART_IDS = ['timeline', 'sectors', 'regions'] as const;
/** Charts of an analysis, drawn once the reader runs it. */
export const ANALYSIS_CHART_IDS = ['tornado'] as const;
/** What the outage did to services (drawn once the service figures follow the device figures), and the world map. */
export const SERVICE_CHART_IDS = ['map', 'flights', 'services', 'hospitals', 'dispatch', 'money'] as const;
/** The organisation panel's charts. */
export const ORG_CHART_IDS = ['org-curve', 'org-days'] as const;
export type ChartId = (typeof CHART_IDS)[number] | (typeof ANALYSIS_CHART_IDS)[number]
  | (typeof SERVICE_CHART_IDS)[number] | (typeof ORG_CHART_IDS)[number];
