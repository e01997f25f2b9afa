import type { OutputName, Scenario, ScenarioResult } from '../../../model/scenario.js';
import { DAYS_PER_PROTOCOL_YEAR } from '../../../model/time.js';
import { fmt } from '../rules.js';
import {
  BMD_OUTPUT,
  bmdChange,
  bmdRate,
  outputDays,
  pending,
  percentChangeAt,
  siteOutput,
  valueAt,
  withNote,
  type Runs,
  type ScenarioContext,
  type Simulated,
  type Site,
  type TargetScenario,
} from './common.js';

/**
 * The untreated woman across the menopause (protocols A1–A5, A15, A16, A18, E17; also the aging run of the marrow-fat
 * targets). One run serves them all: from age 20 (young-adult reference, C1) to 90, monthly, with the FMP at
 * ScenarioContext.fmpAgeYears (the model's own menopause age unless the caller set one). No drug and no Ca/vit D background
 * (protocol A1: "no Ca/vit D background").
 */

export const AGING_START_AGE = 20;
export const AGING_END_AGE = 90;
/** Premenopausal reference age for marker ratios (A18: "the premenopausal steady state"). */
export const PREMENOPAUSE_AGE = 30;

/** Day of an age on the aging run's clock. */
export const ageDay = (age: number): number => (age - AGING_START_AGE) * DAYS_PER_PROTOCOL_YEAR;
/** Day of a time relative to the FMP, in years. */
export const fmpDay = (ctx: ScenarioContext, offsetYears: number): number => ageDay(ctx.fmpAgeYears + offsetYears);

/** The shared aging run: monthly from 20 to 90, plus every whole year from the FMP. */
export function womanAging(ctx: ScenarioContext): Scenario {
  const months = (AGING_END_AGE - AGING_START_AGE) * 12;
  const grid = Array.from({ length: months + 1 }, (_, i) => (i * DAYS_PER_PROTOCOL_YEAR) / 12);
  const fmpYears = Array.from({ length: 26 }, (_, k) => fmpDay(ctx, k - 10)).filter((d) => d >= 0 && d <= ageDay(AGING_END_AGE));
  return {
    patient: { species: 'woman', ageYears: AGING_START_AGE },
    days: outputDays([...grid, ...fmpYears]),
  };
}

const aging = (ctx: ScenarioContext) => ({ aging: womanAging(ctx) });

/**
 * A15 (Ebeling 1996, cross-sectional, women 45–57 y) grouped women by cycle and FSH, not by time from the FMP; the
 * protocol asks for one simulated woman read at the three stages. Chosen here, years from the FMP: premenopause 4 y
 * before (regular cycles, about 47 y), perimenopause 1 y before (the late transition, FSH rising), early
 * postmenopause 3 y after (within the cohort's 57 y).
 */
const A15_STAGES = { pre: -4, peri: -1, post: 3 } as const;
const A15_NOTE = `stages FMP${A15_STAGES.pre} / FMP${A15_STAGES.peri} / FMP+${A15_STAGES.post} y (cross-sectional groups read on one woman)`;

/** LS/FN loss between two FMP-relative times, as % of the value at FMP−5 (A1, A2: "of it in the transmenopause"). */
function lossShare(run: ScenarioResult, site: Site, ctx: ScenarioContext, from: number, to: number): Simulated {
  const { output: out, note } = siteOutput(site, run);
  const ref = valueAt(run, out, fmpDay(ctx, -5));
  const value = (100 * (valueAt(run, out, fmpDay(ctx, to)) - valueAt(run, out, fmpDay(ctx, from)))) / ref;
  return note ? withNote(value, note) : { value };
}

const rate = (run: ScenarioResult, site: Site, ctx: ScenarioContext, from: number, to: number): Simulated =>
  bmdRate(run, site, fmpDay(ctx, from), fmpDay(ctx, to));

// ---------------------------------------------------------------------------------------------------------------
// A3: timing of the menopausal loss

