// 各仮定の「ありうる範囲」の理由(src/engine/plausible.ts の why)の日本語。英語の原文は
// plausible.ts に置いたまま、ここでは日本語だけを持つ。多くのパラメーターが同じ一文を共有するので
// (サービスごと・業種ごと・デバイスの種類ごとのパラメーター)、その文はキーの形で一度だけ書き、
// それ以外はパラメーターのキーごとに書く。tests/i18n/paramText.test.ts が、範囲を持つ仮定すべてに
// 日本語があること、英語で同じ理由のものは日本語でも同じ理由になることを確かめる。

const NO_CENSUS = '業種別のデバイス数の統計は公表されていない。仮定した構成比の0.5〜1.5倍';
const GARTNER = 'ダウンタイムの損失は1時間あたり14万〜54万ドル、平均33.6万ドル(Gartner、2014年)。デバイスあたりへの割り振りは推測';

/** キーの形で決まる、共有の理由。 */
const SHARED: readonly (readonly [RegExp, string])[] = [
  [/^services\.[a-z]+\.fallbackLevel$/, 'サービスのどれだけが手作業で続けられるかは公表されていない'],
  [/^services\.[a-z]+\.fallbackMinutes$/, '手作業に切り替えるのにかかる時間は公表されていない'],
  [/^services\.[a-z]+\.deferShare$/, '止まった業務のうち、失われずに後で取り戻される分は公表されていない'],
  [/^services\.[a-z]+\.costPerHour$/, GARTNER],
  [/^services\.unitDevices\./, '病院・支店・駅・チャンネルあたりのWindowsデバイス数：統計はない'],
  [/^services\.onWindowsShare\./, 'その業種のサービスのうち、クラッシュしたマシンで動いていた割合。Parametrixは一部の業種についてのみ示している'],
  [/^fleet\.sectorShare\./, NO_CENSUS],
  [/^fleet\.(server|fixed|workstation|vm)Share\./, NO_CENSUS],
  [/^fleet\.regionShare\./, '国別のデバイス数は公表されていない(Microsoft、2024年7月20日)。仮定した構成比の0.7〜1.3倍'],
  [/^fleet\.on(Night|Day|WeekendNight|WeekendDay)\./,
    '電源を入れたままにするかの調査はオフィスのPCに限られる：夜間に44%が電源を切る(LBNL、2001年)、夜間と週末に約60%が電源を入れたまま(1E / Alliance to Save Energy、2007年)'],
  [/^fleet\.on(RiseFrom|RiseTo|FallFrom|FallTo)Hour\./, '出社と退社の時刻は前後1時間ほどばらつく'],
  [/^crash\.endpointAttended(From|To)Hour$/, '店舗・診療所・空港の営業時間はまちまち'],
  [/^repair\.nightShare\./, '業種ごとのIT要員の夜勤や待機の体制は公表されていない'],
  [/^crash\.fetchPerBoot\./, '起動1回あたりに取得する確率は測られていない。「再起動2〜15回」(S-RM)と、Azure VMについての「最大15回」(Microsoft)を目安にした'],
  [/^crash\.rebootsTried\.(server|fixed|workstation)$/, '手作業の修復の前に何回再起動を試したかはまちまち。前後に数回'],
  [/^repair\.remoteFixShare\./, '帯域外コンソール、ネットワークブート、手順案内による修復は、件数なしで報告された'],
  [/^repair\.bitlockerShare\./, '企業のディスク暗号化は古い調査で50〜62%。現在のBitLockerの割合は公表されていない'],
  [/^vendor\.autoEligibleShare\./, 'オプトインの自動修復がどれだけのデバイスに届いたかは公表されていない'],
  [/^repair\.workday(Start|End)Hour$/, '現地の勤務時間'],
];

