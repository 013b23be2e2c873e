// src/report/ and src/ui/report/: the printed report of a run or a comparison (page and command line).
import type { Catalog } from '../../message.js';

export const report = {
  // The page's button and its messages (src/ui/report/printReport.ts)
  'report.print.button': 'Print report',
  'report.print.buttonTitle': 'Lay out this run, or the comparison, on A4 pages and open the browser’s print dialog (print or save as PDF)',
  'report.print.noRun': 'No finished run to print yet.',
  'report.print.failed': 'The report could not be laid out: {detail}',

  // The title block
  'report.kicker': 'Outage impact simulator: report',
  'report.title.run': '{name}',
  'report.title.compare': { one: '{name}, compared with {count} other scenario', other: '{name}, compared with {count} other scenarios' },
  'report.made': 'Made on {date}. Faulty update published {published}.',
  'report.runLine': '{name}: seed {seed}, parameters {hash}',
  'report.preview': 'Preview at {share} of the fleet, scaled up: the full run had not finished.',

  // Section headings
  'report.section.scenario': 'The scenario and what changed',
  'report.section.figures': 'Key figures beside the record',
  'report.section.charts': 'Charts',
  'report.section.parameters': 'Parameters that differ from the July 2024 baseline',
  'report.section.limits': 'What the model leaves out',
  'report.section.reproduce': 'Reproduce this report',

  // The scenario
  'report.scenario.asBaseline': 'The July 2024 baseline: no parameter changed.',
  'report.scenario.changed': { one: 'Changed against July 2024 ({count} value): {changes}.', other: 'Changed against July 2024 ({count} values): {changes}.' },
  'report.scenario.change': '{label} {from} → {to}',
  'report.scenario.reference': 'Differences in this report are taken against “{name}”.',

  // The key figures
  'report.figures.figure': 'Figure',
  'report.figures.recorded': 'Recorded in July 2024',
  'report.figures.diff': '{diff} against the reference',
  'report.figures.none': '–',
  'report.figures.notReached': 'not reached',
  'report.figure.crashed': 'Windows devices crashed',
  'report.figure.sensorsOnline': 'Windows sensors online, {time}',
  'report.figure.peakDown': 'Most devices down at once',
  'report.figure.hoursTo90': 'Time until 90% of crashed devices were back',
  'report.figure.hoursTo97': 'Time until 97% of crashed devices were back',
  'report.figure.deviceHoursLost': 'Device-hours lost',
  'report.figure.flightsCancelled': 'Flights cancelled',
  'report.figure.fortune500': 'Direct loss, Fortune-500-like customers',
  'report.record.crashed': 'about {value} (Microsoft, 20 Jul 2024)',
  'report.record.sensorsOnline': 'over {value} on 25 July (CrowdStrike, 25 Jul 2024)',
  'report.record.flightsCancelled': 'about {value} in five days (Cirium, Jul 2024)',
  'report.record.fortune500': '{value} (Parametrix, 24 Jul 2024)',
  'report.figures.note':
    'The model is calibrated on the first two records; the flights and the loss are only compared. Sensors online are read at the check point: 12:00 UTC on 25 July for the July 2024 publish time, moving with it.',
  'report.figures.servicesMissing': 'The service figures (flights, money) were not derived for every run; they are left blank where missing.',


  // The parameters
  'report.params.parameter': 'Parameter',
  'report.params.unit': 'Unit',
  'report.params.baseline': 'July 2024',
  'report.params.source': 'Source',
  'report.params.assumption': 'assumption',
  'report.params.never': 'never',
  'report.params.sameAsBaseline': 'as July 2024',
  'report.params.none': 'No parameter differs from the July 2024 baseline: every value is the calibrated one.',
  'report.params.note': 'Values marked “assumption” have no published figure; docs/MODEL.md says how each was chosen.',

  // The model's limits (docs/MODEL.md, section 9), short
  'report.limit.shares': 'No device counts are published per country or sector: region and sector shares are assumptions, the fleet size is calibrated.',
  'report.limit.poll': 'With a 10-minute content poll, most machines that were on took the file in minutes: a faster revert spares few of them.',
  'report.limit.recrash': 'A machine repaired while the file is still served counts as fixed; after a late revert some would crash again.',
  'report.limit.telemetry': 'An automatic halt sees the expected crashes of all customers, with no reporting delay beyond its reaction time.',
  'report.limit.services': 'Service figures are expectations: a sector’s customers all run the same services; flights are amounts per airline, not rotations.',
  'report.limit.model': 'A model, not a record: it reproduces the shape of the outage, not each organisation’s experience.',

  // Reproduce
  'report.reproduce.link': 'This link opens the same runs on the page; the same seed and values always give the same result:',
  'report.reproduce.command': 'Made on the command line with the command below; the same seed and values always give the same result:',
} as const satisfies Catalog;
