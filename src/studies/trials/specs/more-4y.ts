import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, perDay, visits, YEAR } from './common.js';
import { MORE } from './more.js';

const DAYS = Math.round(4 * YEAR);

/**
 * MORE through its fourth year (Delmas et al. 2002, J Clin Endocrinol Metab 87:3609; target B54): the MORE population
 * and arms (more.ts), raloxifene 60 or 120 mg daily or placebo, with calcium and vitamin D, for 4 years. CORE (years
 * 5–8) continued only the 60 mg dose in a subset and is not simulated.
 */
export const MORE_4Y: TrialSpec = {
  ...MORE,
  name: 'MORE 4 y',
  description: 'raloxifene 60 or 120 mg daily vs placebo, 4 years, postmenopausal women with osteoporosis',
  seed: 2002,
  arms: [
    { name: 'placebo', regimens: [calciumVitaminD(DAYS)] },
    { name: 'raloxifene 60 mg', regimens: [perDay('raloxifene', 60, DAYS), calciumVitaminD(DAYS)] },
    { name: 'raloxifene 120 mg', regimens: [perDay('raloxifene', 120, DAYS), calciumVitaminD(DAYS)] },
  ],
  durationDays: DAYS,
  visitDays: visits(12, 48),
};
