import type { DrugLabel } from './label.js';

/** Abaloparatide: PTHrP(1-34) analog, one subcutaneous injection a day. */
export const abaloparatide: DrugLabel = {
  drug: 'abaloparatide',
  name: 'abaloparatide (Tymlos)',
  class: 'PTH analog',
  route: 'subcutaneous',
  unit: 'µg',
  status: 'approved',
  regimens: [{ name: '80 µg daily', dose: 80, interval: 1 }],
  doseRange: [20, 80],
  doseRangeSource: 'Tymlos 80 µg; the 20 and 40 µg arms of the phase 2 trial (Leder 2015, JCEM 100:697, recalled, UNVERIFIED)',
  dailyForm: 'discrete',
  durationLimit: {
    days: 730,
    cumulativeWith: ['teriparatide', 'abaloparatide'],
    text: '24 months over a lifetime, PTH analogs together',
    source: 'Tymlos label: cumulative use of abaloparatide and parathyroid hormone analogs (e.g. teriparatide) for more than 2 years during a lifetime is not recommended',
  },
  citation: 'Tymlos (abaloparatide) US prescribing information, Radius Health; ACTIVE, Miller 2016, JAMA 316:722',
};
