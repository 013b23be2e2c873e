// The service layer's public surface: what stopped devices mean for services, flights,
// hospitals, emergency calls and money.
export { serviceImpact } from './impact.js';
export type { ImpactSource, ServiceImpact } from './impact.js';
export { SERVICE_INFO, SERVICE_BY_ID, FLIGHT_HOURS, ELECTIVE_HOURS, STOPPED_BELOW, unitOf } from './catalog.js';
export type { ServiceInfo, Role, OpenHours } from './catalog.js';
export { STATES } from './serviceRun.js';
export type { ServiceRow, SectorRow } from './serviceRows.js';
export type { AirlineRow, DayRow, FlightFigures } from './airlines.js';
export { DISRUPTED_DAY_SHARE } from './airlines.js';
export type { HospitalFigures } from './hospitals.js';
export { OUTAGE_EDGES } from './hospitals.js';
export type { EmergencyFigures, RegionCalls } from './emergency.js';
export type { BroadcastFigures } from './broadcast.js';
export type { Fortune500Figures } from './fortune500.js';
export type { Quantiles, HistogramBin } from './quantiles.js';
export { REFERENCE } from './reference.js';
