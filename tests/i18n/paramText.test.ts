import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, PARAM_SPECS } from '../../src/engine/params.js';
import { paramText, unitText } from '../../src/i18n/paramText.js';

describe('paramText', () => {
  it('English is the registry\'s own text', () => {
    const spec = PARAM_BY_KEY.get('push.revertMinutes')!;
    expect(paramText('push.revertMinutes', 'en')).toEqual({
      label: spec.label, family: null, item: spec.label, help: spec.help, source: spec.source, unit: 'min', why: null,
    });
    expect(paramText('push.pollMinutes', 'en').why).toBe(PARAM_BY_KEY.get('push.pollMinutes')!.plausible!.why);
  });

  it('every assumption with a plausible range has its reason in Japanese; one English reason is one Japanese reason', () => {
    const missing: string[] = [];
    const byEnglish = new Map<string, Set<string>>();
    for (const spec of PARAM_SPECS) {
      const ja = paramText(spec.key, 'ja').why;
      if (!spec.plausible) {
        expect(ja).toBeNull();
        continue;
      }
      if (ja === null || ja === spec.plausible.why || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(ja)) missing.push(spec.key);
      else byEnglish.set(spec.plausible.why, (byEnglish.get(spec.plausible.why) ?? new Set()).add(ja));
    }
    expect(missing).toEqual([]);
    expect([...byEnglish].filter(([, set]) => set.size > 1).map(([en]) => en)).toEqual([]);
    expect(paramText('services.calls.fallbackMinutes', 'ja').why).toBe('手作業に切り替えるのにかかる時間は公表されていない');
    expect(paramText('fleet.sectorShare.retail', 'ja').why).toBe(paramText('fleet.serverShare.retail', 'ja').why);
  });

  it('Japanese has its own label, help, source and unit', () => {
    const ja = paramText('push.revertMinutes', 'ja');
    expect(ja.label).toBe('取り消しまでの時間');
    expect(ja.unit).toBe('分');
    expect(ja.source).toBe('CrowdStrike「Preliminary Post Incident Review」(2024年7月24日。04:09〜05:27 UTC)');
  });

  it('a family member knows its family and its own name', () => {
    expect(paramText('fleet.sectorShare.healthcare', 'en')).toMatchObject({ family: 'Sector share', item: 'Healthcare' });
    expect(paramText('fleet.sectorShare.healthcare', 'ja')).toMatchObject({
      label: '業種別の構成比：医療', family: '業種別の構成比', item: '医療',
    });
    expect(paramText('repair.bitlockerShare.workstation', 'ja').help).toContain('業務用PC');
    expect(paramText('fleet.regionShare.india', 'ja').help).toContain('UTC+5:30');
  });

  it('sources keep published titles and names; the words around them are Japanese', () => {
    expect(paramText('fleet.customers', 'ja').source).toBe('顧客 約2万9,000社(WSJ、2024年7月)');
    expect(paramText('crash.rebootsTried.vm', 'ja').source).toContain('Microsoft');
    expect(paramText('crash.rebootsTried.server', 'ja').source).not.toContain('Microsoft：');
    expect(paramText('push.pollMinutes', 'ja').source).toBe('仮定');
  });

  it('a family has one Japanese name for all its members (the page shows it once, above them)', () => {
    const names = new Map<string, Set<string>>();
    for (const spec of PARAM_SPECS) {
      const family = paramText(spec.key, 'ja').family;
      if (family === null) continue;
      const prefix = spec.key.split('.').slice(0, 2).join('.');
      names.set(prefix, (names.get(prefix) ?? new Set()).add(family));
    }
    const mixed = [...names].filter(([, set]) => set.size > 1).map(([prefix, set]) => `${prefix}: ${[...set].join(' / ')}`);
    expect(mixed).toEqual([]);
    expect(names.get('services.unitDevices')).toEqual(new Set(['単位あたりのデバイス数']));
  });

  it('service parameters: a service names its family, the counting unit is in the item', () => {
    expect(paramText('services.calls.fallbackMinutes', 'ja')).toMatchObject({
      label: '緊急通報の受付と指令：手作業に切り替えるまでの時間', family: '緊急通報の受付と指令', item: '手作業に切り替えるまでの時間',
    });
    expect(paramText('services.tills.fallbackLevel', 'ja').help).toContain('現金のみ');
    expect(paramText('services.unitDevices.healthcare', 'ja')).toMatchObject({ item: '医療(病院)', unit: '台' });
    expect(paramText('services.clinical.costPerHour', 'ja').unit).toBe('ドル/時間(1,000台あたり)');
    expect(paramText('services.fortune500Customers', 'ja').source).toContain('Parametrix');
    // Airline and hospital figures are single parameters in both languages, not a family.
    expect(paramText('services.airlines.maxDelayHours', 'ja').family).toBeNull();
  });

  it('refuses a key the registry does not have', () => {
    expect(() => paramText('push.nothing', 'ja')).toThrow(/unknown parameter/);
  });
});

describe('unitText', () => {
  it('shows registry units in each language, and an unknown unit as written', () => {
    expect(unitText('share', 'en')).toBe('share (0–1)');
    expect(unitText('share', 'ja')).toBe('割合(0〜1)');
    expect(unitText('organisations', 'ja')).toBe('社');
    expect(unitText('USD', 'ja')).toBe('ドル');
    expect(unitText('USD/min', 'en')).toBe('USD/min');
    expect(unitText('furlongs', 'ja')).toBe('furlongs');
  });
});