/** Loss rate (%/y of the FMP−5 value, positive = loss) on a monthly grid from FMP−5 to FMP+10, centred 1-y differences. */
function lossRateCurve(run: ScenarioResult, output: OutputName, ctx: ScenarioContext): { t: number[]; rate: number[] } {
  const ref = valueAt(run, output, fmpDay(ctx, -5));
  const t: number[] = [];
  const rate: number[] = [];
  for (let m = -60; m <= 120; m++) {
    const y = m / 12;
    const before = valueAt(run, output, fmpDay(ctx, y - 0.5));
    const after = valueAt(run, output, fmpDay(ctx, y + 0.5));
    t.push(y);
    rate.push((100 * (before - after)) / ref);
  }
  return { t, rate };
}

/** Times (years from FMP) where the loss rate crosses half its peak: on the way up (onset) and after the peak (offset). */
export function halfPeakTimes(t: readonly number[], rate: readonly number[]): { onset: number; offset: number; peak: number } {
  let k = 0;
  for (let i = 1; i < rate.length; i++) if (rate[i]! > rate[k]!) k = i;
  const peak = rate[k]!;
  if (!(peak > 0)) return { onset: NaN, offset: NaN, peak };
  const half = peak / 2;
  const cross = (i: number, j: number): number => t[i]! + ((half - rate[i]!) / (rate[j]! - rate[i]!)) * (t[j]! - t[i]!);
  let onset = NaN;
  for (let i = k; i > 0; i--) {
    if (rate[i - 1]! < half) {
      onset = cross(i - 1, i);
      break;
    }
  }
  let offset = NaN;
  for (let i = k; i < rate.length - 1; i++) {
    if (rate[i + 1]! < half) {
      offset = cross(i, i + 1);
      break;
    }
  }
  return { onset, offset, peak };
}

/** LS if the model has it, else total hip (the target: "LS and FN behave alike"). */
function timingSite(run: ScenarioResult): { output: typeof BMD_OUTPUT.LS; note?: string } {
  const ls = run.outputs.bmdLumbarSpine;
  if (ls && !ls.every((v) => Number.isNaN(v))) return { output: BMD_OUTPUT.LS };
  return { output: BMD_OUTPUT.TH, note: 'total hip (no LS output; the target says LS and FN behave alike)' };
}

