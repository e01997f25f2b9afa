import type { SimulateOptions } from '../../engine/index.js';
import { luFactor, luSolve } from '../../engine/linalg.js';
import { getModel, inputError, type BoneModel, type Scenario } from '../../model/index.js';
import { leastSquaresBatched, type FitParameter, type LeastSquaresResult } from '../calibration/least-squares.js';
import { openBatchPool, type BatchPool } from './batch.js';
import { evaluateTask, type EvaluationJob } from './evaluate.js';
import { MeasurementError, type Measurement } from './measurements.js';
import { resolveOutput, type AnalysisOutput } from './outputs.js';
import { workerCount } from './pool.js';
import { parameterSpace, type RangeSpec } from './space.js';

/**
 * Fitting named parameters of a model to a user's measurements (issue 15), as SimBiology's `sbiofit` or COPASI's
 * parameter estimation do: weighted least squares by bounded Levenberg–Marquardt (calibration/least-squares.ts) on
 * log p for positive ranges, residuals (model − value) / sd. Forward-difference Jacobians and the profiles' refits
 * run on a worker pool (batch.ts), so the result is the same on any number of workers.
 *
 * Uncertainty of the estimates, two ways:
 * - standard errors from the Jacobian at the optimum: Cov = σ² (JᵀJ)⁻¹ in the fit's coordinates, σ² = 1 when every
 *   row has an sd (the noise is known), else the residual variance Σr² / (m − n); mapped to p by dp = p dz on log scale;
 * - profile-likelihood intervals (as pyPESTO, Raue et al. 2009 Bioinformatics 25:1923): each parameter is moved
 *   away from its estimate, the others refitted, until the objective Σr²/σ² rises by the χ²₁ quantile of the level
 *   (3.84 for 95 %); an interval that reaches a bound of the search stops there (`ciAtBound`).
 */

export interface FitArm {
  readonly name: string;
  readonly scenario: Scenario;
}

export interface FitProblem {
  /** A registered model name or a model object (default 'osteosim'). */
  readonly model?: string | BoneModel;
  /** The arms the data name, each with its scenario (a study's arms). */
  readonly arms: readonly FitArm[];
  readonly data: readonly Measurement[];
  readonly parameters: readonly string[];
  /** Search bounds by name (log scale where lo > 0 unless `scale` says); default value ×/÷ 10 cut to the declared bounds. */
  readonly bounds?: Readonly<Record<string, RangeSpec>>;
  /** Start values by name (default: the scenario's value, else the model's). */
  readonly initial?: Readonly<Record<string, number>>;
}

export interface FitOptions {
  /** Worker threads (0: this thread; default: the machine's parallelism). */
  readonly workers?: number;
  /** Levenberg–Marquardt iterations (default 50). */
  readonly maxIterations?: number;
  /** Profile-likelihood intervals (default true; false gives Wald intervals estimate ± z se, in the fit's coordinates). */
  readonly profile?: boolean;
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
  /** Solver options over the model's single-run defaults. */
  readonly solver?: SimulateOptions;
  readonly onIteration?: (iteration: number, objective: number) => void;
  readonly signal?: AbortSignal;
}

export interface FittedParameter {
  readonly name: string;
  readonly unit: string;
  readonly initial: number;
  readonly estimate: number;
  /** Standard error from the Jacobian (NaN where JᵀJ is singular). */
  readonly se: number;
  readonly ci: readonly [number, number];
  readonly ciMethod: 'profile' | 'wald';
  /** Whether each end of the interval is the search bound (the data do not close the interval there). */
  readonly ciAtBound: readonly [boolean, boolean];
  readonly lower: number;
  readonly upper: number;
  /** Coordinates of the fit: 'log' fits ln p. */
  readonly scale: 'linear' | 'log';
  readonly atBound: boolean;
}

export interface FitResidual {
  readonly arm: string;
  readonly day: number;
  readonly output: string;
  readonly value: number;
  readonly sd?: number;
  readonly fitted: number;
  /** (fitted − value) / sd (/ 1 without sd). */
  readonly residual: number;
  readonly row?: number;
}

