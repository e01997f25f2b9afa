import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, MONTH, visits, YEAR } from './common.js';

const DAYS = Math.round(3 * YEAR);

/**
 * FREEDOM (Cummings et al. 2009, NEJM 361:756): 7808 postmenopausal women aged 60–90 (mean 72.3), lumbar-spine or
 * total-hip T-score below −2.5 and not below −4.0 at either site; denosumab 60 mg SC every 6 months or placebo for
 * 36 months; calcium ≥ 1000 mg and vitamin D ≥ 400 IU daily in both arms; about 23 % had a prevalent vertebral
 * fracture (recalled, UNVERIFIED). Age SD 5 years is assumed.
 */
export const FREEDOM: TrialSpec = {
  name: 'FREEDOM',
  description: 'denosumab 60 mg every 6 months vs placebo, 36 months, women 60–90 with T-score −2.5 to −4.0',
  seed: 2009,
  population: {
    sex: 'female',
    age: { min: 60, max: 90, mean: 72.3, sd: 5 },
    tScore: { sites: ['totalHip', 'lumbarSpine'], min: -4, max: -2.5, rule: 'any' },
    prevalentVertebralFracture: 0.23,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'denosumab', regimens: [doses('denosumab', 60, 6 * MONTH, 6), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 3900,
  durationDays: DAYS,
  visitDays: visits(12, 36),
};
