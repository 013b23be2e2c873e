// パラメーター(src/engine/params.ts)の日本語の名前・説明・出典。レジストリと同じ順に、同じ形で並べる:
// 業種・地域・デバイスの種類ごとのパラメーターは、レジストリと同じくループで作る。
// 出典の表記：公表された文書名や発信者はそのまま(CrowdStrike「Preliminary Post Incident Review」、
// Microsoft、George Kurtz)、つなぎの語と日付を日本語にする。
import { REGION_INFO } from '../../engine/regions.js';
import { CLASSES, SECTORS, SERVICES, type DeviceClass, type Sector, type ServiceId } from '../../engine/types.js';
import { SERVICE_BY_ID } from '../../services/catalog.js';
import { deviceClassName, regionName, sectorName } from '../domain.js';
import { formatUtcOffset } from '../formatTime.js';

export interface JaParamText {
  label: string;
  /** For a family (one parameter per sector, region or device class): its name, and this member's. */
  family?: string;
  item?: string;
  help: string;
  source: string;
}

const A = '仮定';
const WHAT_IF = '仮想シナリオ';
const PIR_TITLE = 'CrowdStrike「Preliminary Post Incident Review」';
const PIR = `${PIR_TITLE}(2024年7月24日)`;

const table = new Map<string, JaParamText>();
const add = (key: string, text: JaParamText) => table.set(key, text);
const family = (key: string, familyName: string, item: string, text: Omit<JaParamText, 'label' | 'family' | 'item'>) =>
  add(key, { label: `${familyName}：${item}`, family: familyName, item, ...text });
const cls = (c: DeviceClass) => deviceClassName(c, 'ja');

// ---- 配信 ------------------------------------------------------------------------------------
add('push.publishAt', {
  label: '配信時刻', source: PIR,
  help: '不具合のあるコンテンツファイルが配信された時刻(2024年7月19日金曜日 04:09 UTC)。ほかの曜日や時刻も設定できます。どのマシンの電源が入っていたか、要員がいつ職場にいるかは、各地域の現地の曜日と時刻で決まります。確認時点を含め、計算上の時刻はすべてここから数えます。',
});
add('push.revertMinutes', {
  label: '取り消しまでの時間', source: `${PIR_TITLE}(2024年7月24日。04:09〜05:27 UTC)`,
  help: '配信からファイルが差し替えられるまでの分数。これより後に取得したマシンには、修正済みのファイルが届きます。「never」(なし)にすると、決まった時刻には取り消さず、クラッシュのテレメトリーだけがコンテンツを止めます(検知による取り消し。自動停止を参照)。',
});
add('push.pollMinutes', { label: 'コンテンツの取得間隔', source: A, help: '電源の入ったセンサーが新しいコンテンツを取りに行く間隔。' });
add('push.connectMinutes', {
  label: '電源投入後のコンテンツ取得', source: A,
  help: 'デバイスの電源が入って(またはスリープから復帰して)から、センサーが配信中のコンテンツを取得するまでの分数。',
});
add('push.canaryShare', {
  label: 'カナリアリングの割合', source: `${WHAT_IF}(PIRで表明された対策：カナリア展開)`,
  help: '配信と同時にコンテンツを受け取る最初のリングに入るデバイスの割合。0はリングなし(2024年7月の実際)。',
});
add('push.canaryBakeMinutes', {
  label: 'カナリアリングの様子見時間', source: WHAT_IF, help: 'カナリアリングで動かしてから、次のリングに配信するまでの分数。',
});
add('push.earlyShare', {
  label: '早期リングの割合', source: `${WHAT_IF}(PIR：段階的に広げるリング配信)`,
  help: 'カナリアの次にコンテンツを受け取る2番目のリングのデバイスの割合。残りは一般リングになります。',
});
add('push.earlyBakeMinutes', {
  label: '早期リングの様子見時間', source: WHAT_IF, help: '早期リングで動かしてから、一般リングに配信するまでの分数。',
});
add('push.haltAfterCrashes', {
  label: '自動停止のしきい値', source: `${WHAT_IF}(PIR：配信中の監視)`,
  help: 'クラッシュのテレメトリーがこの台数に達すると、反応時間の後にコンテンツが止まります。配信の停止でもファイルの取り消しでも、デバイスにとっては同じです。ゆっくりクラッシュする小さなカナリアは、全台への配信より遅れてこの台数に達します。取り消しを「never」にすると、これが検知による取り消しになります。0は自動停止なし。',
});
add('push.haltDetectionMinutes', {
  label: '停止までの反応時間', source: A,
  help: 'クラッシュのテレメトリーがしきい値を超えてから、実際にコンテンツが止まる(配信の停止、または検知による取り消し)までの分数。',
});
add('push.holdbackShare', {
  label: 'コンテンツを保留する顧客', source: `${WHAT_IF}(PIR：顧客によるコンテンツ配信の管理)`,
  help: '新しいコンテンツを一定時間遅れて受け取る顧客の割合(N-1方式のような運用)。',
});
add('push.holdbackHours', {
  label: '保留の長さ', source: WHAT_IF,
  help: 'その顧客が待つ時間。取り消しは全員に一斉に届くので、不具合のあるファイルが出回っていた時間より長く待てば影響を受けません。',
});
add('push.kernelModeShare', {
  label: 'カーネルで動くエージェント', source: 'Microsoftのレジリエンス強化の取り組み(2024年7〜11月)。1未満は仮想シナリオ',
  help: '障害がWindowsごと停止させるセンサーの割合。1未満なら残りはユーザーモードで動き、エージェントが落ちてもマシンは動き続けます。',
});

