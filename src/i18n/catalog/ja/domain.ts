// 業種・地域・都市・デバイスの種類と、同梱シナリオの名前と説明(日本語)。
import type { domain as en } from '../en/domain.js';
import type { Translation } from '../../message.js';

export const domain: Translation<typeof en> = {
  'domain.sector.airlines': '航空会社・空港',
  'domain.sector.healthcare': '医療',
  'domain.sector.banking': '銀行・金融市場',
  'domain.sector.retail': '小売・決済',
  'domain.sector.emergency': '緊急サービス',
  'domain.sector.government': '行政機関',
  'domain.sector.media': 'メディア・放送',
  'domain.sector.rail': '鉄道・物流',
  'domain.sector.energy': 'エネルギー・公益事業',
  'domain.sector.manufacturing': '製造業',
  'domain.sector.other': 'その他の企業',

  'domain.region.na-east': '北米東部',
  'domain.region.na-central': '北米中部',
  'domain.region.na-west': '北米山岳部・太平洋岸',
  'domain.region.latam': '中南米',
  'domain.region.uk-ie': '英国・アイルランド',
  'domain.region.europe': '欧州大陸',
  'domain.region.mea': '中東・アフリカ',
  'domain.region.india': 'インド',
  'domain.region.east-asia': '東アジア',
  'domain.region.se-asia': '東南アジア',
  'domain.region.anz': 'オーストラリア・ニュージーランド',

  'domain.city.na-east': 'ニューヨーク',
  'domain.city.na-central': 'シカゴ',
  'domain.city.na-west': 'ロサンゼルス',
  'domain.city.latam': 'サンパウロ',
  'domain.city.uk-ie': 'ロンドン',
  'domain.city.europe': 'ベルリン',
  'domain.city.mea': 'リヤド',
  'domain.city.india': 'デリー',
  'domain.city.east-asia': '東京',
  'domain.city.se-asia': 'シンガポール',
  'domain.city.anz': 'シドニー',

  'domain.class.server': 'サーバー',
  'domain.class.fixed': '専用端末',
  'domain.class.workstation': '業務用PC',
  'domain.class.vm': '仮想マシン',

  'scenario.untitled': '無題のシナリオ',
  'scenarioFile.july-2024.name': '2024年7月のベースライン',
  'scenarioFile.july-2024.description':
    '実際に起きたとおりのチャネルファイル291：2024年7月19日(金)04:09 UTCに、対象となるすべてのWindowsセンサーへ一斉に配信され、05:27 UTCに取り消されました。クラッシュ約850万台(Microsoft、2024年7月20日)と、7月25日にWindowsセンサーの97%超がオンラインに戻ったこと(CrowdStrike)に合わせて較正しています。ほかのシナリオはどれも、このシナリオのレバーを1つだけ変えたものです。この実行との差が、そのレバーの効果です。',
  'scenarioFile.canary-ring.name': '1%のカナリアと1時間の様子見、自動停止つき',
  'scenarioFile.canary-ring.description':
    'クラウドストライクが表明した対策のうち最小のもの(PIR、2024年7月24日)：新しいコンテンツはまずデバイスの1%に届き、クラッシュのテレメトリーが止めない限り、1時間後に残りすべてに届きます。ここでは止まります。配信から数分でテレメトリーが1,000台を超え、その15分後に配信が止まるため、クラッシュするのは電源の入っていたカナリアのマシンだけです。850万台のうちどれだけを、監視つきの小さなリングで防げたか、そしてリングは背後に自動停止があって初めて役立つことを確かめます。',
  'scenarioFile.staged-rings.name': '段階的なリング配信と自動停止',
  'scenarioFile.staged-rings.description':
    'インシデント後のクラウドストライクの配信計画の全体(PIR、2024年7月24日)：まずデバイスの1%、2時間後に10%、さらに4時間後に残りすべて。クラッシュのテレメトリーが1,000台に達すると、その15分後に配信が止まります。後のリングに不具合のあるファイルが届くかどうかを確かめます(届きません。最初のリングの様子見の間に停止するため)。被害の大きさはカナリアの大きさだけで決まります。',
  'scenarioFile.revert-on-detection.name': '検知による取り消し',
  'scenarioFile.revert-on-detection.description':
    '決まった時刻には取り消しません。2024年7月と同じ全台への配信で、クラッシュのテレメトリーが10,000台を超えてから30分後にファイルを取り消します。検知の仕組みだけを確かめます(push.revertMinutesを「never」、push.haltAfterCrashes、push.haltDetectionMinutes)。何百万台が一度にクラッシュする配信では、しきい値を1分ほどで超えるので、取り消しは78分後ではなく配信の約30分後になり、既知の不良リストもそれに続きます。カナリアのシナリオでは、小さなリングはゆっくりクラッシュするので、検知が遅れます。',
  'scenarioFile.faster-revert.name': '15分後に取り消し',
  'scenarioFile.faster-revert.description':
    '同じ配信を、78分後ではなく15分後に取り消した場合(既知の不良リストもそれに続きます)。ずっと早い判断でどれだけ防げたかを確かめます。電源の入っていたマシンのほとんどは最初の取得(約10分以内)でファイルを受け取ったため、防げるのは主に、その間に電源が入ったはずのマシンです。',
  'scenarioFile.us-business-hours.name': '米国の営業時間中に配信',
  'scenarioFile.us-business-hours.description':
    '同じアップデートを同じ金曜日の10時間後、2024年7月19日14:09 UTCに配信した場合：ニューヨークは10:09、ヨーロッパは夕方、アジアとオーストラリアは夜です。配信の時刻だけの効果を確かめます。どのマシンの電源が入っているかは現地の時刻で決まり、南北アメリカの業務用PCが動いています。確認時点は配信から151.85時間後(7月25日22:00 UTC)のままなので、どちらの配信も復旧にかけられる時間は同じです。',
  'scenarioFile.saturday-release.name': '土曜日に配信',
  'scenarioFile.saturday-release.description':
    '同じアップデートを1日後の同じ時刻、2024年7月20日(土)04:09 UTCに配信した場合。曜日だけの効果を確かめます。週末は事務所の業務用PCの電源が切れているのでクラッシュは減り、サーバー、仮想マシン、専用端末は金曜日と同じようにクラッシュします。非常体制は曜日にかかわらず各拠点が被害を受けた時点から始まるので、曜日が復旧を変えるのは、どのマシンの電源が入っていたかと、次の普通の週末がいつ来るかを通じてだけです。確認時点は配信から151.85時間後(7月26日12:00 UTC)のままです。',
  'scenarioFile.keys-escrowed.name': 'BitLockerの回復キーがすべて手に入る',
  'scenarioFile.keys-escrowed.description':
    '暗号化されたすべてのデバイスで回復キーが見つかり、キーの保管先が同じくクラッシュしたサーバー上にある顧客もいない場合。BitLockerの回復キーの保管と取り出し(repair.keyEscrowedShareを1、repair.onPremKeyServerShareを0)を確かめます。作り直すデバイスはなく、キーサーバーを待つこともありません。2024年7月にキー管理が何をもたらしたかがわかります。',
  'scenarioFile.no-vendor-tools.name': 'ベンダーの回復ツールなし',
  'scenarioFile.no-vendor-tools.description':
    'マイクロソフトのUSB回復ツール(2024年7月20〜21日)も、クラウドストライクのオプトイン型の自動修復(2024年7月21〜22日)も提供されず、動かなくなったマシンはすべて手作業で直す場合。ベンダーのツールが復旧にどれだけ寄与したかを確かめます。どちらの日付も遅い日付ではなく「never」(なし)にしているので、タイムラインにはどちらも表示されません。',
  'scenarioFile.holdback-24h.name': '顧客の半数がN-1のコンテンツ',
  'scenarioFile.holdback-24h.description':
    '顧客の半数が、新しいコンテンツを公開の24時間後にだけ受け取る場合(コンテンツ版のN-1方式。インシデント後にクラウドストライクが提供)。取り消しは全員に一斉に届くため、これらの顧客には不具合のあるファイルが届きません。顧客によるコンテンツ配信の管理を確かめます。ファイルが出回っていた時間より長い遅れは、それを使う顧客を守り、守るのはその顧客だけです。',
  'scenarioFile.user-mode-agent.name': 'カーネルの外で動くエージェント',
  'scenarioFile.user-mode-agent.description':
    'すべてのセンサーがユーザーモードで動く場合(マイクロソフトのWindowsのレジリエンス強化の方向性、2024年11月)。不具合のあるファイルでクラッシュするのはエージェントだけで、Windowsは止まりません。push.kernelModeShareを0にした場合を確かめます。クラッシュするマシンはなく、落ちたエージェントは、Windowsが動いたままオフラインになったセンサーとしてタイムラインに別に描かれ、取り消しの後に修正を取得すると戻ります。',
  'scenarioFile.double-staff.name': '修復要員を2倍に',
  'scenarioFile.double-staff.description':
    'どの顧客も、修復に当たる人手を2倍確保できた場合(契約業者、ベンダーの技術者、他部署からの応援)：repair.surgeStaffで全業種の修復要員を2倍にします。小さな拠点の1人も含みます。復旧がどこまで人手で決まっていたかを確かめます。クラッシュは同じで、クラッシュしたデバイスの97%が戻るまでの時間が縮みます。',
  'scenarioFile.network-repair.name': '12時間後からネットワーク経由で修復',
  'scenarioFile.network-repair.description':
    '配信の12時間後から、動かなくなったサーバー、専用端末、業務用PCの半数に、要員がマシンに手を触れずに届く場合：リモートコンソール(iLO、iDRAC、vPro)や修復用イメージへのネットワークブートで、1台あたり要員の6分、移動はありません。遠隔での修復(repair.networkFixShare、repair.networkFixHours、repair.networkFixMinutes)を確かめます。遠隔で届くマシンは修復が短くなり、離れた拠点ほど得をします。',
  // src/ensemble/levers.ts：感度ランキングに出る各レバーの名前と、低い値・高い値の設定
  'domain.lever.revert.label': 'コンテンツを取り消すまでの時間',
  'domain.lever.revert.low': '15分',
  'domain.lever.revert.high': '4時間',
  'domain.lever.canary.label': 'カナリアリング(1%、1時間様子見)と自動停止',
  'domain.lever.canary.low': 'なし(2024年7月)',
  'domain.lever.canary.high': '1%のカナリア、クラッシュ1,000台で停止',
  'domain.lever.halt.label': 'クラッシュのテレメトリーによる自動停止',
  'domain.lever.halt.low': 'なし(2024年7月)',
  'domain.lever.halt.high': 'クラッシュ1万台で停止',
  'domain.lever.holdback.label': '顧客がコンテンツを1日保留(N-1)',
  'domain.lever.holdback.low': 'なし(2024年7月)',
  'domain.lever.holdback.high': '顧客の半数',
  'domain.lever.kernel.label': 'カーネルの外で動くエージェント',
  'domain.lever.kernel.low': 'すべてカーネル内(2024年7月)',
  'domain.lever.kernel.high': '半数がカーネルの外',
  'domain.lever.keys.label': 'BitLockerの回復キーに手が届く',
  'domain.lever.keys.low': '失われたキーが多く、キーサーバーも停止',
  'domain.lever.keys.high': 'すべてのキーを社外に預託',
  'domain.lever.staff.label': '修復の人手',
  'domain.lever.staff.low': '半分',
  'domain.lever.staff.high': '2倍',
  'domain.lever.network.label': 'ネットワーク経由の修復(リモートコンソール、ネットワークブート)',
  'domain.lever.network.low': 'なし(モデル上の2024年7月)',
  'domain.lever.network.high': '動かないデバイスの半数、12時間後から',
  'domain.lever.release.label': '配信の時刻',
  'domain.lever.release.low': '金曜 14:00 UTC(米国の朝)',
  'domain.lever.release.high': '土曜 02:00 UTC(米国の金曜夜)',
  'domain.lever.vendor.label': 'ベンダーの回復ツール',
  'domain.lever.vendor.low': 'なし',
  'domain.lever.vendor.high': '1日以内',
};
