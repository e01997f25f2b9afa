import { fmt } from '../rules.js';
import { getValue, type BmdGroup } from '../targets.js';
import { bmdOutput, pending, valueAt, type Runs, type ScenarioContext, type Simulated, type TargetScenario } from './common.js';
import { ageDay, AGING_START_AGE, womanAging } from './natural-history.js';

/**
 * Marrow fat fraction by BMD group (msc.md §1a: Yeung 2005, MFF-1; Tang 2010, MFF-2), from the shared aging run.
 *
 * A mean-patient run is one woman: at the study's age she falls into one WHO group (C1) by her simulated T-score, and
 * only that group's published mean is compared with her marrow fat fraction. The other groups need between-person
 * variability (a virtual population) and stay pending, saying which group she is in.
 *
 * T-score (protocol 0.8, C1): (BMD − young-adult mean) / young-adult SD, with the young-adult mean taken as the model's
 * own total-hip BMD averaged over ages 20–29 and the SD as the NHANES III young white-female FN coefficient of
 * variation, 0.120 / 0.858 (protocol 0.8, UNVERIFIED). Total hip stands for FN (protocol 0.7).
 * The model's marrowFatFraction is read as a fraction (0–1) and reported in %.
 */

/** NHANES III young white-female FN: SD / mean (protocol 0.8; UNVERIFIED). */
export const YOUNG_ADULT_CV = 0.12 / 0.858;

/** Age of the Tang 2010 women: the middle of the 55–81 y range (no mean age in msc.md). */
const TANG_AGE = (55 + 81) / 2;

export function youngAdultReference(runs: Runs): number {
  const run = runs.get('aging');
  let sum = 0;
  let n = 0;
  for (let m = 0; m < (30 - AGING_START_AGE) * 12; m++) {
    sum += valueAt(run, bmdOutput('TH'), ageDay(AGING_START_AGE + m / 12));
    n++;
  }
  return sum / n;
}

export function tScoreAt(runs: Runs, age: number): number {
  const bmd = valueAt(runs.get('aging'), bmdOutput('TH'), ageDay(age));
  return (bmd / youngAdultReference(runs) - 1) / YOUNG_ADULT_CV;
}

/** WHO group of a T-score, with the thresholds of target C1. */
export function whoGroup(t: number): Exclude<BmdGroup, 'young'> {
  const osteopenia = (getValue('C1', 'osteopenia') as { value: number }).value;
  const osteoporosis = (getValue('C1', 'osteoporosis') as { value: number }).value;
  if (t <= osteoporosis) return 'osteoporosis';
  return t >= osteopenia ? 'normal' : 'osteopenia';
}

/** The age a published group value is stated at (MFF-1: young 28 y, old 70 y). */
function ageOf(id: string, key: string): number {
  const time = getValue(id, key).time;
  if (time?.kind !== 'age') throw new Error(`${id} ${key}: no age in the published value`);
  return time.years;
}

function mffAt(runs: Runs, age: number): number {
  return 100 * valueAt(runs.get('aging'), 'marrowFatFraction', ageDay(age));
}

function groupMff(group: Exclude<BmdGroup, 'young'>, age: number) {
  return (runs: Runs): Simulated => {
    const t = tScoreAt(runs, age);
    const simulated = whoGroup(t);
    const where = `the mean woman at ${fmt(age, 1)} y has T-score ${fmt(t)} (${simulated}; FN→TH proxy)`;
    if (simulated !== group) pending(`needs virtual population: ${where}, not in the ${group} group`);
    return { value: mffAt(runs, age), note: where };
  };
}

const aging = (ctx: ScenarioContext) => ({ aging: womanAging(ctx) });

export const MARROW_FAT: readonly TargetScenario[] = [
  {
    id: 'MFF-1',
    description: 'untreated woman: marrow fat of the young (28 y) and at 70 y in her BMD group (Yeung 2005)',
    species: 'woman',
    scenarios: aging,
    extract: {
      young: (runs) => mffAt(runs, ageOf('MFF-1', 'young')),
      normal: groupMff('normal', ageOf('MFF-1', 'normal')),
      osteopenia: groupMff('osteopenia', ageOf('MFF-1', 'osteopenia')),
      osteoporosis: groupMff('osteoporosis', ageOf('MFF-1', 'osteoporosis')),
    },
  },
  {
    id: 'MFF-2',
    description: `untreated woman: marrow fat at ${TANG_AGE} y in her BMD group (Tang 2010)`,
    species: 'woman',
    scenarios: aging,
    extract: {
      normal: groupMff('normal', TANG_AGE),
      osteopenia: groupMff('osteopenia', TANG_AGE),
      osteoporosis: groupMff('osteoporosis', TANG_AGE),
    },
    pendingKeys: { correlation: 'needs virtual population (a correlation across women)' },
  },
];
