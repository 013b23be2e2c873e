// The organisation model: the same engine on the organisation's own fleet, under any scenario,
// then the same service and money derivation as the global picture.
import { simulate } from '../engine/simulate.js';
import type { Params, SimResult } from '../engine/types.js';
import { serviceImpact, type ServiceImpact } from '../services/impact.js';
import type { Organisation } from '../scenario/org.js';
import { orgFleet, orgParams } from './orgFleet.js';

export interface OrgRun {
  org: Organisation;
  /** The scenario's parameters with the organisation's answers applied. */
  params: Params;
  result: SimResult;
  impact: ServiceImpact;
}

export function runOrg(org: Organisation, scenario: Params, seed: number): OrgRun {
  const params = orgParams(org, scenario);
  const result = simulate(params, seed, { fleet: orgFleet(org, params) });
  return { org, params, result, impact: serviceImpact(result, params) };
}
