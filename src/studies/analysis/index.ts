/**
 * Analyses of a model around a scenario (issue 15): sensitivity now; fits and uncertainty share its parts.
 *
 * - sensitivity.ts: `sensitivity(problem, options)`, local coefficients, Morris effects or Sobol' indices.
 * - space.ts: parameter ranges and the unit cube → parameter map.
 * - sobol-sequence.ts (+ joe-kuo.ts): the Sobol' low-discrepancy sequence on Joe–Kuo direction numbers.
 * - sobol-indices.ts, morris.ts, local.ts: designs and estimators, pure functions of model values.
 * - outputs.ts: what an analysis reads of a run (percent changes, contract outputs, model quantities).
 * - evaluate.ts, pool.ts, worker.ts: one scenario at many parameter sets, in order, on the worker pool.
 */
export { sensitivity, sensitivityJson, DEFAULT_SAMPLES, DEFAULT_SEED, MAX_EVALUATIONS, SENSITIVITY_METHODS } from './sensitivity.js';
export type { LocalRow, MorrisRow, SensitivityMethod, SensitivityOptions, SensitivityProblem, SensitivityResult, SobolRow } from './sensitivity.js';
export { DEFAULT_RANGE_FACTOR, fromUnit, parameterSpace, toParameterValues } from './space.js';
export type { ParameterRange, RangeScale, RangeSpec, SpaceOptions } from './space.js';
export { sobolPoints, SOBOL_MAX_DIMENSION } from './sobol-sequence.js';
export type { SobolOptions } from './sobol-sequence.js';
export { DEFAULT_BOOTSTRAP, percentileInterval, saltelliDesign, sobolIndices } from './sobol-indices.js';
export type { IndexOptions, SaltelliDesign, SobolIndex } from './sobol-indices.js';
export { DEFAULT_MORRIS_LEVELS, morrisDesign, morrisIndices } from './morris.js';
export type { MorrisDesign, MorrisIndex } from './morris.js';
export { DEFAULT_LOCAL_STEP, localPlan, logCoefficient, logDerivative } from './local.js';
export type { LocalPlan } from './local.js';
export { analysisOutputNames, DEFAULT_OUTPUT, outputSeries, PERCENT_OUTPUTS, resolveOutput } from './outputs.js';
export type { AnalysisOutput } from './outputs.js';
export { evaluateTask } from './evaluate.js';
export type { EvaluationJob, EvaluationResult, EvaluationTask } from './evaluate.js';
export { evaluateSets, isRegistered, workerCount } from './pool.js';
export type { Evaluations, PoolOptions } from './pool.js';
