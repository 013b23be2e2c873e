// Calibration targets as data: what was published, when, by whom, and how close the model has to
// come. The fit, the tests and the page all read the same list (targets.ts).

/** A moment on the record: an ISO 8601 UTC time, or minutes after the run's publish time. */
export type TargetTime = { iso: string } | { afterPublishMinutes: number };

/** A window on the record, [from, to). */
export interface TargetWindow {
  from: TargetTime;
  to: TargetTime;
}

export type MeasureId = 'crashed' | 'sensorsOnlineShare' | 'crashedRecoveredShare' | 'exposuresOutsideWindow';

export interface TargetSource {
  /** Who published the figure. */
  who: string;
  /** Where: the post, filing or report. */
  where: string;
  /** When it was published. */
  when: string;
}

export interface Softness {
  /**
   * hard: the model should meet it (a published figure about the whole population, or a goal
   * the project sets itself); soft: a figure about part of the population, read loosely.
   */
  kind: 'hard' | 'soft';
  /** In the measure's unit: a model value one tolerance outside the range is a distance of 1. */
  tolerance: number;
  /** Weight of this target in a fit's combined distance. */
  weight: number;
  /** Why the range and the tolerance are what they are. */
  note: string;
}

export interface Target {
  /** Stable id used by the command line (--targets) and links. */
  id: string;
  label: string;
  measure: MeasureId;
  /** When the measure is read: an instant, a window (for window measures) or null (whole run). */
  time: TargetTime | TargetWindow | null;
  /** The published figure. */
  value: number;
  /** Model values that meet the target, inclusive. */
  range: readonly [number, number];
  source: TargetSource;
  softness: Softness;
  /**
   * Whether the July 2024 baseline is calibrated to meet this target: the calibration test
   * asserts these on several seeds; the others are reported until a recalibration meets them.
   */
  heldByBaseline: boolean;
}

/** How one target fares on one result. */
export interface TargetFit {
  id: string;
  label: string;
  measure: MeasureId;
  /** Minutes after publish the measure was read at (a window's end); null for whole-run figures. */
  atMinutes: number | null;
  /** The model's value (counts scaled to the full fleet); null when the run does not cover the target's time. */
  model: number | null;
  value: number;
  range: readonly [number, number];
  kind: 'hard' | 'soft';
  weight: number;
  tolerance: number;
  met: boolean;
  /** Model value minus the nearest end of the range: 0 when met, negative when short. Null with no model value. */
  gap: number | null;
  /** |gap| / tolerance: 0 when met, 1 one tolerance away; Infinity when the run cannot say. */
  distance: number;
  verdict: 'met' | 'near' | 'missed' | 'outside the run';
}
