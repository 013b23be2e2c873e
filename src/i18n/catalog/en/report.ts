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
  'report.figure.sensorsOnline': 'Windows sensors online at the check point ({time})',
  'report.figure.peakDown': 'Most devices down at once',
  'report.figure.hoursTo90': 'Hours until 90% of crashed devices were back',
  'report.figure.hoursTo97': 'Hours until 97% of crashed devices were back',
  'report.figure.deviceHoursLost': 'Device-hours lost',
  'report.figure.flightsCancelled': 'Flights cancelled',
  'report.figure.fortune500': 'Direct loss of the Fortune-500-like customers',
  'report.record.crashed': 'about {value} (Microsoft, 20 Jul 2024)',
  'report.record.sensorsOnline': 'over {value} on 25 July (CrowdStrike, 25 Jul 2024)',
  'report.record.flightsCancelled': 'about {value} over five days, tied to the outage (Cirium, Jul 2024)',
  'report.record.fortune500': '{value} (Parametrix, 24 Jul 2024)',
  'report.figures.note':
    'The model is calibrated on the first two records; the flights and the loss are compared with it, not fitted. The check point is read at 12:00 UTC on the sixth day after the publish time (25 July in 2024).',
  'report.figures.servicesMissing': 'The service figures (flights, money) were not derived for every run; they are left blank where missing.',

  // The charts
  'report.chart.caption': 'Figure {n}. {text}',
  'report.chart.timeline': 'Devices down and crashed over time, and the two measures of recovery.',
  'report.chart.sectors': 'How long each critical-infrastructure sector was down.',
  'report.chart.regions': 'Each region’s local time at the push, and its devices down.',
  'report.chart.flights': 'Flights cancelled per UTC day.',
  'report.chart.money': 'Money lost per sector, beside the Fortune 500 estimate.',

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
  'report.limit.shares': 'There are no published device counts per country or sector: the region and sector shares, and the fleet size, are assumptions (the fleet size is calibrated).',
  'report.limit.poll': 'The poll interval decides how much a faster revert helps: with a 10-minute poll most machines that were on took the file in the first minutes.',
  'report.limit.staff': 'Repair staff are people-equivalents: contractors and vendor engineers are folded into the staffing ratio.',
  'report.limit.recrash': 'A machine repaired while the file is still served is taken as fixed; with a late revert some would in fact crash again.',
  'report.limit.sites': 'Each site starts its crisis at its own first crash, not at its organisation’s first.',
  'report.limit.telemetry': 'An automatic halt sees the expected crashes of the whole customer base, without reporting delays beyond the reaction time.',
  'report.limit.services': 'Service figures are expectations over customers: every customer in a sector runs the same services, and flights are quantities per airline, not rotations.',
  'report.limit.model': 'This is a model, not a record: it reproduces the shape of the outage, not each organisation’s experience.',

  // Reproduce
  'report.reproduce.link': 'Open this link to see the same runs on the page:',
  'report.reproduce.command': 'Or make this report on the command line:',
  'report.reproduce.seed': 'The same seed and values always give the same result, on the page and on the command line.',
  'report.reproduce.noLink': 'This report was made on the command line; the scenario files named below reproduce it.',
} as const satisfies Catalog;