// ---- デバイス群 --------------------------------------------------------------------------------
add('fleet.windowsSensors', {
  label: 'Windowsセンサーの数',
  source: '仮定。ベースラインのクラッシュが約850万台(Microsoft、2024年7月20日)になるよう較正。実際の台数は非公表',
  help: 'センサーを入れているすべてのWindowsマシン(電源が入っているかどうかを問わない)。',
});
add('fleet.customers', {
  label: '顧客数', source: '顧客 約2万9,000社(WSJ、2024年7月)',
  help: 'センサーを導入している組織の数。各組織が自分のマシンを修復します。',
});
add('fleet.customerSizeSigma', {
  label: '顧客規模のばらつき', source: A,
  help: '顧客の規模のうち、最大級の顧客を除く本体部分(対数正規分布)のばらつき。1.8では数十台から数百台規模の顧客が多くなります。',
});
add('fleet.customerTailShare', {
  label: '裾の重い部分に入る顧客',
  source: '仮定：顧客に占める大企業の割合の目安(約2万9,000社の顧客のうち、Fortune 1000の500社超。CrowdStrike、WSJ、2024年7月)',
  help: '規模が対数正規分布ではなくべき乗則(パレート分布)に従う、最大級の顧客の割合。数万台のマシンを持つ少数の顧客になります。0は対数正規分布のみ。',
});
add('fleet.customerTailAlpha', {
  label: '裾の形', source: 'Axtell「Zipf distribution of U.S. firm sizes」Science 293(2001年)：従業員数で見た米国企業の規模のパレート指数は1.06',
  help: '最大級の顧客の規模が従うパレート分布の指数。小さいほど、デバイス全体のうち最大級の顧客が持つ割合が大きくなります。',
});
add('fleet.customerSizeMax', {
  label: '最大の顧客', source: '仮定：最大級の企業は数十万台のWindowsマシンを持つ。Deltaだけで約7万7,000台がクラッシュした(Deltaの提出書類、2024年8月)',
  help: 'これより大きな顧客はいません(べき乗則の裾はここで打ち切り)。顧客の規模の中央値は、顧客全体でデバイス全体になるよう残りから決まります。',
});
add('fleet.multinationalMinSize', { label: '多国籍企業とみなす規模', source: A, help: 'この台数以上の顧客は、他の地域にも拠点を持ちます。' });
add('fleet.foreignSiteShare', {
  label: '海外拠点のデバイスの割合', source: A, help: '多国籍企業で、本拠地以外の地域にあるデバイスの割合。地域の配分は全体と同じです。',
});
add('fleet.eligibleShare', {
  label: 'バージョン7.11以降のセンサー', source: `仮定(${PIR_TITLE}：影響を受けたのはセンサー7.11以降)`,
  help: '不具合のあるファイルを読み込みうるバージョンのWindowsセンサーの割合。',
});
for (const s of SECTORS) {
  family(`fleet.sectorShare.${s}`, '業種別の構成比', sectorName(s, 'ja'), {
    source: A, help: `Windowsセンサー全体のうち、${sectorName(s, 'ja')}の割合。業種別の構成比は合計が1になるよう正規化されます。`,
  });
}
for (const r of REGION_INFO) {
  family(`fleet.regionShare.${r.id}`, '地域別の構成比', regionName(r.id, 'ja'), {
    source: A,
    help: `全体のうち、${regionName(r.id, 'ja')}(7月は${formatUtcOffset(r.utcOffsetHours)})にあるデバイスの割合。地域別の構成比は合計が1になるよう正規化されます。`,
  });
}
for (const c of CLASSES) {
  for (const s of SECTORS) {
    family(`fleet.${c}Share.${s}`, `${cls(c)}の割合`, sectorName(s, 'ja'), {
      source: '仮定(業種別のデバイス台数の統計は公表されていない)',
      help: `${sectorName(s, 'ja')}のWindowsデバイスのうち、${cls(c)}の割合。業種ごとに、4種類のデバイスの割合の合計が1になるよう正規化されます。`,
    });
  }
}

