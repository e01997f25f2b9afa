import type { DrugLabel } from './label.js';

/** Teriparatide: PTH(1-34), one subcutaneous injection a day; the daily pulse is what makes it anabolic. */
export const teriparatide: DrugLabel = {
  drug: 'teriparatide',
  name: 'teriparatide (Forteo)',
  class: 'PTH analog',
  route: 'subcutaneous',
  unit: 'µg',
  status: 'approved',
  regimens: [{ name: '20 µg daily', dose: 20, interval: 1 }],
  doseRange: [20, 40],
  doseRangeSource: 'Forteo 20 µg; the 40 µg arm of the Fracture Prevention Trial (Neer 2001, NEJM 344:1434)',
  dailyForm: 'discrete',
  durationLimit: {
    days: 730,
    cumulativeWith: ['teriparatide', 'abaloparatide'],
    text: '24 months over a lifetime, PTH analogs together',
    source:
      'Forteo label until 2020 (use for more than 2 years during a lifetime not recommended; since 2020 longer use only for patients ' +
      'who remain at high fracture risk); the Tymlos label counts teriparatide towards its 2-year limit',
  },
  citation: 'Forteo (teriparatide) US prescribing information, Eli Lilly; Fracture Prevention Trial, Neer 2001, NEJM 344:1434',
};
