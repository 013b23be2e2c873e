// Error texts, one per code of src/i18n/problem.ts (see docs/I18N.md for the table). Only
// formatError uses these keys: it formats the values, picks the phrases and adds the subject.
// English details start in lower case and carry no full stop: they follow "Subject: ".
import type { Catalog } from '../../message.js';

export const errors = {
  // the subject in front of a detail: "Revert after (push.revertMinutes): …"
  'error.withSubject': '{subject}: {detail}',
  'error.subject.param': '{label} ({key})',
  'error.subject.seed': 'Random seed',
  'error.subject.name': 'Name',
  'error.subject.description': 'Description',
  'error.subject.version': 'Version',
  'error.subject.params': 'Parameters',

  // what was given
  'error.got.text': '“{text}”',
  'error.got.emptyText': 'empty text',
  'error.got.null': 'null',
  'error.got.true': 'true',
  'error.got.false': 'false',
  'error.got.list': 'a list',
  'error.got.object': 'an object',
  'error.got.nothing': 'nothing',

  // what was expected
  'error.expect.number': 'a number from {min} to {max}',
  'error.expect.numberWithUnit': 'a number from {min} to {max} ({unit})',
  'error.expect.integer': 'a whole number from {min} to {max}',
  'error.expect.integerWithUnit': 'a whole number from {min} to {max} ({unit})',
  'error.expect.dateTime': 'a UTC date and time such as “{example}”, between {min} and {max}',
  'error.expect.text': 'text',
  'error.expect.object': 'an object',
  'error.expect.paramsObject': 'an object of parameter values',

  // one value against its rule
  'error.emptyValue': 'enter {expected}',
  'error.notNumber': '{got} is not a number; expected {expected}',
  'error.notWholeNumber': '{got} is not a whole number; expected {expected}',
  'error.outOfRange': '{got} is out of range; expected {expected}',
  'error.notDateTime': '{got} is not a date and time; expected {expected}',
  'error.dateDoesNotExist': '{got} is not a real date or time; expected {expected}',
  'error.dateOutOfRange': '{got} is out of range; expected {expected}',
  'error.wrongType': 'expected {expected}, got {got}',
  'error.textTooLong': 'too long: {length}, at most {max}',

  // keys and fields
  'error.unknownParameter': 'unknown parameter',
  'error.unknownParameterDidYouMean': 'unknown parameter; did you mean {suggestion}?',
  'error.unknownParameterInGroup': 'unknown parameter; {group} has {known}',
  'error.unknownParameterGroup': 'unknown parameter; the groups are {groups}',
  'error.givenTwice': 'given more than once',
  'error.tooDeep': 'nested too deeply; parameters are at most {depth} levels deep',
  'error.unknownField': 'unknown field; the fields are {allowed}',
  'error.notScenarioObject': 'expected a JSON object with {fields}, got {got}',

  // versions
  'error.badVersion': '{got} is not a version; expected a whole number from 1 to {max}',
  'error.versionTooNew': 'this scenario is version {version}, newer than this simulator reads ({max}); update the simulator',
  'error.migrated': 'migrated from version {from} to {to}',

  // files and links
  'error.fileTooLarge': 'the file is {size}; scenario files are at most {max}',
  'error.invalidJson': 'not valid JSON',
  'error.invalidJsonAt': 'not valid JSON (line {line}, column {column})',
  'error.linkTooLong': 'the link is {length} long; a scenario link is at most {max}',
  'error.linkUnreadable': 'the link’s query string cannot be read',

  // rules across several parameters
  'error.ringsOverfull':
    '{canaryLabel} ({canary}) and {earlyLabel} ({early}) add up to {sum}; the rings cannot hold more than all devices (at most 1)',
  'error.revertAfterRunEnd': '{revert} is not before the end of the run ({horizonLabel}: {days}); lengthen the run or revert earlier',
  'error.checkAfterRunEnd': '{check} is after the end of the run ({horizonLabel}: {days})',
  'error.hoursOrder': '{start} is not before {endLabel} ({end})',
  'error.allSectorsZero': 'every sector is 0; at least one must hold devices',
  'error.allRegionsZero': 'every region is 0; at least one must hold devices',
  'error.customersExceedSensors': '{customers} for {sensors}; each customer needs at least one device',

  // what a browser tab can hold
  'error.tooManySensors': '{value} is more than the page simulates (at most {max}); use the command line for larger fleets',
  'error.tooManyCustomers': '{value} is more than the page holds (at most {max}); use the command line for more customers',
  'error.tooMuchMemory':
    'this run would need about {size}, more than the page allows ({max}); lower {sensorsLabel} or {spreadLabel}, or use the command line',
} as const satisfies Catalog;
