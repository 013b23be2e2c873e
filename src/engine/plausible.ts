// How far each assumption could plausibly be off: a low and a high value, and why. Ensembles draw
// assumptions from these ranges (together with the seed), and the sensitivity ranking moves each
// from its low to its high. A value with a published source has a narrow range around it; one
// with none has the range a reader could defend. The registry (params.ts) attaches these to its
// specs; a test checks that every assumption has one and that each lies inside the valid range.

export interface Plausible {
  low: number;
  high: number;
  why: string;
}

const NO_CENSUS = 'no per-sector device census is public; half to one and a half times the assumed share';
const NO_COUNTRY = 'no per-country device counts are public (Microsoft, 20 Jul 2024); 0.7 to 1.3 times the assumed share';
const FETCH = 'chance per boot not measured; anchored on "2-15 reboots" (S-RM) and "as many as 15" for Azure VMs (Microsoft)';
const TRIES = 'how many times people retried before hands-on repair varied; a few either way';
const BITLOCKER = 'enterprise disk encryption 50-62% in older surveys; no current BitLocker share is public';
const REMOTE_FIX = 'out-of-band consoles, network boot and guided fixes were reported without counts';
const AUTO = 'how many devices the opt-in automation reached is not published';
const ON_LEVEL = 'who leaves machines on is surveyed for office PCs only: 44% switched off at night (LBNL, 2001), about 60% left on evenings and weekends (1E / Alliance to Save Energy, 2007)';
const ON_HOUR = 'when people arrive and leave varies by an hour or so either way';
const CLASS_MIX = 'no per-sector device census is public; half to one and a half times the assumed share';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const SERVICE_NAMES = ['checkin', 'crew', 'clinical', 'payments', 'trading', 'tills', 'calls', 'counters', 'playout', 'signalling', 'control', 'production', 'office'] as const;
const SERVICE_DEFAULTS: Record<(typeof SERVICE_NAMES)[number], [level: number, minutes: number, defer: number, costPerHour?: number]> = {
  checkin: [0.3, 60, 0.9], crew: [0.25, 120, 0.9], clinical: [0.6, 30, 0.8, 173_000], payments: [0, 60, 0.9, 125_000],
  trading: [0.2, 30, 0.3, 70_000], tills: [0.3, 15, 0.2, 170_000], calls: [0.6, 30, 0, 134_000], counters: [0.2, 60, 0.8, 134_000],
  playout: [0.5, 120, 0, 168_000], signalling: [0.5, 30, 0, 168_000], control: [0.7, 15, 0.5, 168_000],
  production: [0.3, 60, 0.7, 168_000], office: [0.2, 60, 0.7, 168_000],
};
const UNIT_DEVICES = { airlines: 250, healthcare: 1000, banking: 30, retail: 25, emergency: 60, government: 100, media: 300, rail: 50, energy: 200, manufacturing: 300, other: 100 } as const;
const ON_WINDOWS_ASSUMED = { emergency: 0.7, government: 0.7, media: 0.7, rail: 0.7, energy: 0.5, manufacturing: 0.2 } as const;

