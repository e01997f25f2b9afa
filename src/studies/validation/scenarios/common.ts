import { DAYS_PER_PROTOCOL_MONTH, DAYS_PER_PROTOCOL_YEAR } from '../../../model/time.js';
import type { BoneModel, DrugName, DrugRegimen, OutputName, Scenario, ScenarioResult, Species } from '../../../model/index.js';

/**
 * What every validation scenario shares: the protocol's clock and dosing conventions (validation-protocols.md §0),
 * the shape of a target scenario, and helpers that read simulated values out of a result.
 */

// ---------------------------------------------------------------------------------------------------------------
// Clock and dosing (protocol 0.5)

// Readout years and months are protocol years and months (src/model/time.ts: 12 mo = 365 d, 36 mo = 1095 d).

/** Dosing intervals of protocol 0.5: "every 6 months" = 182 d (Jörg's code uses 180), monthly = 30 d, yearly = 365 d. */
export const INTERVAL = { daily: 1, weekly: 7, monthly: 30, sixMonthly: 182, yearly: 365 } as const;

export const month = (m: number): number => m * DAYS_PER_PROTOCOL_MONTH;
export const year = (y: number): number => y * DAYS_PER_PROTOCOL_YEAR;

/** Output days rounded to a microday, so days computed two ways (months, ages) coincide exactly. */
export const roundDay = (d: number): number => Math.round(d * 1e6) / 1e6;

