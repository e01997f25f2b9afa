import type { DrugLabel } from './label.js';

/**
 * Calcium + vitamin D: a switch (dose 1 = supplemented every day, 0 = none), the background of every osteoporosis
 * trial. Amounts (calcium intake in mg/day, vitamin D status in ng/mL) are model parameters, not doses.
 */
export const calciumVitaminD: DrugLabel = {
  drug: 'calciumVitaminD',
  name: 'calcium + vitamin D',
  class: 'supplement',
  route: 'oral',
  unit: 'switch',
  status: 'approved',
  regimens: [{ name: 'supplemented daily', dose: 1, interval: 1 }],
  doseRange: [0, 1],
  doseRangeSource: 'a switch: 0 none, 1 supplemented',
  dailyForm: 'continuous',
  citation: 'trial background, e.g. FREEDOM: calcium >= 1000 mg and vitamin D >= 400 IU daily (Cummings 2009, NEJM 361:756); WHI calcium + vitamin D, Jackson 2006, NEJM 354:669',
};