/** The service layer's assumptions: manual fallbacks, deferred work, cost per hour, unit sizes. */
const SERVICES_PLAUSIBLE: Record<string, Plausible> = Object.fromEntries([
  ...SERVICE_NAMES.flatMap((name) => {
    const [level, minutes, defer, cost] = SERVICE_DEFAULTS[name];
    return [
      [`services.${name}.fallbackLevel`, { low: clamp01(level - 0.2), high: clamp01(level + 0.2), why: 'how much of a service goes on by hand is not published' }],
      [`services.${name}.fallbackMinutes`, { low: minutes / 2, high: minutes * 2, why: 'how long switching to manual work takes is not published' }],
      [`services.${name}.deferShare`, { low: clamp01(defer - 0.2), high: clamp01(defer + 0.2), why: 'how much stopped work is made up later rather than lost is not published' }],
      ...(cost ? [[`services.${name}.costPerHour`, { low: cost * 0.5, high: cost * 2, why: 'downtime costs $140k-$540k an hour around an average of $336k (Gartner 2014); spread per device is a guess' }]] : []),
    ];
  }),
  ...Object.entries(UNIT_DEVICES).map(([s, d]) => [`services.unitDevices.${s}`, { low: d / 2, high: d * 2, why: 'Windows devices per hospital, branch, station or channel: no census' }]),
  ...Object.entries(ON_WINDOWS_ASSUMED).map(([s, d]) => [`services.onWindowsShare.${s}`, { low: clamp01(d - 0.2), high: clamp01(d + 0.2), why: 'share of the sector\'s services that ran on the crashed machines; Parametrix gave shares for some sectors only' }]),
  ['services.core.stopBelow', { low: 0.3, high: 0.7, why: 'share of core servers up below which a service stops: a guess' }],
  ['services.core.fullAt', { low: 0.8, high: 0.98, why: 'share of core servers up at which a service runs normally: a guess' }],
  ['services.front.stopBelow', { low: 0.02, high: 0.15, why: 'share of front-line devices up below which a service stops: a guess' }],
  ['services.front.fullAt', { low: 0.25, high: 0.5, why: 'share of front-line devices up at which a service runs normally, tuned with the airline figures' }],
  ['services.surgeShare', { low: 0.1, high: 0.5, why: 'how much faster than normal a backlog is worked off' }],
  ['services.airlines.maxDelayHours', { low: 2, high: 5, why: 'how long a flight is delayed before it is cancelled' }],
  ['services.airlines.replanShare', { low: 0.1, high: 0.25, why: 'share of a day\'s schedule crew systems re-plan per day, calibrated on Delta\'s five days' }],
  ['services.healthcare.proceduresPerDay', { low: 15, high: 60, why: 'procedures per hospital-equivalent and weekday: a guess' }],
]);

