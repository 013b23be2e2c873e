// src/report/ と src/ui/report/: 実行結果または比較の印刷用レポート(ページとコマンドライン)。
import type { Catalog } from '../../message.js';

export const report = {
  'report.print.button': 'レポートを印刷',
  'report.print.buttonTitle': 'この実行結果(または比較)をA4のページに組み、ブラウザの印刷ダイアログを開きます(印刷またはPDFに保存)',
  'report.print.noRun': '印刷できる実行結果がまだありません。',
  'report.print.failed': 'レポートを組めませんでした: {detail}',

  'report.kicker': '障害影響シミュレーター レポート',
  'report.title.run': '{name}',
  'report.title.compare': '{name} と他の{count}件のシナリオの比較',
  'report.made': '{date}に作成。不具合のある更新の配信開始: {published}。',
  'report.runLine': '{name}: シード {seed}、パラメータ {hash}',
  'report.preview': 'フリートの{share}で計算して拡大したプレビューです(本計算は終わっていません)。',

  'report.section.scenario': 'シナリオと変更点',
  'report.section.figures': '主な数値と実際の記録',
  'report.section.charts': 'グラフ',
  'report.section.parameters': '2024年7月のベースラインと異なるパラメータ',
  'report.section.limits': 'モデルが扱わないこと',
  'report.section.reproduce': 'このレポートを再現するには',

  'report.scenario.asBaseline': '2024年7月のベースラインそのもので、変更したパラメータはありません。',
  'report.scenario.changed': '2024年7月からの変更({count}件): {changes}。',
  'report.scenario.change': '{label} {from} → {to}',
  'report.scenario.reference': 'このレポートの差は「{name}」を基準にしています。',

  'report.figures.figure': '指標',
  'report.figures.recorded': '2024年7月の記録',
  'report.figures.diff': '基準との差 {diff}',
  'report.figures.none': '–',
  'report.figures.notReached': '期間内に達せず',
  'report.figure.crashed': 'クラッシュしたWindows端末',
  'report.figure.sensorsOnline': 'オンラインのWindowsセンサー({time})',
  'report.figure.peakDown': '同時に停止していた端末の最大数',
  'report.figure.hoursTo90': 'クラッシュした端末の90%が復旧するまでの時間',
  'report.figure.hoursTo97': 'クラッシュした端末の97%が復旧するまでの時間',
  'report.figure.deviceHoursLost': '失われた端末時間',
  'report.figure.flightsCancelled': '欠航便数',
  'report.figure.fortune500': '直接損失(Fortune 500相当の顧客)',
  'report.record.crashed': '約{value}(Microsoft、2024年7月20日)',
  'report.record.sensorsOnline': '7月25日に{value}超(CrowdStrike、2024年7月25日)',
  'report.record.flightsCancelled': '5日間で約{value}便(Cirium、2024年7月)',
  'report.record.fortune500': '{value}(Parametrix、2024年7月24日)',
  'report.figures.note':
    'モデルは最初の二つの記録に合わせて較正しており、欠航と損失は比較しているだけです。センサーのオンライン率はチェック時点で読みます。2024年7月の配信時刻なら7月25日12:00 UTCで、配信時刻を動かすと一緒に動きます。',
  'report.figures.servicesMissing': 'サービスの数値(欠航・損失)が算出されていない実行があり、その欄は空けてあります。',


  'report.params.parameter': 'パラメータ',
  'report.params.unit': '単位',
  'report.params.baseline': '2024年7月',
  'report.params.source': '出典',
  'report.params.assumption': '仮定',
  'report.params.never': 'なし',
  'report.params.sameAsBaseline': '2024年7月と同じ',
  'report.params.none': '2024年7月のベースラインと異なるパラメータはありません。すべて較正済みの値です。',
  'report.params.note': '「仮定」とある値には公表された数値がありません。どう決めたかは docs/MODEL.md に記しています。',

  'report.limit.shares': '国別・分野別の端末数は公表されていません。地域と分野の割合は仮定で、フリートの規模は較正で決めています。',
  'report.limit.poll': 'コンテンツの取得が10分間隔なので、電源の入っていた端末の大半は数分でファイルを受け取りました。取り消しを早めても救える端末はわずかです。',
  'report.limit.recrash': 'ファイルの配信中に修復した端末も直ったものとみなします。取り消しが遅ければ、再びクラッシュする端末もあるはずです。',
  'report.limit.telemetry': '自動停止は全顧客で予想されるクラッシュ数を見ており、反応時間を超える報告の遅れは考えていません。',
  'report.limit.services': 'サービスの数値は期待値です。同じ分野の顧客はみな同じサービスを動かし、航空便は個々の運用ではなく航空会社ごとの量として扱います。',
  'report.limit.model': 'これは記録ではなくモデルです。障害の全体像は再現しますが、個々の組織の経験までは再現しません。',

  'report.reproduce.link': '次のリンクを開くと、ページで同じ実行結果が得られます(同じシードと値からは常に同じ結果になります):',
  'report.reproduce.command': 'コマンドラインで次のコマンドにより作成しました(同じシードと値からは常に同じ結果になります):',
} as const satisfies Catalog;
