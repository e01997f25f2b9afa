import { vertebralFracturePrevalence, priorFracturePrevalence } from '../../../outcomes/fracture/index.js';
import type { TrialSpec } from '../spec.js';
import { perDay, visits, YEAR } from './common.js';

/**
 * The two WHI trials enrolled women of the general population (no BMD criterion): baseline T-scores come from the
 * population distribution for age, and the shares with a prior fracture are the population prevalences the hazard's
 * risk-factor correction assumes at the mean age (risk-factors.ts), so the placebo arm has population incidence.
 */
const generalPopulation = (meanAge: number) => ({
  sex: 'female' as const,
  age: { min: 50, max: 79, mean: meanAge, sd: 7 },
  prevalentVertebralFracture: vertebralFracturePrevalence(meanAge),
  priorFracture: priorFracturePrevalence('female', meanAge),
});

const EP_DAYS = Math.round(5.6 * YEAR);

/**
 * WHI estrogen plus progestin (Cauley et al. 2003, JAMA 290:1729; Writing Group 2002, JAMA 288:321): 16,608 women aged
 * 50–79 with a uterus (mean 63.3), conjugated equine estrogens 0.625 mg plus medroxyprogesterone acetate 2.5 mg daily
 * (8506) or placebo (8102), mean 5.6 years. The progestin has no bone action in the model; hormone therapy is the
 * estrogen dose. No calcium or vitamin D was given by the trial. Age SD 7 assumed.
 */
export const WHI_EP: TrialSpec = {
  name: 'WHI E+P',
  description: 'conjugated estrogens 0.625 mg + MPA 2.5 mg daily vs placebo, 5.6 years, women 50–79 of the general population',
  seed: 2003,
  population: generalPopulation(63.3),
  arms: [
    { name: 'placebo', regimens: [] },
    { name: 'estrogen + progestin', regimens: [perDay('hormoneTherapy', 0.625, EP_DAYS)] },
  ],
  patientsPerArm: 8304,
  durationDays: EP_DAYS,
  visitDays: visits(12, 60),
};

const CAD_DAYS = Math.round(7 * YEAR);

/**
 * WHI calcium plus vitamin D (Jackson et al. 2006, NEJM 354:669): 36,282 women aged 50–79 (mean 62.4), 1000 mg
 * elemental calcium (carbonate) plus 400 IU vitamin D3 daily or placebo, mean 7.0 years. Personal supplements were
 * allowed (about half the women took them) and many were also in the hormone trials: neither is modelled, so the
 * placebo arm is the unsupplemented women of Prentice 2013's subgroup (B62) and the trial's whole-study HRs (B61) are
 * compared with the same contrast. The hip HR after 5 years (B62) reads the rate ratio of years 6–7. Age SD 7 assumed.
 */
export const WHI_CAD: TrialSpec = {
  name: 'WHI CaD',
  description: 'calcium 1000 mg + vitamin D3 400 IU daily vs placebo, 7 years, women 50–79 of the general population',
  seed: 2006,
  population: generalPopulation(62.4),
  arms: [
    { name: 'placebo', regimens: [] },
    { name: 'calcium + vitamin D', regimens: [perDay('calciumVitaminD', 1, CAD_DAYS)] },
  ],
  patientsPerArm: 18141,
  durationDays: CAD_DAYS,
  visitDays: visits(12, 84),
  windows: [{ name: 'after 5 years', fromDay: Math.round(5 * YEAR), toDay: CAD_DAYS }],
};
