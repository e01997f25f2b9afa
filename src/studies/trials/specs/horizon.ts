import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, visits, YEAR } from './common.js';

const DAYS = Math.round(3 * YEAR);

/**
 * HORIZON-PFT (Black et al. 2007, NEJM 356:1809): 7765 women aged 65–89 (mean 73) with femoral-neck T ≤ −2.5 (with
 * or without a vertebral fracture) or ≤ −1.5 with vertebral fractures; zoledronic acid 5 mg IV at 0, 12 and 24 months
 * or placebo, 36 months; calcium and vitamin D in both arms. About 63 % had a prevalent vertebral fracture
 * (recalled, UNVERIFIED). Read here as total-hip T ≤ −1.5 with the T ≤ −2.5 route only through the sampled
 * population (the mixed criterion cannot be expressed); age SD 5 assumed.
 */
export const HORIZON: TrialSpec = {
  name: 'HORIZON-PFT',
  description: 'zoledronic acid 5 mg yearly ×3 vs placebo, 36 months, women 65–89 with osteoporosis',
  seed: 2007,
  population: {
    sex: 'female',
    age: { min: 65, max: 89, mean: 73, sd: 5 },
    tScore: { sites: ['totalHip'], max: -2.5, rule: 'all' },
    prevalentVertebralFracture: 0.63,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'zoledronate', regimens: [doses('zoledronate', 5, 365, 3), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 3880,
  durationDays: DAYS,
  visitDays: visits(12, 36),
};