export interface FitResult {
  readonly converged: boolean;
  /** Σ residual² at the estimate (χ² when the data give sd). */
  readonly objective: number;
  readonly parameters: readonly FittedParameter[];
  /** Covariance of the estimates in the fit's coordinates (ln p on log scale), row-major n × n. */
  readonly covariance: readonly (readonly number[])[];
  /** 'given': every row has an sd (σ² = 1); 'estimated': σ² = objective / (points − parameters). */
  readonly noise: 'given' | 'estimated';
  readonly sigma2: number;
  readonly level: number;
  readonly points: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly model: string;
  readonly residuals: readonly FitResidual[];
  readonly workers: number;
  readonly seconds: number;
}

export const FIT_RANGE_FACTOR = 10;
export const DEFAULT_LEVEL = 0.95;

/** A fit's residual model: the jobs (one per arm with data) and where each measurement sits in their series. */
export interface FitPlan {
  readonly model: BoneModel;
  readonly jobs: readonly EvaluationJob[];
  /** The arm of each job. */
  readonly arms: readonly FitArm[];
  readonly names: readonly string[];
  /** Per measurement: job, offset in the job's series. */
  readonly at: readonly { readonly job: number; readonly offset: number }[];
  readonly data: readonly Measurement[];
}

const rowField = (m: Measurement, column: string, code: 'unknown' | 'range' | 'required', detail: string, given?: unknown): never => {
  if (m.row !== undefined) throw new MeasurementError(m.row, column, code, detail, given);
  return inputError(`data.${column}`, code, detail, { given });
};

/** Checks the data against the arms and the model and lays out the runs that compute them. */
export function fitPlan(model: BoneModel, arms: readonly FitArm[], data: readonly Measurement[], names: readonly string[], solver?: SimulateOptions): FitPlan {
  if (data.length === 0) inputError('data', 'required', 'no measurements to fit');
  const byArm = new Map<string, { arm: FitArm; outputs: AnalysisOutput[]; days: number[] }>();
  const withSd = data.filter((m) => m.sd !== undefined).length;
  if (withSd !== 0 && withSd !== data.length) {
    const m = data.find((d) => d.sd === undefined)!;
    rowField(m, 'sd', 'required', `give sd on every row or on none (${withSd} of ${data.length} rows have one)`);
  }
  for (const m of data) {
    const arm = arms.find((a) => a.name === m.arm);
    if (!arm) rowField(m, 'arm', 'unknown', `no arm '${m.arm}' in the study (arms: ${arms.map((a) => a.name).join('; ')})`, m.arm);
    let output: AnalysisOutput;
    try {
      output = resolveOutput(model, m.output);
    } catch (e) {
      return rowField(m, 'output', 'unknown', (e as { detail?: string }).detail ?? String(e), m.output);
    }
    const days = arm!.scenario.days;
    const first = days[0] ?? 0;
    const last = days[days.length - 1] ?? 0;
    if (m.day < first || m.day > last + 1e-9) rowField(m, 'day', 'range', `day ${m.day} is outside arm '${m.arm}' (days ${first} to ${last})`, m.day);
    const entry = byArm.get(m.arm) ?? { arm: arm!, outputs: [], days: [first] };
    if (!entry.outputs.some((o) => o.name === output.name)) entry.outputs.push(output);
    entry.days.push(m.day);
    byArm.set(m.arm, entry);
  }
  const jobs: EvaluationJob[] = [];
  const jobArms: FitArm[] = [];
  const layout = new Map<string, { job: number; days: number[]; outputs: string[] }>();
  for (const [name, e] of byArm) {
    const days = [...new Set(e.days)].sort((a, b) => a - b);
    layout.set(name, { job: jobs.length, days, outputs: e.outputs.map((o) => o.name) });
    jobArms.push(e.arm);
    jobs.push({ model: model.name, scenario: { ...e.arm.scenario, days }, parameters: names, outputs: e.outputs, solver: { ...model.solverDefaults, ...solver } });
  }
  const at = data.map((m) => {
    const l = layout.get(m.arm)!;
    return { job: l.job, offset: l.outputs.indexOf(resolveOutput(model, m.output).name) * l.days.length + l.days.indexOf(m.day) };
  });
  return { model, jobs, arms: jobArms, names, at, data };
}

