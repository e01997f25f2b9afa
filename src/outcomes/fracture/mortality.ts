import type { Sex } from '../../patients/index.js';

/**
 * Competing mortality: the annual probability of death q(x) by age and sex from a US period life table, turned into a
 * hazard μ = −ln(1 − q) per year and interpolated log-linearly (Gompertz) between the decades; below 50 and above 90
 * the neighbouring decade's slope continues (capped at 3 per year).
 *
 * Source: US Social Security Administration actuarial period life table (Social Security area population), q(x) at
 * 50, 60, 70, 80 and 90 years, read in a secondary copy that does not state the calendar year (SSA period tables of
 * the late 2000s; UNVERIFIED year). A recent US table (NCHS, United States Life Tables 2019, Arias and Xu, NVSR 70(19))
 * was not read. General-population mortality: no excess mortality after a hip fracture (see README).
 */
export const LIFE_TABLE_AGES: readonly number[] = [50, 60, 70, 80, 90];
export const LIFE_TABLE_Q: Readonly<Record<Sex, readonly number[]>> = {
  female: [0.00324, 0.00774, 0.018938, 0.049527, 0.146696],
  male: [0.005696, 0.012263, 0.028904, 0.071687, 0.188644],
};
export const LIFE_TABLE_SOURCE =
  'US SSA actuarial period life table, q(x) at 50/60/70/80/90 y (secondary copy; calendar year not stated, late 2000s, UNVERIFIED)';

const LN_MU: Readonly<Record<Sex, Float64Array>> = {
  female: Float64Array.from(LIFE_TABLE_Q.female, (q) => Math.log(-Math.log(1 - q))),
  male: Float64Array.from(LIFE_TABLE_Q.male, (q) => Math.log(-Math.log(1 - q))),
};
const MAX_HAZARD = 3;

/** Hazard of death, per year, at an age. */
export function deathHazard(sex: Sex, ageYears: number): number {
  const ln = LN_MU[sex];
  const n = LIFE_TABLE_AGES.length;
  const x = (ageYears - LIFE_TABLE_AGES[0]!) / 10;
  const i = x < 0 ? 0 : Math.min(Math.floor(x), n - 2);
  const w = x - i;
  return Math.min(MAX_HAZARD, Math.exp(ln[i]! + w * (ln[i + 1]! - ln[i]!)));
}
