import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, perDay, visits, YEAR } from './common.js';

const DAYS = Math.round(3 * YEAR);

/**
 * MORE (Ettinger et al. 1999, JAMA 282:637): 7705 women aged 31–80 (mean 66.5), postmenopausal at least 2 years, with
 * femoral-neck or lumbar-spine T ≤ −2.5 or prevalent vertebral fractures; raloxifene 60 or 120 mg daily or placebo,
 * 36 months; calcium 500 mg and vitamin D 400–600 IU in every arm. About 37 % had a prevalent vertebral fracture
 * (recalled, UNVERIFIED). The fracture-only inclusion route cannot be expressed: every patient here has T ≤ −2.5 at
 * one site. The lower age bound is raised to 45 (postmenopausal women); age SD 7 assumed.
 */
export const MORE: TrialSpec = {
  name: 'MORE',
  description: 'raloxifene 60 or 120 mg daily vs placebo, 36 months, postmenopausal women with osteoporosis',
  seed: 1999,
  population: {
    sex: 'female',
    age: { min: 45, max: 80, mean: 66.5, sd: 7 },
    tScore: { sites: ['totalHip', 'lumbarSpine'], max: -2.5, rule: 'any' },
    prevalentVertebralFracture: 0.37,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'raloxifene 60 mg', regimens: [perDay('raloxifene', 60, DAYS), calciumVitaminD(DAYS)] },
    { name: 'raloxifene 120 mg', regimens: [perDay('raloxifene', 120, DAYS), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 2570,
  durationDays: DAYS,
  visitDays: visits(12, 36),
};
