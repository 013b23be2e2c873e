// How a run or an analysis of the main run is going, as plain data: its own file, so the page
// state and the analyses' own states (the fit's) both build on it without importing each other.

export type SlotStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** An analysis of the main run (an ensemble, a sensitivity ranking): how it is going, and its result. */
export interface Analysis<T> {
  status: SlotStatus;
  progress: number;
  /** The main run's hash the analysis was made for: a result for another is not drawn. */
  forHash: string | null;
  result: T | null;
  failure: string | null;
}

export const idleAnalysis = <T>(): Analysis<T> => ({ status: 'idle', progress: 0, forHash: null, result: null, failure: null });
