import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileModel,
  densePattern,
  ModelError,
  RODAS5P,
  RosenbrockStepper,
  simulate,
  sparseLu,
  sparsityPattern,
  type CompiledModel,
  type LinearSolver,
  type OdeSystem,
  type SparsityPattern,
} from '../../src/engine/index.js';
import type { Expr } from '../../src/engine/expr/ast.js';
import { parseExpr } from '../../src/engine/expr/parse.js';
import { luFactor, luSolve } from '../../src/engine/linalg.js';
import { denseIterationMatrix } from '../../src/engine/sparse.js';
import { simulateScenario } from '../../src/model/index.js';
import { osteosim, osteosimModel } from '../../src/model/osteosim/index.js';
import { percentChange, type Scenario } from '../../src/model/scenario.js';
import { STIFF_PROBLEMS } from '../../bench/stiff/problems.js';

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random pattern (each off-diagonal entry with probability `density`, the diagonal with probability 1/2) and values. */
function randomJacobian(n: number, density: number, seed: number): { pattern: SparsityPattern; jv: Float64Array } {
  const r = rng(seed);
  const entries: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i === j ? r() < 0.5 : r() < density) entries.push([i, j]);
  const pattern = sparsityPattern(n, entries);
  const jv = Float64Array.from({ length: entries.length }, () => 2 * r() - 1);
  return { pattern, jv };
}

/** Dense W = d I - J and its LU with partial pivoting. */
function denseSolve(pattern: SparsityPattern, jv: Float64Array, d: number, b: Float64Array): { ok: boolean; x: Float64Array; w: Float64Array } {
  const n = pattern.n;
  const w = new Float64Array(n * n);
  denseIterationMatrix(pattern, jv, d, w);
  const lu = w.slice();
  const piv = new Int32Array(n);
  const x = b.slice();
  const ok = luFactor(lu, n, piv);
  if (ok) luSolve(lu, n, piv, x);
  return { ok, x, w };
}

const maxAbs = (v: ArrayLike<number>): number => Array.from(v).reduce((m, x) => Math.max(m, Math.abs(x)), 0);

function residual(w: Float64Array, x: Float64Array, b: Float64Array): number {
  const n = x.length;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    let s = -b[i]!;
    for (let j = 0; j < n; j++) s += w[i * n + j]! * x[j]!;
    worst = Math.max(worst, Math.abs(s));
  }
  return worst;
}

describe('Jacobian sparsity pattern', () => {
  const withDerived = compileModel('derived-chain', [
    {
      name: 'chain',
      states: { A: { unit: '1', initial: 1 }, B: { unit: '1', initial: 0.5 }, C: { unit: '1', initial: 0.2 }, D: { unit: '1', initial: 3 } },
      derived: { drive: 'hill(B, 0.7, 2) * (1 + 0.5 * sin(0.2 * t))', load: 'drive * C / (1 + A)', gate: 'piecewise(1, t > 2, 0.25)' },
      rates: { A: '-0.3 * A + load', B: '0.2 * gate - 0.1 * B * D', C: '0.05 * A - 0.05 * C', D: '-0.01 * D' },
    },
  ]);
  const models: CompiledModel[] = [withDerived, osteosimModel, ...STIFF_PROBLEMS.map((p) => compileModel(p.model))];

  it.each(models.map((m) => [m.name, m] as const))('%s: the dense Jacobian is zero off the pattern and jacobianValues is the same Jacobian on it', (_name, m) => {
    const r = rng(7);
    const n = m.n;
    const p = m.defaultParameters();
    const y = m.initialState(p).map((v) => v * (0.5 + r()) + 0.01 * r());
    const J = new Float64Array(n * n).fill(Number.NaN);
    m.jacobian(3, y, p, J);
    const { rowPtr, colIdx } = m.jacobianPattern;
    const values = new Float64Array(rowPtr[n]!);
    m.jacobianValues(3, y, p, values);
    const onPattern = new Uint8Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) {
        if (e > rowPtr[i]!) expect(colIdx[e]!).toBeGreaterThan(colIdx[e - 1]!);
        onPattern[i * n + colIdx[e]!] = 1;
        expect(Object.is(values[e], J[i * n + colIdx[e]!])).toBe(true);
      }
    }
    for (let q = 0; q < n * n; q++) if (!onPattern[q]) expect(J[q]).toBe(0);
  });

  it('lists exactly the states each rate reads (through derived quantities, outside conditions); osteosim under 10 % dense', () => {
    for (const m of models) expect(readPattern(m), m.name).toEqual(patternEntries(m));
    const { n, jacobianPattern } = osteosimModel;
    expect(n).toBeGreaterThan(40);
    expect(jacobianPattern.rowPtr[n]).toBeLessThan(0.1 * n * n);
    // A rate that does not read a state has no entry for it.
    const m = compileModel('two', [{ name: 't', states: { x: { unit: '1', initial: 1 }, y: { unit: '1', initial: 1 } }, rates: { x: '-x', y: 'x - y * y' } }]);
    expect(Array.from(m.jacobianPattern.rowPtr)).toEqual([0, 1, 3]);
    expect(Array.from(m.jacobianPattern.colIdx)).toEqual([0, 0, 1]);
    // A state read only in a condition has no entry either: the derivative of piecewise is the piecewise of the derivatives.
    const gated = compileModel('gated', [{ name: 'g', states: { x: { unit: '1', initial: 1 }, y: { unit: '1', initial: 1 } }, rates: { x: '-x', y: 'piecewise(-y, x > 2, 0)' } }]);
    expect(patternEntries(gated)).toEqual(['x<-x', 'y<-y']);
    expect(readPattern(gated)).toEqual(patternEntries(gated));
  });
});

