// The sentence for each problem code of src/scenario/problems.ts in Japanese, from the problem's
// structured values: our own wording, reviewed for meaning against problemMessage (the English,
// which the command line prints). A Record over ProblemCode, so a new code without Japanese fails
// to compile. Keys, paths and literals (JSON, "never", parameter keys) stay as written.
import type { Problem, ProblemCode } from '../../scenario/problems.js';

type V = Problem['values'];

const fmt = (n: number) => (Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : String(n));
const num = (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v));
const grouped = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('ja-JP') : String(n));

/** A value as the reader gave it: the page's own descriptions ("nothing", "a list") in Japanese. */
const GOT: Readonly<Record<string, string>> = {
  nothing: '空欄', 'a list': 'リスト', 'an object': 'オブジェクト', 'a list or an object': 'リストまたはオブジェクト', 'a number': '数値', text: '文字列',
};
const got = (v: unknown) => (typeof v === 'string' && Object.hasOwn(GOT, v) ? GOT[v]! : String(v));

/** "1〜20160の整数(min)". */
export function expectedJa(v: V): string {
  if (v['kind'] === 'datetime') return '"2024-07-19T04:09:00Z" のようなUTCの日時(2000年〜2100年)';
  const what = v['kind'] === 'integer' ? '整数' : '数値';
  return `${num(v['min'])}〜${num(v['max'])}の${what}(${String(v['unit'])})${v['never'] ? '、または "never"' : ''}`;
}

