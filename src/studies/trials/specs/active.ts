import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, visits, MONTH } from './common.js';

const DAYS = Math.round(18 * MONTH);

/**
 * ACTIVE (Miller et al. 2016, JAMA 316:722; NCT01343004): 2463 women aged 49–86, postmenopausal at least 5 years,
 * lumbar-spine or femoral-neck T ≤ −2.5 and > −5.0 with two mild or one moderate vertebral fracture or a recent
 * low-trauma non-vertebral fracture (women over 65 with such a fracture from T ≤ −2.0, without one from T ≤ −3.0);
 * abaloparatide 80 µg SC daily (blinded), teriparatide 20 µg SC daily (open label) or placebo, 18 months; calcium and
 * vitamin D in every arm. Sizes 821 / 824 / 818 (B42). The fracture-or-low-T rules cannot be expressed: every patient
 * has spine or hip T ≤ −2.5 and > −5. Prevalent vertebral fracture about 23 % and prior non-vertebral fracture about
 * 45 % (recalled, UNVERIFIED); mean age 68.8, SD 6.5 (recalled, UNVERIFIED).
 */
export const ACTIVE: TrialSpec = {
  name: 'ACTIVE',
  description: 'abaloparatide 80 µg or teriparatide 20 µg daily vs placebo, 18 months, postmenopausal women with osteoporosis',
  seed: 2016_5,
  population: {
    sex: 'female',
    age: { min: 49, max: 86, mean: 68.8, sd: 6.5 },
    tScore: { sites: ['totalHip', 'lumbarSpine'], min: -5, max: -2.5, rule: 'any' },
    prevalentVertebralFracture: 0.23,
    priorFracture: 0.45,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'abaloparatide', regimens: [doses('abaloparatide', 80, 1, DAYS), calciumVitaminD(DAYS)] },
    { name: 'teriparatide', regimens: [doses('teriparatide', 20, 1, DAYS), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 821,
  durationDays: DAYS,
  visitDays: visits(6, 18),
};