/** Model values at the measurements, per parameter set. */
async function fittedValues(plan: FitPlan, pool: BatchPool, sets: readonly Float64Array[]): Promise<Float64Array[]> {
  const { series } = await pool.evaluate(plan.jobs, sets);
  return series.map((perJob) => Float64Array.from(plan.at, (a) => perJob[a.job]![a.offset]!));
}

/** The χ²₁ quantile of a level: the square of the normal quantile of (1 + level) / 2 (3.8415 at 0.95). */
export function chiSquare1Quantile(level: number): number {
  const z = normalQuantile(0.5 + level / 2);
  return z * z;
}

/** The standard normal quantile (Acklam's rational approximation, one Halley step on Φ; error about 1e-7). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lowP = 0.02425;
  let x: number;
  if (p < lowP) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p > 1 - lowP) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  }
  // One Halley step on Φ(x) − p.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Complementary error function (Numerical Recipes' erfcc Chebyshev fit, relative error < 1.2e-7; Halley polishes). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

export async function fit(problem: FitProblem, options: FitOptions = {}): Promise<FitResult> {
  const started = performance.now();
  const model = typeof problem.model === 'string' || problem.model === undefined ? getModel(problem.model ?? 'osteosim') : problem.model;
  if (problem.arms.length === 0) inputError('arms', 'required', 'the study has no arms');
  const level = options.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) inputError('level', 'range', `must be between 0 and 1, got ${String(level)}`, { given: level });
  if (options.workers !== undefined) workerCount(options.workers);
  const composed = model.compiled.composed;
  const scenario0 = problem.arms[0]!.scenario;
  const prepared = model.prepare(scenario0);
  const valueOf = (name: string): number => problem.initial?.[name] ?? prepared.parameters[model.compiled.parameterIndex(name)]!;
  // Search bounds: the sensitivity code's ranges at a wider factor, log scale wherever the range is positive.
  const bounds = Object.fromEntries(Object.entries(problem.bounds ?? {}).map(([k, r]) => [k, { ...r, scale: r.scale ?? (r.lo > 0 ? 'log' : 'linear') }]));
  const known = problem.parameters.filter((n) => composed.parameters.has(n));
  const space = parameterSpace(composed, problem.parameters, Object.fromEntries(known.map((n) => [n, valueOf(n)])), { factor: FIT_RANGE_FACTOR, ranges: bounds });
  const names = space.map((r) => r.name);
  const fitParameters: FitParameter[] = space.map((r) => {
    const initial = valueOf(r.name);
    if (!(initial >= r.lo && initial <= r.hi)) inputError(`initial.${r.name}`, 'range', `start value ${initial} is outside the search bounds ${r.lo}:${r.hi}`, { given: initial });
    return { name: r.name, initial, lower: r.lo, upper: r.hi, scale: r.scale };
  });
  const plan = fitPlan(model, problem.arms, problem.data, names, options.solver);
  // Input errors (a conflicting override) would hit every run: find them before any worker starts.
  for (const job of plan.jobs) model.prepare({ ...job.scenario, parameters: { ...job.scenario.parameters, ...Object.fromEntries(fitParameters.map((p) => [p.name, p.initial])) } });
  const weights = plan.data.map((m) => m.sd ?? 1);
  const noise: FitResult['noise'] = plan.data.every((m) => m.sd !== undefined) ? 'given' : 'estimated';
  const m = plan.data.length;
  const n = names.length;
  if (noise === 'estimated' && m <= n) inputError('data', 'range', `${m} measurements without sd cannot estimate the noise of a ${n}-parameter fit: give sd, or more rows`, { given: m });

  const pool = openBatchPool(model, options.workers ?? workerCount(undefined), options.signal);
  let evaluations = 0;
  /** Residuals at sets of named values; `fixed` adds values held constant (a profile). */
  const residualsAt = async (sets: readonly Readonly<Record<string, number>>[], fixed: Readonly<Record<string, number>> = {}): Promise<Float64Array[]> => {
    evaluations += sets.length;
    const arrays = sets.map((s) => Float64Array.from(names, (name) => s[name] ?? fixed[name]!));
    const values = await fittedValues(plan, pool, arrays);
    return values.map((v) => v.map((y, i) => (y - plan.data[i]!.value) / weights[i]!));
  };
  try {
    const maxIterations = options.maxIterations ?? 50;
    const lm = await leastSquaresBatched(fitParameters, (sets) => residualsAt(sets), {
      maxIterations,
      ...(options.onIteration && { onIteration: (k: number, cost: number) => options.onIteration!(k, 2 * cost) }),
    });
    const objective = 2 * lm.cost;
    const sigma2 = noise === 'given' ? 1 : objective / (m - n);
    const covariance = covarianceOf(lm, n, m, sigma2);
    const q = chiSquare1Quantile(level);
    const zq = Math.sqrt(q);
    const toZ = (p: FitParameter, v: number): number => (p.scale === 'log' ? Math.log(v) : v);
    const fromZ = (p: FitParameter, z: number): number => (p.scale === 'log' ? Math.exp(z) : z);
    const intervals = await Promise.all(
      fitParameters.map(async (p, i) => {
        const zHat = toZ(p, lm.values[p.name]!);
        const seZ = Math.sqrt(covariance[i]![i]!);
        const lo = toZ(p, p.lower);
        const hi = toZ(p, p.upper);
        if (options.profile === false) {
          const a = Number.isFinite(seZ) ? Math.max(lo, zHat - zq * seZ) : lo;
          const b = Number.isFinite(seZ) ? Math.min(hi, zHat + zq * seZ) : hi;
          return { ci: [fromZ(p, a), fromZ(p, b)] as const, atBound: [a <= lo, b >= hi] as const, method: 'wald' as const };
        }
        const walk = (dir: -1 | 1): Promise<{ z: number; atBound: boolean }> =>
          profileEnd({ p, i, dir, zHat, seZ, lo, hi, q, objective, sigma2, lm, fitParameters, residualsAt, toZ, fromZ, maxIterations });
        const [a, b] = await Promise.all([walk(-1), walk(1)]);
        return { ci: [fromZ(p, a.z), fromZ(p, b.z)] as const, atBound: [a.atBound, b.atBound] as const, method: 'profile' as const };
      }),
    );
    const fitted = await fittedValues(plan, pool, [Float64Array.from(names, (name) => lm.values[name]!)]);
    evaluations++;
    const residuals: FitResidual[] = plan.data.map((d, i) => ({
      arm: d.arm,
      day: d.day,
      output: d.output,
      value: d.value,
      ...(d.sd !== undefined && { sd: d.sd }),
      fitted: fitted[0]![i]!,
      residual: (fitted[0]![i]! - d.value) / weights[i]!,
      ...(d.row !== undefined && { row: d.row }),
    }));
    const parameters: FittedParameter[] = fitParameters.map((p, i) => {
      const estimate = lm.values[p.name]!;
      const seZ = Math.sqrt(covariance[i]![i]!);
      return {
        name: p.name,
        unit: space[i]!.unit,
        initial: p.initial,
        estimate,
        se: seZ * (p.scale === 'log' ? estimate : 1),
        ci: intervals[i]!.ci,
        ciMethod: intervals[i]!.method,
        ciAtBound: intervals[i]!.atBound,
        lower: p.lower,
        upper: p.upper,
        scale: p.scale ?? 'linear',
        atBound: lm.atBounds.includes(p.name),
      };
    });
    return {
      converged: lm.converged,
      objective,
      parameters,
      covariance,
      noise,
      sigma2,
      level,
      points: m,
      iterations: lm.iterations,
      evaluations,
      model: model.name,
      residuals,
      workers: pool.workers,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool.close();
  }
}

