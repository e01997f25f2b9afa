/**
 * Where the stiff solver's time goes on osteosim, timed in one run.
 *   npx tsx bench/sparse.ts [--json] [--reps N] [--rtol R] [--case all|sparse|codegen]
 *
 * sparse: sparse against dense LU in rodas5p on osteosim (a 72-year-old woman on denosumab 60 mg every 182.625 days
 * x 6 with calcium and vitamin D, monthly outputs over 3 years, simulated from the young steady state) and the five
 * stiff reference problems. Per case: the median wall time of one solve with options.linearSolver 'dense' and
 * 'sparse' (samples interleaved, after warm-up), their ratio sparse / dense, what 'auto' picks, the sparse plan's
 * sizes, the dense fallbacks, and the largest difference between the two solutions (relative, or absolute below
 * 1e-6). Scenario preparation (the young steady state) is not timed.
 *
 * codegen: the optimised generated code (parameter-only quantities in a per-parameter-vector cache, shared
 * subexpressions once, cheap powers) against the reference code of compileModel(model, { optimize: false }) on a
 * virtual-trial patient (the same woman without calcium, denosumab x 6, outputs at days 0, 365, 730, 1095, trial
 * tolerances). Per generated function: the median time per call over the (t, y) of every call one trial solve makes,
 * and the calls per patient; per patient: prepareScenario plus simulate as simulateOsteosim runs them (the young
 * steady state inside prepareScenario uses the optimised model in both columns).
 */
import { parseArgs } from 'node:util';
import {
  compileModel,
  simulate,
  sparseLu,
  type CachedVectorFn,
  type CompiledModel,
  type ModelKernels,
  type SimulateInput,
  type SimulationResult,
} from '../src/engine/index.js';
import { osteosimModel, OSTEOSIM_OUTPUTS, OSTEOSIM_SOLVER_OPTIONS, OSTEOSIM_TRIAL_SOLVER_OPTIONS, prepareScenario } from '../src/model/osteosim/index.js';
import type { Scenario } from '../src/model/scenario.js';
import { STIFF_PROBLEMS } from './stiff/problems.js';

export interface SparseBenchRow {
  readonly problem: string;
  readonly n: number;
  /** Structural nonzeros of J, of W = I/(h gamma) - J, and of its sparse factors (fill included). */
  readonly nnzJ: number;
  readonly nnzLU: number;
  readonly ordering: string;
  /** What options.linearSolver 'auto' uses. */
  readonly auto: 'dense' | 'sparse';
  readonly steps: number;
  readonly luFallbacks: number;
  readonly denseUs: number;
  readonly sparseUs: number;
  /** sparseUs / denseUs. */
  readonly ratio: number;
  /** Largest |sparse - dense| / max(|dense|, 1e-6) over every output (states near zero count absolutely). */
  readonly maxRelDiff: number;
}

const YEAR = 365.25;

/** The osteosim case of the brief: denosumab Q6M x 6 plus calcium and vitamin D from 72 years, monthly for 3 years. */
export const DENOSUMAB_WOMAN: Scenario = {
  patient: { species: 'woman', ageYears: 72 },
  regimens: [
    { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 },
    { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 6 },
  ],
  days: Array.from({ length: 37 }, (_, k) => (k * YEAR) / 12),
};

interface Case {
  readonly name: string;
  readonly model: CompiledModel;
  readonly input: SimulateInput;
}

function cases(rtol: number): Case[] {
  const prepared = prepareScenario(DENOSUMAB_WOMAN);
  const osteo: Case = {
    name: 'osteosim',
    model: osteosimModel,
    input: {
      parameters: prepared.parameters,
      initialState: prepared.initialState,
      t0: prepared.t0,
      times: prepared.times,
      events: prepared.events,
      derived: ['BMD_TH'],
      options: { ...OSTEOSIM_SOLVER_OPTIONS, rtol },
    },
  };
  const stiff = STIFF_PROBLEMS.map(
    (pr): Case => ({
      name: pr.name,
      model: compileModel(pr.model),
      input: { initialState: Float64Array.from(pr.y0), t0: 0, times: [pr.tEnd], options: { rtol, atol: 1e-10, maxSteps: 10_000_000 } },
    }),
  );
  return [osteo, ...stiff];
}

