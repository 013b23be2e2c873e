// src/ui/app/*.ts and src/ui/main.ts: the page's own messages, by the file that shows them.
// Values in {…} come formatted (formatCount, formatPercent, formatDateTime...), except {count}.
import type { Catalog } from '../../message.js';

export const app = {
  // main.ts
  'main.startFailed': 'The page could not start: {detail}',

  // runStatus.ts and app.ts: the run status line (#run-status-text)
  'runStatus.notRun': 'Not run yet',
  'runStatus.starting': 'Starting…',
  'runStatus.preparing': 'Preparing the fleet…',
  'runStatus.running': 'Running… {percent}',
  'runStatus.done': 'Done in {seconds} s',
  'runStatus.fixListed': 'Fix the values listed above to run.',
  'runStatus.fixHighlighted': { one: 'Fix the highlighted value to run.', other: 'Fix the {count} highlighted values to run.' },
  'runStatus.showingLastValid': 'Showing the last valid run.',
  'runStatus.tooLarge': 'Too large to run in the browser.',
  'runStatus.workerCrashed': 'The simulation stopped unexpectedly.',
  'runStatus.failed': 'The run failed.',
  'runStatus.cancelled': 'Cancelled.',
  'runStatus.cancelledShowingPrevious': 'Cancelled. Showing the previous run.',

  // app.ts: messages in #messages, the stale note, the run line, the scenario card, the toolbar
  'app.bundledUnreadable': 'Some bundled scenario files could not be read and are not listed.',
  'app.crossFieldTitle': 'These values cannot be used together:',
  'app.tooLargeTitle': 'This run is too large for the browser; the last result stays on screen.',
  'app.workerCrashedTitle':
    'The simulation worker stopped unexpectedly and has been restarted. The figures show the last completed run; press “Run again” to retry.',
  'app.runFailedTitle': 'The run failed; the figures show the last completed run.',
  'app.chartFailedTitle': 'The chart “{chart}” could not be drawn.',
  'app.staleNote': 'The figures below are from the previous run (parameters {hash}), not the current settings.',
  'app.runInfo': 'Scenario “{name}”, seed {seed}, parameters {hash}; {sensors} simulated device by device.',
  'app.import.notImportedTitle': '“{file}” was not imported; your current scenario is unchanged.',
  'app.import.unreadableTitle': '“{file}” could not be read; your current scenario is unchanged.',
  'app.import.done': 'Imported “{name}”.',
  'app.scenario.custom': '{name} (imported or from a link)',
  'app.scenario.unchanged': 'As in the scenario file.',
  'app.scenario.edited': { one: '1 value changed from this scenario.', other: '{count} values changed from this scenario.' },
  'app.scenario.editedWithSeed': {
    one: '1 value and the seed changed from this scenario.',
    other: '{count} values and the seed changed from this scenario.',
  },
  'app.scenario.seedChanged': 'The seed changed from this scenario.',
  'app.export.nothingYet': 'No finished run to export yet.',
  'app.copy.buttonCopied': 'Link copied',
  'app.copy.done': 'Link copied. Opening it reproduces this run exactly.',
  'app.copy.blocked': 'Copying is blocked here: the link is selected in the box beside the button; press Ctrl+C (⌘C on a Mac).',
  'app.language.unsupported': 'The link asks for the language “{lang}”, which this page does not have; showing {language}.',

  // simClient.ts: the detail under app.workerCrashedTitle
  'simClient.workerStopped': 'the simulation worker stopped',
  'simClient.messageUnreadable': 'a message from the simulation worker could not be read',

  // initialState.ts
  'initialState.linkFailedTitle': 'This link could not be opened, so the page shows your last scenario or the baseline instead:',
  'initialState.savedUnreadable': 'The scenario saved in this browser could not be read; starting from the baseline.',

  // messages.ts
  'messages.dismiss': 'Dismiss message',

  // controls.ts: parameter cards
  'controls.group.push.title': 'The push',
  'controls.group.push.note': 'How the faulty file went out, and what could have stopped it.',
  'controls.group.fleet.title': 'The fleet',
  'controls.group.fleet.note': 'Who ran the sensor on Windows.',
  'controls.group.crash.title': 'The crash',
  'controls.group.crash.note': 'The boot loop, and machines that fixed themselves.',
  'controls.group.repair.title': 'The repair',
  'controls.group.repair.note': 'Hands-on repair by each customer’s own staff.',
  'controls.group.vendor.title': 'Vendor help',
  'controls.group.vendor.note': 'Tools from Microsoft and CrowdStrike.',
  'controls.group.run.title': 'The run',
  'controls.group.run.note': 'What the simulation covers.',
  'controls.group.services.title': 'Services and money',
  'controls.group.services.note': 'How stopped devices stop flights, hospitals, emergency calls and payments, and what that costs.',
  'controls.family.normalised': 'Shares are normalised to sum to 1.',
  'controls.family.changed': '{count} changed',
  'controls.slider': '{label} (slider)',
  'controls.sliderLog': '{label} (slider, log scale)',
  'controls.help.label': 'About {label}',
  'controls.help.title': 'About this parameter',
  'controls.source': 'Source:',
  'controls.revert.label': 'Put {label} back to the scenario value',
  'controls.revert.title': 'Back to the scenario value',
  'controls.changed.title': 'Differs from the scenario',
  'controls.changed.hidden': '(changed)',
  'controls.range': 'Range {min}–{max} {unit}',
  'controls.rangeDate': 'Range {min}–{max} (UTC)',
  'controls.scenarioValue': 'scenario: {value}',

  // summary.ts: the figures under "What happened in this run"
  'summary.crashed.label': 'Windows devices crashed',
  'summary.crashed.real': 'Real: about 8.5 million (Microsoft, 20 Jul 2024)',
  'summary.crashed.detail': '{share} of {fleet}',
  'summary.sensorsOnlineAtCheck.label': 'Sensors online at the check point',
  'summary.sensorsOnlineAtCheck.real': 'Real: over 97% on 25 Jul (CrowdStrike)',
  'summary.sensorsOnlineAtCheck.note':
    'Windows sensors online compared with before the update: the measure CrowdStrike’s 97% uses and the baseline is calibrated on.',
  'summary.crashedRecoveredAtCheck.label': 'Crashed devices back at the check point',
  'summary.crashedRecoveredAtCheck.note':
    'Share of the crashed devices that are back: a stricter measure than sensors online. No published figure.',
  'summary.checkAt': 'at {time} ({offset})',
  'summary.peakDown.label': 'Most devices down at once',
  'summary.peakDownAt.label': 'Peak outage at',
  'summary.hoursTo50.label': 'Time to 50% of crashed devices back',
  'summary.hoursTo90.label': 'Time to 90% back',
  'summary.hoursTo97.label': 'Time to 97% back',
  'summary.hoursTo99.label': 'Time to 99% back',
  'summary.deviceHoursLost.label': 'Device-hours lost',
  'summary.deviceHoursLost.note': 'Hours each crashed device was down, summed over the run.',
  'summary.deviceHoursLost.detail': '{years} device-years',
  'summary.halted': 'The rollout halted automatically at {time}.',

  // playback.ts
  'playback.play': 'Play',
  'playback.pause': 'Pause',
  'playback.readout': '{time} ({offset}): {devices} down',
} as const satisfies Catalog;