/** The Jacobian pattern as sorted 'row<-column' state names. */
function patternEntries(m: CompiledModel): string[] {
  const { rowPtr, colIdx } = m.jacobianPattern;
  const out: string[] = [];
  for (let i = 0; i < m.n; i++) for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) out.push(`${m.stateNames[i]}<-${m.stateNames[colIdx[e]!]}`);
  return out.sort();
}

/**
 * The pattern built without differentiating: rate i has an entry for state j when one of its terms reads j, directly or
 * through derived quantities, anywhere but in a piecewise condition (conditions select a branch and have no
 * derivative). Built from the composed model's expression text, independently of the compiler's symbolic Jacobian.
 */
function readPattern(m: CompiledModel): string[] {
  const { states, derived, rates } = m.composed;
  const values = (e: Expr, into: Set<string>): Set<string> => {
    if (e.kind === 'piecewise') {
      for (const piece of e.pieces) values(piece.value, into);
      return values(e.otherwise, into);
    }
    if (e.kind === 'cmp' || e.kind === 'logic' || e.kind === 'not') return into;
    if (e.kind === 'var') into.add(e.name);
    else if (e.kind === 'neg') values(e.arg, into);
    else if (e.kind === 'bin') values(e.right, values(e.left, into));
    else if (e.kind === 'call') for (const a of e.args) values(a, into);
    return into;
  };
  const statesRead = (expr: string, seen: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const name of values(parseExpr(expr), new Set())) {
      if (states.has(name)) out.add(name);
      const d = derived.get(name);
      if (d && !seen.has(name)) for (const s of statesRead(d.def.expr, seen.add(name))) out.add(s);
    }
    return out;
  };
  return m.stateNames.flatMap((s) => [...statesRead((rates.get(s) ?? []).map((term) => `(${term.expr})`).join(' + ') || '0', new Set())].map((j) => `${s}<-${j}`)).sort();
}

