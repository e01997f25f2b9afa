import type { DrugLabel } from './label.js';

/** Denosumab: RANKL antibody, one subcutaneous injection every 6 months (182 d, protocol 0.5). */
export const denosumab: DrugLabel = {
  drug: 'denosumab',
  name: 'denosumab (Prolia)',
  class: 'RANKL antibody',
  route: 'subcutaneous',
  unit: 'mg',
  status: 'approved',
  regimens: [{ name: '60 mg every 6 months', dose: 60, interval: 182 }],
  doseRange: [60, 120],
  doseRangeSource: 'Prolia 60 mg; Xgeva 120 mg (oncology, every 4 weeks: not an osteoporosis regimen)',
  dailyForm: 'continuous',
  citation: 'Prolia (denosumab) US prescribing information, Amgen; FREEDOM, Cummings 2009, NEJM 361:756',
};
