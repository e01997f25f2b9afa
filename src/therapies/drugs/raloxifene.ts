import type { DrugLabel } from './label.js';

/** Raloxifene: selective estrogen receptor modulator, oral, once a day. */
export const raloxifene: DrugLabel = {
  drug: 'raloxifene',
  name: 'raloxifene (Evista)',
  class: 'SERM',
  route: 'oral',
  unit: 'mg',
  status: 'approved',
  regimens: [{ name: '60 mg daily', dose: 60, interval: 1 }],
  doseRange: [60, 150],
  doseRangeSource: 'Evista 60 mg; the 120 mg arm of MORE (Ettinger 1999, JAMA 282:637); 150 mg/d in Delmas 1997, NEJM 337:1641 (recalled, UNVERIFIED)',
  dailyForm: 'continuous',
  citation: 'Evista (raloxifene hydrochloride) US prescribing information, Eli Lilly; MORE, Ettinger 1999, JAMA 282:637',
};