const median = (samples: number[]): number => {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export function runSparseBench(opts: { reps: number; rtol: number }): SparseBenchRow[] {
  return cases(opts.rtol).map(({ name, model, input }) => {
    const solve = (linearSolver: 'dense' | 'sparse' | 'auto'): SimulationResult =>
      simulate(model, { ...input, options: { ...input.options, linearSolver } });
    // Warm-up of both paths until the JIT has settled: at least 5 solves each and 300 ms.
    const warmStart = performance.now();
    for (let i = 0; i < 5 || performance.now() - warmStart < 300; i++) {
      solve('dense');
      solve('sparse');
    }
    const dense: number[] = [];
    const sparse: number[] = [];
    let lastDense = solve('dense');
    let lastSparse = solve('sparse');
    for (let r = 0; r < opts.reps; r++) {
      let t0 = performance.now();
      lastDense = solve('dense');
      dense.push((performance.now() - t0) * 1000);
      t0 = performance.now();
      lastSparse = solve('sparse');
      sparse.push((performance.now() - t0) * 1000);
    }
    const plan = sparseLu(model.jacobianPattern);
    let maxRelDiff = 0;
    lastDense.values.forEach((v, i) => {
      maxRelDiff = Math.max(maxRelDiff, Math.abs(lastSparse.values[i]! - v) / Math.max(Math.abs(v), 1e-6));
    });
    const denseUs = median(dense);
    const sparseUs = median(sparse);
    return {
      problem: name,
      n: model.n,
      nnzJ: model.jacobianPattern.rowPtr[model.n]!,
      nnzLU: plan.nnz,
      ordering: plan.ordering,
      auto: plan.worthwhile ? 'sparse' : 'dense',
      steps: lastSparse.stats.steps,
      luFallbacks: lastSparse.stats.luFallbacks,
      denseUs: Number(denseUs.toFixed(1)),
      sparseUs: Number(sparseUs.toFixed(1)),
      ratio: Number((sparseUs / denseUs).toFixed(3)),
      maxRelDiff,
    };
  });
}

/** The rows as a table. */
export function sparseBenchTable(rows: readonly SparseBenchRow[]): string {
  const lines = ['problem    n  nnz(J) nnz(LU) ordering        auto    steps fallbacks   dense us  sparse us  sparse/dense  max rel diff'];
  for (const r of rows) {
    lines.push(
      `${r.problem.padEnd(8)} ${String(r.n).padStart(3)} ${String(r.nnzJ).padStart(7)} ${String(r.nnzLU).padStart(7)} ${r.ordering.padEnd(15)} ${r.auto.padEnd(6)} ` +
        `${String(r.steps).padStart(6)} ${String(r.luFallbacks).padStart(9)} ${r.denseUs.toFixed(1).padStart(10)} ${r.sparseUs.toFixed(1).padStart(10)} ` +
        `${r.ratio.toFixed(3).padStart(13)} ${r.maxRelDiff.toExponential(1).padStart(13)}`,
    );
  }
  return lines.join('\n');
}

/** The virtual-trial patient of the codegen case. */
export const TRIAL_PATIENT: Scenario = {
  patient: { species: 'woman', ageYears: 72 },
  regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 6 }],
  days: [0, 365, 730, 1095],
};

export interface CodegenBenchRow {
  /** A generated function, or 'trial patient'. */
  readonly what: string;
  /** Calls per trial patient (1 for the patient row). */
  readonly calls: number;
  /** Median us per call with the reference and with the optimised code. */
  readonly referenceUs: number;
  readonly optimizedUs: number;
  /** referenceUs / optimizedUs. */
  readonly speedUp: number;
}

export interface CodegenBench {
  readonly rows: readonly CodegenBenchRow[];
  /** Slots of osteosim's parameter cache and the us to fill it (once per parameter vector). */
  readonly cacheSize: number;
  readonly precomputeUs: number;
  /** Largest relative difference of the patient's outputs (states and recorded quantities), optimised vs reference. */
  readonly maxRelDiff: number;
}

type KernelName = keyof ModelKernels;
const KERNELS: readonly KernelName[] = ['rhs', 'jacobianValues', 'dfdt', 'derivedValues'];

