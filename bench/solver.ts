/**
 * Solver benchmark on the five stiff reference problems (bench/stiff/stiff-problems.md).
 *   npm run --silent bench:solver -- --json [--rtol R] [--atol A] [--reps N] [--problem NAME] [--method rodas5p|dopri5]
 * With --json: one JSON object per line {"problem","method","rtol","atol","steps","rhs","jac","us","y"}, where `us` is
 * the median wall time per solve in microseconds after warm-up. Without: a table with significant correct digits.
 */
import { parseArgs } from 'node:util';
import { compileModel, simulate, type Method } from '../src/engine/index.js';
import { significantDigits, STIFF_PROBLEMS } from './stiff/problems.js';

export interface SolverBenchRow {
  problem: string;
  method: Method;
  rtol: number;
  atol: number;
  steps: number;
  rhs: number;
  jac: number;
  us: number;
  y: number[];
  scd: number;
}

export function runSolverBench(opts: { rtol: number; atol: number; reps: number; problem?: string; method: Method }): SolverBenchRow[] {
  const problems = STIFF_PROBLEMS.filter((p) => opts.problem === undefined || p.name === opts.problem);
  if (problems.length === 0) {
    throw new Error(`unknown problem '${opts.problem}' (known: ${STIFF_PROBLEMS.map((p) => p.name).join(', ')})`);
  }
  return problems.map((pr) => {
    const model = compileModel(pr.model);
    const y0 = Float64Array.from(pr.y0);
    const solve = () =>
      simulate(model, { initialState: y0, t0: 0, times: [pr.tEnd], options: { method: opts.method, rtol: opts.rtol, atol: opts.atol, maxSteps: 10_000_000 } });
    // Warm-up until the JIT has settled: at least 5 solves and 200 ms.
    const warmStart = performance.now();
    for (let i = 0; i < 5 || performance.now() - warmStart < 200; i++) solve();
    const samples: number[] = [];
    let last = solve();
    for (let r = 0; r < opts.reps; r++) {
      const t0 = performance.now();
      last = solve();
      samples.push((performance.now() - t0) * 1000);
    }
    samples.sort((a, b) => a - b);
    const mid = samples.length >> 1;
    const us = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
    const y = Array.from(last.finalState);
    return {
      problem: pr.name,
      method: opts.method,
      rtol: opts.rtol,
      atol: opts.atol,
      steps: last.stats.steps,
      rhs: last.stats.rhs,
      jac: last.stats.jac,
      us: Number(us.toFixed(2)),
      y,
      scd: significantDigits(y, pr.reference),
    };
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      rtol: { type: 'string', default: '1e-6' },
      atol: { type: 'string', default: '1e-10' },
      reps: { type: 'string', default: '50' },
      problem: { type: 'string' },
      method: { type: 'string', default: 'rodas5p' },
    },
  });
  const num = (s: string, name: string): number => {
    const v = Number(s);
    if (!(v > 0) || !Number.isFinite(v)) {
      console.error(`--${name} must be a positive number, got '${s}'`);
      process.exit(2);
    }
    return v;
  };
  const method = values.method as Method;
  if (method !== 'rodas5p' && method !== 'dopri5') {
    console.error(`--method must be rodas5p or dopri5, got '${values.method}'`);
    process.exit(2);
  }
  const reps = Math.round(num(values.reps!, 'reps'));
  let rows: SolverBenchRow[];
  try {
    rows = runSolverBench({ rtol: num(values.rtol!, 'rtol'), atol: num(values.atol!, 'atol'), reps, problem: values.problem, method });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (values.json) {
    for (const { scd: _scd, ...row } of rows) console.log(JSON.stringify(row));
    return;
  }
  console.log(`osteosim solver benchmark: ${method}, rtol ${values.rtol}, atol ${values.atol}, median of ${reps} solves after warm-up`);
  console.log('problem  steps    rhs    jac    us/solve   scd');
  for (const r of rows) {
    console.log(
      `${r.problem.padEnd(8)} ${String(r.steps).padStart(5)} ${String(r.rhs).padStart(6)} ${String(r.jac).padStart(6)} ${r.us.toFixed(1).padStart(11)} ${r.scd.toFixed(2).padStart(5)}`,
    );
  }
  console.log('scd: significant correct digits against the reference end state (bench/stiff/stiff-reference.json).');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
