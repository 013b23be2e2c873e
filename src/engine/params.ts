// Every model parameter in one place: unit, valid range, default, and where the default comes
// from. The defaults form the July 2024 baseline; scenarios override them by key.
// "assumption" marks values with no published figure; docs/MODEL.md says how each was chosen.
import { PLAUSIBLE, type Plausible } from './plausible.js';
import { REGION_INFO } from './regions.js';
import { SECTOR_INFO } from './sectors.js';
import { CLASSES, REGIONS, SECTORS, type Params, type ServiceId } from './types.js';

export type ParamGroup = 'push' | 'fleet' | 'crash' | 'repair' | 'vendor' | 'run' | 'services';
export type ParamKind = 'number' | 'integer' | 'datetime';

export interface ParamSpec {
  /** Dotted path into Params, e.g. "push.revertMinutes". */
  key: string;
  group: ParamGroup;
  label: string;
  unit: string;
  kind: ParamKind;
  min: number;
  max: number;
  step: number;
  default: number | string;
  source: string;
  help: string;
  /** The value may also be the word "never" (a time that never comes): see OrNever in types.ts. */
  never?: boolean;
  /** How far the value could plausibly be off (assumptions): ensembles and the sensitivity ranking use it. */
  plausible?: Plausible;
}

const A = 'assumption';
const PIR = 'CrowdStrike, Preliminary Post Incident Review, 24 Jul 2024';

type Spec = Omit<ParamSpec, 'kind' | 'step'> & { kind?: ParamKind; step?: number };
const specs: Spec[] = [];
const add = (s: Spec) => specs.push(s);
const share = (key: string, group: ParamGroup, label: string, def: number, source: string, help: string) =>
  add({ key, group, label, unit: 'share', min: 0, max: 1, step: 0.01, default: def, source, help });

// ---- the push -------------------------------------------------------------------------------
add({ key: 'push.publishAt', group: 'push', label: 'Publish time', unit: 'UTC', kind: 'datetime',
  min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1), default: '2024-07-19T04:09:00Z', source: PIR,
  help: 'When the faulty content file went out (Friday 19 July 2024, 04:09 UTC). Any weekday and hour can be set: the local time and weekday in each region decide who had a machine on and when staff are at work. Every time in the run, the check point included, counts from here.' });
add({ key: 'push.revertMinutes', group: 'push', label: 'Revert after', unit: 'min', kind: 'integer',
  min: 1, max: 20160, default: 78, source: `${PIR} (04:09 to 05:27 UTC)`, never: true,
  help: 'Minutes from publish until the file was replaced; machines polling later get the fixed file. "never": no revert at a set time, only crash telemetry stops the content (revert on detection, see the automatic halt).' });
add({ key: 'push.pollMinutes', group: 'push', label: 'Content poll interval', unit: 'min',
  min: 1, max: 720, default: 10, source: A,
  help: 'How often a switched-on sensor picks up new content.' });
add({ key: 'push.connectMinutes', group: 'push', label: 'Content after switching on', unit: 'min',
  min: 0, max: 60, step: 0.5, default: 2, source: A,
  help: 'Minutes from a device switching on (or waking) to its sensor taking the content on offer.' });
share('push.canaryShare', 'push', 'Canary ring share', 0, 'what-if (PIR commitment: canary deployment)',
  'Share of devices in a first ring that gets the content at publish. 0 = no rings (July 2024).');
add({ key: 'push.canaryBakeMinutes', group: 'push', label: 'Canary bake time', unit: 'min', kind: 'integer',
  min: 0, max: 10080, default: 120, source: 'what-if',
  help: 'Minutes the canary ring runs before the next ring gets the content.' });
share('push.earlyShare', 'push', 'Early ring share', 0, 'what-if (PIR: increasing rings of deployment)',
  'Share of devices in a second ring after the canary. The rest form the general ring.');
add({ key: 'push.earlyBakeMinutes', group: 'push', label: 'Early ring bake time', unit: 'min', kind: 'integer',
  min: 0, max: 10080, default: 240, source: 'what-if',
  help: 'Minutes the early ring runs before the general ring gets the content.' });
add({ key: 'push.haltAfterCrashes', group: 'push', label: 'Automatic halt after', unit: 'crashes', kind: 'integer',
  min: 0, max: 10_000_000, default: 0, source: 'what-if (PIR: monitoring during rollout)',
  help: 'Once crash telemetry reaches this many devices, the content is stopped a reaction time later: the rollout halted or the file reverted, which for the devices is the same. A small canary that crashes slowly reaches it later than a full push. With the revert set to "never", this is revert on detection. 0 = no automatic halt.' });
add({ key: 'push.haltDetectionMinutes', group: 'push', label: 'Halt reaction time', unit: 'min', kind: 'integer',
  min: 0, max: 1440, default: 15, source: A,
  help: 'Minutes from crash telemetry crossing the threshold to the content actually stopping (halt, or revert on detection).' });
share('push.holdbackShare', 'push', 'Customers holding content back', 0, 'what-if (PIR: customer control over content)',
  'Share of customers who take content only after a delay (an N-1 style policy).');
add({ key: 'push.holdbackHours', group: 'push', label: 'Holdback delay', unit: 'h',
  min: 0, max: 168, step: 0.5, default: 24, source: 'what-if',
  help: 'How long those customers wait. A revert reaches everyone at once, so a delay longer than the exposure window protects them.' });
share('push.kernelModeShare', 'push', 'Agents in the kernel', 1, 'Microsoft resilience work, Jul-Nov 2024 (what-if below 1)',
  'Share of sensors whose failure takes Windows down. Below 1, the rest run in user mode: the agent fails, the machine stays up.');

