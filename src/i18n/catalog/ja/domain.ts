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
    '実際に起きたとおりのチャネルファイル291：2024年7月19日(金)04:09 UTCに、対象となるすべてのWindowsセンサーへ一斉に配信され、05:27 UTCに取り消されました。クラッシュ約850万台(Microsoft、2024年7月20日)と、7月25日にWindowsセンサーの97%超がオンラインに戻ったこと(CrowdStrike)に合わせて較正しています。',
  'scenarioFile.canary-ring.name': '自動停止付きのカナリアリング',
  'scenarioFile.canary-ring.description':
    'インシデント後にクラウドストライクが表明した配信方式：新しいコンテンツはまずデバイスの1%に、2時間後に10%に、さらに4時間後に残りすべてに届きます。クラッシュのテレメトリーが1,000台に達すると、その15分後に配信が自動で止まります。',
  'scenarioFile.double-staff.name': '修復要員を2倍に',
  'scenarioFile.double-staff.description': 'どの顧客も、修復に当たる人手を2倍確保できた場合(契約業者、ベンダー、他部署からの応援)。',
  'scenarioFile.faster-revert.name': '20分後に取り消し',
  'scenarioFile.faster-revert.description': '同じ配信を、78分後ではなく20分後に取り消した場合。',
  'scenarioFile.holdback-24h.name': '顧客の半数がコンテンツを24時間保留',
  'scenarioFile.holdback-24h.description':
    '顧客の半数が、新しいコンテンツを24時間たってから受け取る場合(コンテンツ版のN-1方式)。取り消しは全員に一斉に届くため、これらの顧客には不具合のあるファイルが届きません。',
  'scenarioFile.keys-escrowed.name': 'すべてのBitLocker回復キーをクラウドに保管',
  'scenarioFile.keys-escrowed.description':
    '暗号化されたすべてのデバイスで回復キーが見つかり、キーの保管先が同じくクラッシュしたサーバー上にある顧客もいない場合。',
  'scenarioFile.us-business-hours.name': '米国の営業時間中に配信',
  'scenarioFile.us-business-hours.description':
    '同じアップデートを2024年7月18日(木)14:09 UTC(ニューヨークは10:09、アジアとオーストラリアは夜)に配信した場合。',
  'scenarioFile.user-mode-agent.name': 'カーネルの外で動くエージェント',
  'scenarioFile.user-mode-agent.description':
    'すべてのセンサーがユーザーモードで動く場合(マイクロソフトが2024年11月に示した、Windowsのレジリエンス強化の方向性)。不具合のあるファイルでクラッシュするのはエージェントだけで、Windowsは止まりません。',
};