// 電源が入っている割合(availability.ts)：夜と昼の水準、その間の直線的な増減。
const ON_LEVELS_JA = [
  ['onNight', '電源が入っている割合(平日の夜)', '平日の夜(昼の時間帯の外)'],
  ['onDay', '電源が入っている割合(平日の昼)', '平日の日中'],
  ['onWeekendNight', '電源が入っている割合(週末の夜)', '週末の夜'],
  ['onWeekendDay', '電源が入っている割合(週末の昼)', '週末の日中'],
] as const;
const ON_HOURS_JA = [
  ['onRiseFromHour', '朝の立ち上がりの開始', '電源が入っている{c}の割合が、夜の水準から上がり始める現地時刻。'],
  ['onRiseToHour', '朝の立ち上がりの終了', '電源が入っている{c}の割合が、昼の水準に達する現地時刻。'],
  ['onFallFromHour', '夕方の減少の開始', '電源が入っている{c}の割合が、昼の水準から下がり始める現地時刻。'],
  ['onFallToHour', '夕方の減少の終了', '電源が入っている{c}の割合が、夜の水準に戻る現地時刻。'],
] as const;
for (const [name, familyName, when] of ON_LEVELS_JA) {
  for (const c of CLASSES) {
    family(`fleet.${name}.${c}`, familyName, cls(c), {
      source: c === 'workstation' && name === 'onNight'
        ? '仮定：オフィスのPCの約44%は夜間に電源が切られ(LBNLの実地調査、2001年)、残りの多くはスリープしている'
        : c === 'workstation' && name === 'onDay' ? '仮定：オフィスのPCの大半は勤務時間中に電源が入っている' : A,
      help: `${when}に電源が入り、スリープせずにコンテンツを取りに行く${cls(c)}の割合。`,
    });
  }
}
for (const [name, familyName, help] of ON_HOURS_JA) {
  for (const c of CLASSES) {
    family(`fleet.${name}.${c}`, familyName, cls(c), {
      source: A, help: `${help.replace('{c}', cls(c))}4つの時刻は、立ち上がりの開始、終了、減少の開始、終了の順です。`,
    });
  }
}

// ---- クラッシュ --------------------------------------------------------------------------------
add('crash.knownBadDelayMinutes', {
  label: '修正から既知の不良リストまで', source: '仮定：ファイルを取り消した時点で既知の不良リストに載ったとする(CrowdStrike、2024年7月19日)',
  help: 'コンテンツが止まって(取り消し、またはクラッシュのテレメトリーによる停止)から、不具合のあるファイルが既知の不良リストに載るまでの分数。それ以降、再起動したマシンはクラッシュする前にリストを取得して自力で復旧でき、落ちたユーザーモードのエージェントも戻ります。リストが修正より先に出ることはありません。',
});
add('crash.rebootMinutes', { label: '再起動1回の時間', source: A, help: 'クラッシュして再起動する1サイクルの分数。' });
for (const c of CLASSES) {
  family(`crash.fetchPerBoot.${c}`, '起動時の取得確率', cls(c), {
    source: '仮定。「2〜15回の再起動」(S-RM)と「最大15回」(Microsoft、2024年7月20日)を目安にした',
    help: `${cls(c)}の1回の起動で、クラッシュする前に既知の不良リストを取得できる確率(有線やデータセンターのネットワークでは高くなります)。`,
  });
  family(`crash.rebootsTried.${c}`, '再起動を試す回数', cls(c), {
    source: c === 'vm'
      ? 'Microsoft：AzureのVMでは「最大15回」の再起動が必要(2024年7月20日)'
      : '仮定：Windowsは数回起動に失敗すると回復画面で止まり、人が何度かやり直す',
    help: `クラッシュした${cls(c)}で、手作業での修復を待つ前に試す再起動の回数。`,
  });
}
add('crash.opsAttentionMinutes', {
  label: '運用担当者の対応開始', source: A,
  help: 'クラッシュしたサーバーや仮想マシンの再起動を、運用担当者が始めるまでの分数(デスクの端末は出勤した人を待ちます)。',
});
add('crash.endpointAttendedFromHour', {
  label: '専用端末のそばに人がいる時間(開始)', source: A,
  help: '店舗、診療所、空港には、曜日を問わずこの現地時刻から人がいて、クラッシュした端末(キオスク、レジ、ゲートの端末)を再起動できます。',
});
add('crash.endpointAttendedToHour', {
  label: '専用端末のそばに人がいる時間(終了)', source: A, help: 'この現地時刻まで、クラッシュした端末を再起動できる人がいます。',
});

