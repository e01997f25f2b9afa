import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, MONTH, visits } from './common.js';

const DAYS = Math.round(21 * MONTH);
const TREATED = Math.round(19 * MONTH);

/**
 * Fracture Prevention Trial (Neer et al. 2001, NEJM 344:1434): 1637 postmenopausal women with at least one moderate
 * or two mild atraumatic vertebral fractures (fewer than two moderate fractures also needed hip or spine BMD at least
 * 1 SD below the premenopausal mean); teriparatide 20 or 40 µg SC daily, or placebo; median observation 21 months,
 * treatment about 19 months (target B34); calcium 1000 mg and vitamin D 400–1200 IU daily. Sizes 544/541/552 (B34).
 * Every woman has a prevalent vertebral fracture; the split 1 / 2 / ≥3 (needed for B37, Gallagher 2005) is assumed
 * (about a third each, UNVERIFIED); the BMD criterion is read as spine or hip T ≤ −1. Mean age 69.5, SD 7
 * (recalled, UNVERIFIED); ages 50–85 assumed.
 */
export const FPT: TrialSpec = {
  name: 'FPT',
  description: 'teriparatide 20 or 40 µg daily vs placebo, 21 months, postmenopausal women with vertebral fractures',
  seed: 2001,
  population: {
    sex: 'female',
    age: { min: 50, max: 85, mean: 69.5, sd: 7 },
    tScore: { sites: ['totalHip', 'lumbarSpine'], max: -1, rule: 'any' },
    prevalentVertebralFracture: 1,
    prevalentVertebralCounts: [0.35, 0.3, 0.35],
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'teriparatide 20 µg', regimens: [doses('teriparatide', 20, 1, TREATED), calciumVitaminD(DAYS)] },
    { name: 'teriparatide 40 µg', regimens: [doses('teriparatide', 40, 1, TREATED), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 546,
  durationDays: DAYS,
  visitDays: [...visits(6, 18), DAYS],
};