// ---- the fleet ------------------------------------------------------------------------------
add({ key: 'fleet.windowsSensors', group: 'fleet', label: 'Windows sensors', unit: 'devices', kind: 'integer',
  min: 1000, max: 200_000_000, default: 14_550_000,
  source: 'assumption, calibrated so the baseline crashes about 8.5 million (Microsoft, 20 Jul 2024); the real count is not public',
  help: 'All Windows machines running the sensor, switched on or not.' });
add({ key: 'fleet.customers', group: 'fleet', label: 'Customers', unit: 'organisations', kind: 'integer',
  min: 1, max: 1_000_000, default: 29_000, source: 'about 29,000 customers (WSJ, July 2024)',
  help: 'Organisations running the sensor. Each repairs its own machines.' });
add({ key: 'fleet.customerSizeSigma', group: 'fleet', label: 'Customer size spread', unit: 'log-sd',
  min: 0, max: 3, step: 0.05, default: 1.8, source: A,
  help: 'Spread of the lognormal body of customer sizes (all but the largest customers): 1.8 gives many with a few dozen to a few hundred machines.' });
add({ key: 'fleet.customerTailShare', group: 'fleet', label: 'Customers in the heavy tail', unit: 'share', min: 0, max: 0.5, step: 0.005, default: 0.02,
  source: 'assumption: about the share of large enterprises among the customers (over 500 of the Fortune 1000 among about 29,000; CrowdStrike, WSJ, July 2024)',
  help: 'Share of customers, the largest, whose sizes follow a power law (Pareto) instead of the lognormal body: a few customers with tens of thousands of machines. 0 = lognormal only.' });
add({ key: 'fleet.customerTailAlpha', group: 'fleet', label: 'Heavy tail shape', unit: 'exponent',
  min: 0.5, max: 3, step: 0.01, default: 1.06,
  source: 'Axtell, "Zipf distribution of U.S. firm sizes", Science 293 (2001): US firms by employees, Pareto exponent 1.06',
  help: 'Pareto shape of the largest customers\' sizes: smaller puts more of the fleet in the very largest customers.' });
add({ key: 'fleet.customerSizeMax', group: 'fleet', label: 'Largest customer', unit: 'devices', kind: 'integer',
  min: 100, max: 50_000_000, default: 300_000,
  source: 'assumption: the largest enterprises run a few hundred thousand Windows machines; Delta alone had about 77,000 crash (Delta filings, Aug 2024)',
  help: 'No customer is larger than this: the heavy tail stops here. The median customer\'s size follows from the rest, so that customers hold the whole fleet.' });
add({ key: 'fleet.multinationalMinSize', group: 'fleet', label: 'Multinational from', unit: 'devices', kind: 'integer',
  min: 1, max: 10_000_000, default: 2000, source: A,
  help: 'Customers at least this large have sites in other regions.' });
share('fleet.foreignSiteShare', 'fleet', 'Devices at foreign sites', 0.3, A,
  'For multinationals, the share of devices outside the home region, spread like the whole fleet.');
share('fleet.eligibleShare', 'fleet', 'Sensors on 7.11 or later', 0.97, `assumption (${PIR}: sensor 7.11+ affected)`,
  'Share of Windows sensors whose version could load the faulty file.');

const SECTOR_SHARE: Record<(typeof SECTORS)[number], number> = {
  airlines: 0.03, healthcare: 0.12, banking: 0.14, retail: 0.1, emergency: 0.01, government: 0.1,
  media: 0.03, rail: 0.05, energy: 0.05, manufacturing: 0.14, other: 0.23,
};
for (const info of SECTOR_INFO) share(`fleet.sectorShare.${info.id}`, 'fleet', `Sector share: ${info.label}`, SECTOR_SHARE[info.id], A,
  `Share of the Windows sensor fleet in ${info.label.toLowerCase()}. Sector shares are normalised to sum to 1.`);

// Loosely follows a vendor whose revenue is about two-thirds from the United States; no
// per-country device counts exist (Microsoft, 20 Jul 2024).
const REGION_SHARE: Record<(typeof REGIONS)[number], number> = {
  'na-east': 0.3, 'na-central': 0.13, 'na-west': 0.12, latam: 0.04, 'uk-ie': 0.07, europe: 0.12,
  mea: 0.03, india: 0.04, 'east-asia': 0.06, 'se-asia': 0.04, anz: 0.05,
};
for (const info of REGION_INFO) share(`fleet.regionShare.${info.id}`, 'fleet', `Region share: ${info.label}`, REGION_SHARE[info.id], A,
  `Share of the fleet in ${info.label} (UTC${info.utcOffsetHours >= 0 ? '+' : ''}${info.utcOffsetHours} in July). Region shares are normalised to sum to 1.`);

// How each sector's Windows estate splits into device classes (normalised per sector). No
// per-sector device census is public: point-of-sale heavy retail, clinical carts in hospitals,
// check-in desks at airlines show up as fixed-function endpoints; banks and offices run many VMs.
const CLASS_MIX: Record<(typeof SECTORS)[number], [server: number, fixed: number, workstation: number, vm: number]> = {
  airlines: [0.08, 0.22, 0.52, 0.18], healthcare: [0.07, 0.2, 0.6, 0.13], banking: [0.1, 0.05, 0.6, 0.25],
  retail: [0.05, 0.5, 0.35, 0.1], emergency: [0.1, 0.2, 0.6, 0.1], government: [0.08, 0.05, 0.7, 0.17],
  media: [0.1, 0.05, 0.65, 0.2], rail: [0.08, 0.25, 0.55, 0.12], energy: [0.1, 0.15, 0.6, 0.15],
  manufacturing: [0.08, 0.15, 0.65, 0.12], other: [0.08, 0.02, 0.7, 0.2],
};
const CLASS_NAME = { server: 'physical servers', fixed: 'fixed-function endpoints', workstation: 'workstations', vm: 'virtual machines' } as const;
CLASSES.forEach((c, k) => {
  for (const info of SECTOR_INFO) share(`fleet.${c}Share.${info.id}`, 'fleet', `Share of ${CLASS_NAME[c]}: ${info.label}`, CLASS_MIX[info.id][k]!,
    'assumption (no per-sector device census is public)',
    `Share of ${info.label.toLowerCase()} Windows devices that are ${CLASS_NAME[c]}. A sector's four class shares are normalised to sum to 1.`);
});