/** σ² (JᵀJ)⁻¹ from the final Jacobian; NaN where JᵀJ is singular. */
function covarianceOf(lm: LeastSquaresResult, n: number, m: number, sigma2: number): number[][] {
  const J = lm.jacobian;
  const JtJ = new Float64Array(n * n);
  for (let i = 0; i < m; i++) for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) JtJ[a * n + b]! += J[i * n + a]! * J[i * n + b]!;
  const piv = new Int32Array(n);
  if (!luFactor(JtJ, n, piv)) return Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
  return Array.from({ length: n }, (_, k) => {
    const e = new Float64Array(n);
    e[k] = 1;
    luSolve(JtJ, n, piv, e);
    return Array.from(e, (v) => v * sigma2);
  });
}

interface ProfileWalk {
  readonly p: FitParameter;
  readonly i: number;
  readonly dir: -1 | 1;
  readonly zHat: number;
  readonly seZ: number;
  readonly lo: number;
  readonly hi: number;
  readonly q: number;
  readonly objective: number;
  readonly sigma2: number;
  readonly lm: LeastSquaresResult;
  readonly fitParameters: readonly FitParameter[];
  readonly residualsAt: (sets: readonly Readonly<Record<string, number>>[], fixed?: Readonly<Record<string, number>>) => Promise<Float64Array[]>;
  readonly toZ: (p: FitParameter, v: number) => number;
  readonly fromZ: (p: FitParameter, z: number) => number;
  readonly maxIterations: number;
}

