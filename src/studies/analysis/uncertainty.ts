import type { SimulateOptions } from '../../engine/index.js';
import { getModel, inputError, type BoneModel } from '../../model/index.js';
import { randomStream } from '../trials/rng.js';
import { openBatchPool } from './batch.js';
import type { EvaluationJob } from './evaluate.js';
import type { FitArm } from './fit.js';
import { resolveOutput, type AnalysisOutput } from './outputs.js';
import { workerCount } from './pool.js';
import { fromUnit, parameterSpace, type ParameterRange, type SpaceOptions } from './space.js';

/**
 * Parameter uncertainty carried to every output (issue 15): N parameter sets drawn from a fit (a normal distribution
 * with the fit's covariance, in the fit's coordinates: ln p on log scale, cut to the fit's bounds) or from priors (the
 * sensitivity code's ranges, space.ts: value ×/÷ factor, log-uniform, cut to the declared bounds), each arm run at
 * every set, and the 5th, 50th and 95th percentiles of each output at each output day. Draws come from the seed in
 * this thread and run on the worker pool, so the result depends on the seed only.
 */

/** What `--from fit.json` needs of a fit (fit.ts's `fitJson` writes it). */
export interface FitDistribution {
  readonly parameters: readonly { readonly name: string; readonly estimate: number; readonly scale?: 'linear' | 'log'; readonly lower?: number; readonly upper?: number }[];
  /** In the fit's coordinates, n × n. */
  readonly covariance: readonly (readonly (number | null)[])[];
}

export type UncertaintySource =
  | { readonly kind: 'fit'; readonly fit: FitDistribution }
  | { readonly kind: 'prior'; readonly parameters: readonly string[]; readonly space?: SpaceOptions };

export interface UncertaintyProblem {
  readonly model?: string | BoneModel;
  readonly arms: readonly FitArm[];
  /** Outputs by analysis name (outputs.ts) or as built outputs; those a model lacks must be left out by the caller. */
  readonly outputs: readonly (string | AnalysisOutput)[];
  readonly source: UncertaintySource;
}

export interface UncertaintyOptions {
  /** Parameter sets to draw (>= 2). */
  readonly draws: number;
  readonly seed?: number;
  /** Worker threads (0: this thread; default: the machine's parallelism, this thread for fewer than 32 runs). */
  readonly workers?: number;
  readonly solver?: SimulateOptions;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface OutputInterval {
  /** The run at the nominal set (the fit's estimates, or the model's values for priors). */
  readonly nominal: readonly number[];
  readonly p05: readonly number[];
  readonly p50: readonly number[];
  readonly p95: readonly number[];
}

export interface UncertaintyResult {
  readonly source: 'fit' | 'prior';
  readonly draws: number;
  readonly seed: number;
  readonly parameters: readonly string[];
  /** Prior ranges (source 'prior'). */
  readonly ranges?: readonly ParameterRange[];
  /** Draws whose run failed in the solver on some arm (left out of the percentiles). */
  readonly failed: number;
  readonly arms: readonly { readonly name: string; readonly days: readonly number[]; readonly outputs: Readonly<Record<string, OutputInterval>> }[];
  readonly workers: number;
  readonly seconds: number;
}

export const MAX_DRAWS = 100_000;
const SMALL_RUN = 32;

/** Linear-interpolation quantile (Hyndman–Fan type 7) of sorted finite values; NaN for none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Lower Cholesky factor of a symmetric matrix, or undefined if it is not positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | undefined {
  const n = a.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(s > 0)) return undefined;
        L[i]![i] = Math.sqrt(s);
      } else L[i]![j] = s / L[j]![j]!;
    }
  }
  return L;
}

/** Parameter sets drawn from a fit: z ~ N(ẑ, Cov) in the fit's coordinates, cut to its bounds. */
export function drawFromFit(fit: FitDistribution, draws: number, seed: number): { names: string[]; nominal: Float64Array; sets: Float64Array[] } {
  const ps = fit.parameters;
  const n = ps.length;
  if (n === 0) inputError('from.parameters', 'required', 'the fit has no parameters');
  if (fit.covariance.length !== n || fit.covariance.some((row) => row.length !== n)) inputError('from.covariance', 'range', `must be a ${n} × ${n} matrix (one row and column per parameter)`);
  const cov = fit.covariance.map((row) => row.map((v) => (v === null ? NaN : v)));
  const L = cholesky(cov);
  if (!L) inputError('from.covariance', 'range', 'is not positive definite (a parameter the data do not determine?): refit without it, or draw from priors');
  ps.forEach((p, k) => {
    if (!Number.isFinite(p.estimate) || (p.scale === 'log' && !(p.estimate > 0))) inputError(`from.parameters[${k}].estimate`, 'range', `must be a finite number${p.scale === 'log' ? ' > 0' : ''}, got ${String(p.estimate)}`);
  });
  const toZ = (k: number, v: number): number => (ps[k]!.scale === 'log' ? Math.log(v) : v);
  const fromZ = (k: number, z: number): number => (ps[k]!.scale === 'log' ? Math.exp(z) : z);
  const zHat = ps.map((p, k) => toZ(k, p.estimate));
  const rng = randomStream(seed, 'uncertainty-fit', 0);
  const sets = Array.from({ length: draws }, () => {
    const e = Array.from({ length: n }, () => rng.normal());
    return Float64Array.from(ps, (p, i) => {
      let z = zHat[i]!;
      for (let k = 0; k <= i; k++) z += L![i]![k]! * e[k]!;
      return Math.min(p.upper ?? Infinity, Math.max(p.lower ?? -Infinity, fromZ(i, z)));
    });
  });
  return { names: ps.map((p) => p.name), nominal: Float64Array.from(ps, (p) => p.estimate), sets };
}

/** Parameter sets drawn uniformly over prior ranges (log-uniform on log ranges). */
export function drawFromPrior(ranges: readonly ParameterRange[], draws: number, seed: number): Float64Array[] {
  const rng = randomStream(seed, 'uncertainty-prior', 0);
  return Array.from({ length: draws }, () => Float64Array.from(ranges, (r) => fromUnit(r, rng.uniform())));
}

export async function uncertainty(problem: UncertaintyProblem, options: UncertaintyOptions): Promise<UncertaintyResult> {
  const started = performance.now();
  const model = typeof problem.model === 'string' || problem.model === undefined ? getModel(problem.model ?? 'osteosim') : problem.model;
  const { draws } = options;
  if (!Number.isInteger(draws) || draws < 2 || draws > MAX_DRAWS) inputError('draws', 'range', `must be a whole number from 2 to ${MAX_DRAWS}, got ${String(draws)}`, { given: draws });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || Math.abs(seed) > 2 ** 31 - 1) inputError('seed', 'range', `must be a whole number between -2147483647 and 2147483647, got ${String(seed)}`, { given: seed });
  if (options.workers !== undefined) workerCount(options.workers);
  if (problem.arms.length === 0) inputError('arms', 'required', 'the study has no arms');
  const outputs = problem.outputs.map((o) => (typeof o === 'string' ? resolveOutput(model, o) : o));
  if (outputs.length === 0) inputError('outputs', 'required', 'name at least one output');

