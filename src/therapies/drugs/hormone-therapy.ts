import type { DrugLabel } from './label.js';

/**
 * Menopausal hormone therapy. The dose is mg of conjugated equine estrogens (CEE) per day; in women with a uterus it
 * comes with a progestin (WHI: CEE 0.625 mg + medroxyprogesterone acetate 2.5 mg daily), which is not a dose of the
 * contract.
 */
export const hormoneTherapy: DrugLabel = {
  drug: 'hormoneTherapy',
  name: 'hormone therapy (conjugated estrogens, Premarin / Prempro)',
  class: 'estrogen',
  route: 'oral',
  unit: 'mg',
  status: 'approved',
  regimens: [
    { name: '0.625 mg daily', dose: 0.625, interval: 1, note: 'WHI, with MPA 2.5 mg (Prempro)' },
    { name: '0.45 mg daily', dose: 0.45, interval: 1 },
    { name: '0.3 mg daily', dose: 0.3, interval: 1, note: 'lowest dose for prevention of postmenopausal osteoporosis' },
  ],
  doseRange: [0.3, 1.25],
  doseRangeSource: 'Premarin tablets: 0.3 to 1.25 mg a day',
  dailyForm: 'continuous',
  citation:
    'Premarin and Prempro (conjugated estrogens / medroxyprogesterone acetate) US prescribing information, Wyeth; ' +
    'WHI estrogen plus progestin, Rossouw 2002, JAMA 288:321; BMD: Cauley 2003, JAMA 290:1729',
};
