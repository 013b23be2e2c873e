// @vitest-environment happy-dom
// The sensitivity ranking in the page's language: a lever is named by its catalog text (the same
// English as src/ensemble/levers.ts, which the command line's exports keep), an assumption by its
// registry parameter, and their settings and kinds follow the page; the drawing and the table agree.
import { afterEach, describe, expect, it } from 'vitest';
import { LEVERS, tornadoInputs, type TornadoRow } from '../../../src/ensemble/index.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { runView, type RunView } from '../../../src/results/index.js';
import type { Chart } from '../../../src/ui/charts/chart.js';
import { createTornadoChart } from '../../../src/ui/charts/tornadoChart.js';
import { setPageLocale } from '../../../src/ui/pageLocale.js';
import { smallRun } from '../smallRun.js';

function view(): RunView {
  const { result, params } = smallRun();
  const v = runView(result, params, { id: 'main', name: 'Snapshot run', seed: 7, paramsHash: 'abcd1234', link: '' });
  const inputs = tornadoInputs('both').filter((i) => i.id === 'revert' || i.id === 'release' || i.id === 'push.pollMinutes');
  const rows: TornadoRow[] = inputs.map((input, i) => ({
    id: input.id, label: input.label, kind: input.kind, lowLabel: input.lowLabel, highLabel: input.highLabel,
    low: 1000 + i, high: 2000 + 100 * i, base: 1500, swing: 1000 + 99 * i,
  })).sort((a, b) => b.swing - a.swing);
  return { ...v, sensitivity: { figure: 'deviceHoursLost', which: 'both', rows, horizonHours: 240 } };
}

function mount(): Chart {
  const chart = createTornadoChart();
  document.body.append(chart.element);
  chart.update({ runs: [view()], timeZone: 'UTC' });
  return chart;
}

afterEach(() => setPageLocale('en'));

describe('tornado chart', () => {
  it('the English catalog names each lever and its settings as levers.ts does; Japanese has its own', () => {
    for (const l of LEVERS) {
      const key = (part: string) => `domain.lever.${l.id}.${part}` as Extract<MessageKey, `domain.lever.${string}`>;
      expect([t('en', key('label')), t('en', key('low')), t('en', key('high'))]).toEqual([l.label, l.lowLabel, l.highLabel]);
      for (const part of ['label', 'low', 'high']) expect(t('ja', key(part))).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('English: levers and assumptions as in the data', () => {
    const table = mount().table();
    expect(new Set(table.rows.map((r) => r.slice(0, 4).join(' | ')))).toEqual(new Set([
      'Time to revert the content | lever | 15 min | 4 h',
      'Release hour | lever | Fri 14:00 UTC (US morning) | Sat 02:00 UTC (Friday evening in the US)',
      'Content poll interval | assumption | 5 min | 60 min',
    ]));
  });

  it('Japanese: lever and assumption names, settings and kinds in Japanese, in the drawing and the table', () => {
    setPageLocale('ja');
    const chart = mount();
    const table = chart.table();
    const byId = new Map(table.rows.map((r) => [String(r[0]), r]));
    expect(byId.get('コンテンツを取り消すまでの時間')?.slice(1, 4)).toEqual(['レバー', '15分', '4時間']);
    expect(byId.get('配信の時刻')?.slice(1, 4)).toEqual(['レバー', '金曜 14:00 UTC(米国の朝)', '土曜 02:00 UTC(米国の金曜夜)']);
    expect(byId.get('コンテンツの取得間隔')?.slice(1, 4)).toEqual(['仮定', '5分', '60分']);
    const svg = chart.exportSvg(900);
    expect(svg).toContain('コンテンツを取り消すまでの時間');
    expect(svg).not.toMatch(/Time to revert|Release hour|polling/);
  });
});
