// The engine's public surface.
export * from './types.js';
export { PARAM_SPECS, PARAM_BY_KEY, SECTOR_UNIT, defaultParams, withOverrides, flattenParams, getPath, setPath } from './params.js';
export type { ParamSpec, ParamGroup, ParamKind } from './params.js';
export { simulate, prepare, runSites, newAccumulator, mergeInto, finish, packPrepared, unpackPrepared } from './simulate.js';
export type { Prepared, PackedPrepared, Accumulator, SimulateOptions } from './simulate.js';
export { REGION_INFO } from './regions.js';
export type { Fleet } from './fleet.js';
export { SECTOR_INFO } from './sectors.js';
