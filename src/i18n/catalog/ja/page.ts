// index.html（日本語）。用語と表記は docs/I18N.md の「日本語の表記」に従う。
import type { page as en } from '../en/page.js';
import type { Translation } from '../../message.js';

export const page: Translation<typeof en> = {
  'page.title': '障害影響シミュレーター — 2024年7月19日のWindows大規模障害',
  'page.description':
    '2024年7月19日、クラウドストライクの不具合のあるコンテンツアップデートで約850万台のWindowsデバイスがブルースクリーンで停止した大規模障害と、その後の復旧を、デバイス1台ずつ再現します。配信のしかた、デバイスの構成、修復の体制を変えると障害がどう変わるかを確かめられます。',
  'page.skipToResults': '結果へ移動',
  'page.header.subtitle':
    'クラウドストライクの不具合のあるアップデートをデバイス1台ずつ再現し、配信のしかた、デバイスの構成、修復の体制が違っていたら何が変わったかを示します。',
  'page.language.label': '言語',
  'page.controls.label': 'シナリオとパラメーター',
  'page.scenario.title': 'シナリオ',
  'page.scenario.startFrom': '元にするシナリオ',
  'page.scenario.runName': '実行の名前',
  'page.scenario.runNameHelp': 'すべてのグラフとファイルに記されます。空欄にすると、変えた内容を表す名前が付きます。',
  'page.scenario.seed': '乱数シード',
  'page.scenario.seedHelp': '同じシードと同じ値からは、いつも同じ結果になります。',
  'page.scenario.reset': 'シナリオの値に戻す',
  'page.scenario.import': 'シナリオを読み込む…',
  'page.scenario.toParams': 'すべてのパラメーター ↓',
  'page.toolbar.label': '実行と共有',
  'page.toolbar.cancel': 'キャンセル',
  'page.toolbar.rerun': 'もう一度実行',
  'page.toolbar.copyLink': 'リンクをコピー',
  'page.toolbar.exportScenario': 'シナリオを書き出す',
  'page.toolbar.exportCsv': 'CSVを書き出す',
  'page.toolbar.localTime': 'ローカル時刻で表示',
  'page.toolbar.shareUrl': 'このシナリオへのリンク',
  'page.answer.title': 'この実行で起きたこと',
  'page.summary.title': 'この実行のその他の数字',
  'page.playback.title': '再生',
  'page.playback.scrubber': '配信からの経過時間(分)',
  'page.playback.waiting': '最初の実行を待っています…',
  'page.sources.title': '出典と注記',
  'page.sources.pir':
    '配信 04:09 UTC、取り消し 05:27 UTC、影響を受けたのはセンサー7.11以降：CrowdStrike「Preliminary Post Incident Review」(2024年7月24日)。',
  'page.sources.microsoft':
    '影響を受けたWindowsデバイスは約850万台で、全Windowsマシンの1%未満。AzureのVMでは最大15回の再起動が必要。回復ツール：Microsoft(2024年7月20〜21日)。',
  'page.sources.kurtz':
    '2024年7月25日にWindowsセンサーの97%超がオンラインに復帰：George Kurtz(CrowdStrike、2024年7月25日)。モデルの「オンラインのセンサー」(アップデート前と比べてオンラインにあるセンサーの割合)は、この数字に合わせて較正しています。',
  'page.sources.others':
    '顧客数 約2万9,000社：Wall Street Journal(2024年7月)。IT要員の比率：Mercer / ITAA(2003年)。修復時間：Grant Thornton Australia(The Register経由、2024年7月)。',
  'page.sources.assumptions':
    '各パラメーターの説明で「仮定」とある値には、公表された数字がありません。どう決めたかはモデルの注記に記しています。これは記録ではなくモデルです。再現しているのは障害の全体像であり、個々の組織が経験したことではありません。',
  'page.mobile.label': '実行状況',
  'page.mobile.results': '結果 ↑',
};
