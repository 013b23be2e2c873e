// Which services each sector runs, on which device classes, and in which local hours. The
// dependencies follow how these operations are built (check-in desks and kiosks talk to
// departure-control servers; crew tracking runs on servers and is worked from desks; clinicians
// use workstations in front of EHR servers; tills in front of store and payment servers; dispatch
// consoles in front of CAD servers; playout runs on servers). They are assumptions, stated here
// once; the numbers that go with them (thresholds, fallbacks, costs) are in src/engine/params.ts.
import { SECTOR_UNIT } from '../engine/params.js';
import type { DeviceClass, Sector, ServiceId } from '../engine/types.js';

/** 'core': servers or VMs the service cannot run without; 'front': interchangeable endpoints and desks. */
export type Role = 'core' | 'front';

/** Local opening hours [from, to), every day or on weekdays only (the region's weekend is closed). */
export interface OpenHours {
  from: number;
  to: number;
  weekdays: boolean;
}

export interface ServiceInfo {
  id: ServiceId;
  sector: Sector;
  label: string;
  deps: readonly { cls: DeviceClass; role: Role }[];
  /** Hours in which the service is needed; null = around the clock. Lost hours count only these. */
  hours: OpenHours | null;
  /** Airline services lose money through flights (cancellations, delays), the rest per hour stopped. */
  costedBy: 'flights' | 'hours';
}

const core = (cls: DeviceClass) => ({ cls, role: 'core' as const });
const front = (cls: DeviceClass) => ({ cls, role: 'front' as const });
const DAILY = (from: number, to: number): OpenHours => ({ from, to, weekdays: false });
const WEEKDAYS = (from: number, to: number): OpenHours => ({ from, to, weekdays: true });

/** Departures run 06:00-23:00 local (assumption: a typical airport day with a night curfew). */
export const FLIGHT_HOURS = DAILY(6, 23);
/** Planned procedures run 07:00-17:00 local on weekdays (assumption). */
export const ELECTIVE_HOURS = WEEKDAYS(7, 17);

export const SERVICE_INFO: readonly ServiceInfo[] = [
  { id: 'checkin', sector: 'airlines', label: 'Check-in and boarding', deps: [front('fixed'), core('server')], hours: FLIGHT_HOURS, costedBy: 'flights' },
  { id: 'crew', sector: 'airlines', label: 'Crew tracking and dispatch', deps: [core('server'), front('workstation')], hours: null, costedBy: 'flights' },
  { id: 'clinical', sector: 'healthcare', label: 'Clinical systems (EHR)', deps: [core('server'), front('workstation')], hours: null, costedBy: 'hours' },
  { id: 'payments', sector: 'banking', label: 'Payments and core banking', deps: [core('server'), core('vm')], hours: null, costedBy: 'hours' },
  { id: 'trading', sector: 'banking', label: 'Trading and branch desks', deps: [front('workstation'), core('server')], hours: WEEKDAYS(9, 17), costedBy: 'hours' },
  { id: 'tills', sector: 'retail', label: 'Tills and card payments', deps: [front('fixed'), core('server')], hours: DAILY(8, 21), costedBy: 'hours' },
  { id: 'calls', sector: 'emergency', label: 'Emergency call-taking and dispatch', deps: [front('fixed'), core('server')], hours: null, costedBy: 'hours' },
  { id: 'counters', sector: 'government', label: 'Public counters and case work', deps: [front('workstation'), core('server')], hours: WEEKDAYS(8, 18), costedBy: 'hours' },
  { id: 'playout', sector: 'media', label: 'Broadcast playout', deps: [core('server')], hours: null, costedBy: 'hours' },
  { id: 'signalling', sector: 'rail', label: 'Signalling desks and passenger information', deps: [front('fixed'), core('server')], hours: DAILY(5, 24), costedBy: 'hours' },
  { id: 'control', sector: 'energy', label: 'Control rooms and field work', deps: [front('workstation'), core('server')], hours: null, costedBy: 'hours' },
  { id: 'production', sector: 'manufacturing', label: 'Plant floor and order systems', deps: [front('fixed'), core('server')], hours: WEEKDAYS(0, 24), costedBy: 'hours' },
  { id: 'office', sector: 'other', label: 'Office systems', deps: [front('workstation'), core('server'), core('vm')], hours: WEEKDAYS(8, 18), costedBy: 'hours' },
];

export const SERVICE_BY_ID: ReadonlyMap<ServiceId, ServiceInfo> = new Map(SERVICE_INFO.map((s) => [s.id, s]));

/** What a sector's service outage is counted in (hospitals, dispatch centres, stores, ...). */
export const unitOf = (sector: Sector): string => SECTOR_UNIT[sector];

/**
 * A service delivering less than this share of its normal output counts as stopped ("unable to
 * take calls", "off air"). A definition of the indicator, not a property of the model.
 */
export const STOPPED_BELOW = 0.05;
