/**
 * Virtual clinical trials: populations from inclusion criteria with inter-individual variability, permuted-block
 * randomisation, endpoints (BMD % change by visit, fracture incidence and relative risks, harms), streamed summaries,
 * a worker-thread pool with results independent of the number of workers, ready-made trial specs and the validation
 * rows they answer.
 */
export { runTrial, CHUNK_SIZE, defaultWorkers } from './run.js';
export type { RunTrialOptions } from './run.js';
export { checkTrialSpec, visitDaysOf, FRACTURE_ENDPOINTS, TRIAL_SITES } from './spec.js';
export type { FractureEndpoint, PopulationSpec, TrialArm, TrialSite, TrialSpec, TScoreCriterion } from './spec.js';
export type { ArmResult, FractureSummary, TrialResult } from './result.js';
export { trialOutcome } from './result.js';
export type { PatientOutcome } from './accumulate.js';
export { simulatePatient } from './chunk.js';
export { samplePatient, eligibleShare } from './population.js';
export { DXA_PRECISION_CV, lognormalFactor } from './variability.js';
export { formatTrial } from './format.js';
export { TRIAL_SPECS, FREEDOM, FIT, HORIZON, FRAME, MORE } from './specs/index.js';
export { trialValidationRows, TRIAL_TARGETS, TRIALS_FOR_VALIDATION } from './validation.js';