function timing(which: 'onset' | 'offset') {
  return (runs: { get(n: string): ScenarioResult }, ctx: ScenarioContext): Simulated => {
    const run = runs.get('aging');
    const site = timingSite(run);
    const curve = lossRateCurve(run, site.output, ctx);
    const times = halfPeakTimes(curve.t, curve.rate);
    const note = `half-peak crossing of the loss rate (peak ${fmt(times.peak)} %/y)${site.note ? `; ${site.note}` : ''}`;
    return { value: times[which], note };
  };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * E17 old-donor (MSC therapy): a 70-year-old woman receives 1e8 allogeneic BM-MSCs into the marrow from a 25- or a
 * 75-year-old donor; the osteogenic output of the cells is read as the BMD gain over untreated at 12 months, and the
 * simulated value is old-donor gain / young-donor gain − 1, in %. The donor-age loss is assumed from Zhou 2008 (not
 * this target's Stenderup 2003). Models without MSC therapy leave the row pending.
 */
function donorAgeRuns(ctx: ScenarioContext): Record<string, Scenario> {
  if (!ctx.model.cellTherapy) return {};
  const patient = { species: 'woman' as const, ageYears: 70 };
  const days = [0, DAYS_PER_PROTOCOL_YEAR];
  const arm = (donorAgeYears: number): Scenario => ({
    patient,
    days,
    regimens: [{ kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'allogeneic', donorAgeYears }, route: 'intraBoneMarrow', dose: 1e8, doseUnit: 'cells', start: 0 }],
  });
  return { untreated: { patient, days, regimens: [] }, youngDonor: arm(25), oldDonor: arm(75) };
}

function donorAgeEffect(runs: Runs, ctx: ScenarioContext): Simulated {
  if (!ctx.model.cellTherapy) pending(`${ctx.model.name} has no MSC therapy: needs the osteogenic output of transplanted MSCs by donor age`);
  const gain = (arm: string) => valueAt(runs.get(arm), 'bmdTotalHip', DAYS_PER_PROTOCOL_YEAR) / valueAt(runs.get('untreated'), 'bmdTotalHip', DAYS_PER_PROTOCOL_YEAR) - 1;
  const young = gain('youngDonor');
  const old = gain('oldDonor');
  return { value: 100 * (old / young - 1), note: `BMD gain over untreated at 12 months: young donor ${fmt(100 * young, 3)} %, old donor ${fmt(100 * old, 3)} % (intra-marrow 1e8 BM-MSCs, 70-year-old woman); donor-age loss assumed (Zhou 2008)` };
}

export const NATURAL_HISTORY: readonly TargetScenario[] = [
  {
    id: 'A1',
    description: 'untreated woman, LS BMD from FMP−5 to FMP+5',
    species: 'woman',
    scenarios: aging,
    extract: {
      'ls-total': (runs, ctx) => bmdChange(runs.get('aging'), 'LS', fmpDay(ctx, 5), fmpDay(ctx, -5)),
      'ls-transmenopause': (runs, ctx) => lossShare(runs.get('aging'), 'LS', ctx, -1, 2),
    },
  },
  {
    id: 'A2',
    description: 'untreated woman, FN BMD (total hip where the model has no FN) from FMP−5 to FMP+5',
    species: 'woman',
    scenarios: aging,
    extract: {
      'fn-total': (runs, ctx) => bmdChange(runs.get('aging'), 'FN', fmpDay(ctx, 5), fmpDay(ctx, -5)),
      'fn-transmenopause': (runs, ctx) => lossShare(runs.get('aging'), 'FN', ctx, -1, 2),
    },
  },
  {
    id: 'A3',
    description: 'untreated woman, timing of the loss rate around the FMP',
    species: 'woman',
    scenarios: aging,
    extract: {
      onset: timing('onset'),
      offset: timing('offset'),
      continues: (runs, ctx) => {
        const run = runs.get('aging');
        const site = timingSite(run);
        const value = percentChangeAt(run, site.output, fmpDay(ctx, 5), fmpDay(ctx, 2)) / 3;
        return site.note ? { value, note: site.note } : { value };
      },
      alike: (runs, ctx) => {
        const run = runs.get('aging');
        const onsetOf = (output: OutputName) => {
          const c = lossRateCurve(run, output, ctx);
          return halfPeakTimes(c.t, c.rate).onset;
        };
        const ls = onsetOf(BMD_OUTPUT.LS);
        const fn = siteOutput('FN', run);
        return fn.note
          ? { value: ls - onsetOf(fn.output), note: `LS onset minus total-hip onset (${fn.note})` }
          : { value: ls - onsetOf(fn.output), note: 'LS onset minus FN onset' };
      },
    },
  },
  {
    id: 'A4',
    description: 'untreated woman, annualized LS and FN (or total hip) loss in the transmenopause and after',
    species: 'woman',
    scenarios: aging,
    extract: {
      'ls-transmenopause': (runs, ctx) => rate(runs.get('aging'), 'LS', ctx, -1, 2),
      'fn-transmenopause': (runs, ctx) => rate(runs.get('aging'), 'FN', ctx, -1, 2),
      'ls-postmenopause': (runs, ctx) => rate(runs.get('aging'), 'LS', ctx, 2, 5),
      'fn-postmenopause': (runs, ctx) => rate(runs.get('aging'), 'FN', ctx, 2, 5),
    },
  },
  {
    id: 'A5',
    description: 'untreated woman, annualized LS loss by time from the FMP',
    species: 'woman',
    scenarios: aging,
    extract: {
      'ls-before': (runs, ctx) => rate(runs.get('aging'), 'LS', ctx, -2, 0),
      'ls-after': (runs, ctx) => rate(runs.get('aging'), 'LS', ctx, 0, 2),
      'ls-late': (runs, ctx) => rate(runs.get('aging'), 'LS', ctx, 2, 7),
    },
  },
  {
    id: 'A15',
    description: `untreated woman read at three stages: premenopause (FMP${A15_STAGES.pre}), perimenopause (FMP${A15_STAGES.peri}), early postmenopause (FMP+${A15_STAGES.post})`,
    species: 'woman',
    scenarios: aging,
    extract: {
      'ntx-peri': (runs, ctx) =>
        withNote(percentChangeAt(runs.get('aging'), 'ctx', fmpDay(ctx, A15_STAGES.peri), fmpDay(ctx, A15_STAGES.pre)), `urine NTX read as the model's resorption marker (ctx); ${A15_NOTE}`),
      'formation-peri': (runs, ctx) =>
        withNote(percentChangeAt(runs.get('aging'), 'p1np', fmpDay(ctx, A15_STAGES.peri), fmpDay(ctx, A15_STAGES.pre)), `formation read as P1NP; ${A15_NOTE}`),
      post: (runs, ctx): Simulated => {
        const run = runs.get('aging');
        const rise = (output: 'ctx' | 'p1np'): number => percentChangeAt(run, output, fmpDay(ctx, A15_STAGES.post), fmpDay(ctx, A15_STAGES.pre));
        const [resorption, formation] = [rise('ctx'), rise('p1np')];
        return {
          value: Math.min(resorption, formation),
          note: `the smaller of the two rises (both markers must be higher): CTX ${fmt(resorption, 1)} %, P1NP ${fmt(formation, 1)} %; no magnitude published (p<0.0001 only); ${A15_NOTE}`,
        };
      },
    },
    pendingKeys: { 'fsh-peri': 'the model has no FSH (estrogen is an input curve of age; FSH is not represented)' },
  },
  {
    id: 'A16',
    description: 'untreated woman, resorption marker from FMP−2 to FMP+2',
    species: 'woman',
    scenarios: aging,
    extract: {
      'ntx-change': (runs, ctx) => ({
        value: percentChangeAt(runs.get('aging'), 'ctx', fmpDay(ctx, 2), fmpDay(ctx, -2)),
        note: "urine NTX read as the model's resorption marker (ctx)",
      }),
    },
  },
  {
    id: 'A18',
    description: `untreated woman, CTX and P1NP at FMP+2 vs age ${PREMENOPAUSE_AGE}`,
    species: 'woman',
    scenarios: aging,
    extract: {
      ctx: (runs, ctx) => withNote(percentChangeAt(runs.get('aging'), 'ctx', fmpDay(ctx, 2), ageDay(PREMENOPAUSE_AGE)), `premenopausal reference at ${PREMENOPAUSE_AGE} y`),
      p1np: (runs, ctx) => withNote(percentChangeAt(runs.get('aging'), 'p1np', fmpDay(ctx, 2), ageDay(PREMENOPAUSE_AGE)), `premenopausal reference at ${PREMENOPAUSE_AGE} y`),
    },
  },
  {
    id: 'E17',
    description: 'untreated woman, marrow fat fraction from 30 to 80 y; osteogenic output of old- vs young-donor MSCs (MSC therapy)',
    species: 'woman',
    scenarios: (ctx) => ({ aging: womanAging(ctx), ...donorAgeRuns(ctx) }),
    extract: {
      'old-donor': (runs, ctx) => donorAgeEffect(runs, ctx),
      'mff-age': (runs) => {
        const run = runs.get('aging');
        return 100 * (valueAt(run, 'marrowFatFraction', ageDay(80)) - valueAt(run, 'marrowFatFraction', ageDay(30)));
      },
    },
    pendingKeys: {
      'mff-op': 'needs virtual population (osteoporotic vs not at one age)',
    },
  },
];
