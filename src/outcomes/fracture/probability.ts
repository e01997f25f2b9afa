import { ModelError } from '../../engine/errors.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import { checkPatientProfile, populationTScore, tScore, type PatientProfile } from '../../patients/index.js';
import { componentHazards, compositeHazard, type ComponentHazards, type FractureOptions, type FractureTrajectory } from './hazard.js';
import { FRACTURE_SITES, type FractureSite } from './sites.js';

/**
 * Cumulative incidence of the first fracture at each site, with death as a competing risk (a probability, as FRAX
 * reports; not an incidence rate that ignores death, as Garvan and QFracture do: target C9):
 *
 *   F_s(t) = ∫_0^t h_s(u) · exp(−H_s(u) − H_death(u)) du
 *
 * Other sites' fractures do not stop the count at site s. Over each interval between points the hazards are the mean
 * of the two ends (exact cumulative hazards when the hazards are linear in time); within it the split between the
 * fracture and death is exact for constant hazards.
 */
export type FractureIncidence = { readonly days: Float64Array; readonly death: Float64Array } & { readonly [S in FractureSite]: Float64Array };

/** Probabilities at one time: every site and death. */
export type FractureProbabilities = { readonly [S in FractureSite | 'death']: number };

/** Years from the first point: from `days` when given, else from the trajectory's days, else from ages. */
export function timeYears(trajectory: FractureTrajectory, n: number, days?: ArrayLike<number>): Float64Array {
  const src = days ?? trajectory.days;
  if (src !== undefined) {
    if (src.length !== n) throw new ModelError(`days: must have one value per trajectory point (${n}), got ${src.length}`, { field: 'days' });
    const t = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      if (!Number.isFinite(src[k]!)) throw new ModelError(`days[${k}]: must be a finite number, got ${String(src[k])}`, { field: 'days' });
      if (k > 0 && src[k]! < src[k - 1]!) throw new ModelError(`days[${k}]: days must be non-decreasing (${src[k]} < ${src[k - 1]})`, { field: 'days' });
      t[k] = (src[k]! - src[0]!) / DAYS_PER_CALENDAR_YEAR;
    }
    return t;
  }
  const a0 = trajectory.ageYears[0]!;
  return Float64Array.from({ length: n }, (_, k) => trajectory.ageYears[k]! - a0);
}

/** Cumulative incidence of site hazard `hs` competing with death `hd` at each point, into `out`. */
export function integrateIncidence(hs: Float64Array, hd: Float64Array, t: Float64Array, out: Float64Array): Float64Array {
  let f = 0;
  let s = 1;
  out[0] = 0;
  for (let k = 0; k + 1 < t.length; k++) {
    const dt = t[k + 1]! - t[k]!;
    if (dt > 0) {
      const a = 0.5 * (hs[k]! + hs[k + 1]!);
      const tot = a + 0.5 * (hd[k]! + hd[k + 1]!);
      const e = Math.exp(-tot * dt);
      if (tot > 0) f += (s * a * (1 - e)) / tot;
      s *= e;
    }
    out[k + 1] = f;
  }
  return out;
}

/** Cumulative incidence at `tEnd` years (linear hazards between points, the last interval cut at tEnd). */
function incidenceAt(hs: Float64Array, hd: Float64Array, t: Float64Array, tEnd: number): number {
  let f = 0;
  let s = 1;
  for (let k = 0; k + 1 < t.length && t[k]! < tEnd; k++) {
    const full = t[k + 1]! - t[k]!;
    if (!(full > 0)) continue;
    const dt = Math.min(full, tEnd - t[k]!);
    const w = dt / full;
    const hsEnd = hs[k]! + w * (hs[k + 1]! - hs[k]!);
    const hdEnd = hd[k]! + w * (hd[k + 1]! - hd[k]!);
    const a = 0.5 * (hs[k]! + hsEnd);
    const tot = a + 0.5 * (hd[k]! + hdEnd);
    const e = Math.exp(-tot * dt);
    if (tot > 0) f += (s * a * (1 - e)) / tot;
    s *= e;
  }
  return f;
}

function deathIncidence(h: ComponentHazards, t: Float64Array): Float64Array {
  const out = new Float64Array(h.n);
  let cum = 0;
  for (let k = 0; k + 1 < h.n; k++) {
    cum += 0.5 * (h.death[k]! + h.death[k + 1]!) * (t[k + 1]! - t[k]!);
    out[k + 1] = 1 - Math.exp(-cum);
  }
  return out;
}

/**
 * Probability of a first fracture at each site by each point (and of death), from the start of the trajectory.
 * `days`: days of the points (default: the trajectory's own `days`, else its ages).
 */
