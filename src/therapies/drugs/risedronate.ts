import type { DrugLabel } from './label.js';

/**
 * Risedronate: oral bisphosphonate, daily, weekly or monthly. The label's 75 mg on two consecutive days a month is
 * two doses a month, which one contract regimen cannot express (give two regimens 1 day apart, each every 30 d: they
 * are warned about as overlapping).
 */
export const risedronate: DrugLabel = {
  drug: 'risedronate',
  name: 'risedronate (Actonel)',
  class: 'bisphosphonate',
  route: 'oral',
  unit: 'mg',
  status: 'approved',
  regimens: [
    { name: '35 mg weekly', dose: 35, interval: 7 },
    { name: '5 mg daily', dose: 5, interval: 1, note: 'VERT' },
    { name: '150 mg monthly', dose: 150, interval: 30 },
  ],
  doseRange: [5, 150],
  doseRangeSource: 'Actonel label: 5 mg daily to 150 mg monthly',
  dailyForm: 'continuous',
  citation:
    'Actonel (risedronate sodium) US prescribing information; VERT-NA, Harris 1999, JAMA 282:1344 (5 mg/d); ' +
    '150 mg monthly: Delmas 2008, Bone 42:36 (recalled, UNVERIFIED)',
};