export function runCodegenBench(opts: { reps: number }): CodegenBench {
  const optimized = osteosimModel;
  const reference = compileModel(osteosimModel.composed, { optimize: false });
  const derived = Object.values(OSTEOSIM_OUTPUTS).filter((q) => optimized.derivedNames.includes(q));
  const input = (prepared: ReturnType<typeof prepareScenario>): SimulateInput => ({
    parameters: prepared.parameters,
    initialState: prepared.initialState,
    t0: prepared.t0,
    times: prepared.times,
    events: prepared.events,
    derived,
    options: OSTEOSIM_TRIAL_SOLVER_OPTIONS,
  });
  const prepared = prepareScenario(TRIAL_PATIENT);

  // The arguments of every generated-function call of one trial solve (parameter vectors shared by content).
  const calls = new Map<KernelName, { t: number; y: Float64Array; p: Float64Array }[]>(KERNELS.map((k) => [k, []]));
  const parameterSets: Float64Array[] = [];
  const shared = (p: Float64Array): Float64Array => {
    const hit = parameterSets.find((q) => q.every((v, i) => Object.is(v, p[i])));
    if (hit) return hit;
    parameterSets.push(p.slice());
    return parameterSets.at(-1)!;
  };
  const recording = (name: KernelName): CachedVectorFn => (t, y, p, c, out) => {
    calls.get(name)!.push({ t, y: y.slice(), p: shared(p) });
    optimized.kernels[name](t, y, p, c, out);
  };
  const recorder: CompiledModel = { ...optimized, kernels: { ...optimized.kernels, ...Object.fromEntries(KERNELS.map((k) => [k, recording(k)])) } };
  simulate(recorder, input(prepared));

  const rows: CodegenBenchRow[] = [];
  const timePerCall = (run: () => void, count: number): number => {
    const t0 = performance.now();
    run();
    return ((performance.now() - t0) * 1000) / count;
  };
  const compare = (what: string, count: number, ref: () => void, opt: () => void, perCall: number): void => {
    const warmStart = performance.now();
    for (let i = 0; i < 3 || performance.now() - warmStart < 200; i++) {
      ref();
      opt();
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < opts.reps; r++) {
      a.push(timePerCall(ref, perCall));
      b.push(timePerCall(opt, perCall));
    }
    const referenceUs = median(a);
    const optimizedUs = median(b);
    rows.push({ what, calls: count, referenceUs: Number(referenceUs.toFixed(4)), optimizedUs: Number(optimizedUs.toFixed(4)), speedUp: Number((referenceUs / optimizedUs).toFixed(2)) });
  };
  const caches = new Map(parameterSets.map((p) => [p, optimized.parameterCache(p)]));
  const none = new Float64Array(0);
  for (const name of KERNELS) {
    const list = calls.get(name)!;
    if (list.length === 0) continue;
    const size = name === 'jacobianValues' ? optimized.jacobianPattern.rowPtr[optimized.n]! : name === 'derivedValues' ? optimized.derivedNames.length : optimized.n;
    const out = new Float64Array(size);
    const ts = Float64Array.from(list, (c) => c.t);
    const ys = list.map((c) => c.y);
    const ps = list.map((c) => c.p);
    // Many passes over the recorded calls per sample, so that one sample lasts about a millisecond.
    const passes = Math.max(1, Math.round(2000 / list.length));
    const over = (fn: CachedVectorFn, cs: readonly Float64Array[]): (() => void) => {
      const loop = timingLoop('fn(ts[i], ys[i], ps[i], cs[i], out)');
      return () => loop(fn, ts, ys, ps, cs, out, passes);
    };
    compare(name, list.length, over(reference.kernels[name], ps.map(() => none)), over(optimized.kernels[name], ps.map((p) => caches.get(p)!)), passes * list.length);
    if (name === 'rhs') {
      // The plain entry point (t, y, p, out) of the optimised model fills the cache on every call.
      const plain = (fn: CompiledModel['rhs']): (() => void) => {
        const loop = timingLoop('fn(ts[i], ys[i], ps[i], out)');
        return () => loop(fn, ts, ys, ps, [], out, passes);
      };
      compare('rhs, plain (t, y, p)', list.length, plain(reference.rhs), plain(optimized.rhs), passes * list.length);
    }
  }

  let refRun: SimulationResult | undefined;
  let optRun: SimulationResult | undefined;
  compare(
    'trial patient',
    1,
    () => (refRun = simulate(reference, input(prepareScenario(TRIAL_PATIENT)))),
    () => (optRun = simulate(optimized, input(prepareScenario(TRIAL_PATIENT)))),
    1,
  );
  let maxRelDiff = 0;
  const diff = (a: Float64Array, b: Float64Array): void =>
    b.forEach((v, i) => {
      if (a[i] !== v) maxRelDiff = Math.max(maxRelDiff, Math.abs(a[i]! - v) / Math.abs(v));
    });
  diff(optRun!.values, refRun!.values);
  diff(optRun!.derivedValues, refRun!.derivedValues);

  const cache = new Float64Array(optimized.cacheSize);
  const fill = (): void => {
    for (let k = 0; k < 1000; k++) optimized.precompute(prepared.parameters, cache);
  };
  fill();
  const precomputeUs = median(Array.from({ length: opts.reps }, () => timePerCall(fill, 1000)));
  return { rows, cacheSize: optimized.cacheSize, precomputeUs: Number(precomputeUs.toFixed(3)), maxRelDiff };
}

