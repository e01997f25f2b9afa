import type { ComposedModel } from '../model.js';
import type { SparsityPattern } from '../sparse.js';

/** f(t, y, p) written into `out` (length n). */
export type VectorFn = (t: number, y: Float64Array, p: Float64Array, out: Float64Array) => void;
/** Scalar function of time, state and parameters (event conditions, outputs). */
export type ScalarFn = (t: number, y: Float64Array, p: Float64Array) => number;
/**
 * f(t, y, p) written into `out`, reading the parameter-only quantities from `cache` (filled by
 * `CompiledModel.precompute` for the same p).
 */
export type CachedVectorFn = (t: number, y: Float64Array, p: Float64Array, cache: Float64Array, out: Float64Array) => void;

/** The generated functions in their fast form: each reads a parameter cache instead of recomputing it. */
export interface ModelKernels {
  readonly rhs: CachedVectorFn;
  readonly jacobian: CachedVectorFn;
  readonly jacobianValues: CachedVectorFn;
  readonly dfdt: CachedVectorFn;
  readonly derivedValues: CachedVectorFn;
}

export interface CompileOptions {
  /**
   * Optimise the generated code (default true): quantities that depend on parameters only are computed once per
   * parameter vector (`precompute`), subexpressions used more than once are computed once per call, small integer
   * powers become products and parameter exponents 0, 1, 2 and -1 skip Math.pow. Results are those of the plain code
   * (bit for bit but for x^3, x^4 and x^-2..-4 of compound x, which may differ in the last bit). `false` writes each
   * expression as it stands: a reference for tests and benchmarks.
   */
  readonly optimize?: boolean;
}

export interface CompiledModel {
  readonly name: string;
  readonly composed: ComposedModel;
  /** Number of states. */
  readonly n: number;
  readonly stateNames: readonly string[];
  readonly parameterNames: readonly string[];
  readonly derivedNames: readonly string[];
  /** True when the right-hand side reads `t` directly (then dfdt is not identically zero). */
  readonly timeDependent: boolean;
  /** dy/dt. Like every plain (t, y, p, out) function here, it fills a parameter cache on each call: hot loops use `kernels`. */
  readonly rhs: VectorFn;
  /** Analytic Jacobian df/dy, row-major: J[i * n + j] = d f_i / d y_j. */
  readonly jacobian: VectorFn;
  /**
   * Structural nonzeros of the Jacobian: the entries whose symbolic derivative is not identically zero, i.e. the only
   * ones `jacobian` can set (compressed sparse rows, columns ascending).
   */
  readonly jacobianPattern: SparsityPattern;
  /** The same Jacobian, only its structural nonzeros, in `jacobianPattern` order (out has length nnz). */
  readonly jacobianValues: VectorFn;
  /** Analytic df/dt. */
  readonly dfdt: VectorFn;
  /** Every derived quantity, in `derivedNames` order. */
  readonly derivedValues: VectorFn;
  /** Length of a parameter cache (0 when nothing depends on parameters only, or without optimisation). */
  readonly cacheSize: number;
  /**
   * Fills `cache` (length cacheSize) with the quantities that depend on parameters only (young-state normalisations,
   * parameter products, ...). Call it again after every change of p.
   */
  precompute(p: Float64Array, cache: Float64Array): void;
  /** A new parameter cache, filled for p. */
  parameterCache(p: Float64Array): Float64Array;
  /** rhs, jacobian, jacobianValues, dfdt and derivedValues reading a cache filled for the same p: for solvers. */
  readonly kernels: ModelKernels;
  stateIndex(name: string): number;
  parameterIndex(name: string): number;
  /** A fresh copy of the declared parameter values. */
  defaultParameters(): Float64Array;
  /** Parameter vector with overrides by name, each checked against its declared bounds. */
  parameters(overrides?: Readonly<Record<string, number>>, base?: Float64Array): Float64Array;
  /** Checks one value against a parameter's bounds; throws a ModelError naming the parameter and the range. */
  checkParameter(name: string, value: number): void;
  /** Initial state for a parameter vector (initial values may be expressions of parameters). */
  initialState(p?: Float64Array): Float64Array;
  /** Compiles an expression over states, parameters, derived quantities and t. */
  compileExpression(source: string, context?: string): ScalarFn;
  /** Generated JavaScript, for inspection. */
  readonly source: {
    readonly rhs: string;
    readonly jacobian: string;
    readonly jacobianValues: string;
    readonly dfdt: string;
    readonly derivedValues: string;
    readonly precompute: string;
  };
}
