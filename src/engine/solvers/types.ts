/** An ODE system y' = f(t, y) with what a stiff solver needs. */
export interface OdeSystem {
  readonly n: number;
  rhs(t: number, y: Float64Array, dy: Float64Array): void;
  /** Row-major df/dy. */
  jacobian(t: number, y: Float64Array, J: Float64Array): void;
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
}

export interface SolverStats {
  steps: number;
  rejected: number;
  rhs: number;
  jac: number;
  lu: number;
}

export const emptyStats = (): SolverStats => ({ steps: 0, rejected: 0, rhs: 0, jac: 0, lu: 0 });

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