// Who is switched on when (availability.ts): a level at night and one in the day, on weekdays and
// at weekends, with straight ramps between them at the local hours below.
type OnRow = [night: number, day: number, weekendNight: number, weekendDay: number, riseFrom: number, riseTo: number, fallFrom: number, fallTo: number];
const ON: Record<(typeof CLASSES)[number], OnRow> = {
  server: [0.98, 0.98, 0.98, 0.98, 6.5, 9, 16, 21],
  fixed: [0.55, 0.92, 0.55, 0.92, 5, 8, 18, 23],
  workstation: [0.3, 0.9, 0.25, 0.32, 6.5, 9, 16, 21],
  vm: [0.92, 0.92, 0.92, 0.92, 6.5, 9, 16, 21],
};
const ON_SOURCE = (c: (typeof CLASSES)[number], k: number): string =>
  c === 'workstation' && k === 0
    ? 'assumption: about 44% of office PCs are switched off at night (LBNL field surveys, 2001) and many of the rest sleep'
    : c === 'workstation' && k === 1 ? 'assumption: most office PCs are on in working hours' : A;
const ON_LEVELS = [
  ['onNight', 'Switched on, weekday nights', 'on weekday nights, outside the day'],
  ['onDay', 'Switched on, weekday days', 'in the middle of a weekday'],
  ['onWeekendNight', 'Switched on, weekend nights', 'on weekend nights'],
  ['onWeekendDay', 'Switched on, weekend days', 'in the middle of a weekend day'],
] as const;
const ON_HOURS = [
  ['onRiseFromHour', 'Morning rise starts', 'Local hour at which the share of {c} switched on starts rising from its night level.'],
  ['onRiseToHour', 'Morning rise ends', 'Local hour by which the share of {c} switched on has reached its day level.'],
  ['onFallFromHour', 'Evening fall starts', 'Local hour at which the share of {c} switched on starts falling from its day level.'],
  ['onFallToHour', 'Evening fall ends', 'Local hour by which the share of {c} switched on is back at its night level.'],
] as const;
ON_LEVELS.forEach(([name, label, when], k) => {
  for (const c of CLASSES) share(`fleet.${name}.${c}`, 'fleet', `${label}: ${c}`, ON[c][k]!, ON_SOURCE(c, k),
    `Share of ${CLASS_NAME[c]} switched on, awake and polling for content ${when}.`);
});
ON_HOURS.forEach(([name, label, help], k) => {
  for (const c of CLASSES) {
    add({ key: `fleet.${name}.${c}`, group: 'fleet', label: `${label}: ${c}`, unit: 'local hour', min: 0, max: 24, step: 0.5,
      default: ON[c][4 + k]!, source: A, help: `${help.replace('{c}', CLASS_NAME[c])} The four hours are in order: rise starts, rise ends, fall starts, fall ends.` });
  }
});

// ---- the crash ------------------------------------------------------------------------------
add({ key: 'crash.knownBadDelayMinutes', group: 'crash', label: 'Known-bad list after the fix', unit: 'min', kind: 'integer',
  min: 0, max: 20160, default: 0, source: 'assumption: listed when the file was reverted (CrowdStrike, 19 Jul 2024)',
  help: 'Minutes from the content stopping (the revert, or a halt on crash telemetry) until the bad file is on the known-bad list. From then a rebooting machine can fetch the list before it crashes and recover by itself, and a failed user-mode agent comes back. The list never comes before the fix.' });
add({ key: 'crash.rebootMinutes', group: 'crash', label: 'Reboot cycle', unit: 'min',
  min: 0.5, max: 60, step: 0.5, default: 3, source: A, help: 'Minutes for one crash-and-reboot cycle.' });
// Desks and endpoints calibrated with the inequality of staff (docs/MODEL.md, "Recalibration"):
// 0.15 a boot is about 7 boots on average, inside the 2-15 reboots reported. Servers stay at 0.08:
// at 0.15 airline data centres healed so fast that flights cancelled on 19 July fell below half
// the reported figure.
const FETCH = { server: 0.08, fixed: 0.15, workstation: 0.15, vm: 0.1 };
const REBOOTS = { server: 4, fixed: 3, workstation: 3, vm: 15 };
for (const c of CLASSES) {
  share(`crash.fetchPerBoot.${c}`, 'crash', `Fetch chance per boot: ${c}`, FETCH[c],
    'assumption, anchored on "2-15 reboots" (S-RM) and "as many as 15" (Microsoft, 20 Jul 2024)',
    `Chance that one boot of a ${c} fetches the known-bad list before the crash (higher on wired and data-centre networks).`);
  add({ key: `crash.rebootsTried.${c}`, group: 'crash', label: `Reboots tried: ${c}`, unit: 'reboots', kind: 'integer',
    min: 0, max: 50, default: REBOOTS[c],
    source: c === 'vm' ? 'Microsoft: Azure VMs needed "as many as 15" reboots (20 Jul 2024)' : 'assumption: Windows stops at the recovery screen after a few failed boots; a person retries a few times',
    help: `Reboots tried on a crashed ${c} before it waits for hands-on repair.` });
}
add({ key: 'crash.opsAttentionMinutes', group: 'crash', label: 'Operators respond within', unit: 'min', kind: 'integer',
  min: 0, max: 1440, default: 45, source: A,
  help: 'Minutes before operators start restarting crashed servers and VMs (desks and endpoints wait for someone at work).' });
