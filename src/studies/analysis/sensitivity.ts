import type { SimulateOptions } from '../../engine/index.js';
import { getModel, inputError, type BoneModel, type Scenario } from '../../model/index.js';
import type { EvaluationJob } from './evaluate.js';
import { DEFAULT_LOCAL_STEP, localPlan, logCoefficient, logDerivative } from './local.js';
import { DEFAULT_MORRIS_LEVELS, morrisDesign, morrisIndices } from './morris.js';
import { DEFAULT_OUTPUT, resolveOutput } from './outputs.js';
import { evaluateSets, workerCount } from './pool.js';
import { DEFAULT_BOOTSTRAP, saltelliDesign, sobolIndices } from './sobol-indices.js';
import { parameterSpace, toParameterValues, type ParameterRange, type SpaceOptions } from './space.js';

/**
 * Sensitivity of one output of one scenario to named parameters (issue 15): local coefficients over time, Morris
 * elementary effects, or Sobol' indices at one time. Samples are drawn in this thread from the seed, evaluated on the
 * worker pool (pool.ts) and put back in order, so a result depends on the seed only, never on the worker count.
 */

export type SensitivityMethod = 'local' | 'morris' | 'sobol';
export const SENSITIVITY_METHODS: readonly SensitivityMethod[] = ['local', 'morris', 'sobol'];

export interface SensitivityProblem {
  /** A registered model name or a model object (default 'osteosim'); objects not in the registry run in this thread. */
  readonly model?: string | BoneModel;
  readonly scenario: Scenario;
  readonly parameters: readonly string[];
  /** Output to analyse (outputs.ts; default 'totalHipPct'). */
  readonly output?: string;
  /** Day of the output the global methods read, and local's headline (default: the scenario's last output day). */
  readonly atDay?: number;
  /** Parameter ranges (global methods): factor, source, ranges by name (space.ts). */
  readonly space?: SpaceOptions;
}

