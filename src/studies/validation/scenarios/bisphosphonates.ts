import type { Scenario } from '../../../model/scenario.js';
import { bmdChange, bmdDifference, calciumVitaminD, daily, doses, INTERVAL, month, percentChangeAt, withNote, type ScenarioContext, type TargetScenario } from './common.js';
import { trialArm } from './trials.js';

/**
 * Bisphosphonate BMD and marker targets (protocols B23, B26, B30).
 * - FIT-1 (B23): from 71 y; alendronate 5 mg/d for 24 mo, then 10 mg/d to 36 mo; Ca 500 mg + vit D 250 IU for women
 *   with low intake [FIT2], applied here as the background of both arms.
 * - HORIZON-PFT (B26): from 73 y; zoledronic acid 5 mg IV at months 0, 12, 24; Ca + vit D background (UNVERIFIED).
 * - VERT-NA (B30): from 69 y (UNVERIFIED); risedronate 5 mg/d for 36 mo; Ca 1000 mg/d [VERT].
 */

const FIT_AGE = 71;
const HORIZON_AGE = 73;
const VERT_AGE = 69;

function fit(ctx: ScenarioContext): Record<'placebo' | 'alendronate', Scenario> {
  const background = calciumVitaminD(ctx, month(36));
  const aln = [daily(ctx, 'alendronate', 5, month(24)), daily(ctx, 'alendronate', 10, month(12), month(24))];
  return {
    placebo: trialArm(FIT_AGE, [month(36)], background),
    alendronate: trialArm(FIT_AGE, [month(36)], [...aln, ...background]),
  };
}

/** CTX is read the day before the month-12 infusion (the 12-mo visit precedes the second dose). */
const CTX_12 = INTERVAL.yearly - 1;

function horizon(ctx: ScenarioContext): Record<'placebo' | 'zoledronate', Scenario> {
  const background = calciumVitaminD(ctx, month(36));
  const days = [CTX_12, month(36)];
  return {
    placebo: trialArm(HORIZON_AGE, days, background),
    zoledronate: trialArm(HORIZON_AGE, days, [doses('zoledronate', 5, INTERVAL.yearly, 3), ...background]),
  };
}

function vert(ctx: ScenarioContext): Record<'risedronate', Scenario> {
  return { risedronate: trialArm(VERT_AGE, [month(36)], [daily(ctx, 'risedronate', 5, month(36)), ...calciumVitaminD(ctx, month(36))]) };
}

const BACKGROUND = ['calciumVitaminD'] as const;

export const BISPHOSPHONATES: readonly TargetScenario[] = [
  {
    id: 'B23',
    description: 'FIT-1: alendronate 5 → 10 mg/d vs placebo from 71 y, read at 36 mo',
    species: 'woman',
    drugs: ['alendronate'],
    background: BACKGROUND,
    scenarios: fit,
    extract: {
      'ls-diff': (runs) => bmdDifference(runs.get('alendronate'), runs.get('placebo'), 'LS', month(36)),
      'fn-diff': (runs) => bmdDifference(runs.get('alendronate'), runs.get('placebo'), 'FN', month(36)),
      'th-diff': (runs) => bmdDifference(runs.get('alendronate'), runs.get('placebo'), 'TH', month(36)),
    },
  },
  {
    id: 'B26',
    description: 'HORIZON-PFT: zoledronic acid 5 mg yearly ×3 vs placebo from 73 y',
    species: 'woman',
    drugs: ['zoledronate'],
    background: BACKGROUND,
    scenarios: horizon,
    extract: {
      'th-diff': (runs) => bmdDifference(runs.get('zoledronate'), runs.get('placebo'), 'TH', month(36)),
      'ls-diff': (runs) => bmdDifference(runs.get('zoledronate'), runs.get('placebo'), 'LS', month(36)),
      'fn-diff': (runs) => bmdDifference(runs.get('zoledronate'), runs.get('placebo'), 'FN', month(36)),
      'ctx-12': (runs) => withNote(percentChangeAt(runs.get('zoledronate'), 'ctx', CTX_12), `zoledronic-acid arm vs its baseline, day ${CTX_12} (before the second infusion)`),
    },
  },
  {
    id: 'B30',
    description: 'VERT-NA: risedronate 5 mg/d from 69 y, arm change at 36 mo',
    species: 'woman',
    drugs: ['risedronate'],
    background: BACKGROUND,
    scenarios: vert,
    extract: {
      ls: (runs) => bmdChange(runs.get('risedronate'), 'LS', month(36)),
      fn: (runs) => bmdChange(runs.get('risedronate'), 'FN', month(36)),
    },
  },
];
