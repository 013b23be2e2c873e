// The model's names on charts in the page's language: sectors, regions and their cities (the
// results rows carry the English label), and a region's local clock ("Fri 04:09" / "金曜 13:09").
import type { Region, Sector } from '../../engine/types.js';
import { localTimeAt } from '../../results/index.js';
import { pageLocale, ui } from '../pageLocale.js';

const ja = () => pageLocale() === 'ja';

export const sectorLabel = (row: { sector: Sector; label: string }): string => (ja() ? ui().sector(row.sector) : row.label);
export const regionLabel = (row: { region: Region; label: string }): string => (ja() ? ui().region(row.region) : row.label);
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
