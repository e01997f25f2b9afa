import { ModelError } from '../../engine/errors.js';
import { populationBmdInto, youngAdultReference, type PatientProfile, type ReferenceOptions } from '../../patients/index.js';
import { logBaseIncidenceInto } from './incidence.js';
import { deathHazard } from './mortality.js';
import { FRACTURE_PARAMETERS as P } from './parameters.js';
import { COMPONENT_INDEX, logPopulationRiskFactorMeanInto, riskFactorMultipliers } from './risk-factors.js';
import { BMD_SITE_OF, COMPOSITE_PARTS, FRACTURE_COMPONENTS, FRACTURE_COMPOSITES, type FractureSite } from './sites.js';

/**
 * The fracture hazard of one patient along a BMD and turnover trajectory, in factor-of-risk form (load / strength;
 * README.md has the equations and sources):
 *
 *   h_c(t) = I_c(a, sex) / E_c(a, sex) · RR_c(profile) · exp(−a_c · Z_c(0) − ½ a_c²) · (S_c(t) / S_c(0))^(−k_c)
 *
 *   I_c    population incidence of component c at age a (incidence.ts): falls and their loads at that age are in it
 *   Z_c(0) baseline Z-score of the BMD site of c; a_c = r · ln GR_S (FE-strength gradient GR_S per SD, correlation r of
 *          aBMD with strength), so the gradient per SD of BMD, GR_S^r, is a consequence (target C2)
 *   S_c    the patient's strength relative to baseline: density^n (n = 2) beyond the population's change with age, and
 *          (1 − c · RS(t)) for the stress risers of the remodeling space RS (CTX / CTX_ref through a cavity-lifetime
 *          lag); k_c = ln GR_S / SD(ln S): ln h per unit ln strength
 *   RR_c   the patient's clinical risk factors; E_c their population mean (risk-factors.ts)
 *
 * Treatment acts only through T(t) and CTX(t): there is no drug-specific relative risk anywhere.
 */
export interface FractureTrajectory {
  /** Age at each point, years (non-decreasing). */
  readonly ageYears: ArrayLike<number>;
  readonly hipTScore: ArrayLike<number>;
  readonly spineTScore: ArrayLike<number>;
  /** Serum CTX relative to the model's young steady state (the model output `ctx`). */
  readonly ctx?: ArrayLike<number>;
  /**
   * CTX of the same patient untreated (e.g. the placebo arm's trajectory) or a constant; default 1 (the young steady
   * state, which the model's untreated CTX returns to after the menopausal transition).
   */
  readonly ctxReference?: ArrayLike<number> | number;
  /** Days of the points from the start (e.g. `BmdTrajectory.days`); default (age − age[0]) · 365.25. */
  readonly days?: ArrayLike<number>;
}

export interface FractureOptions extends ReferenceOptions {
  /** Use the turnover term when the trajectory has CTX (default true). */
  readonly turnover?: boolean;
  /**
   * CTX above its reference: 'risk' (default) raises the hazard as in untreated cohorts; 'ignore' credits only
   * suppression (e.g. to test how much the anabolic rise of CTX costs, see README).
   */
  readonly ctxRise?: 'risk' | 'ignore';
  /** Divide the population incidence by the population mean of the risk-factor ratios (default true). */
  readonly riskFactorCorrection?: boolean;
}

/** Hazards per person-year at each trajectory point: every site (components and composites) and death. */
export type FractureHazards = { readonly ageYears: Float64Array; readonly death: Float64Array } & { readonly [S in FractureSite]: Float64Array };

export interface ComponentHazards {
  readonly n: number;
  /** One array per component, FRACTURE_COMPONENTS order, per person-year. */
  readonly components: readonly Float64Array[];
  readonly death: Float64Array;
}

const NC = FRACTURE_COMPONENTS.length;
const ON_SPINE = FRACTURE_COMPONENTS.map((c) => BMD_SITE_OF[c] === 'lumbarSpine');
const IS_HIP = FRACTURE_COMPONENTS.map((c) => c === 'hip');
/** Per unit ln strength: ln h falls by k for each unit rise of ln strength (factor of risk, README "Strength"). */
const K_HIP = Math.log(P.strengthGradientHip.value) / P.strengthCvHip.value;
const K_SPINE = Math.log(P.strengthGradientVertebral.value) / P.strengthCvVertebral.value;
/** Between persons, per SD of BMD (Z-score): a = r · ln GR_S; other non-vertebral sites keep Marshall's gradient. */
const A_HIP = P.bmdStrengthCorrelationHip.value * Math.log(P.strengthGradientHip.value);
const A_SPINE = P.bmdStrengthCorrelationSpine.value * Math.log(P.strengthGradientVertebral.value);
const A_OTHER = Math.log(P.gradientOther.value);
/** ln h per SD lower baseline BMD, per component. */
const LN_GR = Float64Array.from(FRACTURE_COMPONENTS, (_, i) => (IS_HIP[i] ? A_HIP : ON_SPINE[i] ? A_SPINE : A_OTHER));
/** ln of exp(½ a²): the population mean of the BMD term, subtracted in log space. */
const LN_MEAN_BMD_TERM = Float64Array.from(LN_GR, (g) => 0.5 * g * g);
/**
 * ln h per unit ln strength: hip and vertebral from the finite-element gradients; the other non-vertebral sites (no
 * strength data) take the hip's, scaled by their smaller between-person gradient (A_OTHER / A_HIP).
 */