/** パラメーターごとの理由。 */
const BY_KEY: Readonly<Record<string, string>> = {
  'services.core.stopBelow': 'サービスが止まる、稼働中の中核サーバーの割合：推測',
  'services.core.fullAt': 'サービスが通常どおり動く、稼働中の中核サーバーの割合：推測',
  'services.front.stopBelow': 'サービスが止まる、稼働中の現場デバイスの割合：推測',
  'services.front.fullAt': 'サービスが通常どおり動く、稼働中の現場デバイスの割合。航空会社の数値に合わせて調整',
  'services.surgeShare': '滞った業務を通常よりどれだけ速く片付けるか',
  'services.airlines.maxDelayHours': '便が欠航になるまでに何時間遅れるか',
  'services.airlines.replanShare': '乗務員システムが1日に組み直せる運航計画の割合。Deltaの5日間に合わせて調整',
  'services.healthcare.proceduresPerDay': '病院1施設あたり・平日1日あたりの処置件数：推測',
  'push.pollMinutes': 'センサーがコンテンツを取りに行く間隔は公表されていない。数分から1時間',
  'push.haltDetectionMinutes': '監視が反応し、待機当番が判断するまでの時間',
  'fleet.windowsSensors': 'ベースラインで約850万台がクラッシュするよう調整。Microsoftの数値は、抽出されたオプトインのクラッシュ報告による下限(2024年7月27日)',
  'fleet.customers': '「約2万9,000社の顧客」(WSJ、2024年7月)',
  'fleet.customerSizeSigma': '顧客の規模は裾が重い分布。公表された分布はない',
  'fleet.customerTailShare': '約2万9,000社の顧客のうちFortune 1000の500社以上。べき乗則がどこから始まるかは推測',
  'fleet.customerSizeMax': '最大の顧客のWindows台数は公表されていない。Deltaだけで約7万7,000台がクラッシュした',
  'fleet.multinationalMinSize': '顧客が海外に拠点を持つようになる規模は推測',
  'fleet.foreignSiteShare': '多国籍企業のうち本拠地の地域の外にある分は、企業によって大きく違う',
  'fleet.eligibleShare': 'ほとんどのセンサーは自動で更新される。古いバージョンに固定している顧客もある',
  'push.connectMinutes': 'マシンの電源が入ったり復帰したりしてから、センサーがどれだけ早くコンテンツを取得するかは公表されていない',
  'repair.handsOnSpread': '修復1件ごとの手間のばらつきは公表されていない',
  'repair.minStaffPerSite': '最も小さい拠点は、ほかの拠点と要員を共有するか、1〜2人を置く',
  'repair.batchMinutes': 'クラッシュが何日にもわたって来るとき(リング、配信の保留)に要員が作業の順番をどう組み替えるかは推測',
  'crash.knownBadDelayMinutes': '問題のファイルが既知の不良リストに載った時刻は公表されていない。取り消しより前ではなく、遅くとも同じくらいの時間の後',
  'crash.rebootMinutes': 'クラッシュと再起動の1サイクルは数分。サーバーではもっと長い',
  'crash.rebootsTried.vm': 'Azure VMについて「最大15回」の再起動(Microsoft、2024年7月20日)。運用者はスクリプトでもっと多く試した',
  'crash.opsAttentionMinutes': '運用者がサーバーの再起動をどれだけ早く始めたか(南北アメリカでは夜間)',
  'repair.staffPer1000': '7月25日の97%と初日に合わせて調整。IT要員は従業員18〜40人に1人(Mercer/ITAA、2003年)で、デスクの修復をするのはその一部',
  'repair.staffSizeExponent': 'Mercer/ITAA(2003年)の規模別の要員比率に当てはめた値。古い調査',
  'repair.staffScaleUpTo': 'Mercer/ITAA(2003年)は従業員1万人以上で区切られている。それより大きい企業の要員配置は調べられていない',
  'repair.siteStaffSpread': '多国籍企業が拠点ごとに要員をどれだけ違えて置くかは公表されていない',
  'repair.walkMinutes': 'デスクを探し、セーフモードを待つ時間。公表されていない',
  'repair.remoteFixSpread': '組織ごとのリモート修復の手段の差：公表されていない',
  'repair.remoteFixMinutes': 'デバイス1台あたりのコンソール操作か手順案内の通話。公表されていない',
  'repair.remoteSpread': '無人のデバイスの多さの拠点ごとの差：公表されていない',
  'repair.keyEscrowSpread': '失われた回復キーが組織間でどう偏っていたか：件数なしで報告された',
  'repair.staffSpread': '顧客ごとの修復能力(委託先、アウトソーシング)の差は公表されていない',
  'repair.cloudOpsShare': '仮想マシンの修復に割かれた手間の割合',
  'repair.noticeMinutes': '最初のクラッシュから組織的な修復が始まるまでの時間(時間帯を問わない)',
  'repair.handsOnMinutes.server': 'サーバーは手作業で1台約20分(Grant Thornton Australia、The Register経由、2024年7月)。コンソールや変更管理があるともっと長い',
  'repair.handsOnMinutes.fixed': 'キオスクや端末は手が届きにくい。公表された数値はない',
  'repair.handsOnMinutes.workstation': '回復キーをバーコードで読めばPC 1台3〜5分(Grant Thornton Australia、The Register経由、2024年7月)。不慣れな手やコマンドの手入力ではもっと長い',
  'repair.handsOnMinutes.vm': 'スクリプトによるディスクの修復か復元。公表された数値はない',
  'repair.remoteShare.server': 'サーバーの多くは要員やリモートコンソールのあるデータセンターにある',
  'repair.remoteShare.fixed': '店舗・搭乗口・診療所は散らばっている。公表された数値はない',
  'repair.remoteShare.workstation': '支店と在宅勤務者。公表された数値はない',
  'repair.remoteShare.vm': '仮想マシンには移動が要らない',
  'repair.travelMinutes': '支店や店舗まで車で行く時間。公表された数値はない',
  'repair.keyMinutes': '最善でバーコードで読むキー(Grant Thornton)、最悪でポータルから手入力',
  'repair.keyEscrowedShare': '見つけられた回復キーの割合。失われたキーは件数なしで報告された',
  'repair.onPremKeyServerShare': '自らもクラッシュしたキーサーバーは、件数なしで報告された',
  'repair.keyServerRestoreHours': '作業を始めてから、クラッシュしたキーサーバーを戻すまでの時間',
  'repair.reimageMinutes': 'デバイスを作り直す時間の公表された数値はない',
  'repair.reimageHours': 'イメージの展開、アプリケーション、引き渡し。公表された数値はない',
  'repair.crisisDays': '多くの顧客が7月20〜21日の週末も作業した。長い勤務日が何日続いたかはまちまち',
  'repair.crisisStartHour': '長い非常時の勤務日の始まり',
  'repair.crisisEndHour': '長い非常時の勤務日の終わり',
  'repair.weekendFactor': '非常時の日々の後、通常の週末に働く要員の割合',
  'repair.networkFixMinutes': 'デバイス1台あたりのリモートコンソール操作かネットワークブート。公表された数値はない',
  'vendor.usbToolSpeedup': 'MicrosoftのUSBツールで修復がどれだけ速くなったかは公表されていない',
  'vendor.autoOptInShare': '自動修復にオプトインした顧客の割合。公表されていない',
  'vendor.autoMeanHours': '提供開始から、デバイスが自動で直るまでの時間。公表されていない',
};

/** A parameter's plausible-range reason in Japanese, or undefined when none is written. */
export function jaWhy(key: string): string | undefined {
  return BY_KEY[key] ?? SHARED.find(([re]) => re.test(key))?.[1];
}
