import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, MONTH, perDay, visits, YEAR } from './common.js';

const DAYS = Math.round(3 * YEAR);

/**
 * FIT-1, the vertebral fracture arm (Black et al. 1996, Lancet 348:1535): 2027 women aged 55–81 (mean 71) with
 * femoral-neck BMD ≤ 0.68 g/cm² (about T ≤ −2.1 against NHANES III; read here as total-hip T ≤ −2.1, the model's hip)
 * and at least one vertebral fracture; alendronate 5 mg daily for 24 months then 10 mg daily, or placebo, 36 months;
 * calcium and vitamin D for women with low intake (given to all here). Age SD 5.6 years assumed.
 */
export const FIT: TrialSpec = {
  name: 'FIT-1',
  description: 'alendronate 5 → 10 mg daily vs placebo, 36 months, women 55–81 with low femoral-neck BMD and a vertebral fracture',
  seed: 1996,
  population: {
    sex: 'female',
    age: { min: 55, max: 81, mean: 71, sd: 5.6 },
    tScore: { sites: ['totalHip'], max: -2.1, rule: 'all' },
    prevalentVertebralFracture: 1,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'alendronate', regimens: [perDay('alendronate', 5, 24 * MONTH), perDay('alendronate', 10, DAYS - Math.round(24 * MONTH), Math.round(24 * MONTH)), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 1000,
  durationDays: DAYS,
  visitDays: visits(12, 36),
};
