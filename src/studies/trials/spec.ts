import { ModelError } from '../../engine/errors.js';
import { checkScenario, DRUGS, SPECIES, type DrugRegimen } from '../../model/scenario.js';
import { checkSeed } from './rng.js';

/**
 * A virtual clinical trial: who is enrolled (a population from inclusion criteria), which arms (each a set of drug
 * regimens from randomisation), how many patients, for how long, what is measured and when, and the seed that makes
 * it reproducible.
 */

/** Skeletal sites of inclusion criteria and BMD endpoints. Femoral-neck criteria read total-hip T-scores (proxy). */
export type TrialSite = 'totalHip' | 'lumbarSpine';
export const TRIAL_SITES: readonly TrialSite[] = ['totalHip', 'lumbarSpine'];

export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface TScoreCriterion {
  readonly sites: readonly TrialSite[];
  /** Lowest T-score allowed at every listed site (e.g. −4.0 in FREEDOM). */
  readonly min?: number;
  /** Highest T-score: 'any' = at least one listed site at or below it; 'all' = every listed site. */
  readonly max?: number;
  readonly rule: 'any' | 'all';
}

export interface PopulationSpec {
  readonly sex: 'female' | 'male';
  /** Age at randomisation, years: uniform on [min, max], or a normal truncated to it when mean and sd are given. */
  readonly age: Range & { readonly mean?: number; readonly sd?: number };
  readonly tScore?: TScoreCriterion;
  /** Share of patients with a prevalent vertebral fracture (1 = an inclusion criterion). */
  readonly prevalentVertebralFracture?: number;
  /**
   * Among patients with a prevalent vertebral fracture, the shares with 1, 2 and 3 or more (default [1, 0, 0]: one
   * each); the hazard counts them (risk-factors.ts) and results are reported by count.
   */
  readonly prevalentVertebralCounts?: readonly [number, number, number];
  /** Share with a prior non-vertebral fragility fracture (default 0; independent of the vertebral one). */
  readonly priorFracture?: number;
  /** Inter-individual variability of model parameters on (default) or off (every patient has the model's values). */
  readonly variability?: boolean;
}

export interface TrialArm {
  readonly name: string;
  /** Drug regimens, days from randomisation; [] = placebo (must be given explicitly). */
  readonly regimens: readonly DrugRegimen[];
}

export type FractureEndpoint = 'morphometricVertebral' | 'clinicalVertebral' | 'hip' | 'nonVertebral' | 'anyClinical';
export const FRACTURE_ENDPOINTS: readonly FractureEndpoint[] = ['morphometricVertebral', 'clinicalVertebral', 'hip', 'nonVertebral', 'anyClinical'];

export interface RateWindow {
  readonly name: string;
  readonly fromDay: number;
  readonly toDay: number;
}

export interface TrialSpec {
  readonly name: string;
  readonly description?: string;
  readonly seed: number;
  readonly population: PopulationSpec;
  readonly arms: readonly TrialArm[];
  /** Patients randomised to each arm (permuted blocks of one patient per arm). */
  readonly patientsPerArm: number;
  readonly durationDays: number;
  /** BMD visits, days from randomisation (the duration is always a visit). */
  readonly visitDays?: readonly number[];
  /** Arm the relative risks are computed against (default: the first). */
  readonly control?: string;
  /**
   * Windows (days from randomisation) over which expected fracture rates per 100 person-years are reported, every
   * fracture counted (exposure-adjusted rates of extension studies).
   */
  readonly windows?: readonly RateWindow[];
  /** Published design notes (inclusion details the population cannot express, background therapy). */
  readonly notes?: string;
}

