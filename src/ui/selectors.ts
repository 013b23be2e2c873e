// DOM hooks shared by the page and its browser tests, so neither guesses the other's markup.
export const SEL = {
  app: '#app',
  /** Run state: data-state = idle | running | done | error | cancelled. Text says progress.
   * data-services = pending | in: whether the drawn run's service figures have arrived. */
  runStatus: '#run-status',
  cancelRun: '#cancel-run',
  scenarioPicker: '#scenario-picker',
  seedInput: '#seed',
  resetButton: '#reset-params',
  /** Each parameter input has name = the parameter key, e.g. input[name="repair.staffPer1000"]. */
  paramInput: (key: string) => `[name="${key}"]`,
  /** The answer first: the hero figures and the timeline, at the top of the results. */
  answer: '#answer',
  heroFigures: '#hero-figures',
  /** The rest of the figures, below the timeline. */
  summary: '#summary',
  /** Any figure of the run (hero or summary): [data-figure=KEY] with data-value holding the raw number. */
  figure: (key: string) => `#hero-figures [data-figure="${key}"], #summary [data-figure="${key}"]`,
  /** Room under the timeline for the what-if panels (compare, uncertainty, sensitivity). */
  whatIf: '#whatif',
  /** The run's name as typed (empty: the automatic name, shown as the placeholder). */
  runName: '#run-name',
  keyLevers: '#key-levers',
  /** Search over every parameter (label, key, help) and the button that shows the full registry. */
  paramSearch: '#param-search',
  showAllParams: '#show-all-params',
  paramGroups: '#param-groups',
  /** Messages for the user (errors, notices). role=alert. */
  messages: '#messages',
  copyLink: '#copy-link',
  importFile: '#import-file',
  exportScenario: '#export-scenario',
  exportCsv: '#export-csv',
  /** Lays out the report of the run or comparison (src/report) in the print-only sheet and prints it. */
  printReport: '#print-report',
  reportSheet: '#report-sheet',
  /** Per chart: [data-chart=ID] figure; buttons [data-export="svg"|"png"|"csv"|"table"] inside it (csv: sectors, org-spread and regions). */
  chart: (id: string) => `[data-chart="${id}"]`,
  chartExport: (id: string, kind: 'svg' | 'png' | 'csv') => `[data-chart="${id}"] [data-export="${kind}"]`,
  playButton: '#play',
  scrubber: '#scrubber',
  timeZoneToggle: '#tz-local',
  logToggle: '#log-scale',
} as const;

/** Chart ids, one file each under src/ui/charts/. */
export const CHART_IDS = ['timeline', 'sectors', 'org-spread', 'regions'] as const;
/** Charts of an analysis, drawn once the reader runs it. */
export const ANALYSIS_CHART_IDS = ['tornado'] as const;
/** What the outage did to services (drawn once the service figures follow the device figures), and the world map. */
export const SERVICE_CHART_IDS = ['map', 'flights', 'services', 'hospitals', 'dispatch', 'money'] as const;
/** The organisation panel's charts. */
export const ORG_CHART_IDS = ['org-curve', 'org-days'] as const;
export type ChartId = (typeof CHART_IDS)[number] | (typeof ANALYSIS_CHART_IDS)[number]
  | (typeof SERVICE_CHART_IDS)[number] | (typeof ORG_CHART_IDS)[number];

/** The organisation panel (src/ui/app/orgPanel.ts): data-key names the run drawn, data-services is
 * "done" once its service figures are in; figures carry data-org-figure=KEY and data-value. */
export const ORG_SEL = {
  panel: '#org-panel',
  example: '#org-example',
  importFile: '#org-import',
  exportFile: '#org-export',
  clear: '#org-clear',
  form: '#org-form',
  run: '#org-run',
  status: '#org-status',
  problems: '#org-problems',
  figure: (key: string) => `#org-panel [data-org-figure="${key}"]`,
  siteInput: (site: number, path: string) => `#org-form [data-path="sites[${site}].${path}"]`,
} as const;

/** "Fit to the record" (src/ui/app/fitPanel.ts): #fit-status has data-state like the other analyses;
 * result rows carry data-target=ID and data-verdict = met | near | missed | outside; best values
 * are li[data-key][data-value]. */
export const FIT_SEL = {
  panel: '#fit',
  /** The folded targets and parameters, and its summary line with their counts. */
  setup: '#fit-setup',
  setupSummary: '#fit-setup > summary',
  run: '#fit-run',
  cancel: '#fit-cancel',
  status: '#fit-status',
  progress: '#fit-progress',
  budget: '#fit-runs',
  scale: '#fit-fleet-scale',
  replicates: '#fit-replicates',
  seed: '#fit-seed',
  target: (id: string) => `#fit input[type="checkbox"][data-target="${id}"]`,
  free: (key: string) => `#fit-free input[type="checkbox"][data-key="${key}"]`,
  min: (key: string) => `#fit-free input.fit-min[data-key="${key}"]`,
  max: (key: string) => `#fit-free input.fit-max[data-key="${key}"]`,
  freeError: (key: string) => `#fit-free .fit-free-error[data-key="${key}"]`,
  addPick: '#fit-add-pick',
  add: '#fit-add',
  error: '#fit-error',
  summary: '#fit-summary',
  targets: '#fit-targets',
  best: '#fit-best',
  posterior: '#fit-posterior',
  apply: '#fit-apply',
  useSets: '#fit-use-sets',
  /** The uncertainty panel's note while the next ensemble draws from a fit's accepted sets, and its way back. */
  ensembleSets: '#ensemble-sets',
  ensembleSetsOff: '#ensemble-sets-off',
} as const;
