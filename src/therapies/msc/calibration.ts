import { simulateScenario, type BoneModel } from '../../model/bone-model.js';
import type { Scenario } from '../../model/scenario.js';
import { MSC_FIT } from '../../model/osteosim/msc.js';
import { cellDose, ovxScenario, type OvxProtocol } from './scenarios.js';

/**
 * MSC therapy on the preclinical evidence (issue 16): standardized effects (SMD) converted to % BMD with a cited
 * between-animal SD, a fit of the paracrine parameters to named pooled effects, profile likelihoods, and a
 * leave-one-study-out check. The numbers that come out are written into the parameter rows of
 * model/osteosim/msc.ts by hand (with fittedTo); test/therapies/msc/calibration.test.ts refits and checks they agree.
 *
 *   SMD_model = Δ / CV,   Δ = treated / OVX-control − 1 at the readout,   CV = between-animal SD / mean (DXA BMD)
 *
 * The CV is uncertain (range below); its log-SD is added to the comparison's variance, so the fit carries it.
 */

/** A between-animal coefficient of variation with its range and how it was obtained. */
export interface BetweenAnimalCv {
  readonly readout: string;
  /** Central value (fraction of the group mean). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** Between-animal CVs of bone readouts in ovariectomized rats. */
export const OVX_RAT_CV: Readonly<Record<'bmdDxa' | 'bvtvMicroCt', BetweenAnimalCv>> = {
  bmdDxa: {
    readout: 'femoral areal BMD by DXA (ex vivo or in vivo)',
    value: 0.05,
    low: 0.03,
    high: 0.08,
    source:
      'derived: lower bound from the measurement alone, precision error 3–5 % for rat femora by dual-photon absorptiometry (Kimmel et al. 1990, Calcif Tissue Int 46:101, abstract): ' +
      'a group SD cannot be smaller than the instrument error; upper bound from Giavaresi, Fini, Gnudi et al. (femoral distal epiphysis, 10-month-old SD rats, ' +
      '10 per group, 16 weeks; abstract): BMD 13–20 % lower after OVX at p < 0.0005, so t ≥ 4.38 (18 df) and CV ≤ Δ / (t √(2/10)) = 6.6–10 %; ' +
      'the research file assumes 3–8 % (research/msc-preclinical-evidence.md, Table 4 note). Central 5 % (about the geometric mean of 3 and 8)',
  },
  bvtvMicroCt: {
    readout: 'trabecular BV/TV (micro-CT or histomorphometry)',
    value: 0.2,
    low: 0.07,
    high: 0.67,
    source:
      'measured group SDs: tibial trabecular bone volume 17.6 ± 4.5 % (CV 26 %) in controls and 7.9 ± 5.3 % (CV 67 %) in OVX rats at 14 weeks ' +
      '(Wronski, Schenck et al., "Effect of body weight on osteopenia in ovariectomized rats", abstract); distal-femur micro-CT BV/TV 17.6 ± 0.6 and ' +
      '13.3 ± 0.3 % (mean ± SE, n = 8–11: SD ≈ SE √n, CV 11 % and 7 %) in sham and orchidectomized rats (PMC8366408, Table 2). Central 20 % assumed ' +
      'inside 7–67 %. Not used in a comparison: the model has no BV/TV output',
  },
};

/** Log-SD of the BMD CV: its low–high range read as a 95 % interval on the log scale. */
export const CV_LOG_SD = Math.log(OVX_RAT_CV.bmdDxa.high / OVX_RAT_CV.bmdDxa.low) / (2 * 1.96);

/** A pooled standardized effect of systemic MSCs on BMD. */
export interface SmdEvidence {
  /** Short name (the validation target id where there is one). */
  readonly key: string;
  /** The label written into fittedTo (a validation id, or a research-file reference). */
  readonly fittedTo: string;
  readonly study: string;
  readonly smd: number;
  readonly ci: readonly [number, number];
}

/**
 * The pooled BMD effects the paracrine parameters are fitted to. Both are meta-analyses of systemic (or mostly
 * systemic) stem-cell therapy in rodent bone-loss models; their CIs do not overlap, so they are pooled with a
 * between-study variance (DerSimonian–Laird) rather than treated as one effect.
 */
export const SYSTEMIC_BMD_EVIDENCE: readonly SmdEvidence[] = [
  { key: 'D4', fittedTo: MSC_FIT.fu2021, study: 'Fu et al. 2021, Stem Cell Res Ther 12:377: systemic MSCs, 21 pooled studies', smd: 3.02, ci: [1.84, 4.2] },
  {
    key: 'Li',
    fittedTo: MSC_FIT.li,
    study: 'Li, Zhou, Xu et al., meta-analysis of 12 preclinical osteoporosis studies (110 treated, 106 control animals)',
    smd: 1.29,
    ci: [0.84, 1.74],
  },
];

/** Standard error of an SMD from its 95 % CI. */
export const seOf = (e: SmdEvidence): number => (e.ci[1] - e.ci[0]) / (2 * 1.96);

/** DerSimonian–Laird random-effects pooling: mean, its standard error and the between-study variance tau². */
export function randomEffects(studies: readonly SmdEvidence[]): { mean: number; se: number; tau2: number } {
  const w = studies.map((s) => 1 / seOf(s) ** 2);
  const sw = w.reduce((a, b) => a + b, 0);
  const fixed = studies.reduce((a, s, i) => a + w[i]! * s.smd, 0) / sw;
  const q = studies.reduce((a, s, i) => a + w[i]! * (s.smd - fixed) ** 2, 0);
  const c = sw - w.reduce((a, b) => a + b * b, 0) / sw;
  const tau2 = studies.length > 1 ? Math.max(0, (q - (studies.length - 1)) / c) : 0;
  const wr = studies.map((s) => 1 / (seOf(s) ** 2 + tau2));
  const swr = wr.reduce((a, b) => a + b, 0);
  return { mean: studies.reduce((a, s, i) => a + wr[i]! * s.smd, 0) / swr, se: Math.sqrt(1 / swr), tau2 };
}

/** SMD of a treated-vs-control difference in % of control, for a between-animal CV. */
export const smdOf = (percent: number, cv: number = OVX_RAT_CV.bmdDxa.value): number => percent / (100 * cv);

/** % of control that an SMD means, for a between-animal CV. */
export const percentOf = (smd: number, cv: number = OVX_RAT_CV.bmdDxa.value): number => 100 * smd * cv;

// ---------------------------------------------------------------------------------------------------------------
// The design the pooled effects are compared with

/** OVX rats, cells 4 weeks after OVX (rat 6 months), read at 4, 8, 24 weeks; the comparison is at 8 weeks. */
export const SYSTEMIC_PROTOCOL: OvxProtocol = { species: 'rat', weeksAfterOvx: 4, readoutWeeks: [4, 8, 24] };
/** Per-rat IV dose of the reference design (target D6, Bengbu thesis: about 3e6 BM-MSCs). */
export const SYSTEMIC_DOSE = 3e6;
export const SYSTEMIC_READOUT_DAY = 8 * 7;

/** The two arms of the systemic design: OVX + vehicle and OVX + 3e6 allogeneic BM-MSCs IV. */
export function systemicDesign(parameters: Readonly<Record<string, number>> = {}): { ovx: Scenario; iv: Scenario } {
  const p = Object.keys(parameters).length > 0 ? { parameters } : {};
  return { ovx: { ...ovxScenario(SYSTEMIC_PROTOCOL, []), ...p }, iv: { ...ovxScenario(SYSTEMIC_PROTOCOL, [cellDose('BM', 'intravenous', SYSTEMIC_DOSE)]), ...p } };
}

/** Treated minus control BMD at the readout, % of control. */
export function systemicEffect(model: BoneModel, parameters: Readonly<Record<string, number>> = {}): number {
  const arms = systemicDesign(parameters);
  const at = (s: Scenario): number => {
    const r = simulateScenario(model, s);
    return r.outputs.bmdTotalHip![s.days.indexOf(SYSTEMIC_READOUT_DAY)]!;
  };
  return 100 * (at(arms.iv) / at(arms.ovx) - 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Fit

/** A fitted parameter: its log-normal prior (median, log-SD) and its search bounds. */
export interface FittedPrior {
  readonly name: string;
  readonly median: number;
  readonly logSd: number;
  readonly min: number;
  readonly max: number;
  readonly why: string;
}

/**
 * The fitted parameters and their priors. k_P: the previous hand-chosen value as median with an order of magnitude
 * per SD (weak); beta_RP: the prototype value 1 with a 95 % range 1/3–3 (msc.ts note).
 */
export const FITTED_PRIORS: readonly FittedPrior[] = [
  { name: 'k_P', median: 0.004, logSd: Math.log(10), min: 1e-4, max: 100, why: 'previous hand-chosen value, one order of magnitude per SD' },
  { name: 'beta_RP', median: 1, logSd: Math.log(3) / 1.96, min: 0.1, max: 20, why: 'prototype value; 95 % prior range 1/3 to 3' },
];

/** What the fit compares: an SMD with its standard error (the between-study variance included). */
export interface FitTarget {
  readonly smd: number;
  readonly se: number;
}

export const targetOf = (studies: readonly SmdEvidence[]): FitTarget => {
  const re = randomEffects(studies);
  return { smd: re.mean, se: re.se };
};

/** Data misfit χ²: (SMD_model − target)² over the target's variance plus the CV's contribution. */
export function dataChi2(percent: number, target: FitTarget): number {
  const smd = smdOf(percent);
  return (smd - target.smd) ** 2 / (target.se ** 2 + (smd * CV_LOG_SD) ** 2);
}

const priorChi2 = (x: Readonly<Record<string, number>>): number =>
  FITTED_PRIORS.reduce((a, p) => a + ((Math.log(x[p.name]!) - Math.log(p.median)) / p.logSd) ** 2, 0);

export interface FitResult {
  readonly parameters: Readonly<Record<string, number>>;
  /** Simulated effect at the fitted parameters, % of OVX control. */
  readonly percent: number;
  readonly smd: number;
  readonly dataChi2: number;
  readonly priorChi2: number;
  readonly evaluations: number;
}

/** Nelder–Mead on the log parameters (small, derivative-free; the objective is a pair of simulations). */
function nelderMead(f: (x: number[]) => number, x0: number[], step: number, iterations: number): { x: number[]; fx: number } {
  const n = x0.length;
  let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, fx: f(x) }));
  for (let it = 0; it < iterations; it++) {
    simplex.sort((a, b) => a.fx - b.fx);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.fx - best.fx) < 1e-6) break;
    const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((a, s) => a + s.x[j]!, 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const r = { x: along(-1), fx: 0 };
    r.fx = f(r.x);
    if (r.fx < best.fx) {
      const e = { x: along(-2), fx: 0 };
      e.fx = f(e.x);
      simplex[n] = e.fx < r.fx ? e : r;
    } else if (r.fx < simplex[n - 1]!.fx) {
      simplex[n] = r;
    } else {
      const c = { x: along(0.5), fx: 0 };
      c.fx = f(c.x);
      if (c.fx < worst.fx) simplex[n] = c;
      else simplex = simplex.map((s, k) => (k === 0 ? s : { x: s.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!)), fx: f(s.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!))) }));
    }
  }
  simplex.sort((a, b) => a.fx - b.fx);
  return simplex[0]!;
}

