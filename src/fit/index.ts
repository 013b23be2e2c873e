// Fitting free parameters to calibration targets (approximate Bayesian computation).
export { fit, checkFitOptions, FitInputError, averagedFits, withValues, FIT_DEFAULTS } from './fit.js';
export type { Evaluate, FitJob, FitOptions, FitProgress, FitResult, FitCandidate } from './fit.js';
export { checkFree, resolveFree, toUnit, fromUnit, LOG_RATIO } from './space.js';
export type { CheckedFree, FreeParam, FreeRequest } from './space.js';
export { scaleParams } from './scale.js';
export { latinHypercube } from '../ensemble/latinHypercube.js';
export { sequentialEvaluate } from './sequential.js';
