import { DAYS_PER_CALENDAR_YEAR } from '../model/time.js';
import type { SimulateOptions } from '../engine/index.js';
import { requireSupport, simulateScenario, type BoneModel, type DrugRegimen } from '../model/index.js';
import { tenYearProbability, type FractureProbabilities } from '../outcomes/fracture/index.js';
import { bmdTrajectory, checkPatientProfile, patientScenario, type PatientProfile } from '../patients/index.js';

/**
 * Ten-year fracture probabilities of one patient under each option (named regimen lists), simulated on a bone model
 * (default osteosim) at its population tolerance:
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


export interface RiskRunOptions {
  /** Solver options over the model's population defaults. */
  readonly solver?: SimulateOptions;
}

export function tenYearRisks(
  model: BoneModel,
  profile: PatientProfile,
  options: Readonly<Record<string, readonly DrugRegimen[]>>,
  run: RiskRunOptions = {},
): OptionRisk[] {
  checkPatientProfile(profile);
  requireSupport(model, '10-year fracture risks', { sites: ['totalHip', 'lumbarSpine'], species: [profile.sex === 'female' ? 'woman' : 'man'] });
  const days = Array.from({ length: 121 }, (_, k) => (k * 10 * DAYS_PER_CALENDAR_YEAR) / 120);
  const rows = Object.entries(options).map(([option, regimens]) => {
    const result = simulateScenario(model, patientScenario(profile, regimens, days), { solver: { ...model.populationSolverDefaults, ...run.solver } });
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
