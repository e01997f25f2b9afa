/**
 * The patients layer: a patient as a clinician describes her (profile and risk factors), checked at the edge; the
 * model scenario it becomes (what is mechanism: sex, age, menopause, ovariectomy, glucocorticoids); BMD references
 * (young-adult means and SDs for T-scores; population BMD by age and sex); and the patient's BMD course in g/cm² and
 * T-scores from a model result. Fracture risk is an outcome (src/outcomes/fracture).
 */
export { checkPatientProfile, PROFILE_LIMITS, SEXES } from './profile.js';
export type { BaselineBmd, PatientProfile, PriorFractures, Sex } from './profile.js';
export {
  BMD_SITES,
  bmdFromTScore,
  FEMALE_REFERENCE,
  MALE_REFERENCE,
  POPULATION_BMD,
  populationBmd,
  populationBmdInto,
  populationTScore,
  tScore,
  whoCategory,
  youngAdultReference,
  zScore,
} from './reference.js';
export type { BmdSite, PopulationBmdTable, ReferenceOptions, TScoreDistribution, WhoCategory, YoungAdultReference } from './reference.js';
export { patientScenario } from './scenario.js';
export { bmdTrajectory } from './trajectory.js';
export type { BaselineSource, BmdTrajectory } from './trajectory.js';
