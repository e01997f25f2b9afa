import type { DrugLabel } from './label.js';

/**
 * Blosozumab: sclerostin antibody, never approved (development stopped after phase 2). The phase 2 arms stand in
 * for a label; the default is the arm with the largest BMD gain.
 */
export const blosozumab: DrugLabel = {
  drug: 'blosozumab',
  name: 'blosozumab (investigational)',
  class: 'sclerostin antibody',
  route: 'subcutaneous',
  unit: 'mg',
  status: 'investigational',
  regimens: [
    { name: '270 mg every 2 weeks', dose: 270, interval: 14, note: 'phase 2 arm' },
    { name: '180 mg every 2 weeks', dose: 180, interval: 14, note: 'phase 2 arm' },
    { name: '180 mg every 4 weeks', dose: 180, interval: 28, note: 'phase 2 arm' },
    { name: '270 mg every 12 weeks', dose: 270, interval: 84, note: 'phase 2 arm' },
  ],
  doseRange: [180, 270],
  doseRangeSource: 'phase 2 arms, 180 and 270 mg (Recker 2015, JBMR 30:216, recalled, UNVERIFIED)',
  dailyForm: 'continuous',
  // A dose given alone counts for the 4 weeks of the 180 mg arm, not the 2 weeks of the default arm (safety exposure).
  singleDoseDays: 28,
  citation: 'not approved; phase 2, Recker 2015, JBMR 30:216: 52 weeks of 180 mg every 4 or 2 weeks, 270 mg every 12 or 2 weeks (recalled, UNVERIFIED)',
};