/**
 * One end of a profile-likelihood interval: the z where the signed root of the objective's rise, g = √(ΔΣr²/σ²),
 * reaches √q. g is nearly linear in z (exactly so for a linear model), so the search starts at the Wald end and
 * takes secant steps on g from the estimate (g = 0), keeping a bracket once it has one; a search that reaches the
 * bound with g < √q ends there.
 */
/** A profile end is found when g is within this fraction of √q (0.01: the end moves by about 1 % of se). */
const PROFILE_TOLERANCE = 0.01;
/** The refits along a profile stop at this relative decrease of the objective (its rise is read to ~1e-3 of q). */
const PROFILE_COST_TOLERANCE = 1e-6;

async function profileEnd(w: ProfileWalk): Promise<{ z: number; atBound: boolean }> {
  const target = Math.sqrt(w.q);
  const limit = w.dir < 0 ? w.lo : w.hi;
  const nuisance = w.fitParameters.filter((_, k) => k !== w.i);
  let start: Record<string, number> = Object.fromEntries(nuisance.map((p) => [p.name, w.lm.values[p.name]!]));
  const g = async (z: number): Promise<number> => {
    const fixed = { [w.p.name]: w.fromZ(w.p, z) };
    let objective: number;
    if (nuisance.length === 0) {
      const [r] = await w.residualsAt([{}], fixed);
      objective = r!.reduce((s, v) => s + v * v, 0);
    } else {
      const inBounds = nuisance.map((p) => ({ ...p, initial: Math.min(p.upper, Math.max(p.lower, start[p.name]!)) }));
      const refit = await leastSquaresBatched(inBounds, (sets) => w.residualsAt(sets, fixed), { maxIterations: w.maxIterations, costTolerance: PROFILE_COST_TOLERANCE });
      start = { ...refit.values };
      objective = 2 * refit.cost;
    }
    // A failed run is no evidence for the parameter value: treat it as outside the interval.
    if (!Number.isFinite(objective)) return Infinity;
    return Math.sqrt(Math.max(0, objective - w.objective) / w.sigma2);
  };
  const span = Math.abs(limit - w.zHat);
  if (span === 0) return { z: limit, atBound: true };
  // Distances t from the estimate along dir; g(0) = 0.
  const seZ = Number.isFinite(w.seZ) && w.seZ > 0 ? w.seZ : 0.1 * Math.max(1, Math.abs(w.zHat));
  let tIn = 0;
  let gIn = 0;
  let tOut = Infinity;
  let gOut = Infinity;
  let t = Math.min(target * seZ, span);
  for (let k = 0; k < 12; k++) {
    const gt = await g(w.zHat + w.dir * t);
    if (Math.abs(gt - target) < PROFILE_TOLERANCE * target) return { z: w.zHat + w.dir * t, atBound: false };
    if (gt < target) {
      tIn = t;
      gIn = gt;
      if (t >= span) return { z: limit, atBound: true };
    } else {
      tOut = t;
      gOut = gt;
    }
    if (Number.isFinite(tOut) && Number.isFinite(gOut)) {
      // Secant inside the bracket (bisection if the secant falls outside it or g jumped to infinity).
      const s = tIn + ((target - gIn) * (tOut - tIn)) / (gOut - gIn);
      t = Number.isFinite(s) && s > tIn && s < tOut ? s : (tIn + tOut) / 2;
    } else {
      // Extrapolate the line through (0, 0) and (t, g), at most ×4.
      t = Math.min(span, gt > 0 ? t * Math.min(4, target / gt) : t * 4);
    }
  }
  return { z: w.zHat + w.dir * (Number.isFinite(tOut) ? (tIn + tOut) / 2 : tIn), atBound: false };
}

