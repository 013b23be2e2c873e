// パラメーター(src/engine/params.ts)の日本語の名前・説明・出典。レジストリと同じ順に、同じ形で並べる:
// 業種・地域・デバイスの種類ごとのパラメーターは、レジストリと同じくループで作る。
// 出典の表記：公表された文書名や発信者はそのまま(CrowdStrike「Preliminary Post Incident Review」、
// Microsoft、George Kurtz)、つなぎの語と日付を日本語にする。
import { REGION_INFO } from '../../engine/regions.js';
import { CLASSES, SECTORS, type DeviceClass } from '../../engine/types.js';
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
  help: '不具合のあるコンテンツファイルが配信された時刻。その時点でどのマシンの電源が入っていたかは、各地域の現地時刻で決まります。',
});
add('push.revertMinutes', {
  label: '取り消しまでの時間', source: `${PIR_TITLE}(2024年7月24日。04:09〜05:27 UTC)`,
  help: '配信からファイルが差し替えられるまでの分数。これより後に取得したマシンには、修正済みのファイルが届きます。',
});
add('push.pollMinutes', { label: 'コンテンツの取得間隔', source: A, help: '電源の入ったセンサーが新しいコンテンツを取りに行く間隔。' });
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
  help: 'クラッシュのテレメトリーがこの台数に達したら配信を止めます。0は自動停止なし。',
});
add('push.haltDetectionMinutes', {
  label: '停止までの反応時間', source: A, help: 'しきい値を超えてから、実際に配信が止まるまでの分数。',
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
  help: '顧客の規模(対数正規分布)のばらつき。1.8では数百台規模の顧客が多く、数万台規模の顧客が少数になります。',
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

// ---- クラッシュ --------------------------------------------------------------------------------
add('crash.knownBadMinutes', {
  label: '既知の不良リストの公開', source: '仮定：ファイルを取り消した時点で既知の不良リストに載ったとする(CrowdStrike、2024年7月19日)',
  help: 'この時刻以降、再起動したマシンはクラッシュする前に既知の不良リストを取得でき、自力で復旧できます。',
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

// ---- 修復 ----------------------------------------------------------------------------------
add('repair.staffPer1000', {
  label: '修復要員',
  source: '仮定。「7月25日に97%超が復旧」(CrowdStrike)に合わせて較正。IT要員は従業員18〜40人に1人(Mercer/ITAA 2003)',
  help: 'Windowsデバイス1,000台あたりの、手作業で修復に当たる人数(500台規模の顧客の場合)。',
});
add('repair.staffSizeExponent', {
  label: '要員の規模の経済',
  source: 'Mercer/ITAA 2003：従業員500人未満では18人に1人、1万人以上では40人に1人(指数はこれに当てはめた値)',
  help: '大きな顧客ほど、デバイスあたりのIT要員が少なくなります。デバイスあたりの要員は、規模のこの指数のべき乗に比例します。',
});
add('repair.staffSpread', {
  label: '顧客ごとの要員のばらつき', source: A, help: '確保できる人手は顧客によって異なります(外部委託、契約業者)。',
});
add('repair.cloudOpsShare', {
  label: 'クラウド・仮想マシン担当の要員', source: A, help: 'スクリプトを使い、24時間体制で仮想マシンを修復する要員の割合。',
});
add('repair.noticeMinutes', {
  label: '修復開始までの時間', source: A, help: '拠点で最初のクラッシュが起きてから、要員が修復を始めるまでの分数。',
});
for (const c of CLASSES) {
  family(`repair.handsOnMinutes.${c}`, '手作業の時間', cls(c), {
    source: c === 'workstation' || c === 'server'
      ? 'Grant Thornton Australia：キーのバーコードを使えばPCは3〜5分、サーバーは約20分(The Register、2024年7月)。既定値は移動と待ち時間を加えた値'
      : A,
    help: `${cls(c)}1台を手作業で直すのにかかる要員の分数(セーフモードまたはWinREで起動してファイルを削除し、再起動)。回復キーと移動の時間は含みません。`,
  });
  family(`repair.remoteShare.${c}`, '遠隔拠点の割合', cls(c), {
    source: A, help: `技術者が現地に出向く必要がある${cls(c)}の割合(支店、店舗、診療所)。`,
  });
  family(`repair.bitlockerShare.${c}`, 'BitLocker', cls(c), {
    source: '仮定。企業のディスク暗号化率は過去の調査で50〜62%',
    help: `システムディスクがBitLockerで暗号化されている${cls(c)}の割合。修復にはBitLocker回復キーが必要です。`,
  });
}
add('repair.travelMinutes', { label: '遠隔拠点への移動時間', source: A, help: '遠隔拠点のデバイス1台あたりに加わる要員の分数。' });
add('repair.keyMinutes', {
  label: 'BitLocker回復キーを探す時間', source: '仮定。Grant Thorntonは回復キーをバーコードにして読み取った(The Register、2024年7月)',
  help: '48桁の回復キーを調べて入力するのにかかる要員の分数。',
});
add('repair.keyEscrowedShare', {
  label: '回復キーの保管率', source: A, help: '暗号化されたデバイスのうち、回復キーが見つかるものの割合。残りは再イメージ化します。',
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
  help: '配信当日を含め、週末かどうかにかかわらず要員が長時間働く日数。',
});
add('repair.crisisStartHour', { label: '非常体制の始業', source: A, help: '非常体制の日に作業が始まる現地時刻。' });
add('repair.crisisEndHour', { label: '非常体制の終業', source: A, help: '非常体制の日に作業が終わる現地時刻。' });
add('repair.weekendFactor', { label: '週末の人員', source: A, help: '非常体制の日が過ぎた後の週末に働く要員の割合。' });

// ---- ベンダーの支援 ----------------------------------------------------------------------------
add('vendor.usbToolHours', {
  label: 'マイクロソフトのUSBツールの提供', source: 'Microsoftの回復ツール(2024年7月20〜21日)',
  help: 'マイクロソフトの起動可能な回復ツールが使えるようになった時刻。',
});
add('vendor.usbToolSpeedup', {
  label: 'USBツールによる短縮', source: A, help: 'ツールが使えるようになってから、手作業での修復が何倍速くなるか。',
});
add('vendor.autoRemediationHours', {
  label: '自動修復の提供', source: 'CrowdStrikeのオプトイン型の自動修復(2024年7月21〜22日に発表)',
  help: 'クラウドストライクのオプトイン型の自動(クラウド)修復が使えるようになった時刻。',
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
  help: '結果の概要で、オンラインのセンサーと、復旧したクラッシュ済みデバイスの割合を読み取る時点。',
});

export const JA_PARAM_TEXT: ReadonlyMap<string, JaParamText> = table;