// ---- 修復 ----------------------------------------------------------------------------------
add('repair.staffPer1000', {
  label: '修復要員',
  source: '仮定。顧客ごとの要員のばらつきとあわせ、「7月25日に97%超が復旧」(CrowdStrike)と、7月19日23時(UTC)までにクラッシュした機器の70%以上が復旧(Sevcoの報告をもとに)に合わせて較正。IT要員は従業員18〜40人に1人(Mercer/ITAA 2003)',
  help: 'Windowsデバイス1,000台あたりの、手作業で修復に当たる人数(500台規模の顧客の場合)。',
});
add('repair.staffSizeExponent', {
  label: '要員の規模の経済',
  source: 'Mercer/ITAA 2003：従業員500人未満では18人に1人、1万人以上では40人に1人(指数はこれに当てはめた値)',
  help: '大きな顧客ほど、デバイスあたりのIT要員が少なくなります。デバイスあたりの要員は、規模のこの指数のべき乗に比例します。',
});
add('repair.staffScaleUpTo', {
  label: '規模の経済が続く上限', source: 'Mercer/ITAA 2003：従業員1万人以上では40人に1人(調査で最も大きな区分)',
  help: 'デバイスあたりの要員は、この台数を超えるともう減りません。最大級の顧客は、この規模の顧客と同じ割合で要員を持ちます。',
});
add('repair.staffSpread', {
  label: '顧客ごとの要員のばらつき', source: '仮定。較正値:初日の速い復旧と長い裾を両立させるには、組織間の不平等が要る(フィットでは1.2〜1.6)',
  help: '確保できる人手は顧客によって異なります(外部委託、契約業者)。平均1の対数正規分布に従う係数の、対数標準偏差。',
});
add('repair.siteStaffSpread', {
  label: '拠点ごとの要員のばらつき', source: A,
  help: '拠点の要員は、組織の基準から、平均1でこの対数標準偏差の対数正規分布に従う係数の分だけずれます(多国籍企業の拠点は同じ体制とは限りません)。',
});
add('repair.cloudOpsShare', {
  label: 'クラウド・仮想マシン担当の要員', source: A, help: 'スクリプトを使い、24時間体制で仮想マシンを修復する要員の割合。',
});
for (const s of SECTORS) {
  family(`repair.nightShare.${s}`, '夜間の要員', sectorName(s, 'ja'), {
    source: A, help: `${sectorName(s, 'ja')}の修復要員のうち、勤務時間外(夜勤、オンコール)にも働いている人の割合。`,
  });
}
add('repair.noticeMinutes', {
  label: '修復開始までの時間', source: A, help: '拠点で最初のクラッシュが起きてから、要員が修復を始めるまでの分数。',
});
for (const c of CLASSES) {
  family(`repair.handsOnMinutes.${c}`, '手作業の時間', cls(c), {
    source: c === 'workstation' || c === 'server'
      ? 'Grant Thornton Australia：キーのバーコードを使えばPCは3〜5分、サーバーは約20分(The Register、2024年7月)'
      : A,
    help: `${cls(c)}1台を手作業で直すのにかかる要員の分数(セーフモードまたはWinREで起動してファイルを削除し、再起動)。回復キーと移動の時間は含みません。`,
  });
  family(`repair.remoteShare.${c}`, '遠隔拠点の割合', cls(c), {
    source: A,
    help: `IT担当者がいない場所(支店、店舗、診療所、無人のキオスク)にある${cls(c)}の割合(拠点の平均)。技術者が現地に出向き、その拠点の他の${cls(c)}の後に直します。`,
  });
  family(`repair.remoteFixShare.${c}`, '遠隔で直せる割合', cls(c), {
    source: A,
    help: `組織の要員が、実機に触れずに直せる${cls(c)}の割合(組織の平均)。帯域外管理のコンソール(iLO、iDRAC、vPro)、修復用イメージからのネットワーク起動、電話で案内して利用者に操作してもらう方法など。仮想マシンでは一括処理のスクリプト。`,
  });
  family(`repair.bitlockerShare.${c}`, 'BitLocker', cls(c), {
    source: '仮定。企業のディスク暗号化率は過去の調査で50〜62%',
    help: `システムディスクがBitLockerで暗号化されている${cls(c)}の割合。修復にはBitLocker回復キーが必要です。`,
  });
}
add('repair.handsOnSpread', {
  label: '手作業の時間のばらつき', source: A,
  help: '各デバイスの手作業の時間は、その種類の手作業の時間の前後この割合の範囲で、一様に決まります。',
});
add('repair.minStaffPerSite', {
  label: '拠点の最少要員', source: '仮定：どの拠点にも、マシンを直せる人(職員、契約業者、サービス事業者)がいる',
  help: 'どんなに小さな拠点でも、修復に当たる人数はこれを下回りません。',
});
add('repair.walkMinutes', {
  label: '1台ごとの移動と待ち時間',
  source: '仮定：手作業の修復のうち、Grant Thorntonのキーボード操作3〜5分を超える部分(機器を探す、セーフモードの起動を待つ)',
  help: '人がいる場所で手作業で直すデバイス1台ごとに加わる要員の分数(遠隔拠点のデバイスには、代わりに移動時間が加わります)。',
});
add('repair.remoteFixMinutes', {
  label: '遠隔での修復1台あたり', source: A,
  help: 'デバイス1台を遠隔で直すのにかかる要員の分数(暗号化されていれば回復キーを探す時間を加える)。移動も待ち時間もかかりません。',
});
add('repair.remoteFixSpread', {
  label: '遠隔で直せる割合の組織間の差', source: A,
  help: '遠隔で直せるデバイスの割合が組織によってどれだけ違うか。各組織の割合は平均のまわりのロジット正規分布に従い、その対数オッズの標準偏差がこの値です。0は全組織が平均どおり、2以上ではほとんどの組織がほぼゼロ、少数がほぼすべて。',
});
add('repair.remoteSpread', {
  label: '遠隔拠点の割合の拠点間の差', source: A,
  help: 'IT担当者がいない場所にあるデバイスの割合が、拠点によってどれだけ違うか(平均のまわりのロジット正規分布、上と同じ)。小売チェーンの地域拠点は無人のレジが多く、本社にはありません。',
});
add('repair.travelMinutes', { label: '遠隔拠点への移動時間', source: A, help: '遠隔拠点のデバイス1台あたりに加わる要員の分数。' });
add('repair.keyMinutes', {
  label: 'BitLocker回復キーを探す時間', source: '仮定。Grant Thorntonは回復キーをバーコードにして読み取った(The Register、2024年7月)',
  help: '48桁の回復キーを調べて入力するのにかかる要員の分数。',
});
add('repair.keyEscrowedShare', {
  label: '回復キーの保管率', source: A, help: '暗号化されたデバイスのうち、回復キーが見つかるものの割合(組織の平均)。残りは再イメージ化します。',
});
add('repair.keyEscrowSpread', {
  label: '回復キーの保管率の組織間の差', source: '仮定：キーの保管は、組織として徹底したか、しなかったかでほぼ決まる。キーの紛失は件数なしで報告されている',
  help: '見つかる回復キーの割合が組織によってどれだけ違うか(平均のまわりのロジット正規分布、上と同じ)。ほとんどの組織はすべて見つけ、少数が多くを失います。',
});
add('repair.onPremKeyServerShare', {
  label: '回復キーを社内サーバーで保管', source: '仮定。キーサーバーも同時にクラッシュした例は、台数なしで報告されている(parameters.md)',
  help: '回復キーの保管先(Active Directory、MBAM)が、センサーの入ったWindowsサーバー上にある顧客の割合。そのサーバーもクラッシュしていれば、復旧するまでキーを取り出せません。',
});
add('repair.keyServerRestoreHours', {
  label: 'キーサーバーの復旧', source: A, help: 'クラッシュしたキーサーバーの作業に着手してから、復旧するまでの経過時間。',
});
add('repair.reimageMinutes', {
  label: '再イメージ化の作業時間', source: '仮定(公表された数字なし)', help: '回復キーを失ったデバイスを作り直すのにかかる要員の分数。',
});
add('repair.reimageHours', {
  label: '再イメージ化の経過時間', source: '仮定(公表された数字なし)',
  help: '作り直したデバイスが業務に戻るまでに、さらにかかる経過時間(イメージの展開、アプリ、引き渡し)。',
});
add('repair.workdayStartHour', { label: '始業時刻', source: A, help: '通常の修復作業が始まる現地時刻。' });
add('repair.workdayEndHour', { label: '終業時刻', source: A, help: '通常の修復作業が終わる現地時刻。' });
add('repair.crisisDays', {
  label: '非常体制の日数', source: '仮定(7月20〜21日の週末も、多くの顧客で作業が続いた)',
  help: '拠点が被害を受けてから(最初のクラッシュの後、要員が招集されてから)、週末かどうかにかかわらず要員が長時間働く日数。非常体制はカレンダーではなく、被害を受けた時点から始まります。',
});
add('repair.crisisStartHour', { label: '非常体制の始業', source: A, help: '非常体制の日に作業が始まる現地時刻。' });
add('repair.crisisEndHour', { label: '非常体制の終業', source: A, help: '非常体制の日に作業が終わる現地時刻。' });
add('repair.weekendFactor', { label: '週末の人員', source: A, help: '非常体制の日が過ぎた後の週末に働く要員の割合。' });
add('repair.batchMinutes', {
  label: 'クラッシュが長引くときの作業の区切り', source: A,
  help: '拠点のクラッシュがこれより長い期間にわたるとき(リング配信、保留)、要員はこの長さごとに区切って、クラッシュした順に作業します。区切りの中ではサーバーが先です。',
});
for (const s of SECTORS) {
  family(`repair.surgeStaff.${s}`, '応援の要員', sectorName(s, 'ja'), {
    source: `${WHAT_IF}(1＝その業種の自前の要員。2024年7月の実際)`,
    help: `${sectorName(s, 'ja')}の顧客すべての修復要員に掛ける倍率。請負業者、ベンダーの技術者、ほかの組織や行政から借りた人手を表します。1は自前の要員だけ。`,
  });
}
add('repair.networkFixHours', {
  label: 'ネットワーク経由の修復の開始', source: WHAT_IF,
  help: 'この時刻から、ネットワーク経由で届くデバイス(ネットワークで直せる割合)は、マシンに手を触れずに直せます。移動はなく、手作業の時間の代わりに「ネットワーク経由の修復時間」だけ要員の手がかかります。',
});
add('repair.networkFixShare', {
  label: 'ネットワークで直せる割合', source: `${WHAT_IF}(0：モデル上の2024年7月。各組織がもともと持っていた遠隔修復の手段は「遠隔で直せる割合」)`,
  help: '動かなくなったサーバー、専用端末、業務用PCのうち、要員がネットワーク経由で直せるものの割合。リモートコンソール(iLO、iDRAC、vPro)や、修復用イメージへのネットワークブートを使います。仮想マシンはもともとクラウド運用チームが遠隔で直します。',
});
add('repair.networkFixMinutes', {
  label: 'ネットワーク経由の修復時間', source: A, help: 'ネットワーク経由でデバイス1台を直すのにかかる要員の分数(BitLockerの回復キーを探す時間は別に加わります)。',
});