export interface SensitivityOptions {
  readonly method: SensitivityMethod;
  /** Sobol: base samples N (N (k + 2) runs; default 512, best a power of 2). Morris: trajectories r (r (k + 1) runs; default 20). */
  readonly samples?: number;
  /** Seed of the designs and the bootstrap (default 1). */
  readonly seed?: number;
  /** Worker threads (0: this thread; default: the machine's parallelism, or this thread for fewer than 32 runs). */
  readonly workers?: number;
  /** Sobol: bootstrap resamples (default 500). */
  readonly bootstrap?: number;
  /** Morris: grid levels (even, default 4). */
  readonly levels?: number;
  /** Local: step in ln p (default 0.01). */
  readonly step?: number;
  /** Solver options over the model's (population defaults for the global methods, single-run defaults for local). */
  readonly solver?: SimulateOptions;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export const DEFAULT_SAMPLES: Readonly<Record<Exclude<SensitivityMethod, 'local'>, number>> = { sobol: 512, morris: 20 };
export const DEFAULT_SEED = 1;
/** Below this many runs the default is this thread (workers: 0). */
const SMALL_RUN = 32;
/** Most model runs one analysis may plan. */
export const MAX_EVALUATIONS = 1_000_000;

export interface SobolRow {
  readonly parameter: string;
  readonly S1: number;
  readonly ST: number;
  readonly S1ci: readonly [number, number];
  readonly STci: readonly [number, number];
}

export interface MorrisRow {
  readonly parameter: string;
  readonly mu_star: number;
  readonly sigma: number;
  readonly mu: number;
}

export interface LocalRow {
  readonly parameter: string;
  /** ∂ ln y / ∂ ln p at `at` (null where y = 0 there). */
  readonly coefficient: number | null;
  /** ∂ y / ∂ ln p at `at`, in the output's unit. */
  readonly derivative: number | null;
  readonly difference: 'central' | 'forward' | 'backward';
  /** The coefficient at every output day (`times`). */
  readonly series: readonly (number | null)[];
}

interface Common {
  readonly output: string;
  /** Day the indices are read at. */
  readonly at: number;
  readonly model: string;
  /** The parameters with their values and (global methods) ranges. */
  readonly ranges: readonly ParameterRange[];
  /** Model runs planned, and those whose solver failed (left out of the estimates). */
  readonly evaluations: number;
  readonly failed: number;
  /** Worker threads used and wall-clock seconds (not part of the result's content: they vary run to run). */
  readonly workers: number;
  readonly seconds: number;
}

export type SensitivityResult =
  | (Common & { readonly method: 'sobol'; readonly samples: number; readonly seed: number; readonly bootstrap: number; readonly indices: readonly SobolRow[] })
  | (Common & { readonly method: 'morris'; readonly samples: number; readonly seed: number; readonly levels: number; readonly indices: readonly MorrisRow[] })
  | (Common & { readonly method: 'local'; readonly step: number; readonly times: readonly number[]; readonly indices: readonly LocalRow[] });

export async function sensitivity(problem: SensitivityProblem, options: SensitivityOptions): Promise<SensitivityResult> {
  const started = performance.now();
  const model = typeof problem.model === 'string' || problem.model === undefined ? getModel(problem.model ?? 'osteosim') : problem.model;
  const method = options.method;
  if (!SENSITIVITY_METHODS.includes(method)) inputError('method', 'unknown', `unknown method '${String(method)}' (known: ${SENSITIVITY_METHODS.join(', ')})`, { given: method });
  const output = resolveOutput(model, problem.output ?? DEFAULT_OUTPUT);
  const days = problem.scenario.days;
  if (!days || days.length === 0) inputError('scenario.days', 'required', 'at least one output day is needed');
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const at = problem.atDay ?? last;
  if (!Number.isFinite(at) || at < first || at > last + 1e-9) {
    inputError('atDay', 'range', `day ${at} is outside the scenario's output days (${first} to ${last})`, { given: at, allowed: `${first} to ${last} days` });
  }
  if (options.workers !== undefined) workerCount(options.workers);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || Math.abs(seed) > 2 ** 31 - 1) inputError('seed', 'range', `must be a whole number between -2147483647 and 2147483647, got ${String(seed)}`, { given: seed });
  const composed = model.compiled.composed;
  // The values the scenario runs with: its overrides, else what the model's prepare sets for this patient.
  const prepared = model.prepare(problem.scenario);
  const valueOf = (name: string): number => prepared.parameters[model.compiled.parameterIndex(name)]!;
  const space = parameterSpace(composed, problem.parameters, Object.fromEntries(problem.parameters.filter((n) => composed.parameters.has(n)).map((n) => [n, valueOf(n)])), problem.space);
  const names = space.map((r) => r.name);

  // Global methods read two days (the baseline of a percent change and `at`); local reads every day and `at`.
  const withAt = [...new Set([...(method === 'local' ? days : [first]), at])].sort((a, b) => a - b);
  const scenario: Scenario = { ...problem.scenario, days: withAt };
  const atIndex = withAt.indexOf(at);
  const solver = { ...(method === 'local' ? model.solverDefaults : model.populationSolverDefaults), ...options.solver };
  const job: EvaluationJob = { model: model.name, scenario, parameters: names, outputs: [output], solver };
  const run = async (sets: readonly Float64Array[]) => {
    if (sets.length > MAX_EVALUATIONS) inputError('samples', 'limit', `plans ${sets.length} model runs, more than ${MAX_EVALUATIONS}`, { given: options.samples });
    // Input errors (a conflicting override) would hit every set: find them here, before any worker starts.
    model.prepare({ ...scenario, parameters: { ...scenario.parameters, ...Object.fromEntries(names.map((n, i) => [n, sets[0]![i]!])) } });
    // Starting workers costs seconds: a default pool only for enough runs to repay it.
    const workers = options.workers ?? (sets.length < SMALL_RUN ? 0 : workerCount(undefined));
    return evaluateSets(job, sets, model, { workers, ...(options.onProgress && { onProgress: options.onProgress }), ...(options.signal && { signal: options.signal }) });
  };
  const common = { output: output.name, at, model: model.name, ranges: space };
  const seconds = (): number => (performance.now() - started) / 1000;

