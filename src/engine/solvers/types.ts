import type { SparsityPattern } from '../sparse.js';

/** An ODE system y' = f(t, y) with what a stiff solver needs. */
export interface OdeSystem {
  readonly n: number;
  /** f(t, y) into dy; reads y only (the Rosenbrock stepper relies on its stage input surviving the call). */
  rhs(t: number, y: Float64Array, dy: Float64Array): void;
  /** Row-major df/dy. */
  jacobian(t: number, y: Float64Array, J: Float64Array): void;
  /**
   * df/dy over its structural nonzeros, when known: `values` writes them in `pattern` order. Lets the stiff solver
   * factor its iteration matrix as a sparse matrix.
   */
  readonly sparseJacobian?: {
    readonly pattern: SparsityPattern;
    values(t: number, y: Float64Array, values: Float64Array): void;
  };
  /** df/dt; never called when `autonomous` is true. */
  dfdt(t: number, y: Float64Array, out: Float64Array): void;
  readonly autonomous: boolean;
  /** Name of state i, for error messages. */
  stateName(i: number): string;
}

export interface StepperOptions {
  /** Relative tolerance (default 1e-6). */
  readonly rtol: number;
  /** Absolute tolerance, scalar or per state (default 1e-10). */
  readonly atol: number | Float64Array;
  /** Largest step (default: unbounded). */
  readonly hMax: number;
  /** First step; estimated when absent. */
  readonly hInit?: number;
  /** Steps (accepted and rejected) allowed per simulation before giving up (default 500000). */
  readonly maxSteps: number;
  /** Take steps of exactly this size with no error control (for convergence-order studies). */
  readonly fixedStep?: number;
  /** Linear algebra of the stiff solver (default 'auto'); see LinearSolver. */
  readonly linearSolver?: LinearSolver;
}

/**
 * How the stiff solver factors its iteration matrix I/(h gamma) - J. 'dense': LU with partial pivoting. 'sparse': LU
 * over the Jacobian's sparsity pattern in a fixed fill-reducing order, falling back to dense LU for any step whose
 * pivots fail a threshold test (a system without a pattern is treated as full). 'auto': sparse when the pattern makes
 * it clearly cheaper, else dense.
 */
export type LinearSolver = 'auto' | 'dense' | 'sparse';
export const LINEAR_SOLVERS: readonly LinearSolver[] = ['auto', 'dense', 'sparse'];

export interface SolverStats {
  steps: number;
  rejected: number;
  rhs: number;
  jac: number;
  lu: number;
  /** Sparse factorisations whose pivots failed the threshold test, redone as dense LU with partial pivoting. */
  luFallbacks: number;
}

export const emptyStats = (): SolverStats => ({ steps: 0, rejected: 0, rhs: 0, jac: 0, lu: 0, luFallbacks: 0 });

/**
 * One-step method with dense output. After `step`, the solution between `tPrev` and `t` is available by
 * `interpolate`.
 */
export interface Stepper {
  readonly name: string;
  readonly t: number;
  readonly tPrev: number;
  readonly y: Float64Array;
  readonly stats: SolverStats;
  /** Step size the controller proposes next. */
  readonly hNext: number;
  /** Starts (or restarts after a discontinuity) at (t, y); `hGuess` seeds the first step. */
  reset(t: number, y: Float64Array, hGuess?: number): void;
  /** Takes one accepted step that does not pass `tLimit`. */
  step(tLimit: number): void;
  interpolate(t: number, out: Float64Array): void;
}

export type Method = 'rodas5p' | 'dopri5';
export const METHODS: readonly Method[] = ['rodas5p', 'dopri5'];