// ---- ベンダーの支援 ----------------------------------------------------------------------------
add('vendor.usbToolHours', {
  label: 'マイクロソフトのUSBツールの提供', source: 'Microsoftの回復ツール(2024年7月20〜21日)',
  help: 'マイクロソフトの起動可能な回復ツールが使えるようになった時刻。「never」(なし)は、ツールが提供されないことを表します。',
});
add('vendor.usbToolSpeedup', {
  label: 'USBツールによる短縮', source: A, help: 'ツールが使えるようになってから、手作業での修復が何倍速くなるか。',
});
add('vendor.autoRemediationHours', {
  label: '自動修復の提供', source: 'CrowdStrikeのオプトイン型の自動修復(2024年7月21〜22日に発表)',
  help: 'クラウドストライクのオプトイン型の自動(クラウド)修復が使えるようになった時刻。「never」(なし)は、提供されないことを表します。',
});
add('vendor.autoOptInShare', { label: '自動修復を申し込んだ顧客', source: A, help: '自動修復に申し込んだ(オプトインした)顧客の割合。' });
for (const c of CLASSES) {
  family(`vendor.autoEligibleShare.${c}`, '自動修復の対象', cls(c), {
    source: A,
    help: `申し込んだ顧客でまだクラッシュしている${cls(c)}のうち、自動修復の手法が届くものの割合(有線接続で、再起動を繰り返しているもの)。`,
  });
}
add('vendor.autoMeanHours', {
  label: '自動修復までの時間', source: A, help: '提供が始まってから、対象のデバイスが自動で直るまでの平均時間。',
});

