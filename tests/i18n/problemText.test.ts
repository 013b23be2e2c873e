// Problems (src/scenario/problems.ts) become text in one place, in both languages: English is the
// command line's own sentence, Japanese is written for every code, keeps every figure of the
// English and is Japanese.
import { describe, expect, it } from 'vitest';
import { problemMessageIn, problemTextIn } from '../../src/i18n/problemText.js';
import { JA_PROBLEMS } from '../../src/i18n/problems/ja.js';
import { problem, problemMessage, problemText, type ProblemCode } from '../../src/scenario/problems.js';

/** Values every message may read: figures, a refused value, names. */
const VALUES = {
  got: '"abc"', max: 20160, min: 1, unit: 'min', kind: 'integer', version: 3, allowed: 'zoom, tz', length: 250,
  suggestion: 'push.revertMinutes', canary: 0.6, early: 0.5, sum: 1.1, revert: 78, horizonDays: 14, horizonMinutes: 20160,
  checkHours: 400, horizonHours: 336, start: 18, end: 8, customers: 30000, sensors: 20000, role: 'core', stopBelow: 0.8, fullAt: 0.5,
  bytes: 2000000, why: 'Unexpected token', value: 40000000, mb: 900, maxMb: 600, from: 1, to: 2, knownBad: 60, delay: 0,
  classes: 'server, fixed, workstation, vm', count: 60, shape: 'an object', total: 2000000, endKey: 'repair.workdayEndHour', sector: 'retail', bound: 'max',
} as const;

const CODES = Object.keys(JA_PROBLEMS) as ProblemCode[];

describe('problem texts', () => {
  it('English is the command line\'s sentence, word for word', () => {
    for (const code of CODES) {
      const p = problem('scenarios/x.json', 'params.push.revertMinutes', code, VALUES);
      expect(problemMessageIn(p, 'en')).toBe(problemMessage(p));
      expect(problemTextIn(p, 'en')).toBe(problemText(p));
    }
  });

  it(`Japanese for every code (${CODES.length}) is Japanese and keeps the English figures`, () => {
    const bad: string[] = [];
    for (const code of CODES) {
      const p = problem('', '', code, VALUES);
      const ja = problemMessageIn(p, 'ja');
      if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(ja)) bad.push(`${code}: not Japanese: ${ja}`);
      if (/undefined|NaN|\[object/.test(ja)) bad.push(`${code}: ${ja}`);
      const figures = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).filter((n) => n !== '1' && n !== '0').sort();
      const missing = figures(problemMessage(p)).filter((n) => !figures(ja).includes(n) && !ja.includes(Number(n).toLocaleString('ja-JP')));
      if (missing.length) bad.push(`${code}: figures ${missing.join(', ')} missing in "${ja}"`);
    }
    expect(bad).toEqual([]);
  });

  it('Japanese names where it happened as written', () => {
    const p = problem('link', 'push.revertMinutes', 'param.invalid', { got: 'nothing', min: 1, max: 20160, unit: 'min', kind: 'integer' });
    expect(problemTextIn(p, 'ja')).toBe('link：push.revertMinutes：空欄が入力されました。1〜20160の整数(min)が必要です');
  });
});