type TimingLoop = (fn: unknown, ts: Float64Array, ys: readonly Float64Array[], ps: readonly Float64Array[], cs: readonly Float64Array[], out: Float64Array, passes: number) => void;

/**
 * A loop calling `fn` over recorded arguments, compiled as a function of its own: its call site sees one generated
 * function, as the solver's does, and no loop's type feedback leaks into another's.
 */
function timingLoop(call: string): TimingLoop {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('fn', 'ts', 'ys', 'ps', 'cs', 'out', 'passes', `"use strict";\nfor (let k = 0; k < passes; k++) for (let i = 0; i < ts.length; i++) ${call};`) as TimingLoop;
}

/** The codegen rows as a table. */
export function codegenBenchTable(bench: CodegenBench): string {
  const lines = ['function                 calls/patient  reference us  optimised us  speed-up'];
  for (const r of bench.rows) {
    const digits = r.what === 'trial patient' ? 0 : 3;
    lines.push(
      `${r.what.padEnd(24)} ${String(r.calls).padStart(13)} ${r.referenceUs.toFixed(digits).padStart(13)} ${r.optimizedUs.toFixed(digits).padStart(13)} ${r.speedUp.toFixed(2).padStart(9)}`,
    );
  }
  lines.push(`parameter cache: ${bench.cacheSize} slots, filled in ${bench.precomputeUs.toFixed(3)} us; outputs differ from the reference by ${bench.maxRelDiff.toExponential(1)} relative at most`);
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      reps: { type: 'string', default: '41' },
      rtol: { type: 'string', default: '1e-6' },
      case: { type: 'string', default: 'all' },
    },
  });
  const reps = Number(values.reps);
  const rtol = Number(values.rtol);
  if (!Number.isInteger(reps) || reps < 1) {
    console.error(`--reps must be a whole number >= 1, got '${values.reps}'`);
    process.exit(2);
  }
  if (!(rtol > 0) || !Number.isFinite(rtol)) {
    console.error(`--rtol must be a positive number, got '${values.rtol}'`);
    process.exit(2);
  }
  const which = values.case;
  if (which !== 'all' && which !== 'sparse' && which !== 'codegen') {
    console.error(`--case must be all, sparse or codegen, got '${which}'`);
    process.exit(2);
  }
  if (which !== 'codegen') {
    const rows = runSparseBench({ reps, rtol });
    if (values.json) for (const row of rows) console.log(JSON.stringify(row));
    else {
      console.log(`Sparse vs dense LU in rodas5p (rtol ${values.rtol}; median us per solve of ${reps} interleaved solves after warm-up)`);
      console.log(sparseBenchTable(rows));
    }
  }
  if (which !== 'sparse') {
    const bench = runCodegenBench({ reps });
    if (values.json) for (const row of bench.rows) console.log(JSON.stringify(row));
    else {
      if (which === 'all') console.log('');
      console.log(`Generated code on a trial patient, optimised vs reference (median us per call of ${reps} interleaved samples after warm-up)`);
      console.log(codegenBenchTable(bench));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
