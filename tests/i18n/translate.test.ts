import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { isMessageKey, t } from '../../src/i18n/translate.js';
import { structuredError, type StructuredError } from '../../src/i18n/problem.js';

describe('t', () => {
  it('gives the text of a key in each language', () => {
    expect(t('en', 'page.scenario.title')).toBe('Scenario');
    expect(t('ja', 'page.scenario.title')).toBe('シナリオ');
  });

  it('fills values, and picks the English plural by count', () => {
    expect(t('en', 'app.scenario.edited', { count: 1 })).toBe('1 value changed from this scenario.');
    expect(t('en', 'app.scenario.edited', { count: 3 })).toBe('3 values changed from this scenario.');
    expect(t('ja', 'app.scenario.edited', { count: 3 })).toBe('このシナリオから3件の値を変更しています。');
    expect(t('ja', 'playback.readout', { time: '13:09 JST', offset: '+9時間', devices: '850万台' })).toBe(
      '13:09 JST(+9時間)：850万台が停止中',
    );
  });

  it('isMessageKey tells keys made at run time from strings that are not keys', () => {
    expect(isMessageKey('domain.sector.rail')).toBe(true);
    expect(isMessageKey('domain.sector.space')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('createI18n binds every helper to one language', () => {
    const ja = createI18n('ja');
    expect(ja).toBe(createI18n('ja'));
    expect(ja.htmlLang).toBe('ja-JP');
    expect(ja.t('page.toolbar.copyLink')).toBe('リンクをコピー');
    expect(ja.count(8_496_325, { unit: 'device' })).toBe('850万台');
    expect(ja.money(5.4e9, 'USD')).toBe('54億ドル');
    expect(ja.dateTime(Date.UTC(2024, 6, 19, 4, 9), { timeZone: 'Asia/Tokyo' })).toBe('2024年7月19日(金) 13:09 JST');
    expect(ja.sector('airlines')).toBe('航空会社・空港');
    expect(ja.city('east-asia')).toBe('東京');
    expect(ja.deviceClass('vm')).toBe('仮想マシン');
    expect(ja.groupTitle('repair')).toBe('修復');
    expect(ja.param('push.revertMinutes').label).toBe('取り消しまでの時間');
    expect(ja.unit('min')).toBe('分');
    expect(ja.sentences(['一文目です。', '二文目です。'])).toBe('一文目です。二文目です。');
    expect(createI18n('en').sentences(['One.', 'Two.'])).toBe('One. Two.');
    // Runs' names may hold commas and 、 themselves: joined so they stay apart.
    expect(ja.names(['ベースライン(変更：A、B)', 'カナリア'])).toBe('ベースライン(変更：A、B)／カナリア');
    expect(createI18n('en').names(['Baseline, edited: a, b', 'Canary'])).toBe('Baseline, edited: a, b; Canary');
    expect(ja.bundledScenario('faster-revert')?.name).toBe('15分後に取り消し');
    expect(ja.bundledScenario('my-own')).toBeNull();
  });
});

// Compile-time checks: `npx tsc --noEmit -p .` (run before every test in CI) fails if any line
// marked @ts-expect-error stops being an error, so these prove the catalog API refuses misuse.
// The function is never called.
export function misuseIsRejectedByTheCompiler(): string[] {
  return [
    // @ts-expect-error: an unknown key
    t('en', 'page.titel'),
    // @ts-expect-error: a key with placeholders needs its values
    t('en', 'app.import.done'),
    // @ts-expect-error: a misspelt value name
    t('en', 'app.import.done', { nmae: 'x' }),
    // @ts-expect-error: an extra value
    t('en', 'app.import.done', { name: 'x', file: 'y' }),
    // @ts-expect-error: values other than count are text, formatted by the caller
    t('en', 'app.import.done', { name: 3 }),
    // @ts-expect-error: a plural's count is a number
    t('en', 'app.scenario.edited', { count: '3' }),
    // @ts-expect-error: a key without placeholders takes no values
    t('en', 'page.title', {}),
    // @ts-expect-error: a language the page does not have
    t('fr', 'page.title'),
    // @ts-expect-error: a key built from a string that is not a sector
    t('en', `domain.sector.${'space' as string}`),
    createI18n('en').t('page.title'),
  ];
}

export function badErrorsAreRejectedByTheCompiler(): StructuredError[] {
  return [
    // @ts-expect-error: values of another code
    structuredError('seed', 'outOfRange', { bytes: 3, max: 1 }),
    // @ts-expect-error: an unknown code
    structuredError('seed', 'tooBig', {}),
    // @ts-expect-error: a missing value
    { path: 'seed', code: 'fileTooLarge', values: { bytes: 3 } },
  ];
}