describe('sparse LU against dense LU with partial pivoting', () => {
  const kernels = ['generated', 'interpreted'] as const;

  it('solves diagonally dominant random sparse systems like dense LU, both kernels bit for bit alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.4, noNaN: true }), fc.integer(), (n, density, seed) => {
        const { pattern, jv } = randomJacobian(n, density, seed);
        const d = n + 1.5;
        const b = Float64Array.from({ length: n }, (_, i) => Math.sin(i + seed));
        const dense = denseSolve(pattern, jv, d, b);
        const results = kernels.map((kernel) => {
          const plan = sparseLu(pattern, { kernel });
          const lu = new Float64Array(plan.nnz);
          expect(plan.factor(jv, d, lu)).toBe(-1);
          const x = b.slice();
          plan.solve(lu, x, new Float64Array(n));
          return x;
        });
        expect(Array.from(results[0]!)).toEqual(Array.from(results[1]!));
        const scale = maxAbs(dense.x);
        results[0]!.forEach((v, i) => expect(Math.abs(v - dense.x[i]!)).toBeLessThanOrEqual(1e-13 * scale));
      }),
      { seed: 20240611, numRuns: 200 },
    );
  });

  it('on any random system either solves it (small residual) or names a failed pivot', () => {
    let failed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.double({ min: 0.05, max: 0.6, noNaN: true }), fc.integer(), fc.double({ min: -2, max: 2, noNaN: true }), (n, density, seed, d) => {
        const { pattern, jv } = randomJacobian(n, density, seed);
        const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i - seed));
        const dense = denseSolve(pattern, jv, d, b);
        const plan = sparseLu(pattern);
        const lu = new Float64Array(plan.nnz);
        const result = plan.factor(jv, d, lu);
        if (result >= 0) {
          failed++;
          expect(result).toBeLessThan(n);
          return;
        }
        const x = b.slice();
        plan.solve(lu, x, new Float64Array(n));
        if (!dense.ok) return;
        if (x.every(Number.isFinite)) {
          // Backward stable like dense LU (threshold pivoting bounds the growth).
          expect(residual(dense.w, x, b)).toBeLessThanOrEqual(1e-8 * (maxAbs(dense.w) * maxAbs(x) + maxAbs(b)));
        } else {
          // Overflow only where the matrix is numerically singular and dense LU's solution overflows or is huge too.
          expect(!dense.x.every(Number.isFinite) || maxAbs(dense.x) > 1e100).toBe(true);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
    // Some of these matrices have small or zero pivots in any fixed order.
    expect(failed).toBeGreaterThan(0);
  });

  it('reports a zero pivot in its fixed order, where dense LU with pivoting still solves', () => {
    // W = d I - J with d = 0 is the cyclic permutation matrix: every diagonal entry is zero.
    const n = 4;
    const pattern = sparsityPattern(n, [[0, 1], [1, 2], [2, 3], [3, 0]]);
    const jv = Float64Array.from([-1, -1, -1, -1]);
    const plan = sparseLu(pattern);
    expect(plan.factor(jv, 0, new Float64Array(plan.nnz))).toBeGreaterThanOrEqual(0);
    const b = Float64Array.from([1, 2, 3, 4]);
    const dense = denseSolve(pattern, jv, 0, b);
    expect(dense.ok).toBe(true);
    expect(Array.from(dense.x)).toEqual([4, 1, 2, 3]);
  });

  it('orders one-directional chains without fill', () => {
    // A depot -> central -> effect chain feeding a dense 3 x 3 core, and a core fed back by nothing.
    const entries: [number, number][] = [[1, 0], [2, 1], [3, 2], [4, 3], [3, 4], [5, 3], [5, 4], [4, 5], [3, 5]];
    const pattern = sparsityPattern(6, entries);
    const plan = sparseLu(pattern);
    expect(plan.nnz).toBe(plan.nnzW);
    expect(plan.nnzW).toBe(entries.length + 6);
  });

  it('runs large patterns through the interpreted kernel', () => {
    const n = 400;
    const entries: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = Math.max(0, i - 4); j <= Math.min(n - 1, i + 4); j++) entries.push([i, j]);
    const pattern = sparsityPattern(n, entries);
    const plan = sparseLu(pattern);
    expect(plan.kernel).toBe('interpreted');
    const r = rng(3);
    const jv = Float64Array.from({ length: entries.length }, () => r() - 0.5);
    const b = Float64Array.from({ length: n }, () => r());
    const lu = new Float64Array(plan.nnz);
    expect(plan.factor(jv, 10, lu)).toBe(-1);
    const x = b.slice();
    plan.solve(lu, x, new Float64Array(n));
    const dense = denseSolve(pattern, jv, 10, b);
    x.forEach((v, i) => expect(Math.abs(v - dense.x[i]!)).toBeLessThan(1e-13 * maxAbs(dense.x)));
  });

  it('chooses itself only where the pattern pays: osteosim and POLLU, not the 2- and 3-state problems', () => {
    expect(sparseLu(osteosimModel.jacobianPattern).worthwhile).toBe(true);
    const worth = Object.fromEntries(STIFF_PROBLEMS.map((p) => [p.name, sparseLu(compileModel(p.model).jacobianPattern).worthwhile]));
    expect(worth).toMatchObject({ rober: false, orego: false, vdpol: false, pollu: true });
    expect(sparseLu(densePattern(20)).worthwhile).toBe(false);
  });
});