/** Sorted unique output days, rounded. */
export function outputDays(days: Iterable<number>): number[] {
  return [...new Set([...days].map(roundDay))].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------------------------
// Scenario shape

/**
 * How daily drugs are given: 'continuous' is the contract's quasi-continuous dosing (Jörg 2022 Eq. 22, the form the
 * reference model was calibrated with); 'discrete' gives one bolus a day.
 */
export type DailyDosing = 'continuous' | 'discrete';

export interface ScenarioContext {
  readonly model: BoneModel;
  /** Age at the final menstrual period of the simulated women (the model's own, or the caller's for every model). */
  readonly fmpAgeYears: number;
  readonly dailyDosing: DailyDosing;
}

/** A simulated number with an optional remark (proxy site, alternative reading). */
export interface Simulated {
  readonly value: number;
  readonly note?: string;
}

/** Named runs of a target, simulated on first use and cached. */
export interface Runs {
  get(name: string): ScenarioResult;
}

export type Extractor = (runs: Runs, ctx: ScenarioContext) => number | Simulated;

/**
 * A target the mean-patient model can address: the runs it needs, and per published value (by key) how the simulated
 * number is read from them. The comparison itself is the value's rule (rules.ts): a scenario only measures.
 */
export interface TargetScenario {
  /** Target id (targets.ts). */
  readonly id: string;
  /** What is simulated, in one line (shown with the results). */
  readonly description: string;
  readonly species: Species;
  /** Drugs the comparison cannot do without; a model that does not list one leaves the target pending. */
  readonly drugs?: readonly DrugName[];
  /** Background drugs the protocol applies in every arm; where the model lacks them they are a no-op (protocol 0.3). */
  readonly background?: readonly DrugName[];
  /** The named runs. */
  scenarios(ctx: ScenarioContext): Readonly<Record<string, Scenario>>;
  /** Published value key → how to read its simulated counterpart. */
  readonly extract: Readonly<Record<string, Extractor>>;
  /** Published value keys this scenario cannot address, with the reason. */
  readonly pendingKeys?: Readonly<Record<string, string>>;
}

/** Thrown by an extractor when the model cannot give the value (missing output or site); the row becomes pending. */
export class Pending extends Error {
  override readonly name = 'Pending';
}

export function pending(reason: string): never {
  throw new Pending(reason);
}

// ---------------------------------------------------------------------------------------------------------------
// Regimens

/** `count` doses of `dose` every `interval` days from `start`. */
export function doses(drug: DrugName, dose: number, interval: number, count: number, start = 0): DrugRegimen {
  return { kind: 'drug', drug, dose, start, interval, count };
}

/**
 * A daily dose for `days` days from `start`, continuous or one bolus a day: the model's own form for the drug
 * (BoneModel.dailyDosing, e.g. osteosim's daily PTH-analog pulses), else ScenarioContext.dailyDosing.
 */
export function daily(ctx: ScenarioContext, drug: DrugName, dose: number, days: number, start = 0): DrugRegimen {
  const count = Math.round(days);
  return (ctx.model.dailyDosing?.[drug] ?? ctx.dailyDosing) === 'continuous'
    ? { kind: 'drug', drug, dose, start, interval: INTERVAL.daily, count, continuous: true }
    : { kind: 'drug', drug, dose, start, interval: INTERVAL.daily, count };
}

/** Background calcium + vitamin D (dose 1 = supplemented) for `days` days, or nothing where the model lacks it. */
export function calciumVitaminD(ctx: ScenarioContext, days: number): DrugRegimen[] {
  return ctx.model.drugs.includes('calciumVitaminD') ? [daily(ctx, 'calciumVitaminD', 1, days)] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading results

export type Site = 'LS' | 'TH' | 'FN';

export const BMD_OUTPUT: Readonly<Record<'LS' | 'TH', OutputName>> = { LS: 'bmdLumbarSpine', TH: 'bmdTotalHip' };

const OUTPUT_TEXT: Readonly<Partial<Record<OutputName, string>>> = {
  bmdLumbarSpine: 'site not modeled: lumbar spine (no bmdLumbarSpine output)',
  bmdTotalHip: 'site not modeled: total hip (no bmdTotalHip output)',
  ctx: 'no resorption marker output (ctx)',
  p1np: 'no formation marker output (p1np)',
  bsap: 'no formation marker output (bsap)',
  marrowFatFraction: 'no marrow fat fraction output (marrowFatFraction)',
};

export const FN_PROXY = 'FN→TH proxy (protocol 0.7)';

/** The output's series; pending when the model does not report it (absent or all NaN). */
export function series(run: ScenarioResult, output: OutputName): Float64Array {
  const s = run.outputs[output];
  if (!s || s.length !== run.days.length || s.every((v) => Number.isNaN(v))) {
    pending(`${run.model}: ${OUTPUT_TEXT[output] ?? `no ${output} output`}`);
  }
  return s;
}

/** The output at a day: the sample at that day, else linear interpolation between the neighbouring samples. */
export function valueAt(run: ScenarioResult, output: OutputName, day: number): number {
  const s = series(run, output);
  const days = run.days;
  const d = roundDay(day);
  if (d < days[0]! - 1e-6 || d > days[days.length - 1]! + 1e-6) {
    throw new Error(`day ${d} is outside the simulated days ${days[0]} to ${days[days.length - 1]}`);
  }
  let hi = 0;
  while (hi < days.length - 1 && days[hi]! < d - 1e-6) hi++;
  if (Math.abs(days[hi]! - d) <= 1e-6 || hi === 0) return s[hi]!;
  const lo = hi - 1;
  const w = (d - days[lo]!) / (days[hi]! - days[lo]!);
  return s[lo]! * (1 - w) + s[hi]! * w;
}

/** % change of an output from `baseDay` to `day`. */
export function percentChangeAt(run: ScenarioResult, output: OutputName, day: number, baseDay = 0): number {
  const base = valueAt(run, output, baseDay);
  return (100 * (valueAt(run, output, day) - base)) / base;
}

/** Whether a run reports an output (present and not all NaN). */
function reports(run: ScenarioResult, output: OutputName): boolean {
  const s = run.outputs[output];
  return s !== undefined && !s.every((v) => Number.isNaN(v));
}

/**
 * The model output that stands for a site, with the proxy note where there is one: FN is the femoral-neck output
 * where the run has it, else total hip (protocol 0.7).
 */
export function siteOutput(site: Site, run?: ScenarioResult): { output: OutputName; note?: string } {
  if (site !== 'FN') return { output: BMD_OUTPUT[site] };
  return run && reports(run, 'bmdFemoralNeck') ? { output: 'bmdFemoralNeck' } : { output: BMD_OUTPUT.TH, note: FN_PROXY };
}

/** The model output for a site in a run (see siteOutput). */
export function bmdOutput(site: Site, run?: ScenarioResult): OutputName {
  return siteOutput(site, run).output;
}

/** BMD % change at a site, with the proxy note where FN is read from total hip. */
export function bmdChange(run: ScenarioResult, site: Site, day: number, baseDay = 0): Simulated {
  const { output, note } = siteOutput(site, run);
  const value = percentChangeAt(run, output, day, baseDay);
  return note ? { value, note } : { value };
}

/** Drug-arm minus placebo-arm BMD % change (pp) at a site (protocol 0.4). */
export function bmdDifference(drug: ScenarioResult, placebo: ScenarioResult, site: Site, day: number): Simulated {
  const d = bmdChange(drug, site, day);
  const p = bmdChange(placebo, site, day);
  return { value: d.value - p.value, ...(d.note && { note: d.note }) };
}

/** Annualized BMD % change (simple: % change over the window / its length in years). */
export function bmdRate(run: ScenarioResult, site: Site, fromDay: number, toDay: number): Simulated {
  const { output, note } = siteOutput(site, run);
  const value = percentChangeAt(run, output, toDay, fromDay) / ((toDay - fromDay) / DAYS_PER_PROTOCOL_YEAR);
  return note ? { value, note } : { value };
}

/** Appends a remark to a simulated value. */
export function withNote(sim: number | Simulated, note: string): Simulated {
  const s = typeof sim === 'number' ? { value: sim } : sim;
  return { value: s.value, note: s.note ? `${s.note}; ${note}` : note };
}