/**
 * The result as JSON data: `{converged, objective, parameters: [{name, initial, estimate, se, ci}]}` first, then what
 * `--uncertainty --from` reads (each parameter's scale and bounds, the covariance in the fit's coordinates) and the
 * fit's settings and residuals. Workers and seconds are left out (they vary run to run).
 */
export function fitJson(result: FitResult, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const { converged, objective, parameters, workers: _w, seconds: _s, residuals, ...rest } = result;
  return {
    converged,
    objective,
    parameters: parameters.map(({ name, initial, estimate, se, ci, ...more }) => ({ name, initial, estimate, se: Number.isFinite(se) ? se : null, ci, ...more })),
    ...extra,
    ...rest,
    covariance: rest.covariance.map((row) => row.map((v) => (Number.isFinite(v) ? v : null))),
    residuals,
  };
}

export interface FitCurve {
  readonly arm: string;
  readonly output: string;
  readonly days: readonly number[];
  /** The output at the start values and at the estimates, at each day. */
  readonly initial: readonly number[];
  readonly fitted: readonly number[];
}

/**
 * The fitted outputs over the arms' own output days and the data's (for plots): one run per arm at the start values
 * and one at the estimates, in this thread.
 */
export function fitCurves(model: BoneModel, arms: readonly FitArm[], result: FitResult, solver?: SimulateOptions): FitCurve[] {
  const names = result.parameters.map((p) => p.name);
  const plan = fitPlan(model, arms, result.residuals, names, solver);
  return plan.jobs.flatMap((job, j) => {
    const arm = plan.arms[j]!;
    const days = [...new Set([...arm.scenario.days, ...job.scenario.days])].sort((a, b) => a - b);
    const run = (values: readonly number[]): Float64Array[] => {
      const r = evaluateTask({ job: { ...job, scenario: { ...job.scenario, days } }, from: 0, sets: [Float64Array.from(values)] }, model);
      return job.outputs.map((_, k) => r.series[0]!.subarray(k * days.length, (k + 1) * days.length));
    };
    const initial = run(result.parameters.map((p) => p.initial));
    const fitted = run(result.parameters.map((p) => p.estimate));
    return job.outputs.map((o, k) => ({ arm: arm.name, output: o.name, days, initial: Array.from(initial[k]!), fitted: Array.from(fitted[k]!) }));
  });
}
