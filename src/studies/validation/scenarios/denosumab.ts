import type { Scenario } from '../../../model/scenario.js';
import { fmt } from '../rules.js';
import {
  bmdChange,
  bmdDifference,
  calciumVitaminD,
  doses,
  INTERVAL,
  month,
  percentChangeAt,
  valueAt,
  withNote,
  type Runs,
  type ScenarioContext,
  type TargetScenario,
} from './common.js';
import { trialArm } from './trials.js';

/**
 * Denosumab 60 mg SC every 6 months (FREEDOM, Extension, discontinuation; protocols A8, B3, B4, B7, B8, B16).
 * FREEDOM: women started at 72 y (mean 72.3, UNVERIFIED; Kendler 2018: 72–73), 6 doses at months 0–30 every 182 d
 * (protocol 0.5), background Ca ≥1000 mg + vit D ≥400 IU in both arms (A8).
 */

const FREEDOM_AGE = 72;
const DMAB_DOSE = 60;
const FREEDOM_DOSES = 6;
/** Day of the month-36 visit's pre-dose trough: 6 × 182 d (B7: "just before the month-36 dose"). */
const TROUGH_36 = FREEDOM_DOSES * INTERVAL.sixMonthly;
const FREEDOM_DAYS = [month(1), month(12), month(24), TROUGH_36, month(36)];

function freedom(ctx: ScenarioContext): Record<'placebo' | 'denosumab', Scenario> {
  const background = calciumVitaminD(ctx, month(36));
  return {
    placebo: trialArm(FREEDOM_AGE, FREEDOM_DAYS, background),
    denosumab: trialArm(FREEDOM_AGE, FREEDOM_DAYS, [doses('denosumab', DMAB_DOSE, INTERVAL.sixMonthly, FREEDOM_DOSES), ...background]),
  };
}

/** Extension long-term group: 10 doses (months 0–54), read at 5 y from the FREEDOM baseline (B8). */
function extension(ctx: ScenarioContext): Record<'denosumab', Scenario> {
  return {
    denosumab: trialArm(FREEDOM_AGE, [month(60)], [doses('denosumab', DMAB_DOSE, INTERVAL.sixMonthly, 10), ...calciumVitaminD(ctx, month(60))]),
  };
}

/**
 * Discontinuation (B16): doses at months 0, 6, 12, 18; the month-24 dose is omitted (t_omit = 4 × 182 d). Readings
 * relative to t_omit; "by 12 mo" read as t_omit + 12 mo, with "12 mo after the last dose" (t_omit + 6 mo) in the note.
 */
const REBOUND_DOSES = 4;
const T_OMIT = REBOUND_DOSES * INTERVAL.sixMonthly;
const LAST_DOSE = (REBOUND_DOSES - 1) * INTERVAL.sixMonthly;
const REBOUND_DAYS = [T_OMIT, T_OMIT + month(3), T_OMIT + month(6), T_OMIT + month(12), LAST_DOSE + month(12)];

function rebound(ctx: ScenarioContext): Record<'denosumab', Scenario> {
  return {
    denosumab: trialArm(FREEDOM_AGE, REBOUND_DAYS, [doses('denosumab', DMAB_DOSE, INTERVAL.sixMonthly, REBOUND_DOSES), ...calciumVitaminD(ctx, T_OMIT + month(12))]),
  };
}

function reboundBmd(site: 'LS' | 'TH') {
  return (runs: Runs) => {
    const run = runs.get('denosumab');
    const other = bmdChange(run, site, LAST_DOSE + month(12)).value;
    return withNote(bmdChange(run, site, T_OMIT + month(12)), `12 mo after the last dose (t_omit + 6 mo): ${fmt(other)}%`);
  };
}

const BACKGROUND = ['calciumVitaminD'] as const;

/**
 * Half-life of denosumab after one 60 mg dose (B15, "about 26 days"): from the log-linear decline of the model's
 * denosumab level between days 28 and 84, after the peak. osteosim reports serum ng/mL (nonlinear PK, so the
 * apparent half-life depends on the level); jorg2022 reports its effective exposure (first-order, T = 10 d).
 */
const HALF_LIFE_DAYS = Array.from({ length: 15 }, (_, k) => 28 + 4 * k);

function singleDose(): Record<'denosumab', Scenario> {
  return { denosumab: trialArm(67, HALF_LIFE_DAYS, [doses('denosumab', DMAB_DOSE, INTERVAL.sixMonthly, 1)]) };
}

