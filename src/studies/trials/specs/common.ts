import type { DrugName, DrugRegimen } from '../../../model/scenario.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../../model/time.js';

/** Trials run on calendar years (src/model/time.ts), as the osteosim clock and the fracture model. */
export const YEAR = DAYS_PER_CALENDAR_YEAR;
export const MONTH = YEAR / 12;

export const doses = (drug: DrugName, dose: number, interval: number, count: number, start = 0): DrugRegimen => ({ kind: 'drug', drug, dose, start, interval, count });
export const perDay = (drug: DrugName, dose: number, days: number, start = 0): DrugRegimen => ({
  kind: 'drug',
  drug,
  dose,
  start,
  interval: 1,
  count: Math.round(days),
  continuous: true,
});
/** Calcium + vitamin D for the whole trial (background therapy of every arm in these trials). */
export const calciumVitaminD = (days: number): DrugRegimen => perDay('calciumVitaminD', 1, days);
/** Visits every `months` months up to `total` months. */
export const visits = (months: number, total: number): number[] => Array.from({ length: Math.floor(total / months) }, (_, k) => Math.round((k + 1) * months * MONTH));