add({ key: 'crash.endpointAttendedFromHour', group: 'crash', label: 'Endpoints attended from', unit: 'local hour',
  min: 0, max: 23.5, step: 0.5, default: 7, source: A,
  help: 'Local hour from which someone is at shops, clinics and gates, every day of the week, to restart a crashed kiosk, till or gate terminal.' });
add({ key: 'crash.endpointAttendedToHour', group: 'crash', label: 'Endpoints attended until', unit: 'local hour',
  min: 0.5, max: 24, step: 0.5, default: 21, source: A,
  help: 'Local hour until which someone is there to restart a crashed endpoint.' });

// ---- the repair -----------------------------------------------------------------------------
add({ key: 'repair.staffPer1000', group: 'repair', label: 'Repair staff', unit: 'per 1,000 devices',
  min: 0.05, max: 200, step: 0.05, default: 11,
  source: 'assumption, calibrated with repair.staffSpread to "over 97% back on 25 Jul" (CrowdStrike) and at least 70% of crashed devices back by 23:00 UTC on 19 Jul (after Sevco); IT staff run 1 per 18-40 employees (Mercer/ITAA 2003)',
  help: 'People doing hands-on repair per 1,000 Windows devices, at a 500-device customer.' });
add({ key: 'repair.staffSizeExponent', group: 'repair', label: 'Staff economies of scale', unit: 'exponent',
  min: -1, max: 0.5, step: 0.01, default: -0.27,
  source: 'Mercer/ITAA 2003: 1 IT worker per 18 employees under 500, per 40 at 10,000+ (exponent fitted)',
  help: 'Larger customers have fewer IT staff per device: staff per device scales with size to this power.' });
add({ key: 'repair.staffScaleUpTo', group: 'repair', label: 'Economies of scale up to', unit: 'devices', kind: 'integer',
  min: 500, max: 10_000_000, default: 10_000,
  source: 'Mercer/ITAA 2003: 1 IT worker per 40 employees at 10,000 and more, the survey\'s largest band',
  help: 'Staff per device stops falling with size beyond this many devices: the largest customers are staffed like one of this size.' });
add({ key: 'repair.staffSpread', group: 'repair', label: 'Staff spread between customers', unit: 'log-sd',
  min: 0, max: 2, step: 0.05, default: 1.6,
  source: 'assumption, calibrated: a fast first day and a long tail together need unequal organisations (the fit puts it at 1.2-1.6)',
  help: 'Customers differ in how many hands they can find (outsourcing, contractors): the log-sd of a lognormal factor with mean 1.' });
add({ key: 'repair.siteStaffSpread', group: 'repair', label: 'Staff spread between sites', unit: 'log-sd',
  min: 0, max: 2, step: 0.05, default: 0.3, source: A,
  help: 'A site\'s staff differs from its organisation\'s rule by a lognormal factor with mean 1 and this log-sd (a multinational\'s sites are not staffed alike).' });
share('repair.cloudOpsShare', 'repair', 'Staff on cloud and VMs', 0.15, A,
  'Share of repair staff fixing virtual machines with scripts, around the clock.');
// Share of a sector's repair staff on duty outside working hours: 24/7 operations keep night
// shifts and on-call rotas (assumption).
const NIGHT_SHARE: Record<(typeof SECTORS)[number], number> = {
  airlines: 0.3, healthcare: 0.25, banking: 0.1, retail: 0.08, emergency: 0.35, government: 0.05,
  media: 0.2, rail: 0.2, energy: 0.2, manufacturing: 0.1, other: 0.05,
};
for (const info of SECTOR_INFO) share(`repair.nightShare.${info.id}`, 'repair', `Night shift: ${info.label}`, NIGHT_SHARE[info.id], A,
  `Share of ${info.label.toLowerCase()} repair staff at work outside working hours (night shifts, on-call).`);
add({ key: 'repair.noticeMinutes', group: 'repair', label: 'Time to start repairs', unit: 'min', kind: 'integer',
  min: 0, max: 2880, default: 30, source: A, help: 'From the first crash at a site until its staff start repairing.' });
// Grant Thornton Australia fixed PCs in 3-5 minutes each (keys scanned as barcodes) and servers
// in about 20 by hand (The Register, July 2024): 4 and 20. Walking to the device and waiting for
// Safe Mode are repair.walkMinutes; an unlisted key is repair.keyMinutes.
const HANDS = { server: 20, fixed: 15, workstation: 4, vm: 8 };
const REMOTE = { server: 0.05, fixed: 0.5, workstation: 0.2, vm: 0 };
const BITLOCKER = { server: 0.2, fixed: 0.4, workstation: 0.6, vm: 0.1 };
const REMOTE_FIX = { server: 0.3, fixed: 0.05, workstation: 0.1, vm: 0.3 };
for (const c of CLASSES) {
  add({ key: `repair.handsOnMinutes.${c}`, group: 'repair', label: `Hands-on time: ${c}`, unit: 'min',
    min: 0.5, max: 600, step: 0.5, default: HANDS[c],
    source: c === 'workstation' || c === 'server'
      ? 'Grant Thornton Australia: PCs in 3-5 min with key barcodes, servers about 20 min (The Register, Jul 2024)'
      : A,
    help: `Staff minutes to fix one ${c} by hand (Safe Mode or WinRE, delete the file, reboot), before keys and travel.` });
  share(`repair.remoteShare.${c}`, 'repair', `At remote sites: ${c}`, REMOTE[c], A,
    `Share of ${c} devices where no one from IT is (branches, stores, clinics, unattended kiosks), on average over sites: a technician travels there, after the site's other ${c} devices.`);
  share(`repair.remoteFixShare.${c}`, 'repair', `Fixed remotely: ${c}`, REMOTE_FIX[c], A,
    `Share of an organisation's ${c} devices its staff can fix without hands on them (out-of-band consoles such as iLO, iDRAC or vPro, network boot into a repair image, a user guided by phone; for VMs, bulk scripts), on average over organisations.`);
  share(`repair.bitlockerShare.${c}`, 'repair', `BitLocker: ${c}`, BITLOCKER[c],
    'assumption; enterprise disk encryption 50-62% in older surveys',
    `Share of ${c} devices with an encrypted system disk: repair needs the recovery key.`);
}
add({ key: 'repair.handsOnSpread', group: 'repair', label: 'Hands-on time varies by', unit: 'share',
  min: 0, max: 0.95, step: 0.05, default: 0.5, source: A,
  help: 'Each device\'s hands-on time is drawn uniformly within this share either side of the class\'s hands-on time.' });
