import type { DrugRegimen, Scenario } from '../../../model/scenario.js';
import { outputDays } from './common.js';

/**
 * A two-or-more-arm trial of women started at the trial's mean age after untreated aging (protocol 0.1): each arm is
 * one Scenario with the same patient and output days; the placebo arm is the same woman with only the background
 * (protocol 0.4). Baseline is day 0.
 */
export function trialArm(startAge: number, days: readonly number[], regimens: readonly DrugRegimen[]): Scenario {
  return { patient: { species: 'woman', ageYears: startAge }, regimens, days: outputDays([0, ...days]) };
}
