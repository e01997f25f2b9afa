import type { DrugLabel } from './label.js';

/** Zoledronic acid: intravenous bisphosphonate, 5 mg once a year (treatment) or every 2 years (prevention). */
export const zoledronate: DrugLabel = {
  drug: 'zoledronate',
  name: 'zoledronic acid (Reclast)',
  class: 'bisphosphonate',
  route: 'intravenous',
  unit: 'mg',
  status: 'approved',
  regimens: [
    { name: '5 mg yearly', dose: 5, interval: 365, note: 'treatment (HORIZON)' },
    { name: '5 mg every 2 years', dose: 5, interval: 730, note: 'prevention' },
  ],
  doseRange: [4, 5],
  doseRangeSource: 'Reclast 5 mg; 4 mg once yearly in the phase 2 trial (Reid 2002, NEJM 346:653, recalled, UNVERIFIED) and the Zometa oncology dose',
  dailyForm: 'continuous',
  citation: 'Reclast (zoledronic acid) US prescribing information, Novartis; HORIZON-PFT, Black 2007, NEJM 356:1809',
};