// ---- 計算の設定 --------------------------------------------------------------------------------
add('run.horizonDays', { label: 'シミュレーションの日数', source: 'モデル上の選択', help: '配信から何日後までシミュレーションするか。' });
add('run.checkHours', {
  label: '確認時点',
  source: '2024年7月25日12:00 UTC。CrowdStrikeが、Windowsセンサーの97%超がオンラインに戻ったと報告した日(George Kurtz、2024年7月25日)',
  help: '結果の概要で、オンラインのセンサーと、復旧したクラッシュ済みデバイスの割合を読み取る時点。配信時刻からの時間で数えるので、配信時刻を動かすと一緒に動きます。別の曜日や時刻の配信も、復旧にかけられた時間が同じ時点で比べられます。',
});

// ---- サービスと損失額(src/services/ が読む。エンジンは読まない) ----------------------------------------
family('services.core.stopBelow', '中核システム', '停止する水準', {
  source: A,
  help: 'サービスが動くサーバー(または仮想マシン)のうち、稼働しているものがこの割合を下回ると、サービスは止まります。1件の処理は複数のサーバーをまたぎ、そのどれかがまだ止まっている可能性があるためです。',
});
family('services.core.fullAt', '中核システム', '通常どおり動く水準', {
  source: A,
  help: 'サーバー(または仮想マシン)のこの割合が稼働すれば、サービスは通常どおりに戻ります。停止する水準との間では、能力を落として動きます。',
});
family('services.front.stopBelow', '現場の端末', '停止する水準', {
  source: A,
  help: '現場の端末や席(自動チェックイン機、レジ、指令台、診療用のPC)のうち、稼働しているものがこの割合を下回ると、サービスは止まります。',
});
family('services.front.fullAt', '現場の端末', '通常どおり動く水準', {
  source: '仮定。services.airlines.replanShareとともに、航空会社の復旧(多くは1〜2日、Deltaは約5日)に合わせて較正',
  help: '現場の端末や席は互いに代わりがきき、サービスに必要なものから先に修復されます。この割合が稼働していれば、席を融通し合ってサービスは通常どおり動きます。',
});
add('services.surgeShare', {
  label: '遅れを取り戻す余力', source: A,
  help: 'システムが戻った後、たまった仕事を片付けるために上乗せできる処理量(残業、追加のシフト)。通常の処理量に対する割合。',
});
add('services.fortune500Customers', {
  label: 'Fortune 500に相当する顧客', source: 'Parametrix(2024年7月24日)：CrowdStrikeの顧客はFortune 500のうち298社',
  help: 'Parametrixが推計した損失額54億ドルと比べる顧客の範囲。本拠地が北米にある顧客のうち、規模の大きい順にこの数を選びます。',
});

