/**
 * Analyses of a model around a scenario (issue 15): sensitivity, fits to a user's data, parameter uncertainty.
 *
 * - sensitivity.ts: `sensitivity(problem, options)`, local coefficients, Morris effects or Sobol' indices.
 * - fit.ts (+ measurements.ts): `fit(problem, options)`, bounded Levenberg–Marquardt on a measurement table, with
 *   Jacobian standard errors and profile-likelihood intervals.
 * - uncertainty.ts: `uncertainty(problem, options)`, 5/50/95 % intervals of every output from a fit or from priors.
 * - batch.ts: a worker pool kept open over many small batches (a fit's Jacobians).
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
export { chiSquare1Quantile, DEFAULT_LEVEL, fit, fitCurves, FIT_RANGE_FACTOR, fitJson, fitPlan, normalQuantile } from './fit.js';
export type { FitArm, FitCurve, FitOptions, FitPlan, FitProblem, FitResidual, FitResult, FittedParameter } from './fit.js';
export { formatMeasurements, MEASUREMENT_COLUMNS, MeasurementError, parseMeasurements } from './measurements.js';
export type { Measurement } from './measurements.js';
export { cholesky, drawFromFit, drawFromPrior, MAX_DRAWS, quantileSorted, uncertainty } from './uncertainty.js';
export type { FitDistribution, OutputInterval, UncertaintyOptions, UncertaintyProblem, UncertaintyResult, UncertaintySource } from './uncertainty.js';
export { openBatchPool } from './batch.js';
export type { BatchPool, BatchResult } from './batch.js';
