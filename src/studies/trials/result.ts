import { drugSafety, type SafetyRow } from '../../outcomes/safety/index.js';
import type { ArmAccumulator } from './accumulate.js';
import { FRACTURE_ENDPOINTS, TRIAL_SITES, visitDaysOf, type FractureEndpoint, type TrialSite, type TrialSpec } from './spec.js';
import { meanCi, proportion, riskRatio, type MeanCi, type Proportion, type RiskRatio } from './stats.js';

export interface FractureSummary {
  /** Patients with at least one event drawn during the trial, with its Wilson 95 % interval. */
  readonly incidence: Proportion;
  /** Mean probability by the end of the trial (the expectation of the incidence, without sampling noise), %. */
  readonly expectedPct: number;
  /** Against the control arm (absent for the control itself). */
  readonly riskRatio?: RiskRatio;
  /** Ratio of expected incidences against the control arm. */
  readonly expectedRatio?: number;
  /**
   * The same ratio with strength from BMD alone (both arms without the remodeling-space term): the part of the
   * effect the BMD change carries; the rest of expectedRatio is turnover (README of src/outcomes/fracture).
   */
  readonly expectedRatioStrengthOnly?: number;
}

export interface ArmResult {
  readonly name: string;
  readonly n: number;
  readonly baseline: { readonly ageYears: MeanCi; readonly hipTScore: MeanCi; readonly spineTScore: MeanCi; readonly prevalentVertebralFracturePct: number };
  /** BMD % change from baseline at each visit, per site: mean, SD and 95 % CI of the mean. */
  readonly bmd: Readonly<Record<TrialSite, readonly (MeanCi & { readonly day: number })[]>>;
  readonly fractures: Readonly<Record<FractureEndpoint, FractureSummary>>;
  readonly deaths: number;
  /** Mean end-of-trial probability (%) by prevalent vertebral fracture count 0, 1, 2, ≥3 (NaN where a group is empty). */
  readonly byPrevalentVf: { readonly n: readonly number[]; readonly expectedPct: Readonly<Record<FractureEndpoint, readonly number[]>> };
  /** Drawn with recurrence and imminent risk: patients with two or more new morphometric vertebral fractures, and new ones per 100 patients. */
  readonly multipleVertebral: { readonly twoOrMore: Proportion; readonly per100Patients: number };
  /** Expected rates per 100 person-years (every fracture counted) in the spec's windows. */
  readonly windows: readonly { readonly name: string; readonly fromDay: number; readonly toDay: number; readonly personYears: number; readonly per100PersonYears: Readonly<Record<FractureEndpoint, number>> }[];
  /** Drug harms and label warnings of the arm's regimens (the same for every patient of the arm). */
  readonly safety: readonly SafetyRow[];
}

export interface TrialResult {
  readonly name: string;
  readonly seed: number;
  readonly control: string;
  readonly durationDays: number;
  /** Patients simulated, over all arms. */
  readonly patients: number;
  readonly arms: readonly ArmResult[];
  /**
   * How the run went, apart from the results: worker threads and wall-clock seconds. Everything else in the result
   * depends only on the spec and its seed, so `trialOutcome(result)` is identical (and hashes identically) at any
   * number of workers.
   */
  readonly timing: { readonly workers: number; readonly seconds: number };
}

/** The result without its timing: identical for a spec and seed whatever the number of workers. */
export function trialOutcome(result: TrialResult): Omit<TrialResult, 'timing'> {
  const { timing: _timing, ...outcome } = result;
  return outcome;
}

export function summarizeTrial(spec: TrialSpec, arms: readonly ArmAccumulator[], run: { workers: number; seconds: number }): TrialResult {
  const control = spec.control ?? spec.arms[0]!.name;
  const c = arms[spec.arms.findIndex((a) => a.name === control)]!;
  const days = visitDaysOf(spec);
  const species = spec.population.sex === 'female' ? 'woman' : 'man';
  return {
    name: spec.name,
    seed: spec.seed,
    control,
    durationDays: spec.durationDays,
    patients: arms.reduce((s, a) => s + a.n, 0),
    arms: arms.map((a, k) => {
      const name = spec.arms[k]!.name;
      const isControl = name === control;
      return {
        name,
        n: a.n,
        baseline: { ageYears: meanCi(a.age), hipTScore: meanCi(a.hipT), spineTScore: meanCi(a.spineT), prevalentVertebralFracturePct: a.n ? (100 * a.prevalentVf) / a.n : NaN },
        bmd: Object.fromEntries(TRIAL_SITES.map((s) => [s, a.bmd[s].map((m, v) => ({ day: days[v]!, ...meanCi(m) }))])) as unknown as ArmResult['bmd'],
        fractures: Object.fromEntries(
          FRACTURE_ENDPOINTS.map((e) => {
            const summary: FractureSummary = {
              incidence: proportion(a.events[e], a.n),
              expectedPct: a.n ? (100 * a.expected[e]) / a.n : NaN,
              ...(isControl
                ? {}
                : {
                    riskRatio: riskRatio(a.events[e], a.n, c.events[e], c.n),
                    expectedRatio: a.expected[e] / a.n / (c.expected[e] / c.n),
                    expectedRatioStrengthOnly: a.expectedStrengthOnly[e] / a.n / (c.expectedStrengthOnly[e] / c.n),
                  }),
            };
            return [e, summary];
          }),
        ) as ArmResult['fractures'],
        deaths: a.deaths,
        multipleVertebral: { twoOrMore: proportion(a.multipleVertebral, a.n), per100Patients: a.n ? (100 * a.vertebralEvents) / a.n : NaN },
        byPrevalentVf: {
          n: a.byVfCount.n,
          expectedPct: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, a.byVfCount.expected[e].map((x, g) => (a.byVfCount.n[g]! ? (100 * x) / a.byVfCount.n[g]! : NaN))])) as unknown as ArmResult['byPrevalentVf']['expectedPct'],
        },
        windows: (spec.windows ?? []).map((w, j) => {
          const acc = a.windows[j]!;
          return {
            ...w,
            personYears: acc.personYears,
            per100PersonYears: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, acc.personYears > 0 ? (100 * acc.events[e]) / acc.personYears : NaN])) as Record<FractureEndpoint, number>,
          };
        }),
        safety: drugSafety(spec.arms[k]!.regimens, { studyDays: spec.durationDays, species }),
      };
    }),
    timing: run,
  };
}
