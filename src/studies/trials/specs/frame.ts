import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, visits, YEAR } from './common.js';

const DAYS = Math.round(YEAR);

/**
 * FRAME, first year (Cosman et al. 2016, NEJM 375:1532): 7180 women aged 55–90 (mean 70.9) with total-hip or
 * femoral-neck T-score −2.5 to −3.5; romosozumab 210 mg SC monthly ×12 or placebo; calcium and vitamin D in both
 * arms; about 18 % had a prevalent vertebral fracture (recalled, UNVERIFIED). The denosumab year that followed is
 * not part of this spec. Age SD 7 assumed.
 */
export const FRAME: TrialSpec = {
  name: 'FRAME',
  description: 'romosozumab 210 mg monthly ×12 vs placebo, 12 months, women 55–90 with T-score −2.5 to −3.5',
  seed: 2016,
  population: {
    sex: 'female',
    age: { min: 55, max: 90, mean: 70.9, sd: 7 },
    tScore: { sites: ['totalHip'], min: -3.5, max: -2.5, rule: 'all' },
    prevalentVertebralFracture: 0.18,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'romosozumab', regimens: [doses('romosozumab', 210, 30, 12), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 3590,
  durationDays: DAYS,
  visitDays: visits(6, 12),
};
