/**
 * osteosim, the library. The front door offers what a user of the library starts from; each layer's own index says
 * everything it offers, and is reachable here as a namespace.
 *
 *   import { getModel, simulateScenario } from 'osteosim';
 *   const run = simulateScenario(getModel('osteosim'), { patient: { species: 'woman', ageYears: 67 }, days: [0, 365] });
 */

// Models: the contract, the registry, input errors, species facts, time conventions.
export {
  getModel,
  MODEL_NAMES,
  models,
  percentChange,
  requireSupport,
  EXPOSURES,
  SIGNALS,
  SPECIES_FACTS,
  withMenopause,
  withParameters,
  InputError,
} from './model/index.js';
export type {
  BoneModel,
  DrugName,
  DrugRegimen,
  Exposure,
  ExposureName,
  InputErrorCode,
  InputProblem,
  MscRegimen,
  OutputName,
  Patient,
  Perturbation,
  PreparedScenario,
  Regimen,
  Scenario,
  ScenarioOptions,
  ScenarioResult,
  ScenarioRun,
  SignalName,
  SignalTerm,
  Site,
  Species,
  Variability,
} from './model/index.js';
export { DAYS_PER_CALENDAR_YEAR, DAYS_PER_PROTOCOL_YEAR } from './model/time.js';

// Running scenarios: the drug labels checked once, then the model (model-layer `model.simulateScenario` skips labels).
export { simulateScenario } from './studies/simulate.js';

// Studies: virtual trials, one patient's 10-year risks, the validation report, calibration.
export { runTrial } from './studies/trials/run.js';
export type { RunTrialOptions } from './studies/trials/run.js';
export { TRIAL_SPECS } from './studies/trials/specs/index.js';
export type { TrialResult, TrialSpec } from './studies/trials/index.js';
export { tenYearRisks } from './studies/risk.js';
export type { OptionRisk, RiskRunOptions } from './studies/risk.js';
export { summarize, validate } from './studies/validation/index.js';
export type { ValidateOptions, ValidationRow } from './studies/validation/index.js';
export { calibrate } from './studies/calibration/calibrate.js';
export type { CalibrationResult, CalibrationSpec } from './studies/calibration/calibrate.js';

// Analyses: which parameters matter (local coefficients, Morris effects, Sobol' indices), fits to a user's data and
// parameter uncertainty, on the worker pool.
export { sensitivity, sensitivityJson, sobolPoints } from './studies/analysis/index.js';
export type { ParameterRange, SensitivityMethod, SensitivityOptions, SensitivityProblem, SensitivityResult } from './studies/analysis/index.js';
export { fit, fitJson, MeasurementError, parseMeasurements, uncertainty } from './studies/analysis/index.js';
export type { FitOptions, FitProblem, FitResult, Measurement, UncertaintyOptions, UncertaintyProblem, UncertaintyResult } from './studies/analysis/index.js';

// Files and formats: study files (YAML/JSON), trial files, SBML.
export { loadStudyFile, parseStudy, studyFromObject, studyJsonSchema, studyToScenarios, StudyFileError } from './io/study-file.js';
export type { Study } from './io/study-file.js';
export { loadTrialFile, trialFromObject } from './io/trial-file.js';
export { exportSbml } from './io/sbml.js';

// Every layer, whole.
export * as engine from './engine/index.js';
export * as model from './model/index.js';
export * as therapies from './therapies/index.js';
export * as patients from './patients/index.js';
export * as outcomes from './outcomes/index.js';
export * as trials from './studies/trials/index.js';
export * as validation from './studies/validation/index.js';
export * as analysis from './studies/analysis/index.js';