add({ key: 'repair.minStaffPerSite', group: 'repair', label: 'Least staff at a site', unit: 'people',
  min: 0.05, max: 100, step: 0.05, default: 1, source: 'assumption: every site has someone who can fix machines (staff, contractor or service provider)',
  help: 'A site never has fewer people for repairs than this, however small.' });
add({ key: 'repair.walkMinutes', group: 'repair', label: 'Walk and wait per device', unit: 'min',
  min: 0, max: 120, step: 0.5, default: 6,
  source: 'assumption: the part of a hands-on repair beyond Grant Thornton\'s 3-5 minutes at the keyboard (finding the device, waiting for Safe Mode)',
  help: 'Staff minutes added to each device repaired by hand where someone is (a device at a remote site takes the travel time instead).' });
add({ key: 'repair.remoteFixMinutes', group: 'repair', label: 'Remote fix per device', unit: 'min',
  min: 0.5, max: 120, step: 0.5, default: 3, source: A,
  help: 'Staff minutes to fix one device remotely (plus finding its BitLocker key, if encrypted); no walk and no travel.' });
add({ key: 'repair.remoteFixSpread', group: 'repair', label: 'Remote reach: inequality', unit: 'log-odds sd',
  min: 0, max: 5, step: 0.05, default: 1, source: A,
  help: 'How unequal organisations are in the share of devices they can fix remotely: each has a logit-normal share around the mean with this standard deviation of its log-odds. 0 = all at the mean; 2 or more = most near none, a few near all.' });
add({ key: 'repair.remoteSpread', group: 'repair', label: 'Remote sites: inequality', unit: 'log-odds sd',
  min: 0, max: 5, step: 0.05, default: 1, source: A,
  help: 'How unequal sites are in their share of devices where no one is (logit-normal around the mean, as above): a store chain\'s region is mostly unattended tills, a head office has none.' });
add({ key: 'repair.travelMinutes', group: 'repair', label: 'Travel per remote device', unit: 'min',
  min: 0, max: 600, step: 1, default: 40, source: A, help: 'Staff minutes added for a device at a remote site.' });
add({ key: 'repair.keyMinutes', group: 'repair', label: 'Finding the BitLocker key', unit: 'min',
  min: 0, max: 120, step: 0.5, default: 4, source: 'assumption; Grant Thornton scanned keys as barcodes (The Register, Jul 2024)',
  help: 'Staff minutes to look up and type a 48-digit recovery key.' });
share('repair.keyEscrowedShare', 'repair', 'Keys escrowed', 0.97, A,
  'Share of encrypted devices whose recovery key can be found, on average over organisations. The rest are re-imaged.');
add({ key: 'repair.keyEscrowSpread', group: 'repair', label: 'Keys escrowed: inequality', unit: 'log-odds sd',
  min: 0, max: 5, step: 0.05, default: 1.5,
  source: 'assumption: key backup is mostly a policy an organisation enforced or did not; lost keys were reported without counts',
  help: 'How unequal organisations are in the share of keys they can find (logit-normal around the mean, as above): most find every key, a few lose many.' });
share('repair.onPremKeyServerShare', 'repair', 'Keys on an on-site server', 0.5,
  'assumption; key servers that crashed too were reported without counts (parameters.md)',
  'Share of customers whose key escrow (Active Directory, MBAM) runs on Windows servers with the sensor: if it crashed, keys wait until it is back.');
add({ key: 'repair.keyServerRestoreHours', group: 'repair', label: 'Restoring the key server', unit: 'h',
  min: 0, max: 168, step: 0.5, default: 4, source: A, help: 'Elapsed hours to bring a crashed key server back, after it is first worked on.' });
add({ key: 'repair.reimageMinutes', group: 'repair', label: 'Re-image staff time', unit: 'min',
  min: 1, max: 1440, step: 1, default: 60, source: 'assumption (no published figure)',
  help: 'Staff minutes to rebuild a device whose key is lost.' });
add({ key: 'repair.reimageHours', group: 'repair', label: 'Re-image elapsed time', unit: 'h',
  min: 0, max: 336, step: 0.5, default: 24, source: 'assumption (no published figure)',
  help: 'Extra elapsed hours before a rebuilt device is back in service (imaging, apps, hand-over).' });
add({ key: 'repair.workdayStartHour', group: 'repair', label: 'Workday starts', unit: 'local hour',
  min: 0, max: 23, step: 0.5, default: 8, source: A, help: 'Local hour normal repair work starts.' });
add({ key: 'repair.workdayEndHour', group: 'repair', label: 'Workday ends', unit: 'local hour',
  min: 1, max: 24, step: 0.5, default: 18, source: A, help: 'Local hour normal repair work stops.' });