function halfLife(runs: Runs): { value: number; note: string } {
  const run = runs.get('denosumab');
  const xs = HALF_LIFE_DAYS;
  const ys = xs.map((d) => Math.log(valueAt(run, 'denosumabLevel', d)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return { value: -Math.LN2 / slope, note: 'log-linear fit of the denosumab level, days 28-84 after one 60 mg dose' };
}

export const DENOSUMAB: readonly TargetScenario[] = [
  {
    id: 'A8',
    description: 'FREEDOM placebo arm: untreated woman from 72 y with Ca + vit D',
    species: 'woman',
    background: BACKGROUND,
    scenarios: (ctx) => ({ placebo: freedom(ctx).placebo }),
    extract: {
      'pbo-12': (runs) => bmdChange(runs.get('placebo'), 'TH', month(12)),
      'pbo-24': (runs) => bmdChange(runs.get('placebo'), 'TH', month(24)),
      'pbo-36': (runs) => bmdChange(runs.get('placebo'), 'TH', month(36)),
    },
  },
  {
    id: 'B3',
    description: 'FREEDOM: denosumab 60 mg every 182 d ×6 vs placebo from 72 y, Ca + vit D',
    species: 'woman',
    drugs: ['denosumab'],
    background: BACKGROUND,
    scenarios: freedom,
    extract: {
      'dmab-12': (runs) => bmdChange(runs.get('denosumab'), 'TH', month(12)),
      'dmab-24': (runs) => bmdChange(runs.get('denosumab'), 'TH', month(24)),
      'dmab-36': (runs) => bmdChange(runs.get('denosumab'), 'TH', month(36)),
      'pbo-12': (runs) => bmdChange(runs.get('placebo'), 'TH', month(12)),
      'pbo-24': (runs) => bmdChange(runs.get('placebo'), 'TH', month(24)),
      'pbo-36': (runs) => bmdChange(runs.get('placebo'), 'TH', month(36)),
      'diff-12': (runs) => bmdDifference(runs.get('denosumab'), runs.get('placebo'), 'TH', month(12)),
      'diff-24': (runs) => bmdDifference(runs.get('denosumab'), runs.get('placebo'), 'TH', month(24)),
      'diff-36': (runs) => bmdDifference(runs.get('denosumab'), runs.get('placebo'), 'TH', month(36)),
    },
  },
  {
    id: 'B4',
    description: 'FREEDOM: denosumab minus placebo at 36 mo, LS and TH',
    species: 'woman',
    drugs: ['denosumab'],
    background: BACKGROUND,
    scenarios: freedom,
    extract: {
      'ls-diff': (runs) => bmdDifference(runs.get('denosumab'), runs.get('placebo'), 'LS', month(36)),
      'th-diff': (runs) => bmdDifference(runs.get('denosumab'), runs.get('placebo'), 'TH', month(36)),
    },
  },
  {
    id: 'B7',
    description: 'FREEDOM: turnover markers on denosumab, 1 mo after dose 1 and at the month-36 trough',
    species: 'woman',
    drugs: ['denosumab'],
    background: BACKGROUND,
    scenarios: (ctx) => ({ denosumab: freedom(ctx).denosumab }),
    extract: {
      'ctx-1': (runs) => percentChangeAt(runs.get('denosumab'), 'ctx', month(1)),
      'ctx-36': (runs) => withNote(percentChangeAt(runs.get('denosumab'), 'ctx', TROUGH_36), `pre-dose trough at day ${TROUGH_36}`),
      'p1np-36': (runs) => withNote(percentChangeAt(runs.get('denosumab'), 'p1np', TROUGH_36), `day ${TROUGH_36}`),
    },
  },
  {
    id: 'B8',
    description: 'FREEDOM + Extension long-term group: denosumab ×10 from 72 y, read at 5 y',
    species: 'woman',
    drugs: ['denosumab'],
    background: BACKGROUND,
    scenarios: extension,
    extract: {
      ls: (runs) => bmdChange(runs.get('denosumab'), 'LS', month(60)),
      th: (runs) => bmdChange(runs.get('denosumab'), 'TH', month(60)),
    },
  },
  {
    id: 'B15',
    description: 'one denosumab 60 mg dose at 67 y; half-life of the level between days 28 and 84',
    species: 'woman',
    drugs: ['denosumab'],
    scenarios: singleDose,
    extract: { 'half-life': halfLife },
  },
  {
    id: 'B16',
    description: `denosumab ×${REBOUND_DOSES} from 72 y, then the next dose omitted (t_omit = day ${T_OMIT})`,
    species: 'woman',
    drugs: ['denosumab'],
    background: BACKGROUND,
    scenarios: rebound,
    extract: {
      'btm-rise': (runs) => {
        const run = runs.get('denosumab');
        const base = valueAt(run, 'ctx', 0);
        return { value: (100 * (valueAt(run, 'ctx', T_OMIT + month(3)) - valueAt(run, 'ctx', T_OMIT))) / base, note: 'CTX(t_omit + 3 mo) − CTX(t_omit), % of baseline' };
      },
      'btm-above-baseline': (runs) => withNote(percentChangeAt(runs.get('denosumab'), 'ctx', T_OMIT + month(6)), 'CTX at t_omit + 6 mo'),
      'bmd-th-12': reboundBmd('TH'),
      'bmd-ls-12': reboundBmd('LS'),
    },
  },
];
