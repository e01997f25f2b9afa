import type { Patient, Regimen, Scenario } from '../model/scenario.js';
import { DAYS_PER_CALENDAR_YEAR } from '../model/time.js';
import { checkPatientProfile, type PatientProfile } from './profile.js';

/**
 * The model scenario of a patient: the contract `Scenario` for species 'woman' or 'man'. What becomes mechanism:
 *
 * | profile field           | scenario                                   | meaning in the model                                  |
 * |-------------------------|--------------------------------------------|-------------------------------------------------------|
 * | sex                     | patient.species 'woman' / 'man'            | species profile (men have no menopause step)          |
 * | ageYears                | patient.ageYears                           | untreated aging from the young steady state to it     |
 * | menopauseAgeYears       | patient.menopauseAgeYears                  | natural estrogen decline                              |
 * | ovariectomyAgeYears     | patient.ovariectomyDay = (ovx − age)·365.25 | surgical menopause, days from the start (≤ 0)         |
 * | glucocorticoidMgPerDay  | parameters.glucocorticoid                  | prednisolone-equivalent mg/day, from day 0 (osteosim glucocorticoids.ts; the model cannot represent exposure before the start) |
 *
 * BMI, smoking, alcohol, rheumatoid arthritis, prior fractures and falls have no mechanistic parameter in the model:
 * they act on the fracture hazard only (src/outcomes/fracture/risk-factors.ts, each with its source). Baseline BMD is
 * not a model input either: `bmdTrajectory` anchors the model's relative change at the measured (or population) value.
 * `parameters.glucocorticoid` is an osteosim parameter; other models may reject it.
 */
export function patientScenario(profile: PatientProfile, regimens: readonly Regimen[], days: readonly number[]): Scenario {
  checkPatientProfile(profile);
  const female = profile.sex === 'female';
  const patient: Patient = {
    species: female ? 'woman' : 'man',
    ageYears: profile.ageYears,
    ...(female && profile.menopauseAgeYears !== undefined ? { menopauseAgeYears: profile.menopauseAgeYears } : {}),
    ...(female && profile.ovariectomyAgeYears !== undefined
      ? { ovariectomyDay: (profile.ovariectomyAgeYears - profile.ageYears) * DAYS_PER_CALENDAR_YEAR }
      : {}),
  };
  const gc = profile.glucocorticoidMgPerDay ?? 0;
  return {
    patient,
    regimens,
    days,
    ...(gc > 0 ? { parameters: { glucocorticoid: gc } } : {}),
  };
}