/** The simulate() system of a compiled model at its default parameters, with or without its sparse Jacobian. */
function systemOf(m: CompiledModel, withPattern: boolean): OdeSystem {
  const p = m.defaultParameters();
  return {
    n: m.n,
    autonomous: !m.timeDependent,
    rhs: (t, y, dy) => m.rhs(t, y, p, dy),
    jacobian: (t, y, J) => m.jacobian(t, y, p, J),
    ...(withPattern ? { sparseJacobian: { pattern: m.jacobianPattern, values: (t: number, y: Float64Array, v: Float64Array) => m.jacobianValues(t, y, p, v) } } : {}),
    dfdt: (t, y, out) => m.dfdt(t, y, p, out),
    stateName: (i) => m.stateNames[i]!,
  };
}

describe('rodas5p with sparse and dense linear algebra', () => {
  const solve = (m: CompiledModel, y0: readonly number[], tEnd: number, rtol: number, linearSolver: LinearSolver) =>
    simulate(m, { initialState: Float64Array.from(y0), t0: 0, times: [0, tEnd / 10, tEnd], options: { rtol, atol: rtol * 1e-4, maxSteps: 10_000_000, linearSolver } });

  for (const pr of STIFF_PROBLEMS) {
    it(`gives the same solution to round-off on ${pr.name}`, () => {
      const m = compileModel(pr.model);
      for (const rtol of [1e-6, 1e-9]) {
        const dense = solve(m, pr.y0, pr.tEnd, rtol, 'dense');
        const sparse = solve(m, pr.y0, pr.tEnd, rtol, 'sparse');
        expect(sparse.stats.steps).toBe(dense.stats.steps);
        expect(sparse.stats.rejected).toBe(dense.stats.rejected);
        expect(dense.stats.luFallbacks).toBe(0);
        dense.values.forEach((v, i) => expect(Math.abs(sparse.values[i]! - v)).toBeLessThanOrEqual(1e-9 * Math.abs(v) + 1e-16));
      }
    });
  }

  it('gives osteosim the same hip BMD to 2e-9 %-points (72-year-old woman, denosumab 60 mg Q6M x 6 with calcium and vitamin D)', () => {
    const scenario: Scenario = {
      patient: { species: 'woman', ageYears: 72 },
      regimens: [
        { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 },
        { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 6 },
      ],
      days: Array.from({ length: 37 }, (_, k) => (k * 365.25) / 12),
    };
    const hip = (linearSolver: LinearSolver) => percentChange(simulateScenario(osteosim, scenario, { solver: { linearSolver } }).outputs.bmdTotalHip!);
    const dense = hip('dense');
    const sparse = hip('sparse');
    expect(dense[36]).toBeGreaterThan(4);
    // Rounding level: the two LU paths differ by about 1e-9 %-points (a new Jacobian entry moves it across 1e-9).
    dense.forEach((v, k) => expect(Math.abs(sparse[k]! - v)).toBeLessThan(2e-9));
    // 'auto' takes the sparse path on osteosim.
    expect(Array.from(hip('auto'))).toEqual(Array.from(sparse));
  });

  it('falls back to dense LU for a step whose pivot is zero in the fixed order, and still solves', () => {
    // y' = (d I + P) y with P a cyclic shift and d = 1 / (h gamma): at the fixed step h, W = I / (h gamma) - J = -P has
    // a zero diagonal, so every pivot order fails while dense LU with partial pivoting solves it.
    const h = 0.01;
    const d = 1 / (h * RODAS5P.gamma);
    const defined = { value: d, unit: '1', source: 'test', evidence: 'defined' as const, min: -Infinity };
    const m = compileModel('cyclic', [
      {
        name: 'cyclic',
        states: { y1: { unit: '1', initial: 1 }, y2: { unit: '1', initial: 0 }, y3: { unit: '1', initial: 0 }, y4: { unit: '1', initial: 0 } },
        parameters: { d: defined },
        rates: { y1: 'd * y1 + y2', y2: 'd * y2 + y3', y3: 'd * y3 + y4', y4: 'd * y4 + y1' },
      },
    ]);
    const run = (linearSolver: LinearSolver) => simulate(m, { times: [0, 3 * h], options: { fixedStep: h, linearSolver } });
    const dense = run('dense');
    const sparse = run('sparse');
    expect(sparse.stats.luFallbacks).toBe(3);
    expect(dense.stats.luFallbacks).toBe(0);
    expect(Array.from(sparse.finalState)).toEqual(Array.from(dense.finalState));
    for (const v of sparse.finalState) expect(Number.isFinite(v)).toBe(true);
  });

  it('repairs an infinite Jacobian entry (sqrt at zero) on the sparse path as on the dense one', () => {
    const m = compileModel('sqrt0-sparse', [
      { name: 's', states: { x: { unit: '1', initial: 0 }, y: { unit: '1', initial: 0 } }, rates: { x: '1 - x', y: 'sqrt(x) - y' } },
    ]);
    const run = (linearSolver: LinearSolver) => simulate(m, { times: [0, 3], options: { rtol: 1e-8, atol: 1e-10, linearSolver } });
    const dense = run('dense');
    const sparse = run('sparse');
    expect(sparse.stats.steps).toBe(dense.stats.steps);
    expect(sparse.finalState[1]).toBeCloseTo(dense.finalState[1]!, 12);
  });

  it('picks the path by pattern, and treats a system without a pattern as full when sparse is forced', () => {
    const opts = { rtol: 1e-6, atol: 1e-10, hMax: Infinity, maxSteps: 1000 };
    const pollu = compileModel(STIFF_PROBLEMS.find((p) => p.name === 'pollu')!.model);
    const rober = compileModel(STIFF_PROBLEMS.find((p) => p.name === 'rober')!.model);
    expect(new RosenbrockStepper(systemOf(pollu, true), opts).linearSolver).toBe('sparse');
    expect(new RosenbrockStepper(systemOf(pollu, true), { ...opts, linearSolver: 'dense' }).linearSolver).toBe('dense');
    expect(new RosenbrockStepper(systemOf(pollu, false), opts).linearSolver).toBe('dense');
    expect(new RosenbrockStepper(systemOf(rober, true), opts).linearSolver).toBe('dense');

    const pr = STIFF_PROBLEMS.find((p) => p.name === 'hires')!;
    const hires = compileModel(pr.model);
    const end = (sys: OdeSystem, linearSolver: LinearSolver) => {
      const st = new RosenbrockStepper(sys, { ...opts, maxSteps: 100_000, linearSolver });
      st.reset(0, Float64Array.from(pr.y0));
      while (st.t < pr.tEnd) st.step(pr.tEnd);
      expect(st.linearSolver).toBe(linearSolver);
      return st.y.slice();
    };
    const dense = end(systemOf(hires, false), 'dense');
    const full = end(systemOf(hires, false), 'sparse');
    dense.forEach((v, i) => expect(Math.abs(full[i]! - v)).toBeLessThanOrEqual(1e-9 * Math.abs(v) + 1e-16));
  });

  it('rejects an unknown linear solver with a message naming the choices', () => {
    expect(() => simulate(rober(), { times: [0, 1], options: { linearSolver: 'lapack' as LinearSolver } })).toThrow(ModelError);
    expect(() => simulate(rober(), { times: [0, 1], options: { linearSolver: 'lapack' as LinearSolver } })).toThrow(/options.linearSolver 'lapack' is not one of auto, dense, sparse/);
  });
});

function rober(): CompiledModel {
  return compileModel(STIFF_PROBLEMS.find((p) => p.name === 'rober')!.model);
}
