// The model's names on charts in the page's language: sectors, regions and their cities (the
// results rows carry the English label), and a region's local clock ("Fri 04:09" / "金曜 13:09").
import type { Region, Sector, ServiceId } from '../../engine/types.js';
import { jaServiceName } from '../../i18n/params/ja.js';
import { localTimeAt } from '../../results/index.js';
import { REFERENCE } from '../../services/reference.js';
import { pageLocale, ui } from '../pageLocale.js';

const ja = () => pageLocale() === 'ja';

export const sectorLabel = (row: { sector: Sector; label: string }): string => (ja() ? ui().sector(row.sector) : row.label);
export const regionLabel = (row: { region: Region; label: string }): string => (ja() ? ui().region(row.region) : row.label);
/** A service's name ("Check-in and boarding" / "チェックインと搭乗"); the results rows carry the English label. */
export const serviceName = (s: { id: ServiceId; label: string }): string => (ja() ? jaServiceName(s.id) : s.label);
export const cityLabel = (row: { region: Region; city: string }): string => (ja() ? ui().city(row.region) : row.city);

/** The local weekday and clock at a fixed UTC offset. */
export function localClock(ms: number, offsetHours: number): string {
  return ja() ? ui().clockAtOffset(ms, offsetHours) : localTimeAt(ms, offsetHours).text;
}

const JA_UNITS: Readonly<Record<string, string>> = {
  'airport station': '空港の拠点', hospital: '病院', 'bank branch': '銀行の支店', store: '店舗', 'dispatch centre': '指令センター',
  'public office': '官公庁の窓口', channel: '放送チャンネル', station: '駅', 'control site': '制御拠点', plant: '工場', office: 'オフィス',
};

/** What a sector's service is counted in ("hospital", "store"), in the page's language. */
export const serviceUnit = (unit: string): string => (ja() ? JA_UNITS[unit] ?? unit : unit);

/** The published figures' sources (src/services/reference.ts) in Japanese: the same figures, our own wording. */
const JA_REFERENCE: Readonly<Record<keyof typeof REFERENCE, string>> = {
  worldFlightsPerDay: 'Cirium：2024年7月20日に世界で予定されていた便は約10万4,000便',
  flightsCancelled19Jul: 'FlightAware：2024年7月19日(金)に世界で欠航した便は5,171便(原因を問わず)',
  crowdstrikeCancellations5Days: 'Cirium：障害後5日間のデルタ航空の欠航約6,500便は、クラウドストライク関連の世界の欠航の3分の2',
  deltaCancellations: 'デルタ航空の届出(2024年8月)：約5日間で約7,000便が欠航、影響を受けた乗客は130万人',
  deltaCostUSD: 'デルタ航空のSEC届出(2024年8月)：損失は約5億5,000万ドル(減収3億8,000万ドル、費用1億7,000万ドル)',
  unitedCancellations: '2024年7月の報道：ユナイテッド航空の欠航は1,600便超(7月20日(土)に15%、7月21日(日)に9%、FlightAware)',
  americanCancellations: '2024年7月の報道：アメリカン航空の欠航は900便超',
  fortune500LossUSD: 'Parametrix(2024年7月24日)：米国Fortune 500企業(Microsoftを除く)の直接損失は54億ドル、影響を受けたのは125社、保険でカバーされるのは10〜20%',
  fortune500HealthcareUSD: 'Parametrix(2024年7月24日)：医療 19億3,800万ドル',
  fortune500BankingUSD: 'Parametrix(2024年7月24日)：銀行 11億4,900万ドル',
  fortune500AirlinesUSD: 'Parametrix(2024年7月24日)：Fortune 500の航空会社6社で約8億6,000万ドル',
  usHospitals: '米国病院協会(2024年)：米国の病院は6,120',
  usDispatchCentres: 'NENA(2011年)：米国の911通報の一次・二次受付センター(PSAP)は約6,100',
};

/** A published figure's source in the page's language. */
export const referenceSource = (key: keyof typeof REFERENCE): string => (ja() ? JA_REFERENCE[key] : REFERENCE[key].source);
