// index.html: the static page, by element (data-i18n attributes name these keys; pageText.ts
// fills them at start and on every language switch). Keys follow the page's sections.
import type { Catalog } from '../../message.js';

export const page = {
  'page.title': 'Outage impact simulator — 19 July 2024',
  'page.description':
    'Replays the 19 July 2024 CrowdStrike faulty content update device by device: about 8.5 million Windows machines crashed, and the repair that followed. Change the rollout, the fleet or the repair and see the outage change.',
  'page.skipToResults': 'Skip to results',
  'page.header.subtitle':
    'Replays the faulty CrowdStrike update device by device, and shows what a different rollout, fleet or repair would have changed.',
  'page.language.label': 'Language',
  'page.controls.label': 'Scenario and parameters',
  'page.scenario.title': 'Scenario',
  'page.scenario.startFrom': 'Start from',
  'page.scenario.runName': 'Run name',
  'page.scenario.runNameHelp': 'On every chart and file. Leave it empty for a name that says what changed.',
  'page.scenario.seed': 'Random seed',
  'page.scenario.seedHelp': 'The same seed and values always give the same result.',
  'page.scenario.reset': 'Reset to scenario',
  'page.scenario.import': 'Import scenario…',
  'page.scenario.toParams': 'All parameters ↓',
  'page.toolbar.label': 'Run and share',
  'page.toolbar.cancel': 'Cancel',
  'page.toolbar.rerun': 'Run again',
  'page.toolbar.copyLink': 'Copy link',
  'page.toolbar.exportScenario': 'Export scenario',
  'page.toolbar.exportCsv': 'Export CSV',
  'page.toolbar.localTime': 'Local time',
  'page.toolbar.shareUrl': 'Link to this scenario',
  'page.answer.title': 'What happened in this run',
  'page.summary.title': 'More figures from this run',
  'page.playback.title': 'Playback',
  'page.playback.scrubber': 'Time after publish (minutes)',
  'page.playback.waiting': 'Waiting for the first run…',
  'page.sources.title': 'Sources and notes',
  'page.sources.pir':
    'Publish 04:09 UTC, revert 05:27 UTC, sensors 7.11 and later affected: CrowdStrike, Preliminary Post Incident Review, 24 July 2024.',
  'page.sources.microsoft':
    'About 8.5 million Windows devices affected, under 1% of all Windows machines; Azure VMs needing up to 15 reboots; recovery tool: Microsoft, 20–21 July 2024.',
  'page.sources.kurtz':
    'Over 97% of Windows sensors back online on 25 July 2024: George Kurtz, CrowdStrike, 25 July 2024. The model’s “sensors online” measure is calibrated on this figure: sensors online compared with before the update.',
  'page.sources.others':
    'About 29,000 customers: Wall Street Journal, July 2024. IT staffing ratios: Mercer / ITAA, 2003. Repair times: Grant Thornton Australia via The Register, July 2024.',
  'page.sources.assumptions':
    'Values marked “assumption” in each parameter’s help have no published figure; the model notes say how each was chosen. This is a model, not a record: the shape of the outage is reproduced, not each organisation’s experience.',
  'page.mobile.label': 'Run status',
  'page.mobile.results': 'Results ↑',
} as const satisfies Catalog;