const K = Float64Array.from(FRACTURE_COMPONENTS, (_, i) => (IS_HIP[i] ? K_HIP : ON_SPINE[i] ? K_SPINE : (K_HIP * A_OTHER) / A_HIP));
/**
 * Stress-riser share of strength at the reference remodeling space, per component: the c with
 * ((1 − c) / (1 − c · (1 + CV)))^k = GR_CTX, so that an untreated person whose CTX (hence remodeling space) is 1 SD
 * above the mean has GR_CTX times the hazard (Tian 2019, Johansson 2014).
 */
export const STRESS_RISER_SHARE = Float64Array.from(K, (k) => {
  const e = Math.exp(Math.log(P.turnoverGradient.value) / k);
  return (e - 1) / (e * (1 + P.turnoverCv.value) - 1);
});
const LN_UNIT_RS = Float64Array.from(STRESS_RISER_SHARE, (c) => Math.log(1 - c));
/** Population BMD mean and SD at the hip (0, 1) and spine (2, 3) of the current point, and of the first (4–7). */
const SCRATCH = new Float64Array(8);
const MIN_BMD = 0.05;

/** Checks a trajectory's arrays; throws a ModelError naming the field. Returns the number of points. */
export function checkTrajectory(t: FractureTrajectory): number {
  const fail = (field: string, message: string): never => {
    throw new ModelError(`trajectory.${field}: ${message}`, { field: `trajectory.${field}` });
  };
  if (!t || typeof t !== 'object') fail('trajectory', 'an object { ageYears, hipTScore, spineTScore, ctx? } is required');
  const n = t.ageYears?.length ?? 0;
  if (n < 1) fail('ageYears', 'at least one point is needed');
  const same = (field: 'hipTScore' | 'spineTScore' | 'ctx' | 'days'): void => {
    const a = t[field];
    if (a === undefined) {
      if (field === 'hipTScore' || field === 'spineTScore') fail(field, 'is required');
      return;
    }
    if (a.length !== n) fail(field, `must have one value per point (${n}), got ${a.length}`);
    for (let k = 0; k < n; k++) {
      if (!Number.isFinite(a[k]!)) fail(`${field}[${k}]`, `must be a finite number, got ${String(a[k])}`);
      if (field === 'ctx' && a[k]! < 0) fail(`${field}[${k}]`, `must be >= 0, got ${a[k]}`);
    }
  };
  for (let k = 0; k < n; k++) {
    const a = t.ageYears[k]!;
    if (!Number.isFinite(a) || a < 0 || a > 130) fail(`ageYears[${k}]`, `must be an age between 0 and 130 years, got ${String(a)}`);
    if (k > 0 && a < t.ageYears[k - 1]!) fail(`ageYears[${k}]`, `ages must be non-decreasing (${a} < ${t.ageYears[k - 1]})`);
  }
  same('hipTScore');
  same('spineTScore');
  same('ctx');
  same('days');
  if (t.days) for (let k = 1; k < n; k++) if (t.days[k]! < t.days[k - 1]!) fail(`days[${k}]`, `days must be non-decreasing (${t.days[k]} < ${t.days[k - 1]})`);
  const r = t.ctxReference;
  if (typeof r === 'number') {
    if (!(r > 0) || !Number.isFinite(r)) fail('ctxReference', `must be a positive number, got ${r}`);
  } else if (r !== undefined) {
    if (r.length !== n) fail('ctxReference', `must have one value per point (${n}), got ${r.length}`);
    for (let k = 0; k < n; k++) if (!(r[k]! > 0) || !Number.isFinite(r[k]!)) fail(`ctxReference[${k}]`, `must be a positive number, got ${String(r[k])}`);
  }
  return n;
}

