// Emergency dispatch centres: how many could not take calls, for how long, by region, and how
// long they worked on manual dispatch.
import { REGIONS, type Region } from '../engine/types.js';
import { quantiles, type Quantiles } from './quantiles.js';
import type { SiteServiceRun } from './serviceRun.js';

export interface RegionCalls {
  region: Region;
  centres: number;
  /** Centres that could not take calls at some point. */
  unable: number;
  /** Centre-hours unable to take calls. */
  centreHours: number;
  /** Longest time one centre could not take calls, in hours. */
  maxHours: number;
  /** Centre-hours with call-taking systems impaired (unable, on manual dispatch or degraded). */
  impairedCentreHours: number;
}

export interface EmergencyFigures {
  centres: number;
  unable: number;
  centreHours: number;
  /** Hours unable to take calls, over centres that were. */
  hours: Quantiles;
  /** Centre-hours on manual dispatch (calls rerouted, paper cards). */
  manualHours: number;
  /** Hours with call-taking systems impaired, over centres whose systems were. */
  impairedHours: Quantiles;
  byRegion: RegionCalls[];
}

export class CallTally {
  private readonly regions: RegionCalls[] = REGIONS.map((region) => ({ region, centres: 0, unable: 0, centreHours: 0, maxHours: 0, impairedCentreHours: 0 }));
  private readonly hours: number[] = [];
  private readonly weights: number[] = [];
  private readonly impaired: number[] = [];
  private readonly impairedWeights: number[] = [];
  private manual = 0;

  add(region: number, units: number, w: number, run: SiteServiceRun): void {
    const r = this.regions[region]!;
    r.centres += units;
    if (w <= 0) return;
    this.manual += w * run.manualHours;
    if (run.impairedHours > 0) {
      r.impairedCentreHours += w * run.impairedHours;
      this.impaired.push(run.impairedHours);
      this.impairedWeights.push(w);
    }
    if (run.stoppedHours <= 0) return;
    r.unable += w;
    r.centreHours += w * run.stoppedHours;
    r.maxHours = Math.max(r.maxHours, run.stoppedHours);
    this.hours.push(run.stoppedHours);
    this.weights.push(w);
  }

  result(): EmergencyFigures {
    const sum = (f: (r: RegionCalls) => number) => this.regions.reduce((a, r) => a + f(r), 0);
    return {
      centres: sum((r) => r.centres), unable: sum((r) => r.unable), centreHours: sum((r) => r.centreHours),
      hours: quantiles(this.hours, this.weights), manualHours: this.manual,
      impairedHours: quantiles(this.impaired, this.impairedWeights), byRegion: this.regions,
    };
  }
}