const clampLog = (p: FittedPrior, lx: number): number => Math.min(Math.max(lx, Math.log(p.min)), Math.log(p.max));

/**
 * Weight of the prior χ² in the fit. One pooled effect cannot fix two parameters: the data leave a ridge of equally
 * good (k_P, beta_RP) pairs (see the profiles), and the priors only pick the point of that ridge nearest their medians.
 * A weight of 1 (a full posterior) lets the assumed priors overrule the data (the pooled SMD would fall to 0.8).
 */
export const PRIOR_WEIGHT = 0.01;

/**
 * (k_P, beta_RP) for a target: data χ² plus PRIOR_WEIGHT × the log-normal prior χ². `fixed` holds other parameter
 * overrides (for profiles); `free` limits the fitted parameters (default both).
 */
export function fitParacrine(model: BoneModel, target: FitTarget, options: { fixed?: Readonly<Record<string, number>>; free?: readonly string[]; withPrior?: boolean } = {}): FitResult {
  const fixed = options.fixed ?? {};
  const free = FITTED_PRIORS.filter((p) => (options.free ?? FITTED_PRIORS.map((q) => q.name)).includes(p.name) && !(p.name in fixed));
  const withPrior = options.withPrior ?? true;
  let evaluations = 0;
  const paramsOf = (lx: number[]): Record<string, number> => {
    const x: Record<string, number> = { ...fixed };
    free.forEach((p, i) => (x[p.name] = Math.exp(clampLog(p, lx[i]!))));
    return x;
  };
  const full = (x: Record<string, number>): Record<string, number> => {
    const out = { ...x };
    for (const p of FITTED_PRIORS) out[p.name] ??= model.compiled.defaultParameters()[model.compiled.parameterIndex(p.name)]!;
    return out;
  };
  const objective = (lx: number[]): number => {
    evaluations++;
    const x = full(paramsOf(lx));
    const prior = withPrior ? PRIOR_WEIGHT * FITTED_PRIORS.filter((p) => free.includes(p)).reduce((a, p) => a + ((Math.log(x[p.name]!) - Math.log(p.median)) / p.logSd) ** 2, 0) : 0;
    return dataChi2(systemicEffect(model, x), target) + prior;
  };
  const start = free.map((p) => Math.log(Math.max(p.median, p.min)));
  const best = free.length === 0 ? { x: [], fx: objective([]) } : nelderMead(objective, free.length === 1 ? start : [Math.log(0.3), Math.log(2)], 1, 60);
  const parameters = full(paramsOf(best.x));
  const percent = systemicEffect(model, parameters);
  return { parameters, percent, smd: smdOf(percent), dataChi2: dataChi2(percent, target), priorChi2: priorChi2(parameters), evaluations };
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles and leave-one-study-out

/** A parameter whose profile is asked for, with the prior range it is searched over. */
export interface ProfiledParameter {
  readonly name: string;
  readonly low: number;
  readonly high: number;
}

/** Profile of the data χ² over a parameter's prior range (k_P re-fitted at each point, or beta_RP when k_P is profiled). */
export interface Profile {
  readonly name: string;
  readonly points: readonly { readonly value: number; readonly dataChi2: number; readonly percent: number }[];
  /** Part of the prior range with Δχ² < 3.84 (the 95 % profile interval, clipped to the range). */
  readonly interval: readonly [number, number];
  /** True where the data exclude part of the prior range. */
  readonly constrained: boolean;
}

export function profile(model: BoneModel, target: FitTarget, base: Readonly<Record<string, number>>, p: ProfiledParameter, n = 5): Profile {
  const values = Array.from({ length: n }, (_, i) => p.low * (p.high / p.low) ** (i / (n - 1)));
  const refit = p.name === 'k_P' ? 'beta_RP' : 'k_P';
  const points = values.map((value) => {
    const fixed = { ...base, [p.name]: value };
    delete (fixed as Record<string, number>)[refit];
    const r = fitParacrine(model, target, { fixed, free: [refit], withPrior: false });
    return { value, dataChi2: r.dataChi2, percent: r.percent };
  });
  const min = Math.min(...points.map((q) => q.dataChi2));
  const inside = points.filter((q) => q.dataChi2 - min < 3.84).map((q) => q.value);
  return { name: p.name, points, interval: [Math.min(...inside), Math.max(...inside)], constrained: inside.length < points.length };
}

/** Leave one study out: fit to the others, predict the one left out. */
export interface LosoRow {
  readonly left: string;
  readonly observed: number;
  readonly predicted: number;
  /** Predicted minus observed, SMD units and % BMD (at the central CV). */
  readonly errorSmd: number;
  readonly errorPercent: number;
  /** The error over the left-out study's SE (with the CV term). */
  readonly z: number;
  readonly fitted: Readonly<Record<string, number>>;
}

export function leaveOneStudyOut(model: BoneModel, studies: readonly SmdEvidence[] = SYSTEMIC_BMD_EVIDENCE): LosoRow[] {
  return studies.map((left) => {
    const rest = studies.filter((s) => s !== left);
    const fit = fitParacrine(model, targetOf(rest));
    const errorSmd = fit.smd - left.smd;
    return {
      left: left.key,
      observed: left.smd,
      predicted: fit.smd,
      errorSmd,
      errorPercent: percentOf(errorSmd),
      z: errorSmd / Math.sqrt(seOf(left) ** 2 + (fit.smd * CV_LOG_SD) ** 2),
      fitted: { k_P: fit.parameters.k_P!, beta_RP: fit.parameters.beta_RP! },
    };
  });
}