  let names: string[];
  let nominal: Float64Array;
  let sets: Float64Array[];
  let ranges: ParameterRange[] | undefined;
  if (problem.source.kind === 'fit') {
    const composed = model.compiled.composed;
    problem.source.fit.parameters.forEach((p, k) => {
      if (!composed.parameters.has(p.name)) inputError(`from.parameters[${k}].name`, 'unknown', `model '${model.name}' has no parameter '${p.name}' (was the fit made on another model?)`, { given: p.name });
    });
    ({ names, nominal, sets } = drawFromFit(problem.source.fit, draws, seed));
  } else {
    const prepared = model.prepare(problem.arms[0]!.scenario);
    const composed = model.compiled.composed;
    const known = problem.source.parameters.filter((n) => composed.parameters.has(n));
    ranges = parameterSpace(composed, problem.source.parameters, Object.fromEntries(known.map((n) => [n, prepared.parameters[model.compiled.parameterIndex(n)]!])), problem.source.space);
    names = ranges.map((r) => r.name);
    nominal = Float64Array.from(ranges, (r) => r.value);
    sets = drawFromPrior(ranges, draws, seed);
  }
  const solver = { ...model.solverDefaults, ...options.solver };
  const jobs: EvaluationJob[] = problem.arms.map((a) => ({ model: model.name, scenario: a.scenario, parameters: names, outputs, solver }));
  // Input errors (a conflicting override) would hit every set: find them here, before any worker starts.
  for (const job of jobs) model.prepare({ ...job.scenario, parameters: { ...job.scenario.parameters, ...Object.fromEntries(names.map((n, i) => [n, nominal[i]!])) } });
  const total = (draws + 1) * jobs.length;
  const pool = openBatchPool(model, options.workers ?? (total < SMALL_RUN ? 0 : workerCount(undefined)), options.signal);
  try {
    // In blocks, for progress reports and a bounded number of tasks in flight.
    const block = Math.max(8, 4 * pool.workers);
    const all = [nominal, ...sets];
    const series: Float64Array[][] = [];
    const failures: string[][] = [];
    for (let from = 0; from < all.length; from += block) {
      const r = await pool.evaluate(jobs, all.slice(from, from + block));
      series.push(...r.series);
      failures.push(...r.failures);
      options.onProgress?.(Math.min(all.length, from + block) * jobs.length, total);
    }
    const failedDraw = failures.slice(1).map((f) => f.some((m) => m !== ''));
    const arms = problem.arms.map((arm, j) => {
      const days = arm.scenario.days.length;
      const intervals: Record<string, OutputInterval> = {};
      outputs.forEach((o, k) => {
        const at = (s: Float64Array, t: number): number => s[k * days + t]!;
        const p05: number[] = [];
        const p50: number[] = [];
        const p95: number[] = [];
        const column = new Float64Array(draws);
        for (let t = 0; t < days; t++) {
          let c = 0;
          for (let d = 0; d < draws; d++) {
            const v = at(series[d + 1]![j]!, t);
            if (!failedDraw[d] && Number.isFinite(v)) column[c++] = v;
          }
          const sorted = column.subarray(0, c).sort();
          p05.push(quantileSorted(sorted, 0.05));
          p50.push(quantileSorted(sorted, 0.5));
          p95.push(quantileSorted(sorted, 0.95));
        }
        intervals[o.name] = { nominal: Array.from({ length: days }, (_, t) => at(series[0]![j]!, t)), p05, p50, p95 };
      });
      return { name: arm.name, days: Array.from(arm.scenario.days), outputs: intervals };
    });
    return {
      source: problem.source.kind,
      draws,
      seed,
      parameters: names,
      ...(ranges && { ranges }),
      failed: failedDraw.filter(Boolean).length,
      arms,
      workers: pool.workers,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool.close();
  }
}