const fail = (field: string, message: string): never => {
  throw new ModelError(`${field}: ${message}`, { field });
};
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a trial spec; throws a ModelError naming the field, the value given and what is allowed. */
export function checkTrialSpec(spec: TrialSpec): void {
  if (!spec || typeof spec !== 'object') fail('trial', 'a trial spec object is required');
  if (typeof spec.name !== 'string' || spec.name.trim() === '') fail('name', 'a non-empty name is required');
  try {
    checkSeed(spec.seed);
  } catch (e) {
    fail('seed', (e as Error).message.replace(/^seed: /, ''));
  }
  if (!Number.isInteger(spec.patientsPerArm) || spec.patientsPerArm < 1) {
    fail('patientsPerArm', `a trial needs at least one patient per arm: a whole number >= 1, got ${String(spec.patientsPerArm)}`);
  }
  if (!finite(spec.durationDays) || spec.durationDays <= 0) fail('durationDays', `must be a number of days > 0, got ${String(spec.durationDays)}`);
  (spec.visitDays ?? []).forEach((d, k) => {
    if (!finite(d) || d <= 0 || d > spec.durationDays) fail(`visitDays[${k}]`, `must be a day after randomisation and at most the duration (${spec.durationDays}), got ${String(d)}`);
  });
  checkPopulation(spec.population);
  (spec.windows ?? []).forEach((w, k) => {
    if (typeof w?.name !== 'string' || w.name === '') fail(`windows[${k}].name`, 'a non-empty name is required');
    if (!finite(w.fromDay) || !finite(w.toDay) || w.fromDay < 0 || w.toDay <= w.fromDay || w.toDay > spec.durationDays) {
      fail(`windows[${k}]`, `needs 0 <= fromDay < toDay <= the duration (${spec.durationDays}), got ${String(w.fromDay)}–${String(w.toDay)}`);
    }
  });
  if (!Array.isArray(spec.arms) || spec.arms.length === 0) fail('arms', 'at least one arm is required');
  const names = new Set<string>();
  spec.arms.forEach((arm, k) => {
    const where = `arms[${k}]`;
    if (typeof arm?.name !== 'string' || arm.name.trim() === '') fail(`${where}.name`, 'a non-empty name is required');
    if (names.has(arm.name)) fail(`${where}.name`, `'${arm.name}' is already the name of another arm`);
    names.add(arm.name);
    if (!Array.isArray(arm.regimens)) fail(`${where}.regimens`, `arm '${arm.name}' has no regimens: give its drug regimens, or regimens: [] for a placebo arm`);
    arm.regimens.forEach((r, j) => {
      if (r?.kind !== 'drug') fail(`${where}.regimens[${j}].kind`, "trial arms take drug regimens (kind 'drug')");
      if (r.start >= spec.durationDays) fail(`${where}.regimens[${j}].start`, `starts at day ${r.start}, at or after the end of the trial (day ${spec.durationDays})`);
    });
    try {
      checkScenario(
        { patient: { species: spec.population.sex === 'female' ? 'woman' : 'man', ageYears: spec.population.age.min }, regimens: arm.regimens, days: [0] },
        { name: 'trial', species: SPECIES, drugs: DRUGS },
      );
    } catch (e) {
      const err = e as ModelError;
      const field = err.field?.startsWith('regimens') ? `${where}.${err.field}` : where;
      throw new ModelError(`${field}: ${err.message.replace(/^[^:]*: /, '')}`, { field });
    }
  });
  if (spec.control !== undefined && !names.has(spec.control)) fail('control', `'${spec.control}' is not an arm (arms: ${[...names].join(', ')})`);
}


function checkPopulation(pop: PopulationSpec): void {
  if (!pop || typeof pop !== 'object') fail('population', 'is required (sex, age and inclusion criteria)');
  if (pop.sex !== 'female' && pop.sex !== 'male') fail('population.sex', `must be female or male, got ${String(pop.sex)}`);
  const { age } = pop;
  if (!age || !finite(age.min) || !finite(age.max) || age.min < 25 || age.max > 100 || age.min > age.max) {
    fail('population.age', `needs min <= max, between 25 and 100 years, got ${JSON.stringify(age)}`);
  }
  if ((age.mean === undefined) !== (age.sd === undefined)) fail('population.age', 'give both mean and sd, or neither (uniform on [min, max])');
  if (age.sd !== undefined && !(finite(age.sd) && age.sd > 0)) fail('population.age.sd', `must be > 0, got ${String(age.sd)}`);
  const t = pop.tScore;
  if (t) {
    if (!Array.isArray(t.sites) || t.sites.length === 0 || t.sites.some((s) => !TRIAL_SITES.includes(s))) {
      fail('population.tScore.sites', `must list sites among ${TRIAL_SITES.join(', ')}, got ${JSON.stringify(t.sites)}`);
    }
    if (t.rule !== 'any' && t.rule !== 'all') fail('population.tScore.rule', `must be any or all, got ${String(t.rule)}`);
    if (t.min !== undefined && !finite(t.min)) fail('population.tScore.min', `must be a number, got ${String(t.min)}`);
    if (t.max !== undefined && !finite(t.max)) fail('population.tScore.max', `must be a number, got ${String(t.max)}`);
    if (t.min !== undefined && t.max !== undefined && t.min >= t.max) {
      fail('population.tScore', `no one can meet a T-score range from ${t.min} to ${t.max}: min must be below max`);
    }
  }
  const v = pop.prevalentVertebralFracture;
  if (v !== undefined && !(finite(v) && v >= 0 && v <= 1)) fail('population.prevalentVertebralFracture', `must be a share between 0 and 1, got ${String(v)}`);
  const pf = pop.priorFracture;
  if (pf !== undefined && !(finite(pf) && pf >= 0 && pf <= 1)) fail('population.priorFracture', `must be a share between 0 and 1, got ${String(pf)}`);
  const c = pop.prevalentVertebralCounts;
  if (c !== undefined) {
    const ok = Array.isArray(c) && c.length === 3 && c.every((x) => finite(x) && x >= 0) && Math.abs(c[0] + c[1] + c[2] - 1) < 1e-6;
    if (!ok) fail('population.prevalentVertebralCounts', `must be three shares (1, 2, >=3 fractures) summing to 1, got ${JSON.stringify(c)}`);
  }
}

/** Visit days: the spec's, plus the end of the trial, sorted and unique. */
export function visitDaysOf(spec: TrialSpec): number[] {
  return [...new Set([...(spec.visitDays ?? []), spec.durationDays])].sort((a, b) => a - b);
}
