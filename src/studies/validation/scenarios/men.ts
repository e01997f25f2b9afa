import type { Scenario } from '../../../model/scenario.js';
import { DAYS_PER_PROTOCOL_YEAR } from '../../../model/time.js';
import { bmdChange, outputDays, pending, siteOutput, valueAt, withNote, type TargetScenario } from './common.js';

/**
 * Age-related loss in men (protocol A12, MrOS): the male profile aged untreated; FN from the femoral-neck output, or
 * from total hip where the model has none (protocol 0.7). Mean age at entry 73 (white subgroup, [MrOS-race]);
 * follow-up 4.6 y; the 85 vs 65 y comparison uses the loss over 4.6 y from each age.
 */

const START_AGE = 60;
const MROS_AGE = 73;
const FOLLOW_UP_YEARS = 4.6;

const day = (age: number): number => (age - START_AGE) * DAYS_PER_PROTOCOL_YEAR;

export function manAging(): Scenario {
  const ages = [START_AGE, 65, 65 + FOLLOW_UP_YEARS, MROS_AGE, MROS_AGE + FOLLOW_UP_YEARS, 85, 85 + FOLLOW_UP_YEARS];
  return { patient: { species: 'man', ageYears: START_AGE }, days: outputDays(ages.map(day)) };
}

const ABSOLUTE = 'absolute BMD in g/cm²: model BMD is in model units, so only relative changes compare (protocol A12)';

export const MEN: readonly TargetScenario[] = [
  {
    id: 'A12',
    description: `untreated man, femoral neck (total hip where the model has no FN) over ${FOLLOW_UP_YEARS} y from ${MROS_AGE}, and from 65 vs 85`,
    species: 'man',
    scenarios: () => ({ man: manAging() }),
    extract: {
      'fn-change': (runs) => bmdChange(runs.get('man'), 'FN', day(MROS_AGE + FOLLOW_UP_YEARS), day(MROS_AGE)),
      'fn-rate': (runs) => {
        const c = bmdChange(runs.get('man'), 'FN', day(MROS_AGE + FOLLOW_UP_YEARS), day(MROS_AGE));
        return { ...c, value: c.value / FOLLOW_UP_YEARS };
      },
      'age-ratio': (runs) => {
        const run = runs.get('man');
        const { output: out, note } = siteOutput('FN', run);
        const loss = (age: number) => valueAt(run, out, day(age)) - valueAt(run, out, day(age + FOLLOW_UP_YEARS));
        return withNote(loss(85) / loss(65), `ratio of losses in model units${note ? `; ${note}` : ''}`);
      },
      'fn-change-abs': () => pending(ABSOLUTE),
      'loss-85': () => pending(ABSOLUTE),
      'loss-65': () => pending(ABSOLUTE),
    },
  },
];