// サービスの名前と、手作業での代替手段(レジストリの SERVICE_ROWS と同じ順)。
const SERVICE_JA: Readonly<Record<ServiceId, { name: string; fallback: string }>> = {
  checkin: { name: 'チェックインと搭乗', fallback: '手書きの搭乗券と手作業でのチェックイン(2024年7月19日に複数の空港で報じられました)' },
  crew: { name: '乗務員の管理と配置', fallback: '電話と表計算ソフトによる乗務員の割り当て' },
  clinical: { name: '診療システム(電子カルテ)', fallback: 'システム停止時の紙運用(急を要する診療は続きますが、予定の処置は行われません)' },
  payments: { name: '決済と勘定系', fallback: 'なし(決済は待ち行列にたまります)' },
  trading: { name: '取引と支店の窓口', fallback: '電話での注文受付' },
  tills: { name: 'レジとカード決済', fallback: '現金のみ' },
  calls: { name: '緊急通報の受付と指令', fallback: '予備のセンターへの通報の転送と、紙のカードによる指令' },
  counters: { name: '行政の窓口と事務処理', fallback: '紙の書類' },
  playout: { name: '放送の送出', fallback: '番組を減らした予備の送出' },
  signalling: { name: '信号扱いと旅客案内', fallback: '能力を落とした手作業での運行' },
  control: { name: '制御室と現場作業', fallback: '設備の手動運転' },
  production: { name: '生産現場と受発注システム', fallback: '紙の注文票と手作業でのライン制御' },
  office: { name: '事務系システム', fallback: '電話と紙' },
};
/** A service's Japanese name (the family name of its parameters). */
export const jaServiceName = (id: ServiceId): string => SERVICE_JA[id].name;
const COST_SOURCE = 'Gartner(2014年)の1時間あたり33万6,000ドルを、1組織あたりWindowsデバイス2,000台(仮定)で割り、Ponemon(2013年ごろ)の業種別コストで業種間を調整';
for (const id of SERVICES) {
  const { name, fallback } = SERVICE_JA[id];
  family(`services.${id}.fallbackLevel`, name, '手作業での処理量', {
    source: A, help: `手作業の体制が整った後の処理量(通常に対する割合)。想定する手作業：${fallback}。0は代替手段なし。`,
  });
  family(`services.${id}.fallbackMinutes`, name, '手作業に切り替えるまでの時間', {
    source: A, help: 'サービスが手作業の水準を下回ってから、手作業が回り始めるまでの分数。',
  });
  family(`services.${id}.deferShare`, name, '後回しになる仕事', {
    source: A,
    help: '障害中にこなせなかった仕事のうち、待たされて後から処理される割合(残りは失われます)。このたまった仕事のため、システムが戻った後もサービスは忙しい状態が続きます。',
  });
  // 航空会社のサービスの損失は、便(欠航と遅延)で数える。
  if (SERVICE_BY_ID.get(id)!.costedBy === 'hours') {
    family(`services.${id}.costPerHour`, name, '停止1時間あたりの損失', {
      source: COST_SOURCE,
      help: '営業時間中にサービスが完全に止まった場合の、1時間あたりの損失額(拠点のWindowsデバイス1,000台あたり)。一部が動いていれば、損失はその分小さくなります。',
    });
  }
}

