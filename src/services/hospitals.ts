// Hospitals: how many had their clinical systems impaired, for how long, how many hours they ran
// on paper, and how many planned procedures were postponed (planned work stops while systems are
// impaired, even when urgent care continues on paper).
import { ELECTIVE_HOURS } from './catalog.js';
import { STEP_HOURS } from './grid.js';
import { quantiles, weightedHistogram, type HistogramBin, type Quantiles } from './quantiles.js';
import type { ServiceRunner, SiteServiceRun } from './serviceRun.js';

/** Outage-hour histogram edges (the last bin is open). */
export const OUTAGE_EDGES = [0, 1, 4, 12, 24, 48, 96] as const;

export interface HospitalFigures {
  hospitals: number;
  disrupted: number;
  shareDisrupted: number;
  /** Hours with clinical systems impaired, over disrupted hospitals. */
  outageHours: Quantiles;
  histogram: HistogramBin[];
  /** Hospital-hours on paper downtime procedures. */
  hoursOnPaper: number;
  proceduresPostponed: number;
}

export class HospitalTally {
  private total = 0;
  private readonly hours: number[] = [];
  private readonly weights: number[] = [];
  private paper = 0;
  private procedures = 0;

  constructor(private readonly proceduresPerDay: number) {}

  /** One site's clinical service: `units` hospitals there, `w` of them on the crashed machines. */
  add(units: number, w: number, run: SiteServiceRun, runner: ServiceRunner, elective: Uint8Array): void {
    this.total += units;
    if (run.from >= run.to || w <= 0) return;
    this.hours.push(run.impairedHours);
    this.weights.push(w);
    this.paper += w * run.manualHours;
    let lost = 0;
    // Capacity is whole again from catchUpFrom on: nothing more is lost after it.
    for (let k = run.from; k < run.catchUpFrom; k++) if (elective[k] === 1) lost += (1 - runner.capacity[k]!) * STEP_HOURS;
    this.procedures += (w * this.proceduresPerDay * lost) / (ELECTIVE_HOURS.to - ELECTIVE_HOURS.from);
  }

  result(): HospitalFigures {
    const disrupted = this.weights.reduce((a, b) => a + b, 0);
    return {
      hospitals: this.total, disrupted, shareDisrupted: this.total > 0 ? disrupted / this.total : 0,
      outageHours: quantiles(this.hours, this.weights), histogram: weightedHistogram(this.hours, this.weights, OUTAGE_EDGES),
      hoursOnPaper: this.paper, proceduresPostponed: this.procedures,
    };
  }
}
