import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, MONTH, perDay, visits, YEAR } from './common.js';

const DAYS = Math.round(4 * YEAR);

/**
 * FIT-2, the clinical fracture arm (Cummings et al. 1998, JAMA 280:2077): 4432 women aged 54–81 with femoral-neck BMD
 * ≤ 0.68 g/cm² and no vertebral fracture; alendronate 5 mg daily for 24 months then 10 mg daily, or placebo, mean
 * 4.2 years (4 years here); calcium and vitamin D for women with low intake (given to all here). This spec is the
 * osteoporotic stratum that Black 2000 (J Clin Endocrinol Metab 85:4118, target B22) pooled with FIT-1: femoral-neck
 * T < −2.5 (read as total-hip T ≤ −2.5), no prevalent vertebral fracture; 1631 women (3658 pooled minus FIT-1's 2027).
 * Mean age about 68 (recalled for FIT-2, UNVERIFIED), SD 6 assumed.
 */
export const FIT2: TrialSpec = {
  name: 'FIT-2 (T < −2.5)',
  description: 'alendronate 5 → 10 mg daily vs placebo, 4 years, women 55–81 with femoral-neck T < −2.5 and no vertebral fracture',
  seed: 1998,
  population: {
    sex: 'female',
    age: { min: 55, max: 81, mean: 68, sd: 6 },
    tScore: { sites: ['totalHip'], max: -2.5, rule: 'all' },
    prevalentVertebralFracture: 0,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'alendronate', regimens: [perDay('alendronate', 5, 24 * MONTH), perDay('alendronate', 10, DAYS - Math.round(24 * MONTH), Math.round(24 * MONTH)), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 816,
  durationDays: DAYS,
  visitDays: visits(12, 48),
};
