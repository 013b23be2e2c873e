import { describe, expect, it } from 'vitest';
import { errorParamKeys, formatError } from '../../src/i18n/formatError.js';
import {
  describeValue as got, jsonErrorLocation, noValues, structuredError as e, type ErrorCode, type StructuredError,
} from '../../src/i18n/problem.js';
import { LOCALES } from '../../src/i18n/locale.js';

const Y2000 = Date.UTC(2000, 0, 1);
const Y2100 = Date.UTC(2100, 0, 1);

/** One error per code, as src/scenario would report it. The type makes a new code need a sample here. */
const SAMPLES: { [C in ErrorCode]: StructuredError & { code: C } } = {
  emptyValue: { path: 'params.push.revertMinutes', code: 'emptyValue', values: { kind: 'integer', min: 1, max: 20160 } },
  notNumber: { path: 'seed', code: 'notNumber', values: { got: got('abc'), kind: 'integer', min: 0, max: 4294967295 } },
  notWholeNumber: { path: 'push.revertMinutes', code: 'notWholeNumber', values: { got: got(1.5), min: 1, max: 20160 } },
  outOfRange: { path: 'params.push.revertMinutes', code: 'outOfRange', values: { got: got(0), kind: 'integer', min: 1, max: 20160 } },
  notDateTime: { path: 'params.push.publishAt', code: 'notDateTime', values: { got: got('yesterday'), min: Y2000, max: Y2100 } },
  dateDoesNotExist: { path: 'params.push.publishAt', code: 'dateDoesNotExist', values: { got: got('2024-02-30T00:00Z'), min: Y2000, max: Y2100 } },
  dateOutOfRange: { path: 'params.push.publishAt', code: 'dateOutOfRange', values: { got: got('1999-12-31T00:00Z'), min: Y2000, max: Y2100 } },
  wrongType: { path: 'name', code: 'wrongType', values: { got: got(12), expected: 'text' } },
  textTooLong: { path: 'name', code: 'textTooLong', values: { length: 250, max: 200 } },
  unknownParameter: { path: 'params.x.y', code: 'unknownParameter', values: noValues },
  unknownParameterDidYouMean: { path: 'params.push.revertMinutez', code: 'unknownParameterDidYouMean', values: { suggestion: 'push.revertMinutes' } },
  unknownParameterInGroup: {
    path: 'params.push.foo', code: 'unknownParameterInGroup',
    values: { group: 'push', known: ['push.a', 'push.b', 'push.c', 'push.d', 'push.e', 'push.f', 'push.g'] },
  },
  unknownParameterGroup: {
    path: 'params.zap.foo', code: 'unknownParameterGroup', values: { groups: ['push', 'fleet', 'crash', 'repair', 'vendor', 'run'] },
  },
  givenTwice: { path: 'seed', code: 'givenTwice', values: noValues },
  tooDeep: { path: 'params.a.b.c.d', code: 'tooDeep', values: { depth: 4 } },
  unknownField: { path: 'colour', code: 'unknownField', values: { allowed: ['version', 'name', 'description', 'seed', 'params'] } },
  notScenarioObject: { path: '', code: 'notScenarioObject', values: { got: got([]), fields: ['version', 'name', 'description', 'seed', 'params'] } },
  badVersion: { path: 'version', code: 'badVersion', values: { got: got('one'), max: 1 } },
  versionTooNew: { path: 'version', code: 'versionTooNew', values: { version: 3, max: 1 } },
  migrated: { path: '', code: 'migrated', values: { from: 1, to: 2 } },
  fileTooLarge: { path: '', code: 'fileTooLarge', values: { bytes: 1_234_567, max: 1_000_000 } },
  invalidJson: { path: '', code: 'invalidJson', values: { line: 3, column: 5 } },
  linkTooLong: { path: '', code: 'linkTooLong', values: { length: 25_000, max: 20_000 } },
  linkUnreadable: { path: '', code: 'linkUnreadable', values: noValues },
  ringsOverfull: { path: 'params.push.canaryShare', code: 'ringsOverfull', values: { canary: 0.6, early: 0.5 } },
  revertAfterRunEnd: { path: 'params.push.revertMinutes', code: 'revertAfterRunEnd', values: { revertMinutes: 20160, horizonDays: 14 } },
  checkAfterRunEnd: { path: 'params.run.checkHours', code: 'checkAfterRunEnd', values: { checkHours: 400, horizonDays: 14 } },
  hoursOrder: { path: 'params.repair.workdayStartHour', code: 'hoursOrder', values: { start: 19, end: 18, endKey: 'repair.workdayEndHour' } },
  allSectorsZero: { path: 'params.fleet.sectorShare', code: 'allSectorsZero', values: noValues },
  allRegionsZero: { path: 'params.fleet.regionShare', code: 'allRegionsZero', values: noValues },
  customersExceedSensors: { path: 'params.fleet.customers', code: 'customersExceedSensors', values: { customers: 30_000, sensors: 20_000 } },
  tooManySensors: { path: 'params.fleet.windowsSensors', code: 'tooManySensors', values: { value: 61_000_000, max: 60_000_000 } },
  tooManyCustomers: { path: 'params.fleet.customers', code: 'tooManyCustomers', values: { value: 400_000, max: 300_000 } },
  tooMuchMemory: { path: '', code: 'tooMuchMemory', values: { bytes: 512 * 1048576, maxBytes: 400 * 1048576 } },
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('formatError: every code in both languages', () => {
  for (const sample of Object.values(SAMPLES)) {
    it(`${sample.code} reads as a whole message in English and Japanese`, () => {
      const en = formatError(sample, 'en');
      const ja = formatError(sample, 'ja');
      for (const text of [en, ja]) {
        expect(text).not.toMatch(/[{}]|undefined|NaN|\[object/);
        expect(text.length).toBeGreaterThan(8);
      }
      expect(ja).toMatch(JAPANESE);
      expect(en).not.toMatch(JAPANESE);
      expect(ja).not.toBe(en);
    });
  }
});

describe('formatError: the wording', () => {
  it('names the parameter by its label in the language and by its key', () => {
    expect(formatError(SAMPLES.outOfRange, 'en')).toBe(
      'Revert after (push.revertMinutes): 0 is out of range; expected a whole number from 1 to 20,160 (min)',
    );
    expect(formatError(SAMPLES.outOfRange, 'ja')).toBe(
      '取り消しまでの時間(push.revertMinutes)：0は範囲外です。1〜20,160の整数(単位：分)を指定してください。',
    );
  });

  it('reads a link\'s bare key like a file\'s nested one', () => {
    const link = e('push.revertMinutes', 'outOfRange', SAMPLES.outOfRange.values);
    expect(formatError(link, 'en')).toBe(formatError(SAMPLES.outOfRange, 'en'));
  });

  it('without the subject, the English detail starts a sentence', () => {
    expect(formatError(SAMPLES.outOfRange, 'en', { subject: false })).toBe(
      '0 is out of range; expected a whole number from 1 to 20,160 (min)',
    );
    expect(formatError(SAMPLES.outOfRange, 'ja', { subject: false })).toBe('0は範囲外です。1〜20,160の整数(単位：分)を指定してください。');
  });

  it('quotes text the reader gave, cut at 40 characters', () => {
    expect(formatError(SAMPLES.notNumber, 'en')).toBe('Random seed: “abc” is not a number; expected a whole number from 0 to 4,294,967,295');
    expect(formatError(SAMPLES.notNumber, 'ja')).toBe('乱数シード：「abc」は数値ではありません。0〜4,294,967,295の整数を指定してください。');
    const long = e('name', 'wrongType', { got: got('x'.repeat(100)), expected: 'text' });
    expect(formatError(long, 'en')).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('describes values that are not numbers or text', () => {
    const w = (v: unknown) => formatError(e('params', 'wrongType', { got: got(v), expected: 'paramsObject' }), 'en');
    expect(w([1])).toBe('Parameters: expected an object of parameter values, got a list');
    expect(w(null)).toContain('got null');
    expect(w(true)).toContain('got true');
    expect(w(undefined)).toContain('got nothing');
    expect(w('')).toContain('got empty text');
    expect(formatError(e('params', 'wrongType', { got: got([1]), expected: 'paramsObject' }), 'ja')).toBe(
      'パラメーター：パラメーターの値をまとめたオブジェクトを指定してください(指定された値：リスト)。',
    );
  });

  it('dates: the expected form with the years of the range', () => {
    expect(formatError(SAMPLES.notDateTime, 'en')).toBe(
      'Publish time (push.publishAt): “yesterday” is not a date and time; expected a UTC date and time such as “2024-07-19T04:09:00Z”, between 2000 and 2100',
    );
    expect(formatError(SAMPLES.notDateTime, 'ja')).toBe(
      '配信時刻(push.publishAt)：「yesterday」は日時として読み取れません。2000年〜2100年のUTCの日時(「2024-07-19T04:09:00Z」の形式)を指定してください。',
    );
  });

  it('a share\'s range needs no unit', () => {
    const share = e('params.push.canaryShare', 'outOfRange', { got: got(1.5), kind: 'number', min: 0, max: 1 });
    expect(formatError(share, 'en')).toBe('Canary ring share (push.canaryShare): 1.5 is out of range; expected a number from 0 to 1');
  });

  it('unknown keys are shown as written, with the suggestion', () => {
    expect(formatError(SAMPLES.unknownParameterDidYouMean, 'en')).toBe(
      'params.push.revertMinutez: unknown parameter; did you mean push.revertMinutes?',
    );
    expect(formatError(SAMPLES.unknownParameterDidYouMean, 'ja')).toBe(
      'params.push.revertMinutez：不明なパラメーターです。push.revertMinutesのことですか？',
    );
    expect(formatError(SAMPLES.unknownParameterInGroup, 'en')).toBe(
      'params.push.foo: unknown parameter; push has push.a, push.b, push.c, push.d, push.e, push.f, …',
    );
    expect(formatError(e(`params.${'k'.repeat(100)}`, 'unknownParameter', noValues), 'en')).toMatch(/^params\.k{53}…: unknown parameter$/);
  });

  it('a family path is named by the family', () => {
    expect(formatError(SAMPLES.allSectorsZero, 'en')).toBe('Sector share: every sector is 0; at least one must hold devices');
    expect(formatError(SAMPLES.allRegionsZero, 'ja')).toBe('地域別の構成比：すべての地域が0です。少なくとも1つの地域にデバイスが必要です。');
  });

  it('rules across parameters name each parameter in the language', () => {
    expect(formatError(SAMPLES.ringsOverfull, 'en')).toBe(
      'Canary ring share (0.6) and Early ring share (0.5) add up to 1.1; the rings cannot hold more than all devices (at most 1)',
    );
    expect(formatError(SAMPLES.hoursOrder, 'ja')).toBe('始業時刻(repair.workdayStartHour)：19:00は終業時刻(18:00)より前でなければなりません。');
    expect(formatError(SAMPLES.revertAfterRunEnd, 'en')).toBe(
      'Revert after (push.revertMinutes): 20,160 min is not before the end of the run (Simulated days: 14 days); lengthen the run or revert earlier',
    );
  });

  it('sizes carry their unit or counter', () => {
    expect(formatError(SAMPLES.fileTooLarge, 'en')).toBe('The file is 1,234,567 bytes; scenario files are at most 1,000,000 bytes');
    expect(formatError(SAMPLES.fileTooLarge, 'ja')).toBe('ファイルが大きすぎます(1,234,567バイト)。シナリオファイルは1,000,000バイトまでです。');
    expect(formatError(SAMPLES.tooManySensors, 'ja')).toBe(
      'Windowsセンサーの数(fleet.windowsSensors)：61,000,000台は、このページで計算できる上限(60,000,000台)を超えています。より大きな規模はコマンドラインで実行してください。',
    );
    expect(formatError(SAMPLES.tooMuchMemory, 'en')).toBe(
      'This run would need about 512 MB, more than the page allows (400 MB); lower Windows sensors or Customer size spread, or use the command line',
    );
  });

  it('JSON errors say where when they can', () => {
    expect(formatError(SAMPLES.invalidJson, 'en')).toBe('Not valid JSON (line 3, column 5)');
    expect(formatError(e('', 'invalidJson', { line: null, column: null }), 'ja')).toBe('JSONとして読み取れません。');
  });
});

describe('jsonErrorLocation', () => {
  const text = '{\n  "seed": 1,\n  oops\n}';
  const message = (() => {
    try {
      JSON.parse(text);
      return null;
    } catch (err) {
      return err;
    }
  })();

  it('finds the line and column of this engine\'s JSON.parse error', () => {
    expect(jsonErrorLocation(text, message)).toEqual({ line: 3, column: 3 });
  });

  it('reads the other engines\' forms too', () => {
    expect(jsonErrorLocation(text, new SyntaxError('Unexpected token o in JSON at position 17'))).toEqual({ line: 3, column: 3 });
    expect(jsonErrorLocation(text, new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data')))
      .toEqual({ line: 3, column: 3 });
    expect(jsonErrorLocation(text, 'something else')).toEqual({ line: null, column: null });
  });
});

describe('errorParamKeys', () => {
  it('lists the parameters an error belongs under', () => {
    expect(errorParamKeys(SAMPLES.outOfRange)).toEqual(['push.revertMinutes']);
    expect(errorParamKeys(SAMPLES.ringsOverfull)).toEqual(['push.canaryShare', 'push.earlyShare']);
    expect(errorParamKeys(SAMPLES.hoursOrder)).toEqual(['repair.workdayStartHour', 'repair.workdayEndHour']);
    expect(errorParamKeys(SAMPLES.checkAfterRunEnd)).toEqual(['run.checkHours', 'run.horizonDays']);
    expect(errorParamKeys(SAMPLES.allSectorsZero)).toEqual([]);
    expect(errorParamKeys(SAMPLES.unknownParameter)).toEqual([]);
    expect(errorParamKeys(SAMPLES.tooMuchMemory)).toEqual([]);
  });
});

describe('structuredError', () => {
  it('builds the same value as a literal, for every locale', () => {
    const built = e('params.push.revertMinutes', 'outOfRange', SAMPLES.outOfRange.values);
    expect(built).toEqual(SAMPLES.outOfRange);
    for (const l of LOCALES) expect(formatError(built, l)).toBe(formatError(SAMPLES.outOfRange, l));
  });
});
