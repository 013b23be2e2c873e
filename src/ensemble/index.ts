// Many runs of one scenario: ensembles over seeds and uncertain assumptions, and the ranking of
// levers and assumptions by how far each moves a figure.
export { ensembleRuns, checkRequest, uncertainKeys, variedKeys, setKeys, resampleSets, MAX_ENSEMBLE_RUNS, MAX_ENSEMBLE_SETS, VARY } from './design.js';
export type { EnsembleRequest, EnsembleRun, EnsembleSet, Vary } from './design.js';
export { LEVERS } from './levers.js';
export type { Lever } from './levers.js';
export { tornadoInputs, tornadoPlan, tornadoRows, figureOf, showSetting, TORNADO_FIGURES } from './tornado.js';
export type { TornadoFigure, TornadoInput, TornadoKind, TornadoPlan, TornadoRow, TornadoWhich } from './tornado.js';