export const JA_PROBLEMS: Readonly<Record<ProblemCode, (v: V) => string>> = {
  notObject: (v) => `version、name、description、seed、params を持つJSONオブジェクトが必要です。入力：${got(v['got'])}`,
  'version.invalid': (v) => `${got(v['got'])}が入力されました。1〜${v['max']}の整数が必要です`,
  'version.tooNew': (v) => `バージョン${v['version']}は、このシミュレーターが読めるもの(${v['max']})より新しいため、シミュレーターを更新してください`,
  'field.unknown': (v) => `不明な項目です。使える項目は ${v['allowed']} です`,
  'text.wrongType': (v) => `${got(v['got'])}が入力されました。文字列が必要です`,
  'text.tooLong': (v) => `${v['length']}文字あります。${v['max']}文字までです`,
  'seed.invalid': (v) => `${got(v['got'])}が入力されました。0〜4294967295の整数が必要です`,
  'params.notObject': (v) => `${got(v['got'])}が入力されました。パラメーターの値をまとめたオブジェクトが必要です`,
  'basedOn.invalid': (v) => `${got(v['got'])}が入力されました。編集元のシナリオ(name、seed、params を持つオブジェクト)が必要です`,
  'params.tooDeep': (v) => `入れ子が深すぎます。パラメーターは${v['max']}階層までです`,
  'param.unknown': (v) => (v['suggestion'] ? `不明なパラメーターです。${v['suggestion']} のことですか?`
    : v['groupKeys'] ? `不明なパラメーターです。${v['group']} にあるのは ${v['groupKeys']}${v['more'] ? '、…' : ''} です`
      : '不明なパラメーターです。グループは push、fleet、crash、repair、vendor、run、services です'),
  'param.invalid': (v) => `${got(v['got'])}が入力されました。${expectedJa(v)}が必要です`,
  'param.noSuchDate': (v) => `${got(v['got'])}という日時は存在しません。${expectedJa(v)}が必要です`,
  'param.empty': (v) => `値を入力してください。${expectedJa(v)}が必要です`,
  'param.notANumber': (v) => `数値ではありません。${expectedJa(v)}が必要です`,
  'cross.ringsOverfull': (v) => `${num(v['canary'])} + ${num(v['early'])} = ${num(v['sum'])}。リングに入るのは全デバイスまで(1以下)です`,
  'cross.revertAfterEnd': (v) => `${v['revert']}分は実行の終わり(run.horizonDays = ${v['horizonDays']}、${v['horizonMinutes']}分)より前ではありません。実行期間を延ばすか、取り消しを早めてください`,
  'cross.checkAfterEnd': (v) => `${v['checkHours']}時間は実行の終わり(${v['horizonDays']}日 = ${v['horizonHours']}時間)より後です`,
  'cross.workdayOrder': (v) => `${v['start']}は repair.workdayEndHour(${v['end']})より前ではありません`,
  'cross.crisisOrder': (v) => `${v['start']}は repair.crisisEndHour(${v['end']})より前ではありません`,
  'cross.hoursOrder': (v) => `${v['start']}は ${v['endKey']}(${v['end']})より前ではありません`,
  'cross.rampOrder': (v) => `${v['start']}は ${v['endKey']}(${v['end']})より後です。立ち上がりの始まり、立ち上がりの終わり、立ち下がりの始まり、立ち下がりの終わりの順でなければなりません`,
  'cross.noClass': (v) => `${v['sector']}のデバイス区分がすべて0です。少なくとも1つの区分にデバイスが必要です`,
  'cross.noSector': () => 'すべての業種が0です。少なくとも1つの業種にデバイスが必要です',
  'cross.noRegion': () => 'すべての地域が0です。少なくとも1つの地域にデバイスが必要です',
  'cross.customersOverSensors': (v) => `センサー${v['sensors']}に対して顧客が${v['customers']}あります。各顧客に少なくとも1台のデバイスが必要です`,
  'cross.serviceThresholds': (v) => `${num(v['stopBelow'])}は services.${v['role']}.fullAt(${num(v['fullAt'])})より小さくありません。サービスが止まる割合は、平常に動く割合より小さくなければなりません`,
  'file.notText': () => '文字列が必要です',
  'file.tooLarge': (v) => `ファイルは${v['bytes']}バイトです。シナリオファイルは${v['max']}バイトまでです`,
  'file.invalidJson': (v) => `正しいJSONではありません(${v['why']})`,
  'file.unreadable': (v) => `シナリオを読み取れません(${v['why']})`,
  'file.unreadableOrg': (v) => `組織を読み取れません(${v['why']})`,
  'file.tooDeep': (v) => `${v['max']}階層より深く入れ子になっています。シナリオファイルの入れ子は数階層までです`,
  'link.tooLong': (v) => `${v['length']}文字あります。シナリオのリンクは${v['max']}文字までです`,
  'link.unreadable': () => 'クエリ文字列を読み取れません',
  'link.repeated': () => '2回以上指定されています',
  'link.badValue': (v) => `${got(v['got'])}が指定されました。使えるのは ${v['allowed']} です`,
  'link.tooManyCompared': (v) => `比べるシナリオが${v['max']}を超えています。最初の${v['max']}つを表示します`,
  'browser.tooManySensors': (v) => `${grouped(v['value'])}はこのページでシミュレーションできる数(最大${grouped(v['max'])})を超えています。大きなデバイス群にはコマンドラインを使ってください。`,
  'browser.tooManyCustomers': (v) => `${grouped(v['value'])}はこのページで扱える数(最大${grouped(v['max'])})を超えています。顧客を増やすにはコマンドラインを使ってください。`,
  'browser.tooMuchMemory': (v) => `この実行には約${v['mb']} MBが必要で、このページの上限(${v['maxMb']} MB)を超えます。fleet.windowsSensors か fleet.customerSizeSigma を下げるか、コマンドラインを使ってください。`,
  migrated: (v) => `バージョン${v['from']}から${v['to']}に移行しました`,
  'migrated.knownBad': (v) => `既知の不良リストは修正に続くようになりました。配信から${v['knownBad']}分は、取り消し(${v['revert']}分)の後の crash.knownBadDelayMinutes = ${v['delay']}分として読みます` +
    (Number(v['knownBad']) < Number(v['revert']) ? '。取り消しより前のリストはもう使えません' : ''),
  'migrated.renamed': (v) => `${v['to']} として読みました`,
  'org.notObject': (v) => `${v['allowed']} を持つJSONオブジェクトが必要です。入力：${got(v['got'])}`,
  'org.version': (v) => `${got(v['got'])}が入力されました。このシミュレーターが読める組織ファイルはバージョン${v['version']}です`,
  'org.unknownClass': (v) => `不明なデバイスの種類です。種類は ${v['classes']} です`,
  'org.classMissing': () => 'ありません。種類ごとに割合を入れるか、すべてに共通の数を1つ入れてください',
  'org.sites': (v) => `${got(v['got'])}が入力されました。1〜${v['max']}か所の拠点のリスト(各拠点は { "region": ..., "devices": { ${v['classes']} } })が必要です`,
  'org.tooManySites': (v) => `拠点が${v['count']}か所あります。${v['max']}か所までです`,
  'org.siteNotObject': (v) => `${got(v['got'])}が入力されました。region と devices を持つオブジェクトが必要です`,
  'org.devicesShape': (v) => `${got(v['got'])}が入力されました。${v['shape']} が必要です(書かれていない種類は0とします)`,
  'org.noDevices': () => 'デバイスがありません。拠点には少なくとも1台必要です',
  'org.tooManyDevices': (v) => `デバイスが合計${v['total']}あります。${v['max']}までです`,
  'file.tooLargeOrg': (v) => `ファイルは${v['bytes']}バイトです。組織ファイルは${v['max']}バイトまでです`,
  'value.share': (v) => `${got(v['got'])}が入力されました。0〜1の割合が必要です`,
  'value.staff': (v) => `${got(v['got'])}が入力されました。0より大きく${v['max']}以下の人数が必要です`,
  'value.boolean': (v) => `${got(v['got'])}が入力されました。true か false が必要です`,
  'value.oneOf': (v) => `${got(v['got'])}が入力されました。${v['allowed']} のいずれかが必要です`,
  'value.shareOrPerClass': (v) => `${got(v['got'])}が入力されました。0〜1の割合か、種類ごとの割合(${v['classes']})が必要です`,
  'value.text': (v) => `${got(v['got'])}が入力されました。${v['max']}文字までの文字列が必要です`,
  'value.wholeNumber': (v) => `${got(v['got'])}が入力されました。0〜${v['max']}の整数が必要です`,
  'free.none': () => '推定するパラメーターがありません。パラメーター一覧のキーを1つ以上指定してください',
  'free.notNumeric': () => '日時は推定できません。数値のパラメーターを選んでください',
  'free.repeated': () => '2回指定されています',
  'free.bound': (v) => `範囲の${v['bound'] === 'max' ? '上限' : '下限'}に${got(v['got'])}が入力されました。${expectedJa(v)}が必要です`,
  'free.emptyRange': (v) => `範囲${num(v['min'])}〜${num(v['max'])}には値がありません。下限は上限より小さくしてください`,
};
