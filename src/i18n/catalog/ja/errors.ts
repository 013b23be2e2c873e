// エラーの文(日本語)。コードと値の一覧は docs/I18N.md。主語(「取り消しまでの時間(push.revertMinutes)：」)の
// 後に続く文なので、完結した文として句点で終える。
import type { errors as en } from '../en/errors.js';
import type { Translation } from '../../message.js';

export const errors: Translation<typeof en> = {
  'error.withSubject': '{subject}：{detail}',
  'error.subject.param': '{label}({key})',
  'error.subject.seed': '乱数シード',
  'error.subject.name': '名前',
  'error.subject.description': '説明',
  'error.subject.version': 'バージョン',
  'error.subject.params': 'パラメーター',

  'error.got.text': '「{text}」',
  'error.got.emptyText': '空の文字列',
  'error.got.null': 'null',
  'error.got.true': 'true',
  'error.got.false': 'false',
  'error.got.list': 'リスト',
  'error.got.object': 'オブジェクト',
  'error.got.nothing': '空欄',

  'error.expect.number': '{min}〜{max}の数値',
  'error.expect.numberWithUnit': '{min}〜{max}の数値(単位：{unit})',
  'error.expect.integer': '{min}〜{max}の整数',
  'error.expect.integerWithUnit': '{min}〜{max}の整数(単位：{unit})',
  'error.expect.dateTime': '{min}年〜{max}年のUTCの日時(「{example}」の形式)',
  'error.expect.text': '文字列',
  'error.expect.object': 'オブジェクト',
  'error.expect.paramsObject': 'パラメーターの値をまとめたオブジェクト',

  'error.emptyValue': '{expected}を入力してください。',
  'error.notNumber': '{got}は数値ではありません。{expected}を指定してください。',
  'error.notWholeNumber': '{got}は整数ではありません。{expected}を指定してください。',
  'error.outOfRange': '{got}は範囲外です。{expected}を指定してください。',
  'error.notDateTime': '{got}は日時として読み取れません。{expected}を指定してください。',
  'error.dateDoesNotExist': '{got}という日時は存在しません。{expected}を指定してください。',
  'error.dateOutOfRange': '{got}は範囲外です。{expected}を指定してください。',
  'error.wrongType': '{expected}を指定してください(指定された値：{got})。',
  'error.textTooLong': '長すぎます({length})。上限は{max}です。',

  'error.unknownParameter': '不明なパラメーターです。',
  'error.unknownParameterDidYouMean': '不明なパラメーターです。{suggestion}のことですか？',
  'error.unknownParameterInGroup': '不明なパラメーターです。{group}にあるのは{known}です。',
  'error.unknownParameterGroup': '不明なパラメーターです。グループは{groups}です。',
  'error.givenTwice': '2回以上指定されています。',
  'error.tooDeep': '入れ子が深すぎます。パラメーターの階層は{depth}段までです。',
  'error.unknownField': '不明な項目です。使える項目は{allowed}です。',
  'error.notScenarioObject': '{fields}を持つJSONオブジェクトが必要です(読み取った値：{got})。',

  'error.badVersion': '{got}はバージョンとして使えません。1〜{max}の整数を指定してください。',
  'error.versionTooNew':
    'このシナリオはバージョン{version}で、このシミュレーターが読めるバージョン({max})より新しいため読み込めません。シミュレーターを更新してください。',
  'error.migrated': 'バージョン{from}から{to}に変換しました。',

  'error.fileTooLarge': 'ファイルが大きすぎます({size})。シナリオファイルは{max}までです。',
  'error.invalidJson': 'JSONとして読み取れません。',
  'error.invalidJsonAt': 'JSONとして読み取れません({line}行目、{column}文字目)。',
  'error.linkTooLong': 'リンクが長すぎます({length})。シナリオのリンクは{max}までです。',
  'error.linkUnreadable': 'リンクのクエリ文字列を読み取れません。',

  'error.ringsOverfull':
    '{canaryLabel}({canary})と{earlyLabel}({early})の合計が{sum}です。リングに入れられるのは全デバイスまで(合計1以下)です。',
  'error.revertAfterRunEnd':
    '{revert}では、計算期間の終わり({horizonLabel}：{days})までに取り消しが行われません。計算期間を延ばすか、取り消しを早めてください。',
  'error.checkAfterRunEnd': '{check}は計算期間の終わり({horizonLabel}：{days})より後です。',
  'error.hoursOrder': '{start}は{endLabel}({end})より前でなければなりません。',
  'error.allSectorsZero': 'すべての業種が0です。少なくとも1つの業種にデバイスが必要です。',
  'error.allRegionsZero': 'すべての地域が0です。少なくとも1つの地域にデバイスが必要です。',
  'error.customersExceedSensors': '{customers}の顧客に対して、センサーが{sensors}しかありません。各顧客に少なくとも1台のデバイスが必要です。',

  'error.tooManySensors': '{value}は、このページで計算できる上限({max})を超えています。より大きな規模はコマンドラインで実行してください。',
  'error.tooManyCustomers': '{value}は、このページで扱える上限({max})を超えています。より多くの顧客はコマンドラインで実行してください。',
  'error.tooMuchMemory':
    'この実行には約{size}のメモリが必要で、ページの上限({max})を超えます。{sensorsLabel}か{spreadLabel}を小さくするか、コマンドラインで実行してください。',
};
