import type { DrugLabel } from './label.js';

/** Alendronate: oral bisphosphonate, weekly or daily; prevention doses are half the treatment doses. */
export const alendronate: DrugLabel = {
  drug: 'alendronate',
  name: 'alendronate (Fosamax)',
  class: 'bisphosphonate',
  route: 'oral',
  unit: 'mg',
  status: 'approved',
  regimens: [
    { name: '70 mg weekly', dose: 70, interval: 7, note: 'treatment' },
    { name: '10 mg daily', dose: 10, interval: 1, note: 'treatment (FIT from year 3)' },
    { name: '35 mg weekly', dose: 35, interval: 7, note: 'prevention' },
    { name: '5 mg daily', dose: 5, interval: 1, note: 'prevention (FIT years 1-2)' },
  ],
  doseRange: [5, 70],
  doseRangeSource: 'Fosamax label: 5 mg daily (prevention) to 70 mg weekly (treatment)',
  dailyForm: 'continuous',
  citation:
    'Fosamax (alendronate sodium) US prescribing information, Merck; FIT, Black 1996, Lancet 348:1535 (5 mg/d for 2 years, then 10 mg/d); ' +
    'once weekly 70 mg: Schnitzer 2000, Aging Clin Exp Res 12:1 (recalled, UNVERIFIED)',
};