// 障害を数える単位(病院、通信指令センター、店舗など)。「1○○あたり」と読める語にする。
const UNIT_JA: Readonly<Record<Sector, string>> = {
  airlines: '空港拠点', healthcare: '病院', banking: '銀行支店', retail: '店舗', emergency: '通信指令センター',
  government: '庁舎', media: 'チャンネル', rail: '駅', energy: '制御拠点', manufacturing: '工場', other: '事業所',
};
for (const s of SECTORS) {
  const unit = UNIT_JA[s];
  family(`services.unitDevices.${s}`, '単位あたりのデバイス数', `${sectorName(s, 'ja')}(${unit})`, {
    source: s === 'banking' ? '仮定。全体で約6万8,000支店となり、米国のFDIC加盟銀行の支店数(約6万8,600、2024年)に近い' : A,
    help: `1${unit}あたりのWindowsデバイス数。拠点のデバイスを、障害を数える単位に換算します。`,
  });
}

// Parametrixの影響を受けた割合(Fortune 500)を、CrowdStrikeの顧客の割合(500社中298社、約0.6)で割った値。上限は1。
const PER_CUSTOMER = '。これを0.6(Fortune 500に占めるCrowdStrikeの顧客の割合)で割った値';
const ON_WINDOWS_SOURCE: Readonly<Record<Sector, string>> = {
  airlines: 'Parametrix：Fortune 500の航空会社はすべて影響を受けた',
  healthcare: `Parametrix：Fortune 500の医療企業の約75%が影響を受けた${PER_CUSTOMER}(上限1)`,
  banking: `Parametrix：Fortune 500の銀行の約75%が影響を受けた${PER_CUSTOMER}(上限1)`,
  retail: `Parametrix：Fortune 500の小売・卸売企業の43%が影響を受けた${PER_CUSTOMER}`,
  emergency: A, government: A, media: A, rail: A, energy: A,
  manufacturing: '仮定(Parametrix：製造業の損失はFortune 500の130社で計3,600万ドルと、1社あたりで最も小さい)',
  other: `Parametrix：Fortune 500のソフトウェア・IT企業で影響を受けたのは21%(多くはLinuxで動いている)${PER_CUSTOMER}`,
};
for (const s of SECTORS) {
  family(`services.onWindowsShare.${s}`, 'クラッシュしたマシン上のサービス', sectorName(s, 'ja'), {
    source: ON_WINDOWS_SOURCE[s],
    help: `${sectorName(s, 'ja')}の顧客のうち、センサーを入れたWindowsマシンでサービスを動かしている割合。残りは、障害の影響を受けなかったメインフレーム、Linux、外部でホスティングされたシステムで動かしています。`,
  });
}

add('services.airlines.devicesPerDailyFlight', {
  label: '運航1便あたりのデバイス数(航空会社)',
  source: 'Delta：サーバー約4万台とコンピューター約3万7,000台(Deltaの提出書類、2024年8月)に対し、1日約4,000便(FlightAware：7月22日(月)の欠航約600便が16%に当たる)',
  help: '航空会社の顧客それぞれの運航計画を決めます。Windowsデバイスの数をこの値で割ったものが、1日の便数です。',
});
add('services.airlines.maxDelayHours', {
  label: '欠航になる遅れ', source: A,
  help: '予定の出発時刻からこの時間以内に出発できない便は欠航になります(乗務員の勤務時間の上限を超え、機材も他の便に必要になるため)。',
});
add('services.airlines.replanShare', {
  label: '乗務員の再配置能力', source: '仮定。Deltaに合わせて較正：約5日間で約7,000便が欠航(Deltaの提出書類、2024年8月)',
  help: '乗務員管理システムが動いているとき、1日に所定の位置へ戻せる乗務員と機材の量(1日の運航計画に対する割合)。戻るまでは、それらが担う便も欠航になります。',
});
add('services.airlines.costPerCancellation', {
  label: '欠航1便あたりの損失',
  source: 'Delta：約7,000便の欠航で約5.5億ドル(DeltaのSEC提出書類、2024年8月。1便あたりの額はこれを割った値)',
  help: '欠航1便あたりの減収と費用。',
});
add('services.airlines.costPerDelayMinute', {
  label: '遅延1分あたりの費用', source: 'Airlines for America(2023年)：米国の航空機のブロックタイム1分あたり100.80ドル',
  help: '便の出発が1分遅れるごとにかかる費用。',
});
add('services.healthcare.proceduresPerDay', {
  label: '予定手術・処置の件数(1病院あたり)', source: A,
  help: '1病院が平日1日に行う予定(待機的)の手術・処置の件数。現地時刻07:00〜17:00。診療システムの能力が落ちている間は、紙で運用していても延期されます。',
});

export const JA_PARAM_TEXT: ReadonlyMap<string, JaParamText> = table;
