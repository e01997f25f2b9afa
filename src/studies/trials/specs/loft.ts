import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, visits, YEAR } from './common.js';

const DAYS = Math.round(5 * YEAR);

/**
 * LOFT (McClung et al. 2019, Lancet Diabetes Endocrinol 7:899; design Bone et al. 2015, Osteoporos Int 26:699;
 * criteria as in Saag et al., ECTS 2016 abstract OC1.1): 16,713 women aged ≥ 65, postmenopausal at least 5 years,
 * without a radiographic vertebral fracture and total-hip or femoral-neck T −2.5 to −4.0, or with one and T −1.5 to
 * −4.0; no prior hip fracture; odanacatib 50 mg weekly or placebo, with vitamin D3 5600 IU weekly and calcium to
 * about 1200 mg a day; event-driven base study and blinded extension, about 5 years (target B56). The vertebral
 * fracture route at T ≤ −1.5 cannot be expressed: everyone here has total-hip T −2.5 to −4.0. Prevalent vertebral
 * fracture share about 45 % (assumed: the share was not read), mean age 72.8, SD 5.5 (recalled, UNVERIFIED), ages
 * 65–90 assumed.
 */
export const LOFT: TrialSpec = {
  name: 'LOFT',
  description: 'odanacatib 50 mg weekly vs placebo, 5 years, women ≥65 with osteoporosis',
  seed: 2019,
  population: {
    sex: 'female',
    age: { min: 65, max: 90, mean: 72.8, sd: 5.5 },
    tScore: { sites: ['totalHip'], min: -4, max: -2.5, rule: 'all' },
    prevalentVertebralFracture: 0.45,
  },
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'odanacatib', regimens: [doses('odanacatib', 50, 7, Math.floor(DAYS / 7)), calciumVitaminD(DAYS)] },
  ],
  patientsPerArm: 8357,
  durationDays: DAYS,
  visitDays: visits(12, 60),
};
