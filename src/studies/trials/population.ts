import { ModelError } from '../../engine/errors.js';
import type { BoneModel } from '../../model/index.js';
import { populationTScore, type PatientProfile } from '../../patients/index.js';
import { randomStream, type RandomStream } from './rng.js';
import type { PopulationSpec, TrialSite } from './spec.js';
import { lognormalFactor } from './variability.js';

/**
 * Virtual patients from a trial's inclusion criteria. A patient's age, menopause age, baseline T-scores, prevalent
 * vertebral fracture and parameter variability are drawn from her own random stream (seed, patient index), so the
 * same index gives the same patient in any run.
 *
 * - Age: uniform on [min, max], or normal(mean, sd) truncated to it.
 * - Natural menopause: normal(MENOPAUSE_MEAN, MENOPAUSE_SD) truncated to [40, 58] and to the patient's age.
 * - Baseline T-scores at hip and spine: the population distribution for age and sex (src/patients), correlated
 *   between the sites (HIP_SPINE_CORRELATION), truncated to the inclusion criteria by rejection. Baseline BMD is
 *   drawn independently of the model's dynamics: a low T-score comes from a low peak and earlier loss alike.
 */
export const MENOPAUSE_MEAN = 51.4;
export const MENOPAUSE_SD = 3.8;
export const MENOPAUSE_SOURCE = 'natural menopause at a median 51.4 years (Gold et al. 2001, Am J Epidemiol 153:865, SWAN); SD 3.8 years assumed (UNVERIFIED)';
/** Correlation of hip and spine T-scores in postmenopausal women (assumed; reported correlations are about 0.5–0.7, UNVERIFIED). */
export const HIP_SPINE_CORRELATION = 0.6;

/** Draws per patient before the criteria count as impossible to meet. */
const MAX_DRAWS = 200_000;

export interface SampledPatient {
  readonly profile: PatientProfile;
  /** Model parameter overrides: the patient's variability factors (the model's `variability`) applied to its values. */
  readonly parameters: Readonly<Record<string, number>>;
}

export function samplePatient(pop: PopulationSpec, seed: number, index: number, model: BoneModel): SampledPatient {
  const defaults = model.compiled.defaultParameters();
  const modelValue = (name: string): number => defaults[model.compiled.parameterIndex(name)]!;
  const rng = randomStream(seed, 'patient', index);
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const age = sampleAge(pop, rng);
    const t = sampleTScores(pop, age, rng);
    if (!meetsCriteria(pop, t)) continue;
    const female = pop.sex === 'female';
    const menopause = female ? truncatedNormal(rng, MENOPAUSE_MEAN, MENOPAUSE_SD, 40, Math.min(58, age)) : undefined;
    const vf = rng.uniform() < (pop.prevalentVertebralFracture ?? 0);
    const parameters: Record<string, number> = {};
    if (pop.variability !== false) for (const v of model.variability) parameters[v.parameter] = modelValue(v.parameter) * lognormalFactor(v.cv, rng.normal());
    // Drawn after the variability draws so that trials without these criteria keep their patients.
    const counts = pop.prevalentVertebralCounts;
    const nVf = !vf ? 0 : counts ? vertebralCount(counts, rng.uniform()) : 1;
    const nonVertebral = pop.priorFracture !== undefined && rng.uniform() < pop.priorFracture ? 1 : 0;
    const profile: PatientProfile = {
      sex: pop.sex,
      ageYears: age,
      ...(menopause !== undefined ? { menopauseAgeYears: menopause } : {}),
      ...(nVf + nonVertebral > 0 ? { priorFractures: { count: nVf + nonVertebral, ...(nVf > 0 ? { vertebral: nVf } : {}) } } : {}),
      baseline: { hipTScore: t.totalHip, spineTScore: t.lumbarSpine },
    };
    return { profile, parameters };
  }
  throw new ModelError(`population.tScore: no patient met the inclusion criteria in ${MAX_DRAWS} draws (patient ${index}); widen the T-score range or the ages`, {
    field: 'population.tScore',
  });
}

/**
 * Share of the population (ages as the spec, T-scores as published for them) meeting the T-score criteria, from
 * `draws` draws; a trial whose share is 0 cannot be enrolled (checked before anything runs).
 */
export function eligibleShare(pop: PopulationSpec, seed: number, draws = 4000): number {
  const rng = randomStream(seed, 'eligibility', 0);
  let ok = 0;
  for (let k = 0; k < draws; k++) if (meetsCriteria(pop, sampleTScores(pop, sampleAge(pop, rng), rng))) ok++;
  return ok / draws;
}

function vertebralCount(shares: readonly [number, number, number], u: number): number {
  return u < shares[0] ? 1 : u < shares[0] + shares[1] ? 2 : 3;
}

function sampleAge(pop: PopulationSpec, rng: RandomStream): number {
  const { min, max, mean, sd } = pop.age;
  if (mean === undefined || sd === undefined) return min + (max - min) * rng.uniform();
  return truncatedNormal(rng, mean, sd, min, max);
}

function sampleTScores(pop: PopulationSpec, age: number, rng: RandomStream): Record<TrialSite, number> {
  const hip = populationTScore('totalHip', pop.sex, age);
  const spine = populationTScore('lumbarSpine', pop.sex, age);
  const z1 = rng.normal();
  const z2 = HIP_SPINE_CORRELATION * z1 + Math.sqrt(1 - HIP_SPINE_CORRELATION ** 2) * rng.normal();
  return { totalHip: hip.mean + hip.sd * z1, lumbarSpine: spine.mean + spine.sd * z2 };
}

function meetsCriteria(pop: PopulationSpec, t: Record<TrialSite, number>): boolean {
  const c = pop.tScore;
  if (!c) return true;
  const values = c.sites.map((s) => t[s]);
  if (c.min !== undefined && values.some((v) => v < c.min!)) return false;
  if (c.max === undefined) return true;
  return c.rule === 'all' ? values.every((v) => v <= c.max!) : values.some((v) => v <= c.max!);
}

function truncatedNormal(rng: RandomStream, mean: number, sd: number, min: number, max: number): number {
  if (max <= min) return min;
  for (let k = 0; k < 1000; k++) {
    const x = mean + sd * rng.normal();
    if (x >= min && x <= max) return x;
  }
  return Math.min(max, Math.max(min, mean));
}