export const PLAUSIBLE: Readonly<Record<string, Plausible>> = {
  ...SERVICES_PLAUSIBLE,
  'push.pollMinutes': { low: 5, high: 60, why: 'the sensor\'s content polling interval is not published; minutes to an hour' },
  'push.haltDetectionMinutes': { low: 5, high: 60, why: 'reaction time of monitoring and an on-call decision' },
  'fleet.windowsSensors': { low: 13_800_000, high: 15_300_000, why: 'tuned so the baseline crashes about 8.5M; Microsoft\'s figure is a lower bound from sampled, opt-in crash reports (27 Jul 2024)' },
  'fleet.customers': { low: 26_000, high: 32_000, why: '"about 29,000 customers" (WSJ, July 2024)' },
  'fleet.customerSizeSigma': { low: 1.4, high: 2.2, why: 'customer sizes are heavy-tailed; no published distribution' },
  'fleet.customerTailShare': { low: 0.01, high: 0.04, why: 'over 500 of the Fortune 1000 among about 29,000 customers; where the power law starts is a guess' },
  'fleet.customerSizeMax': { low: 150_000, high: 600_000, why: 'the largest customer\'s Windows estate is not published; Delta alone had about 77,000 crash' },
  'fleet.multinationalMinSize': { low: 500, high: 10_000, why: 'the size at which customers run sites abroad is a guess' },
  'fleet.foreignSiteShare': { low: 0.15, high: 0.5, why: 'how much of a multinational sits outside its home region varies widely' },
  'fleet.eligibleShare': { low: 0.9, high: 0.995, why: 'most sensors update themselves; some customers pin older versions' },
  ...Object.fromEntries(([
    ['airlines', 0.03], ['healthcare', 0.12], ['banking', 0.14], ['retail', 0.1], ['emergency', 0.01], ['government', 0.1],
    ['media', 0.03], ['rail', 0.05], ['energy', 0.05], ['manufacturing', 0.14], ['other', 0.23],
  ] as const).map(([s, v]) => [`fleet.sectorShare.${s}`, { low: v * 0.5, high: v * 1.5, why: NO_CENSUS }])),
  ...Object.fromEntries(([
    ['na-east', 0.3], ['na-central', 0.13], ['na-west', 0.12], ['latam', 0.04], ['uk-ie', 0.07], ['europe', 0.12],
    ['mea', 0.03], ['india', 0.04], ['east-asia', 0.06], ['se-asia', 0.04], ['anz', 0.05],
  ] as const).map(([r, v]) => [`fleet.regionShare.${r}`, { low: v * 0.7, high: v * 1.3, why: NO_COUNTRY }])),
  ...Object.fromEntries(([
    ['airlines', [0.08, 0.22, 0.52, 0.18]], ['healthcare', [0.07, 0.2, 0.6, 0.13]], ['banking', [0.1, 0.05, 0.6, 0.25]],
    ['retail', [0.05, 0.5, 0.35, 0.1]], ['emergency', [0.1, 0.2, 0.6, 0.1]], ['government', [0.08, 0.05, 0.7, 0.17]],
    ['media', [0.1, 0.05, 0.65, 0.2]], ['rail', [0.08, 0.25, 0.55, 0.12]], ['energy', [0.1, 0.15, 0.6, 0.15]],
    ['manufacturing', [0.08, 0.15, 0.65, 0.12]], ['other', [0.08, 0.02, 0.7, 0.2]],
  ] as const).flatMap(([s, mix]) => (['server', 'fixed', 'workstation', 'vm'] as const).map((c, k) =>
    [`fleet.${c}Share.${s}`, { low: mix[k]! * 0.5, high: clamp01(mix[k]! * 1.5), why: CLASS_MIX }]))),
  ...Object.fromEntries(([
    ['server', [[0.95, 0.995], [0.95, 0.995], [0.95, 0.995], [0.95, 0.995]]],
    ['fixed', [[0.4, 0.7], [0.85, 0.98], [0.4, 0.7], [0.85, 0.98]]],
    ['workstation', [[0.15, 0.5], [0.8, 0.95], [0.15, 0.4], [0.2, 0.45]]],
    ['vm', [[0.85, 0.98], [0.85, 0.98], [0.85, 0.98], [0.85, 0.98]]],
  ] as const).flatMap(([c, levels]) => (['onNight', 'onDay', 'onWeekendNight', 'onWeekendDay'] as const).map((name, k) =>
    [`fleet.${name}.${c}`, { low: levels[k]![0], high: levels[k]![1], why: ON_LEVEL }]))),
  ...Object.fromEntries(([
    ['server', [6.5, 9, 16, 21]], ['fixed', [5, 8, 18, 23]], ['workstation', [6.5, 9, 16, 21]], ['vm', [6.5, 9, 16, 21]],
  ] as const).flatMap(([c, hours]) => (['onRiseFromHour', 'onRiseToHour', 'onFallFromHour', 'onFallToHour'] as const).map((name, k) =>
    [`fleet.${name}.${c}`, { low: Math.max(0, hours[k]! - 1), high: Math.min(24, hours[k]! + 1), why: ON_HOUR }]))),
  'push.connectMinutes': { low: 1, high: 5, why: 'how soon a sensor takes content after the machine switches on or wakes is not published' },
  'crash.endpointAttendedFromHour': { low: 6, high: 8, why: 'opening hours of shops, clinics and airports vary' },
  'crash.endpointAttendedToHour': { low: 20, high: 23, why: 'opening hours of shops, clinics and airports vary' },
  ...Object.fromEntries(([
    ['airlines', 0.3], ['healthcare', 0.25], ['banking', 0.1], ['retail', 0.08], ['emergency', 0.35], ['government', 0.05],
    ['media', 0.2], ['rail', 0.2], ['energy', 0.2], ['manufacturing', 0.1], ['other', 0.05],
  ] as const).map(([s, v]) => [`repair.nightShare.${s}`, { low: v * 0.5, high: clamp01(v * 2), why: 'night shifts and on-call rotas of IT staff by sector are not published' }])),
  'repair.handsOnSpread': { low: 0.3, high: 0.7, why: 'how much one repair differs from the next is not published' },
  'repair.minStaffPerSite': { low: 0.5, high: 2, why: 'the smallest sites share a person with others or have one or two' },
  'repair.batchMinutes': { low: 360, high: 1440, why: 'how staff reorder work when crashes come over days (rings, holdback) is a guess' },
  'crash.knownBadDelayMinutes': { low: 0, high: 100, why: 'when the bad file reached the known-bad list is not published; not before the revert, and at most about as long again' },
  'crash.rebootMinutes': { low: 2, high: 6, why: 'a crash-and-reboot cycle takes a few minutes, longer on servers' },
  'crash.fetchPerBoot.server': { low: 0.04, high: 0.15, why: FETCH },
  'crash.fetchPerBoot.fixed': { low: 0.08, high: 0.25, why: FETCH },
  'crash.fetchPerBoot.workstation': { low: 0.08, high: 0.25, why: FETCH },
  'crash.fetchPerBoot.vm': { low: 0.05, high: 0.25, why: FETCH },
  'crash.rebootsTried.server': { low: 2, high: 8, why: TRIES },
  'crash.rebootsTried.fixed': { low: 1, high: 6, why: TRIES },
  'crash.rebootsTried.workstation': { low: 1, high: 6, why: TRIES },
  'crash.rebootsTried.vm': { low: 8, high: 25, why: '"as many as 15" reboots for Azure VMs (Microsoft, 20 Jul 2024); operators scripted more' },
  'crash.opsAttentionMinutes': { low: 15, high: 120, why: 'how fast operators started restarting servers, at night in the Americas' },
  'repair.staffPer1000': { low: 7, high: 16, why: 'calibrated to the 97% of 25 July and the first day; IT staff run 1 per 18-40 employees (Mercer/ITAA 2003), and only some of them repair desks' },
  'repair.staffSizeExponent': { low: -0.4, high: -0.15, why: 'fitted to Mercer/ITAA 2003 staffing ratios by size, an old survey' },
  'repair.staffScaleUpTo': { low: 5000, high: 50_000, why: 'Mercer/ITAA 2003 stop at 10,000 employees and more; how staffing goes on beyond is not surveyed' },
  'repair.siteStaffSpread': { low: 0, high: 0.6, why: 'how differently a multinational staffs its sites is not published' },
  'repair.walkMinutes': { low: 2, high: 15, why: 'finding a desk and waiting for Safe Mode; not published' },
  'repair.remoteFixShare.server': { low: 0.1, high: 0.6, why: REMOTE_FIX },
  'repair.remoteFixShare.fixed': { low: 0, high: 0.2, why: REMOTE_FIX },
  'repair.remoteFixShare.workstation': { low: 0.02, high: 0.3, why: REMOTE_FIX },
  'repair.remoteFixShare.vm': { low: 0.1, high: 0.6, why: REMOTE_FIX },
  'repair.remoteFixSpread': { low: 0.5, high: 2, why: 'how unequal organisations\' remote tooling is: not published' },
  'repair.remoteFixMinutes': { low: 1, high: 10, why: 'a console session or a guided call per device; not published' },
  'repair.remoteSpread': { low: 0.5, high: 2, why: 'how unequal sites are in unattended devices: not published' },
  'repair.keyEscrowSpread': { low: 0.5, high: 2.5, why: 'how lost keys were spread over organisations: reported without counts' },
  'repair.staffSpread': { low: 1.2, high: 1.9, why: 'how unequal customers\' repair capacity was (contractors, outsourcing) is not published' },
  'repair.cloudOpsShare': { low: 0.05, high: 0.3, why: 'share of repair effort on virtual machines' },
  'repair.noticeMinutes': { low: 10, high: 120, why: 'time from the first crash to organised repair, at any hour' },
  'repair.handsOnMinutes.server': { low: 15, high: 45, why: 'servers about 20 min each by hand (Grant Thornton Australia via The Register, July 2024), more with consoles and change control' },
  'repair.handsOnMinutes.fixed': { low: 8, high: 30, why: 'kiosks and terminals are awkward to reach; no published figure' },
  'repair.handsOnMinutes.workstation': { low: 3, high: 8, why: 'PCs in 3-5 min with key barcodes (Grant Thornton Australia via The Register, July 2024); slower hands and typed commands take longer' },
  'repair.handsOnMinutes.vm': { low: 3, high: 20, why: 'disk repair or restore by script; no published figure' },
  'repair.remoteShare.server': { low: 0, high: 0.15, why: 'servers mostly sit in data centres with staff or remote consoles' },
  'repair.remoteShare.fixed': { low: 0.3, high: 0.7, why: 'stores, gates and clinics are spread out; no published figure' },
  'repair.remoteShare.workstation': { low: 0.1, high: 0.4, why: 'branch offices and home workers; no published figure' },
  'repair.remoteShare.vm': { low: 0, high: 0.02, why: 'virtual machines need no travel' },
  'repair.bitlockerShare.server': { low: 0.1, high: 0.4, why: BITLOCKER },
  'repair.bitlockerShare.fixed': { low: 0.2, high: 0.6, why: BITLOCKER },
  'repair.bitlockerShare.workstation': { low: 0.4, high: 0.8, why: BITLOCKER },
  'repair.bitlockerShare.vm': { low: 0.05, high: 0.3, why: BITLOCKER },
  'repair.travelMinutes': { low: 20, high: 90, why: 'a drive to a branch or a store; no published figure' },
  'repair.keyMinutes': { low: 2, high: 10, why: 'keys scanned as barcodes at best (Grant Thornton), typed from a portal at worst' },
  'repair.keyEscrowedShare': { low: 0.9, high: 0.995, why: 'share of recovery keys that could be found; lost keys were reported without counts' },
  'repair.onPremKeyServerShare': { low: 0.3, high: 0.7, why: 'key servers that crashed too were reported without counts' },
  'repair.keyServerRestoreHours': { low: 1, high: 12, why: 'time to bring a crashed key server back after work on it starts' },
  'repair.reimageMinutes': { low: 30, high: 180, why: 'no published figure for rebuilding a device' },
  'repair.reimageHours': { low: 8, high: 72, why: 'imaging, applications and hand-over; no published figure' },
  'repair.workdayStartHour': { low: 7, high: 9, why: 'local working day' },
  'repair.workdayEndHour': { low: 17, high: 19, why: 'local working day' },
  'repair.crisisDays': { low: 2, high: 4, why: 'many customers worked the weekend of 20-21 July; how long the long days lasted varied' },
  'repair.crisisStartHour': { low: 6, high: 8, why: 'start of a long crisis day' },
  'repair.crisisEndHour': { low: 20, high: 24, why: 'end of a long crisis day' },
  'repair.weekendFactor': { low: 0.2, high: 0.7, why: 'share of staff working a normal weekend after the crisis days' },
  'repair.networkFixMinutes': { low: 3, high: 15, why: 'a remote console session or a network boot per device; no published figure' },
  'vendor.usbToolSpeedup': { low: 1, high: 1.8, why: 'how much Microsoft\'s USB tool sped up a repair is not published' },
  'vendor.autoOptInShare': { low: 0.25, high: 0.75, why: 'share of customers that opted into automated remediation; not published' },
  'vendor.autoEligibleShare.server': { low: 0.4, high: 0.8, why: AUTO },
  'vendor.autoEligibleShare.fixed': { low: 0.2, high: 0.6, why: AUTO },
  'vendor.autoEligibleShare.workstation': { low: 0.4, high: 0.8, why: AUTO },
  'vendor.autoEligibleShare.vm': { low: 0.5, high: 0.9, why: AUTO },
  'vendor.autoMeanHours': { low: 4, high: 24, why: 'time from availability to a device fixed automatically; not published' },
};
