// The engine's public shapes: what goes in (Params) and what comes out (SimResult).
// Kept free of behaviour so the UI, the worker and the command line can `import type` it.

export const SECTORS = [
  'airlines', 'healthcare', 'banking', 'retail', 'emergency', 'government',
  'media', 'rail', 'energy', 'manufacturing', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const REGIONS = [
  'na-east', 'na-central', 'na-west', 'latam', 'uk-ie', 'europe',
  'mea', 'india', 'east-asia', 'se-asia', 'anz',
] as const;
export type Region = (typeof REGIONS)[number];

// Order is the repair priority inside an organisation: servers first (they carry the key
// escrow and the line-of-business systems), then fixed-function endpoints, then desks.
// VMs are fixed by a separate cloud-operations queue.
export const CLASSES = ['server', 'fixed', 'workstation', 'vm'] as const;
export type DeviceClass = (typeof CLASSES)[number];

export type PerClass<T> = Record<DeviceClass, T>;

/**
 * A time that may never come: a number, or the word "never" (a revert that is never made by hand,
 * a vendor tool that never ships). Explicit, so no "huge number" stands in for it anywhere.
 */
export type OrNever = number | 'never';
export type PerSector<T> = Record<Sector, T>;
export type PerRegion<T> = Record<Region, T>;

export interface PushParams {
  publishAt: string;            // ISO 8601 UTC
  /** Minutes after publish of the revert, or 'never' (then only crash telemetry stops the content). */
  revertMinutes: OrNever;
  pollMinutes: number;
  canaryShare: number;
  canaryBakeMinutes: number;
  earlyShare: number;
  earlyBakeMinutes: number;
  /** Crash telemetry threshold that stops the content (halt, or revert on detection); 0 = not watched. */
  haltAfterCrashes: number;
  /** Reaction time: minutes from the threshold being passed to the content stopping. */
  haltDetectionMinutes: number;
  holdbackShare: number;
  holdbackHours: number;
  kernelModeShare: number;
  connectMinutes: number;
}

export interface FleetParams {
  windowsSensors: number;
  customers: number;
  /** Log-sd of the lognormal body of customer sizes. */
  customerSizeSigma: number;
  /** Share of customers, the largest, whose sizes follow the Pareto tail. */
  customerTailShare: number;
  /** Pareto shape of that tail (smaller: heavier). */
  customerTailAlpha: number;
  /** Largest possible customer, in Windows devices (the tail is truncated there). */
  customerSizeMax: number;
  multinationalMinSize: number;
  foreignSiteShare: number;
  eligibleShare: number;
  sectorShare: PerSector<number>;
  regionShare: PerRegion<number>;
  /** Each sector's devices by class (normalised per sector). */
  serverShare: PerSector<number>;
  fixedShare: PerSector<number>;
  workstationShare: PerSector<number>;
  vmShare: PerSector<number>;
  /**
   * Share of each class switched on and polling: on weekdays outside and inside its day, and at
   * weekends; in between it moves linearly from the rise's start to its end (local hours), and
   * back from the fall's start to its end.
   */
  onNight: PerClass<number>;
  onDay: PerClass<number>;
  onWeekendNight: PerClass<number>;
  onWeekendDay: PerClass<number>;
  onRiseFromHour: PerClass<number>;
  onRiseToHour: PerClass<number>;
  onFallFromHour: PerClass<number>;
  onFallToHour: PerClass<number>;
}

export interface CrashParams {
  /** Minutes from the content stopping (revert or halt) until the bad file is on the known-bad list. */
  knownBadDelayMinutes: number;
  rebootMinutes: number;
  fetchPerBoot: PerClass<number>;
  rebootsTried: PerClass<number>;
  opsAttentionMinutes: number;
  /** Local hours between which someone is at shops, clinics and gates every day to restart an endpoint. */
  endpointAttendedFromHour: number;
  endpointAttendedToHour: number;
}

export interface RepairParams {
  staffPer1000: number;
  staffSizeExponent: number;
  /** Size (devices) above which staff per device no longer falls. */
  staffScaleUpTo: number;
  staffSpread: number;
  /** Log-sd of a site's staff around its organisation's rule (multinationals' sites differ). */
  siteStaffSpread: number;
  minStaffPerSite: number;
  cloudOpsShare: number;
  nightShare: PerSector<number>;
  noticeMinutes: number;
  handsOnMinutes: PerClass<number>;
  /** Hands-on time varies uniformly within ± this share of handsOnMinutes. */
  handsOnSpread: number;
  /** Staff minutes per device repaired on site: getting to it, waiting for Safe Mode to come up. */
  walkMinutes: number;
  /** Mean share of an organisation's devices its staff can fix without hands on them. */
  remoteFixShare: PerClass<number>;
  /** How unequal organisations are in that share (0: all at the mean, towards 1: all or nothing). */
  remoteFixSpread: number;
  remoteFixMinutes: number;
  /** Mean share of a site's devices where no one is: a technician travels there. */
  remoteShare: PerClass<number>;
  /** How unequal sites are in that share (0 to 1, as remoteFixSpread). */
  remoteSpread: number;
  travelMinutes: number;
  bitlockerShare: PerClass<number>;
  keyMinutes: number;
  keyEscrowedShare: number;
  /** How unequal organisations are in the share of keys they can find (0 to 1, as remoteFixSpread). */
  keyEscrowSpread: number;
  onPremKeyServerShare: number;
  keyServerRestoreHours: number;
  reimageMinutes: number;
  reimageHours: number;
  workdayStartHour: number;
  workdayEndHour: number;
  crisisDays: number;
  crisisStartHour: number;
  crisisEndHour: number;
  weekendFactor: number;
  /** Crashes at a site spread wider than this are repaired in batches of this length, in arrival order. */
  batchMinutes: number;
  /** Repair staff multiplier per sector (surge help: contractors, vendors, other teams). */
  surgeStaff: PerSector<number>;
  /** Hours after publish from which stuck devices can be fixed over the network. */
  networkFixHours: number;
  /** Share of stuck onsite devices reachable over the network (remote console, network boot). */
  networkFixShare: number;
  /** Staff minutes to fix one reachable device over the network. */
  networkFixMinutes: number;
}

export interface VendorParams {
  usbToolHours: OrNever;
  usbToolSpeedup: number;
  autoRemediationHours: OrNever;
  autoOptInShare: number;
  autoEligibleShare: PerClass<number>;
  autoMeanHours: number;
}

export interface RunParams {
  horizonDays: number;
  checkHours: number;
}

/**
 * Services that run on the devices of an organisation's sites (src/services/catalog.ts says
 * which device classes each needs). Their parameters ride along in Params so scenario files,
 * links and flags can change them; the engine itself never reads them.
 */
export const SERVICES = [
  'checkin', 'crew', 'clinical', 'payments', 'trading', 'tills', 'calls', 'counters', 'playout',
  'signalling', 'control', 'production', 'office',
] as const;
export type ServiceId = (typeof SERVICES)[number];

export interface ServiceParams {
  /** Output of manual work once set up, as a share of normal (0 = no manual fallback). */
  fallbackLevel: number;
  fallbackMinutes: number;
  /** Share of the work not done during the outage that waits and must be caught up. */
  deferShare: number;
  /** USD per hour of fully stopped service per 1,000 Windows devices at the site (absent for airline services: flights carry their cost). */
  costPerHour?: number;
}

export interface ServicesParams extends Record<ServiceId, ServiceParams> {
  /** Thresholds on the share of a device class available: servers and VMs a service cannot run without ('core'), and interchangeable endpoints and desks ('front'). */
  core: { stopBelow: number; fullAt: number };
  front: { stopBelow: number; fullAt: number };
  surgeShare: number;
  unitDevices: PerSector<number>;
  onWindowsShare: PerSector<number>;
  airlines: {
    devicesPerDailyFlight: number;
    maxDelayHours: number;
    replanShare: number;
    costPerCancellation: number;
    costPerDelayMinute: number;
  };
  healthcare: { proceduresPerDay: number };
  fortune500Customers: number;
}

export interface Params {
  push: PushParams;
  fleet: FleetParams;
  crash: CrashParams;
  repair: RepairParams;
  vendor: VendorParams;
  run: RunParams;
  services: ServicesParams;
}

/** Recovery milestones per site and class: the shares of its crashed devices that SiteTable.backAt
 *  reports the time of. */
export const BACK_SHARES = [0.1, 0.25, 0.5, 0.75, 0.9, 1] as const;

/** Per-site outcomes for the service layer and per-organisation figures; index = site. */
export interface SiteTable {
  n: number;
  nCustomers: number;
  /** Customer index 0..nCustomers-1 (a multinational has several sites). */
  customer: Int32Array;
  sector: Uint8Array;
  region: Uint8Array;
  /** Devices per class: [site * NC + class], NC = CLASSES.length. */
  devices: Int32Array;
  /** Crashed devices per class: [site * NC + class]. */
  crashed: Int32Array;
  /** Minutes after publish of the site's first crash of the class (0 when crashed is 0). */
  firstCrash: Float32Array;
  /**
   * Minutes after publish when share BACK_SHARES[k] of the site's crashed devices of the class
   * were back (repaired, self-recovered or auto-fixed): the end of the output bin in which that
   * device came back, so at most one bin (1 minute early in the run, 10 minutes later) after the
   * exact time; Infinity if not within the run; 0 when crashed is 0.
   * Index [(site * NC + class) * BACK_SHARES.length + k].
   */
  backAt: Float32Array;
}

/** Histograms of events per time bin. Arrays are indexed [group][bin] flattened as group*nBins+bin. */
export interface SimResult {
  /** Bin edges in minutes from the publish time; length nBins + 1. */
  binEdges: Float64Array;
  nBins: number;
  publishAtMs: number;
  seed: number;
  fleet: number;
  eligible: number;
  /** Devices that took the bad file (crashed or, for user-mode agents, only the agent failed). */
  exposed: number;
  crashed: number;
  selfRecovered: number;
  autoRemediated: number;
  reimaged: number;
  /** Devices whose user-mode agent failed while Windows stayed up (sensors offline, Windows up). */
  agentOnly: number;
  /** Of those, agents back online within the run (they fetch the fix once it is out). */
  agentOnlyRecovered: number;
  /** Crashed devices still down at the end of the horizon. */
  stillDown: number;
  deviceHoursLost: number;
  /** Minutes after publish at which the content was stopped on crash telemetry (halt, or revert on detection), or null. */
  haltAtMinutes: number | null;
  /** Minutes after publish at which crash telemetry passed push.haltAfterCrashes, or null. */
  detectedAtMinutes: number | null;
  /** Minutes after publish at which the bad content stopped going out (revert or halt); null if it never did. */
  contentEndMinutes: number | null;
  /** Minutes after publish from which the bad file is on the known-bad list (never before the content stops); null if never. */
  knownBadMinutes: number | null;
  exposedByRegion: Float64Array;   // [region][bin] new exposures (crashes and agent-only failures)
  /** [region][bin] new agent-only failures (user-mode agents: the sensor goes offline, Windows stays up). */
  agentFailedByRegion: Float64Array;
  /** [region][bin] agents back online after an agent-only failure. */
  agentRecoveredByRegion: Float64Array;
  crashedBySector: Float64Array;   // [sector][bin] new crashes
  recoveredBySector: Float64Array; // [sector][bin] new recoveries
  crashedByRegion: Float64Array;
  recoveredByRegion: Float64Array;
  crashedByClass: Float64Array;
  recoveredByClass: Float64Array;
  sectorFleet: Float64Array;
  sectorCrashed: Float64Array;
  sectorDeviceHours: Float64Array;
  regionFleet: Float64Array;
  regionExposed: Float64Array;
  regionCrashed: Float64Array;
  /** Share of the region's fleet that was switched on at the publish time (model expectation). */
  regionOnAtPublish: Float64Array;
  classFleet: Float64Array;
  classCrashed: Float64Array;
  sites: SiteTable;
}