/** Component and death hazards (per person-year) at each point: the core every other function uses. */
export function componentHazards(profile: PatientProfile, t: FractureTrajectory, options: FractureOptions = {}): ComponentHazards {
  const n = checkTrajectory(t);
  const components = Array.from({ length: NC }, () => new Float64Array(n));
  const death = new Float64Array(n);
  const rr = riskFactorMultipliers(profile);
  const lnRR = Float64Array.from(rr, Math.log);
  const lnMean = new Float64Array(NC);
  const lnBase = new Float64Array(NC);
  const correct = options.riskFactorCorrection !== false;
  const useCtx = options.turnover !== false && t.ctx !== undefined;
  const ignoreRise = options.ctxRise === 'ignore';
  const ref = t.ctxReference;
  const sex = profile.sex;
  // T = (BMD − mean)/sd: the population mean and SD of T follow from the population BMD and the reference.
  const hipRef = youngAdultReference('totalHip', sex, options);
  const spineRef = youngAdultReference('lumbarSpine', sex, options);
  const pop = SCRATCH;
  const bmd = (r: { mean: number; sd: number }, tScore: number): number => Math.max(MIN_BMD, r.mean + tScore * r.sd);
  // Baseline: the between-person Z-scores (population of the first point's age) and BMD, for the within-person change.
  const age0 = t.ageYears[0]!;
  populationBmdInto('totalHip', sex, age0, pop, 4);
  populationBmdInto('lumbarSpine', sex, age0, pop, 6);
  const hip0 = bmd(hipRef, t.hipTScore[0]!);
  const spine0 = bmd(spineRef, t.spineTScore[0]!);
  const zHip = (hip0 - pop[4]!) / pop[5]!;
  const zSpine = (spine0 - pop[6]!) / pop[7]!;
  const popHip0 = pop[4]!;
  const popSpine0 = pop[6]!;
  // Remodeling space relative to the untreated reference: CTX / CTX_ref through a first-order lag (cavity lifetime).
  const tau = P.remodelingSpaceDays.value;
  const ratio = (k: number): number => {
    const r = ref === undefined ? 1 : typeof ref === 'number' ? ref : ref[k]!;
    const x = t.ctx![k]! / r;
    return ignoreRise && x > 1 ? 1 : x;
  };
  const dayOf = (k: number): number => (t.days ? t.days[k]! : (t.ageYears[k]! - age0) * 365.25);
  let rs = useCtx ? ratio(0) : 1;
  for (let k = 0; k < n; k++) {
    const age = t.ageYears[k]!;
    populationBmdInto('totalHip', sex, age, pop, 0);
    populationBmdInto('lumbarSpine', sex, age, pop, 2);
    if (useCtx && k > 0) {
      const mean = 0.5 * (ratio(k - 1) + ratio(k));
      rs = mean + (rs - mean) * Math.exp(-Math.max(0, dayOf(k) - dayOf(k - 1)) / tau);
    }
    // Within-person change of ln BMD beyond the population's change with age (0 for someone who tracks her cohort).
    const dHip = Math.log(bmd(hipRef, t.hipTScore[k]!) / hip0) - Math.log(pop[0]! / popHip0);
    const dSpine = Math.log(bmd(spineRef, t.spineTScore[k]!) / spine0) - Math.log(pop[2]! / popSpine0);
    if (correct) logPopulationRiskFactorMeanInto(sex, age, lnMean);
    logBaseIncidenceInto(sex, age, lnBase);
    for (let i = 0; i < NC; i++) {
      const z = ON_SPINE[i] ? zSpine : zHip;
      const c = STRESS_RISER_SHARE[i]!;
      // ln(strength / strength of the same person at baseline density and reference remodeling space)
      const lnStrength = P.densityExponent.value * (ON_SPINE[i] ? dSpine : dHip) + (useCtx ? Math.log(Math.max(0.05, 1 - c * rs)) - LN_UNIT_RS[i]! : 0);
      components[i]![k] = Math.exp(lnBase[i]! - z * LN_GR[i]! - LN_MEAN_BMD_TERM[i]! + lnRR[i]! - lnMean[i]! - K[i]! * lnStrength);
    }
    death[k] = deathHazard(sex, age);
  }
  return { n, components, death };
}

/** Sum of the component hazards of a composite site, into `out`. */
export function compositeHazard(h: ComponentHazards, site: FractureSite, out: Float64Array = new Float64Array(h.n)): Float64Array {
  const parts = (COMPOSITE_PARTS as Record<string, readonly string[]>)[site];
  if (!parts) {
    out.set(h.components[COMPONENT_INDEX[site as keyof typeof COMPONENT_INDEX]]!);
    return out;
  }
  out.fill(0);
  for (const c of parts) {
    const a = h.components[COMPONENT_INDEX[c as keyof typeof COMPONENT_INDEX]]!;
    for (let k = 0; k < h.n; k++) out[k] = out[k]! + a[k]!;
  }
  return out;
}

/**
 * Hazards (per person-year) at each trajectory point for every site and death. Between points the hazard is taken as
 * linear (cumulative incidence and draws integrate the mean of the two ends over each interval).
 */
export function fractureHazards(profile: PatientProfile, trajectory: FractureTrajectory, options?: FractureOptions): FractureHazards {
  const h = componentHazards(profile, trajectory, options);
  const out: Record<string, Float64Array> = { ageYears: Float64Array.from(trajectory.ageYears), death: h.death };
  FRACTURE_COMPONENTS.forEach((c, i) => (out[c] = h.components[i]!));
  for (const s of FRACTURE_COMPOSITES) out[s] = compositeHazard(h, s);
  return out as FractureHazards;
}