  if (method === 'local') {
    const plan = localPlan(names, names.map(valueOf), names.map((n) => ({ min: composed.parameters.get(n)!.def.min ?? 0, max: composed.parameters.get(n)!.def.max ?? Infinity })), options.step ?? DEFAULT_LOCAL_STEP);
    const evals = await run(plan.sets);
    const h = plan.step;
    const indices: LocalRow[] = names.map((parameter, i) => {
      const hp = plan.difference[i] === 'backward' ? 0 : h;
      const hm = plan.difference[i] === 'forward' ? 0 : h;
      const yp = evals.series[plan.plus[i]!]!;
      const ym = evals.series[plan.minus[i]!]!;
      const y0 = evals.series[0]!;
      const series = withAt.map((_, t) => logCoefficient(ym[t]!, y0[t]!, yp[t]!, hm, hp));
      return { parameter, coefficient: series[atIndex]!, derivative: logDerivative(ym[atIndex]!, yp[atIndex]!, hm, hp), difference: plan.difference[i]!, series };
    });
    return { method, ...common, step: h, times: withAt, indices, evaluations: plan.sets.length, failed: countFailed(evals.failures), workers: evals.workers, seconds: seconds() };
  }

  const samples = options.samples ?? DEFAULT_SAMPLES[method];
  if (!Number.isInteger(samples) || samples < 2) inputError('samples', 'range', `must be a whole number >= 2, got ${String(samples)}`, { given: samples, allowed: '>= 2' });
  const k = names.length;
  if (method === 'morris') {
    const levels = options.levels ?? DEFAULT_MORRIS_LEVELS;
    if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) inputError('levels', 'range', `must be an even whole number >= 2, got ${String(levels)}`, { given: levels });
    if (samples * (k + 1) > MAX_EVALUATIONS) inputError('samples', 'limit', `plans ${samples * (k + 1)} model runs, more than ${MAX_EVALUATIONS}`, { given: samples });
    const design = morrisDesign(k, samples, seed, levels);
    const evals = await run(toParameterValues(space, design.points));
    const y = evals.series.map((s) => s[atIndex]!);
    const indices = morrisIndices(design, y).map((m, i) => ({ parameter: names[i]!, mu_star: m.mu_star, sigma: m.sigma, mu: m.mu }));
    return { method, ...common, samples, seed, levels, indices, evaluations: design.points.length, failed: countFailed(evals.failures), workers: evals.workers, seconds: seconds() };
  }
  if (samples * (k + 2) > MAX_EVALUATIONS) inputError('samples', 'limit', `plans ${samples * (k + 2)} model runs, more than ${MAX_EVALUATIONS}`, { given: samples });
  const bootstrap = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const design = saltelliDesign(k, samples, seed);
  const evals = await run(toParameterValues(space, design.points));
  const y = evals.series.map((s) => s[atIndex]!);
  const { indices } = sobolIndices(design, y, { bootstrap, seed });
  return {
    method,
    ...common,
    samples,
    seed,
    bootstrap,
    indices: indices.map((s, i) => ({ parameter: names[i]!, ...s })),
    evaluations: design.points.length,
    failed: countFailed(evals.failures),
    workers: evals.workers,
    seconds: seconds(),
  };
}

const countFailed = (failures: readonly string[]): number => failures.filter((f) => f !== '').length;

/**
 * The result as JSON data, without what varies from run to run (workers, seconds): `{method, output, at, indices}`
 * first, then the run's settings and parameter ranges.
 */
export function sensitivityJson(result: SensitivityResult, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const { workers: _w, seconds: _s, method, output, at, indices, ...rest } = result;
  return { method, output, at, indices, ...extra, ...rest };
}
