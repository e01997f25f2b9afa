import type { Scenario } from '../../../model/scenario.js';
import { bmdChange, bmdDifference, calciumVitaminD, daily, month, year, type ScenarioContext, type TargetScenario } from './common.js';
import { trialArm } from './trials.js';

/**
 * Other agents (protocols B55, B58, B61).
 * - MORE (B55): from 67 y; raloxifene 60 mg/d for 36 mo; Ca 500 mg + vit D 400–600 IU in both arms [MORE-b].
 * - WHI E+P (B58): from 63 y; CEE 0.625 mg + MPA 2.5 mg/d, given as hormoneTherapy 0.625 mg/d (the CEE dose); the
 *   estrogen-receptor effect of that dose is the model's assumption (protocol B58). TH read at 3 y.
 * - WHI CaD (B61): from 62 y; 1000 mg Ca + 400 IU D3 daily (calciumVitaminD, dose 1) vs placebo; the hip BMD
 *   difference is read at the mean follow-up, 7.0 y (the measurement years are UNVERIFIED, protocol B61).
 */

const MORE_AGE = 67;
const WHI_EP_AGE = 63;
const WHI_CAD_AGE = 62;
const WHI_CAD_YEARS = 7;

function more(ctx: ScenarioContext): Record<'placebo' | 'raloxifene', Scenario> {
  const background = calciumVitaminD(ctx, month(36));
  return {
    placebo: trialArm(MORE_AGE, [month(36)], background),
    raloxifene: trialArm(MORE_AGE, [month(36)], [daily(ctx, 'raloxifene', 60, month(36)), ...background]),
  };
}

function whiEp(ctx: ScenarioContext): Record<'placebo' | 'hormoneTherapy', Scenario> {
  return {
    placebo: trialArm(WHI_EP_AGE, [year(3)], []),
    hormoneTherapy: trialArm(WHI_EP_AGE, [year(3)], [daily(ctx, 'hormoneTherapy', 0.625, year(3))]),
  };
}

function whiCad(ctx: ScenarioContext): Record<'placebo' | 'calciumVitaminD', Scenario> {
  return {
    placebo: trialArm(WHI_CAD_AGE, [year(WHI_CAD_YEARS)], []),
    calciumVitaminD: trialArm(WHI_CAD_AGE, [year(WHI_CAD_YEARS)], calciumVitaminD(ctx, year(WHI_CAD_YEARS))),
  };
}

export const OTHER_AGENTS: readonly TargetScenario[] = [
  {
    id: 'B55',
    description: 'MORE: raloxifene 60 mg/d vs placebo from 67 y, read at 36 mo',
    species: 'woman',
    drugs: ['raloxifene'],
    background: ['calciumVitaminD'],
    scenarios: more,
    extract: {
      'fn-diff': (runs) => bmdDifference(runs.get('raloxifene'), runs.get('placebo'), 'FN', month(36)),
      'ls-diff': (runs) => bmdDifference(runs.get('raloxifene'), runs.get('placebo'), 'LS', month(36)),
    },
  },
  {
    id: 'B58',
    description: 'WHI E+P: hormone therapy (CEE 0.625 mg/d) vs placebo from 63 y, TH at 3 y',
    species: 'woman',
    drugs: ['hormoneTherapy'],
    scenarios: whiEp,
    extract: {
      'th-ht': (runs) => bmdChange(runs.get('hormoneTherapy'), 'TH', year(3)),
      'th-pbo': (runs) => bmdChange(runs.get('placebo'), 'TH', year(3)),
    },
  },
  {
    id: 'B61',
    description: `WHI CaD: Ca + vit D vs placebo from 62 y, hip BMD at ${WHI_CAD_YEARS} y`,
    species: 'woman',
    drugs: ['calciumVitaminD'],
    scenarios: whiCad,
    extract: {
      'hip-bmd-diff': (runs) => bmdDifference(runs.get('calciumVitaminD'), runs.get('placebo'), 'TH', year(WHI_CAD_YEARS)),
    },
    pendingKeys: { 'kidney-stones': 'safety model (kidney stones)' },
  },
];