export function cumulativeIncidence(
  profile: PatientProfile,
  trajectory: FractureTrajectory,
  days?: ArrayLike<number>,
  options?: FractureOptions,
): FractureIncidence {
  const h = componentHazards(profile, trajectory, options);
  const t = timeYears(trajectory, h.n, days);
  const given = days ?? trajectory.days;
  const out: Record<string, Float64Array> = {
    days: given ? Float64Array.from(given) : Float64Array.from(t, (y) => y * DAYS_PER_CALENDAR_YEAR),
    death: deathIncidence(h, t),
  };
  const hs = new Float64Array(h.n);
  for (const s of FRACTURE_SITES) out[s] = integrateIncidence(compositeHazard(h, s, hs), h.death, t, new Float64Array(h.n));
  return out as FractureIncidence;
}

/** Probabilities of a first fracture (each site) and of death within `years` of the trajectory start. */
export function probabilityWithin(profile: PatientProfile, trajectory: FractureTrajectory, years: number, options?: FractureOptions): FractureProbabilities {
  const h = componentHazards(profile, trajectory, options);
  const t = timeYears(trajectory, h.n);
  const span = t[h.n - 1]!;
  if (!(span >= years - 1e-9)) {
    throw new ModelError(`trajectory.ageYears: a ${years}-year probability needs at least ${years} years of trajectory, got ${+span.toFixed(3)}`, { field: 'trajectory.ageYears' });
  }
  const out: Record<string, number> = {};
  const hs = new Float64Array(h.n);
  for (const s of FRACTURE_SITES) out[s] = incidenceAt(compositeHazard(h, s, hs), h.death, t, years);
  const zero = new Float64Array(h.n);
  out.death = incidenceAt(h.death, zero, t, years);
  return out as FractureProbabilities;
}

/** 10-year probability of a first fracture at each site (and of death), from a trajectory covering at least 10 years. */
export function tenYearProbability(profile: PatientProfile, trajectory: FractureTrajectory, options?: FractureOptions): FractureProbabilities {
  return probabilityWithin(profile, trajectory, 10, options);
}

export interface StaticOptions extends FractureOptions {
  /**
   * How BMD evolves without a simulation: 'constantZ' (default) keeps the patient's Z-score, so her T-score falls
   * with the population's (the baseline-BMD gradients of the cohort studies behind the model, and FRAX, relate one
   * baseline measurement to fractures over follow-up); 'constantT' holds the T-score itself (no further bone loss).
   */
  readonly bmdCourse?: 'constantZ' | 'constantT';
  /** Time step of the synthetic trajectory, years (default 0.25). */
  readonly stepYears?: number;
}

/**
 * 10-year probabilities for a profile without a simulation: baseline T-scores from `profile.baseline` (BMD or
 * T-score; the population mean for age and sex where absent), no turnover term, BMD course as `bmdCourse`.
 */
export function staticTenYearProbability(profile: PatientProfile, options: StaticOptions = {}): FractureProbabilities {
  checkPatientProfile(profile);
  const step = options.stepYears ?? 0.25;
  if (!(step > 0 && step <= 1)) throw new ModelError(`stepYears: must be > 0 and <= 1 year, got ${step}`, { field: 'stepYears' });
  const n = Math.ceil(10 / step - 1e-9) + 1;
  const b = profile.baseline ?? {};
  const sex = profile.sex;
  const age0 = profile.ageYears;
  const baseT = (site: 'totalHip' | 'lumbarSpine', t: number | undefined, bmd: number | undefined): number =>
    t ?? (bmd !== undefined ? tScore(site, sex, bmd, options) : populationTScore(site, sex, age0, options).mean);
  const hipT0 = baseT('totalHip', b.hipTScore, b.hipBmd);
  const spineT0 = baseT('lumbarSpine', b.spineTScore, b.spineBmd);
  const hip0 = populationTScore('totalHip', sex, age0, options);
  const spine0 = populationTScore('lumbarSpine', sex, age0, options);
  const zHip = (hipT0 - hip0.mean) / hip0.sd;
  const zSpine = (spineT0 - spine0.mean) / spine0.sd;
  const ageYears = new Float64Array(n);
  const hipTScore = new Float64Array(n);
  const spineTScore = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = age0 + Math.min(10, k * step);
    ageYears[k] = a;
    if (options.bmdCourse === 'constantT') {
      hipTScore[k] = hipT0;
      spineTScore[k] = spineT0;
    } else {
      const h = populationTScore('totalHip', sex, a, options);
      const s = populationTScore('lumbarSpine', sex, a, options);
      hipTScore[k] = h.mean + zHip * h.sd;
      spineTScore[k] = s.mean + zSpine * s.sd;
    }
  }
  return tenYearProbability(profile, { ageYears, hipTScore, spineTScore }, options);
}
