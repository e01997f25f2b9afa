import { OSTEOSIM_TRIAL_SOLVER_OPTIONS, simulateOsteosim } from '../model/osteosim/index.js';
import type { DrugRegimen } from '../model/scenario.js';
import { DAYS_PER_CALENDAR_YEAR } from '../model/time.js';
import { tenYearProbability, type FractureProbabilities } from '../outcomes/fracture/index.js';
import { checkPatientProfile, type PatientProfile } from './profile.js';
import { patientScenario } from './scenario.js';
import { bmdTrajectory } from './trajectory.js';

/**
 * Ten-year fracture probabilities of one patient under each option (named regimen lists), simulated on osteosim:
 * "how many fractures does this prevent, for her". Every option is compared with the first (usually untreated):
 * absolute risk reduction and the number needed to treat for 10 years to prevent one fracture.
 */
export interface OptionRisk {
  readonly option: string;
  /** Total-hip and lumbar-spine T-scores at 10 years. */
  readonly hipTScore10: number;
  readonly spineTScore10: number;
  readonly probability: FractureProbabilities;
  /** Against the first option: percentage points fewer patients with a hip / major osteoporotic fracture. */
  readonly hipReductionPp?: number;
  readonly majorReductionPp?: number;
  /** Patients treated for 10 years per major osteoporotic fracture prevented (absent when none is prevented). */
  readonly numberNeededToTreat?: number;
}


export function tenYearRisks(profile: PatientProfile, options: Readonly<Record<string, readonly DrugRegimen[]>>): OptionRisk[] {
  checkPatientProfile(profile);
  const days = Array.from({ length: 121 }, (_, k) => (k * 10 * DAYS_PER_CALENDAR_YEAR) / 120);
  const rows = Object.entries(options).map(([option, regimens]) => {
    const result = simulateOsteosim(patientScenario(profile, regimens, days), OSTEOSIM_TRIAL_SOLVER_OPTIONS);
    const trajectory = bmdTrajectory(profile, result);
    return { option, hipTScore10: trajectory.hipTScore.at(-1)!, spineTScore10: trajectory.spineTScore.at(-1)!, probability: tenYearProbability(profile, trajectory) };
  });
  const first = rows[0];
  return rows.map((r, k) => {
    if (k === 0 || !first) return r;
    const hip = 100 * (first.probability.hip - r.probability.hip);
    const major = 100 * (first.probability.majorOsteoporotic - r.probability.majorOsteoporotic);
    return { ...r, hipReductionPp: hip, majorReductionPp: major, ...(major > 0 ? { numberNeededToTreat: 100 / major } : {}) };
  });
}
