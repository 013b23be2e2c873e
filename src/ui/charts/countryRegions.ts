// Which of the model's 11 regions each country of the world map belongs to. The model has no
// per-country figures (no per-country device counts are public), so the map colours every
// country by its region's figure. Countries are keyed by their ISO 3166-1 numeric code, as in
// Natural Earth's shapes (world-atlas); the three shapes without a code go by name.
//
// Choices worth knowing:
// - The United States and Canada span the three North American regions. They are drawn three
//   times, each clipped to a band of longitude: Pacific and Mountain west of 102° W, Central
//   between 102° W and 87° W, Eastern east of 87° W (close to the time-zone boundaries; Alaska
//   and Hawaii go with the west, the Atlantic provinces with the east).
// - Greenland goes with Eastern North America, its nearest model region.
// - Russia, Turkey and Cyprus go with Continental Europe (most devices near Moscow, Istanbul,
//   Nicosia; offsets within an hour of Berlin's).
// - The Caucasus goes with the Middle East and Africa; Afghanistan and Central Asia with India
//   (the region nearest their UTC offsets); Papua New Guinea and the Pacific islands with
//   Australia and New Zealand.
// - France's shape includes French Guiana, drawn with Continental Europe.
// - Antarctica and the French Southern Lands belong to no region and are not drawn.
import type { Region } from '../../engine/types.js';

/** A region, 'na' for the United States and Canada (split by longitude), or null (not drawn). */
export type CountryRegion = Region | 'na' | null;

const LISTS: Record<Region | 'na' | 'none', readonly string[]> = {
  'na': ['840', '124'],
  'na-east': ['304'],
  'na-central': [],
  'na-west': [],
  'latam': ['484', '320', '084', '340', '222', '558', '188', '591', '192', '388', '332', '214', '630', '044', '780',
    '170', '862', '328', '740', '218', '604', '068', '076', '600', '858', '032', '152', '238'],
  'uk-ie': ['826', '372'],
  'europe': ['250', '724', '620', '380', '276', '528', '056', '442', '756', '040', '208', '578', '752', '246', '352', '616', '203',
    '703', '348', '705', '191', '070', '688', '499', 'Kosovo', '008', '807', '300', '100', '642', '498', '804', '112', '440', '428',
    '233', '643', '792', '196', 'N. Cyprus'],
  'mea': ['504', '732', '012', '788', '434', '818', '729', '728', '231', '232', '262', '706', 'Somaliland', '404', '800', '646', '108',
    '834', '508', '454', '894', '716', '072', '516', '710', '426', '748', '450', '024', '180', '178', '266', '226', '120', '140',
    '148', '562', '566', '204', '768', '288', '384', '854', '466', '478', '686', '270', '624', '324', '694', '430',
    '682', '887', '512', '784', '634', '414', '368', '364', '760', '400', '376', '275', '422', '268', '051', '031'],
  'india': ['356', '586', '050', '144', '524', '064', '004', '398', '860', '795', '417', '762'],
  'east-asia': ['156', '158', '392', '410', '408', '496'],
  'se-asia': ['104', '764', '418', '116', '704', '458', '096', '360', '608', '626'],
  'anz': ['036', '554', '598', '090', '548', '540', '242'],
  'none': ['010', '260'],
};

const BY_KEY = new Map<string, CountryRegion>();
for (const [region, keys] of Object.entries(LISTS)) {
  for (const k of keys) BY_KEY.set(k, region === 'none' ? null : (region as Region | 'na'));
}

/** The region of a country by its ISO numeric code (or its name when it has none); undefined when unknown. */
export function regionOfCountry(id: string | undefined, name: string): CountryRegion | undefined {
  return id !== undefined && BY_KEY.has(id) ? BY_KEY.get(id) : BY_KEY.get(name);
}

/** Bands of longitude (west edge, east edge, degrees) that split the United States and Canada. */
export const NA_BANDS: readonly { region: Region; west: number; east: number }[] = [
  { region: 'na-west', west: -180, east: -102 },
  { region: 'na-central', west: -102, east: -87 },
  { region: 'na-east', west: -87, east: -30 },
];

/** Each region's city (REGION_INFO's representative city), as [longitude, latitude], and where its label goes. */
export const CITY_MARKS: Readonly<Record<Region, { at: [number, number]; dx: number; dy: number; anchor: 'start' | 'end' }>> = {
  'na-east': { at: [-74.0, 40.7], dx: 9, dy: -2, anchor: 'start' },
  'na-central': { at: [-87.6, 41.9], dx: -4, dy: -22, anchor: 'end' },
  'na-west': { at: [-118.2, 34.1], dx: -9, dy: 4, anchor: 'end' },
  'latam': { at: [-46.6, -23.6], dx: 9, dy: 6, anchor: 'start' },
  'uk-ie': { at: [-0.1, 51.5], dx: -9, dy: -10, anchor: 'end' },
  'europe': { at: [13.4, 52.5], dx: 9, dy: -14, anchor: 'start' },
  'mea': { at: [46.7, 24.7], dx: -9, dy: 12, anchor: 'end' },
  'india': { at: [77.2, 28.6], dx: 4, dy: 22, anchor: 'start' },
  'east-asia': { at: [139.7, 35.7], dx: 9, dy: -6, anchor: 'start' },
  'se-asia': { at: [103.8, 1.35], dx: -9, dy: 14, anchor: 'end' },
  'anz': { at: [151.2, -33.9], dx: -9, dy: 14, anchor: 'end' },
};
