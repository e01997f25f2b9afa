import type { Scenario } from '../../../model/scenario.js';
import { fmt } from '../rules.js';
import { bmdChange, bmdDifference, calciumVitaminD, daily, doses, INTERVAL, month, withNote, type Runs, type ScenarioContext, type Site, type TargetScenario } from './common.js';
import { trialArm } from './trials.js';

/**
 * Anabolic BMD targets (protocols B36, B44, B47). Doses in the contract's label units: micrograms for teriparatide
 * and abaloparatide, mg for romosozumab.
 * - FPT (B36): from 69 y; teriparatide 20 or 40 µg/d for 19 mo (the trial stopped early), read at 21 mo; Ca + vit D
 *   background (UNVERIFIED).
 * - ACTIVE (B44): from 69 y; abaloparatide 80 µg/d for 18 mo; placebo arm for the difference in the note.
 * - FRAME (B47): from 71 y; romosozumab 210 mg every 30 d ×12 vs placebo, read at 12 mo (before the denosumab phase).
 */

const FPT_AGE = 69;
const ACTIVE_AGE = 69;
const FRAME_AGE = 71;

function fpt(ctx: ScenarioContext): Record<'placebo' | 'tptd20' | 'tptd40', Scenario> {
  const background = calciumVitaminD(ctx, month(21));
  const arm = (dose: number) => trialArm(FPT_AGE, [month(21)], [daily(ctx, 'teriparatide', dose, month(19)), ...background]);
  return { placebo: trialArm(FPT_AGE, [month(21)], background), tptd20: arm(20), tptd40: arm(40) };
}

function active(ctx: ScenarioContext): Record<'placebo' | 'abaloparatide', Scenario> {
  const background = calciumVitaminD(ctx, month(18));
  return {
    placebo: trialArm(ACTIVE_AGE, [month(18)], background),
    abaloparatide: trialArm(ACTIVE_AGE, [month(18)], [daily(ctx, 'abaloparatide', 80, month(18)), ...background]),
  };
}

function frame(ctx: ScenarioContext): Record<'placebo' | 'romosozumab', Scenario> {
  const background = calciumVitaminD(ctx, month(12));
  return {
    placebo: trialArm(FRAME_AGE, [month(12)], background),
    romosozumab: trialArm(FRAME_AGE, [month(12)], [doses('romosozumab', 210, INTERVAL.monthly, 12), ...background]),
  };
}

/** Abaloparatide-arm change, with the difference vs placebo in the note (protocol B44 asks for both). */
function abaloArm(site: Site) {
  return (runs: Runs) => {
    const diff = bmdDifference(runs.get('abaloparatide'), runs.get('placebo'), site, month(18)).value;
    return withNote(bmdChange(runs.get('abaloparatide'), site, month(18)), `difference vs placebo ${fmt(diff)} pp`);
  };
}

const BACKGROUND = ['calciumVitaminD'] as const;

export const ANABOLICS: readonly TargetScenario[] = [
  {
    id: 'B36',
    description: 'FPT: teriparatide 20 or 40 µg/d for 19 mo vs placebo from 69 y, read at 21 mo',
    species: 'woman',
    drugs: ['teriparatide'],
    background: BACKGROUND,
    scenarios: fpt,
    extract: {
      'ls-20': (runs) => bmdDifference(runs.get('tptd20'), runs.get('placebo'), 'LS', month(21)),
      'ls-40': (runs) => bmdDifference(runs.get('tptd40'), runs.get('placebo'), 'LS', month(21)),
      'fn-20': (runs) => bmdDifference(runs.get('tptd20'), runs.get('placebo'), 'FN', month(21)),
      'fn-40': (runs) => bmdDifference(runs.get('tptd40'), runs.get('placebo'), 'FN', month(21)),
    },
  },
  {
    id: 'B44',
    description: 'ACTIVE: abaloparatide 80 µg/d for 18 mo from 69 y',
    species: 'woman',
    drugs: ['abaloparatide'],
    background: BACKGROUND,
    scenarios: active,
    extract: { ls: abaloArm('LS'), th: abaloArm('TH'), fn: abaloArm('FN') },
  },
  {
    id: 'B47',
    description: 'FRAME: romosozumab 210 mg monthly ×12 vs placebo from 71 y, read at 12 mo',
    species: 'woman',
    drugs: ['romosozumab'],
    background: BACKGROUND,
    scenarios: frame,
    extract: {
      'ls-diff': (runs) => bmdDifference(runs.get('romosozumab'), runs.get('placebo'), 'LS', month(12)),
      'th-diff': (runs) => bmdDifference(runs.get('romosozumab'), runs.get('placebo'), 'TH', month(12)),
    },
  },
];
