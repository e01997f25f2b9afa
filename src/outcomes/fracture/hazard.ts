import { ModelError } from '../../engine/errors.js';
import { populationBmdInto, youngAdultReference, type PatientProfile, type ReferenceOptions } from '../../patients/index.js';
import { logBaseIncidenceInto } from './incidence.js';
import { deathHazard } from './mortality.js';
import { FRACTURE_PARAMETERS as P } from './parameters.js';
import { COMPONENT_INDEX, logPopulationRiskFactorMeanInto, riskFactorMultipliers } from './risk-factors.js';
import { BMD_SITE_OF, COMPOSITE_PARTS, FRACTURE_COMPONENTS, FRACTURE_COMPOSITES, type FractureSite } from './sites.js';

/**
 * The fracture hazard of one patient along a BMD and turnover trajectory (README.md has the equations):
 *
 *   h_c(t) = I_c(a, sex) / E_c(a, sex) · GR_c^(−Z_c(t)) / exp(½ ln² GR_c) · RR_c(profile) · M(t)
 *
 *   I_c    population incidence of component c at age a (incidence.ts)
 *   Z_c    Z-score of the BMD site of c: (T(t) − mean T for age and sex) / SD of T for age and sex (src/patients)
 *   GR_c   hazard ratio per SD lower BMD (Marshall 1996); exp(½ ln² GR) is the population mean of GR^(−Z) for
 *          Z ~ N(0, 1), so the population average of the BMD term is 1 and the average hazard is the incidence
 *   RR_c   the patient's clinical risk factors; E_c their population mean (risk-factors.ts)
 *   M(t)   bone turnover: GR_CTX^((CTX(t)/CTX_ref(t) − 1) / CV), CTX_ref the untreated level (default 1, the young
 *          steady state)
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
const GRADIENT = FRACTURE_COMPONENTS.map((c) => (c === 'hip' ? P.gradientHip.value : BMD_SITE_OF[c] === 'lumbarSpine' ? P.gradientVertebral.value : P.gradientOther.value));
const LN_GR = Float64Array.from(GRADIENT, Math.log);
/** ln of exp(½ ln² GR): the population mean of the BMD term, subtracted in log space. */
const LN_MEAN_BMD_TERM = Float64Array.from(LN_GR, (g) => 0.5 * g * g);
const ON_SPINE = FRACTURE_COMPONENTS.map((c) => BMD_SITE_OF[c] === 'lumbarSpine');
const LN_TURNOVER_PER_UNIT = Math.log(P.turnoverGradient.value) / P.turnoverCv.value;
/** Population BMD mean and SD at the hip (0, 1) and spine (2, 3) of the current point. */
const SCRATCH = new Float64Array(4);

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
  for (let k = 0; k < n; k++) {
    const age = t.ageYears[k]!;
    populationBmdInto('totalHip', sex, age, pop, 0);
    populationBmdInto('lumbarSpine', sex, age, pop, 2);
    // Z = (T − T̄)/σ_T = (BMD − BMD̄)/σ_BMD, with BMD = ref.mean + T·ref.sd
    const zHip = (hipRef.mean + t.hipTScore[k]! * hipRef.sd - pop[0]!) / pop[1]!;
    const zSpine = (spineRef.mean + t.spineTScore[k]! * spineRef.sd - pop[2]!) / pop[3]!;
    let lnTurnover = 0;
    if (useCtx) {
      const r = ref === undefined ? 1 : typeof ref === 'number' ? ref : ref[k]!;
      let x = t.ctx![k]! / r - 1;
      if (ignoreRise && x > 0) x = 0;
      lnTurnover = LN_TURNOVER_PER_UNIT * x;
    }
    if (correct) logPopulationRiskFactorMeanInto(sex, age, lnMean);
    logBaseIncidenceInto(sex, age, lnBase);
    for (let i = 0; i < NC; i++) {
      const z = ON_SPINE[i] ? zSpine : zHip;
      components[i]![k] = Math.exp(lnBase[i]! - z * LN_GR[i]! - LN_MEAN_BMD_TERM[i]! + lnRR[i]! - lnMean[i]! + lnTurnover);
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