add({ key: 'repair.crisisDays', group: 'repair', label: 'Crisis days', unit: 'days', kind: 'integer',
  min: 0, max: 14, default: 3, source: 'assumption (weekend of 20-21 Jul worked through at many customers)',
  help: 'Days of long hours, weekend or not, from when a site is hit (its first crash, once its staff are called in). The crisis follows the hit, not the calendar.' });
add({ key: 'repair.crisisStartHour', group: 'repair', label: 'Crisis day starts', unit: 'local hour',
  min: 0, max: 23, step: 0.5, default: 7, source: A, help: 'Local hour work starts on crisis days.' });
add({ key: 'repair.crisisEndHour', group: 'repair', label: 'Crisis day ends', unit: 'local hour',
  min: 1, max: 24, step: 0.5, default: 22, source: A, help: 'Local hour work stops on crisis days.' });
share('repair.weekendFactor', 'repair', 'Weekend staffing', 0.4, A,
  'Share of staff working a weekend day after the crisis days.');
add({ key: 'repair.batchMinutes', group: 'repair', label: 'Repair batches when crashes spread', unit: 'min',
  min: 10, max: 10080, step: 10, default: 720, source: A,
  help: 'When a site\'s crashes spread over more than this (rings, holdback), its staff work in batches of this length in the order devices crashed, servers first within a batch.' });
for (const info of SECTOR_INFO) add({ key: `repair.surgeStaff.${info.id}`, group: 'repair', label: `Surge staff: ${info.label}`, unit: '×',
  min: 0.1, max: 10, step: 0.05, default: 1, source: 'what-if (1 = the sector\'s own staff, as in July 2024)',
  help: `Multiplies the repair staff of every ${info.label.toLowerCase()} customer: contractors, vendor engineers, staff lent by other organisations or the state. 1 = their own staff.` });
add({ key: 'repair.networkFixHours', group: 'repair', label: 'Network repair from', unit: 'h after publish',
  min: 0, max: 720, step: 1, default: 12, source: 'what-if',
  help: 'From this time, the devices reachable over the network (repair.networkFixShare) are fixed without hands on the machine: no travel, and repair.networkFixMinutes of staff time instead of the hands-on time.' });
share('repair.networkFixShare', 'repair', 'Fixable over the network', 0, 'what-if (0: July 2024 as modelled; the remote reach organisations already had is repair.remoteFixShare)',
  'Share of stuck servers, endpoints and desks that staff can fix over the network: a remote console (iLO, iDRAC, vPro) or a network boot into a repair image. Virtual machines are fixed remotely anyway, by cloud operations.');
add({ key: 'repair.networkFixMinutes', group: 'repair', label: 'Network repair time', unit: 'min',
  min: 0.5, max: 600, step: 0.5, default: 6, source: A,
  help: 'Staff minutes to fix one device over the network (the BitLocker key lookup comes on top).' });

// ---- vendor help ----------------------------------------------------------------------------
add({ key: 'vendor.usbToolHours', group: 'vendor', label: 'Microsoft USB tool from', unit: 'h after publish',
  min: 0, max: 720, step: 1, default: 40, source: 'Microsoft recovery tool, 20-21 Jul 2024', never: true,
  help: 'When Microsoft\'s bootable recovery tool became available. "never": the tool never comes.' });
add({ key: 'vendor.usbToolSpeedup', group: 'vendor', label: 'USB tool speed-up', unit: '×',
  min: 1, max: 5, step: 0.05, default: 1.3, source: A, help: 'How much faster hands-on repairs go once the tool is there.' });
add({ key: 'vendor.autoRemediationHours', group: 'vendor', label: 'Automated remediation from', unit: 'h after publish',
  min: 0, max: 720, step: 1, default: 68, source: 'CrowdStrike opt-in automated remediation, announced 21-22 Jul 2024', never: true,
  help: 'When CrowdStrike\'s opt-in automated (cloud) remediation became available. "never": it never comes.' });
share('vendor.autoOptInShare', 'vendor', 'Customers opting in', 0.5, A,
  'Share of customers who opted in to automated remediation.');
const AUTO = { server: 0.6, fixed: 0.4, workstation: 0.6, vm: 0.7 };
for (const c of CLASSES) share(`vendor.autoEligibleShare.${c}`, 'vendor', `Auto-remediable: ${c}`, AUTO[c], A,
  `Share of still-crashed ${c} devices at an opted-in customer that the automated technique can reach (wired, still rebooting).`);
add({ key: 'vendor.autoMeanHours', group: 'vendor', label: 'Automated fix delay', unit: 'h',
  min: 0, max: 168, step: 0.5, default: 8, source: A,
  help: 'Mean hours from availability until an eligible device is fixed automatically.' });

// ---- the run --------------------------------------------------------------------------------
add({ key: 'run.horizonDays', group: 'run', label: 'Simulated days', unit: 'days',
  min: 1, max: 60, step: 1, default: 14, source: 'model choice', help: 'How long after publish the simulation runs.' });
add({ key: 'run.checkHours', group: 'run', label: 'Check point', unit: 'h after publish',
  min: 0, max: 1440, step: 0.05, default: 151.85,
  source: '2024-07-25 12:00 UTC, the day CrowdStrike reported over 97% of Windows sensors back (George Kurtz, 25 Jul 2024)',
  help: 'When the summary reads sensors online and crashed devices recovered, in hours after the publish time: it moves with the publish time, so a release on another day or hour is read after the same time to recover.' });

// ---- services (read by src/services/, never by the engine) ---------------------------------
// What stopped devices mean for the services organisations run on them, and what an hour of
// stopped service costs. docs/MODEL.md ("Services") explains each; docs/SOURCES.md lists the
// published figures.
const SV = 'services';
share('services.core.stopBelow', SV, 'Core systems: stop below', 0.5, A,
  'A service stops when fewer than this share of the servers (or VMs) it runs on are up: a transaction needs a chain of several servers, any of which can be the one still down.');
