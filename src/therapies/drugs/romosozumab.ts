import type { DrugLabel } from './label.js';

/** Romosozumab: sclerostin antibody, 210 mg subcutaneously once a month for 12 doses. */
export const romosozumab: DrugLabel = {
  drug: 'romosozumab',
  name: 'romosozumab (Evenity)',
  class: 'sclerostin antibody',
  route: 'subcutaneous',
  unit: 'mg',
  status: 'approved',
  regimens: [{ name: '210 mg monthly for 12 doses', dose: 210, interval: 30, count: 12 }],
  doseRange: [70, 210],
  doseRangeSource: 'Evenity 210 mg (two 105 mg injections); the 70 and 140 mg monthly arms of the phase 2 trial (McClung 2014, NEJM 370:412)',
  dailyForm: 'continuous',
  durationLimit: { doses: 12, text: '12 monthly doses', source: 'Evenity label: limit the duration of use to 12 monthly doses (the anabolic effect wanes after 12 doses)' },
  citation: 'Evenity (romosozumab-aqqg) US prescribing information, Amgen; FRAME, Cosman 2016, NEJM 375:1532',
};
