import type { DrugLabel } from './label.js';

/**
 * Odanacatib: cathepsin K inhibitor, never approved (Merck stopped development in 2016 over an excess of strokes in
 * LOFT). LOFT's 50 mg weekly stands in for a label.
 */
export const odanacatib: DrugLabel = {
  drug: 'odanacatib',
  name: 'odanacatib (investigational)',
  class: 'cathepsin K inhibitor',
  route: 'oral',
  unit: 'mg',
  status: 'investigational',
  regimens: [{ name: '50 mg weekly', dose: 50, interval: 7, note: 'LOFT' }],
  doseRange: [3, 50],
  doseRangeSource: 'LOFT 50 mg; the 3, 10 and 25 mg weekly arms of the phase 2 trial (Bone 2010, JBMR 25:937, recalled, UNVERIFIED)',
  dailyForm: 'continuous',
  citation: 'not approved; LOFT, McClung 2019, Lancet Diabetes Endocrinol 7:899',
};