share('services.core.fullAt', SV, 'Core systems: full from', 0.9, A,
  'A service runs normally again once this share of its servers (or VMs) is up; in between it runs degraded.');
share('services.front.stopBelow', SV, 'Front-line devices: stop below', 0.05, A,
  'A service stops when fewer than this share of its endpoints or desks (check-in kiosks, tills, dispatch consoles, clinical workstations) are up.');
share('services.front.fullAt', SV, 'Front-line devices: full from', 0.35, 'assumption, with services.airlines.replanShare calibrated on airline recoveries (most within a day or two, Delta about five days)',
  'Endpoints and desks are interchangeable, and the ones a service needs are fixed first: with this share of them up, people share desks and the service runs normally.');
share('services.surgeShare', SV, 'Catch-up capacity', 0.25, A,
  'Extra output (overtime, extra shifts) available to work off a backlog once systems are back, as a share of normal output.');
add({ key: 'services.fortune500Customers', group: SV, label: 'Fortune-500-like customers', unit: 'customers', kind: 'integer',
  min: 1, max: 5000, default: 298, source: 'Parametrix, 24 Jul 2024: CrowdStrike worked with 298 of the Fortune 500',
  help: 'The comparison set for Parametrix\'s $5.4 billion: this many of the largest customers whose home region is in North America.' });

// [id, label, fallback level, fallback minutes, defer share, cost per hour per 1,000 devices, fallback meaning]
// Cost per hour: Gartner (2014) $336,000 per hour of downtime for an average organisation,
// spread over an assumed 2,000 Windows devices = $168 per device-hour; scaled between sectors by
// Ponemon's per-incident costs (financial 773k, healthcare 690k, retail 673k, public 531k; mean 667k).
type SvcRow = [ServiceId, string, number, number, number, number | null, string];
const SERVICE_ROWS: SvcRow[] = [
  ['checkin', 'Check-in and boarding', 0.3, 60, 0.9, null, 'hand-written boarding passes and manual check-in (reported at several airports on 19 Jul 2024)'],
  ['crew', 'Crew tracking and dispatch', 0.25, 120, 0.9, null, 'crew scheduling by phone and spreadsheets'],
  ['clinical', 'Clinical systems (EHR)', 0.6, 30, 0.8, 173_000, 'paper downtime procedures; urgent care continues, planned procedures do not'],
  ['payments', 'Payments and core banking', 0, 60, 0.9, 125_000, 'none: payments wait in queues'],
  ['trading', 'Trading and branch desks', 0.2, 30, 0.3, 70_000, 'orders taken by phone'],
  ['tills', 'Tills and card payments', 0.3, 15, 0.2, 170_000, 'cash only'],
  ['calls', 'Emergency call-taking and dispatch', 0.6, 30, 0, 134_000, 'calls rerouted to backup centres, dispatch on paper cards'],
  ['counters', 'Public counters and case work', 0.2, 60, 0.8, 134_000, 'paper forms'],
  ['playout', 'Broadcast playout', 0.5, 120, 0, 168_000, 'backup playout with a reduced programme'],
  ['signalling', 'Signalling desks and passenger information', 0.5, 30, 0, 168_000, 'manual working at reduced capacity'],
  ['control', 'Control rooms and field work', 0.7, 15, 0.5, 168_000, 'manual operation of plant'],
  ['production', 'Plant floor and order systems', 0.3, 60, 0.7, 168_000, 'paper orders and manual line control'],
  ['office', 'Office systems', 0.2, 60, 0.7, 168_000, 'phone and paper'],
];
const COST_SOURCE = 'Gartner 2014 ($336k per hour) over an assumed 2,000 Windows devices per organisation, scaled by Ponemon c. 2013 sector costs';
for (const [id, label, level, minutes, defer, cost, fallback] of SERVICE_ROWS) {
  share(`services.${id}.fallbackLevel`, SV, `${label}: manual fallback output`, level, A,
    `Output of manual work as a share of normal, once set up (${fallback}). 0 = no fallback.`);
  add({ key: `services.${id}.fallbackMinutes`, group: SV, label: `${label}: time to fall back`, unit: 'min', kind: 'integer',
    min: 0, max: 2880, default: minutes, source: A, help: 'Minutes from the service dropping below the manual level until manual work is running.' });
  share(`services.${id}.deferShare`, SV, `${label}: work that waits`, defer, A,
    'Share of the work not done during the outage that waits and is caught up afterwards (the rest is lost): the backlog that keeps the service busy after its systems are back.');
  if (cost !== null) {
    add({ key: `services.${id}.costPerHour`, group: SV, label: `${label}: cost of an hour stopped`, unit: 'USD/h per 1,000 devices',
      min: 0, max: 100_000_000, step: 1000, default: cost, source: COST_SOURCE,
      help: 'Loss per hour of fully stopped service (in its opening hours), per 1,000 Windows devices of the site; partial output loses a part.' });
  }
}

// Service units: what people count (hospitals, dispatch centres, stores) in Windows devices each.
export const SECTOR_UNIT: Readonly<Record<(typeof SECTORS)[number], string>> = {
  airlines: 'airport station', healthcare: 'hospital', banking: 'bank branch', retail: 'store', emergency: 'dispatch centre',
  government: 'public office', media: 'channel', rail: 'station', energy: 'control site', manufacturing: 'plant', other: 'office',
};
const UNIT_DEVICES: Record<(typeof SECTORS)[number], number> = {
  airlines: 250, healthcare: 1000, banking: 30, retail: 25, emergency: 60, government: 100, media: 300, rail: 50,
  energy: 200, manufacturing: 300, other: 100,
};
for (const info of SECTOR_INFO) {
  const unit = SECTOR_UNIT[info.id];
  const n = UNIT_DEVICES[info.id];
  add({ key: `services.unitDevices.${info.id}`, group: SV, label: `Devices per ${unit}: ${info.label}`, unit: 'devices',
    min: 1, max: 1_000_000, step: 1, default: n,
    source: info.id === 'banking' ? 'assumption (gives about 68,000 branches, close to the 68,600 FDIC-insured US branches, 2024)' : A,
    help: `Windows devices per ${unit}: turns a site's devices into the units its outage is counted in.` });
}

// Share of customers whose services depend on the Windows machines that crashed. Parametrix
// (24 Jul 2024) found all Fortune 500 airlines, about 75% of healthcare and banking companies,
// 43% of retailers and 21% of software and IT companies affected; CrowdStrike served 298 of the
// 500 (60%), so among its customers the shares are those divided by 0.6 (at most 1).
const ON_WINDOWS: Record<(typeof SECTORS)[number], [number, string]> = {
  airlines: [1, 'Parametrix: all Fortune 500 airlines affected'],
  healthcare: [1, 'Parametrix: about 75% of Fortune 500 healthcare companies affected, /0.6'],
  banking: [1, 'Parametrix: about 75% of Fortune 500 banks affected, /0.6'],
  retail: [0.72, 'Parametrix: 43% of Fortune 500 retailers and wholesalers affected, /0.6'],
  emergency: [0.7, A], government: [0.7, A], media: [0.7, A], rail: [0.7, A], energy: [0.5, A],
  manufacturing: [0.2, 'assumption (Parametrix: manufacturing lost $36M across 130 Fortune 500 companies, the least per company)'],
  other: [0.35, 'Parametrix: 21% of Fortune 500 software and IT companies affected (mostly Linux), /0.6'],
};
for (const info of SECTOR_INFO) {
  const [v, src] = ON_WINDOWS[info.id];
  share(`services.onWindowsShare.${info.id}`, SV, `Services on the crashed machines: ${info.label}`, v, src,
    `Share of ${info.label.toLowerCase()} customers whose services run on their Windows machines with the sensor; the rest run them on mainframes, Linux or hosted systems the outage did not touch.`);
}

add({ key: 'services.airlines.devicesPerDailyFlight', group: SV, label: 'Airline devices per daily flight', unit: 'devices', min: 1, max: 1000, step: 0.5, default: 19,
  source: 'Delta: about 40,000 servers and 37,000 computers (Delta filings, Aug 2024) for about 4,000 flights a day (FlightAware: about 600 cancellations were 16% of Monday 22 Jul)',
  help: 'Sets each airline customer\'s schedule: its Windows devices divided by this.' });
add({ key: 'services.airlines.maxDelayHours', group: SV, label: 'Flights cancelled after a delay of', unit: 'h', min: 0.5, max: 24, step: 0.5, default: 3, source: A,
  help: 'A flight that cannot leave within this many hours of its slot is cancelled (crews time out, aircraft are needed elsewhere).' });
share('services.airlines.replanShare', SV, 'Crew re-planning capacity', 0.15, 'assumption, calibrated on Delta: about 7,000 flights cancelled over about five days (Delta filings, Aug 2024)',
  'Share of a day\'s schedule whose crews and aircraft the crew-tracking system can put back in position per day, when it runs. Until they are, their flights are cancelled too.');
add({ key: 'services.airlines.costPerCancellation', group: SV, label: 'Cost per cancelled flight', unit: 'USD', min: 0, max: 10_000_000, step: 1000, default: 79_000,
  source: 'Delta: about $550M on about 7,000 cancellations (Delta SEC filing, Aug 2024; the per-flight figure is a division)',
  help: 'Lost revenue and costs per cancelled flight.' });
add({ key: 'services.airlines.costPerDelayMinute', group: SV, label: 'Cost per minute of delay', unit: 'USD/min', min: 0, max: 10_000, step: 0.1, default: 100.8,
  source: 'Airlines for America, 2023: US aircraft block time $100.80 per minute',
  help: 'Cost of each minute a flight leaves late.' });
add({ key: 'services.healthcare.proceduresPerDay', group: SV, label: 'Planned procedures per hospital', unit: 'per weekday', min: 0, max: 1000, step: 1, default: 30, source: A,
  help: 'Planned (elective) procedures per hospital per weekday, between 07:00 and 17:00 local; postponed while clinical systems are impaired, even on paper.' });

export const PARAM_SPECS: readonly ParamSpec[] = specs.map((s) => ({
  kind: 'number',
  step: s.kind === 'integer' ? 1 : 0.01,
  ...s,
  ...(PLAUSIBLE[s.key] ? { plausible: PLAUSIBLE[s.key] } : {}),
}));

export const PARAM_BY_KEY: ReadonlyMap<string, ParamSpec> = new Map(PARAM_SPECS.map((s) => [s.key, s]));

/** Reads a dotted key from a nested object. */
export function getPath(obj: unknown, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Writes a dotted key into a nested object, creating levels as needed. */
export function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (cur[part] === undefined || typeof cur[part] !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** A fresh copy of the July 2024 baseline parameters. */
export function defaultParams(): Params {
  const out: Record<string, unknown> = {};
  for (const s of PARAM_SPECS) setPath(out, s.key, s.default);
  return out as unknown as Params;
}

/** Defaults with flat overrides applied (keys must already be validated). */
export function withOverrides(overrides: Readonly<Record<string, number | string>>): Params {
  const p = defaultParams() as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(overrides)) setPath(p, k, v);
  return p as unknown as Params;
}

/** Flat key/value view of a Params object, in registry order. */
export function flattenParams(p: Params): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const s of PARAM_SPECS) out[s.key] = getPath(p, s.key) as number | string;
  return out;
}
