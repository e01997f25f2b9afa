import { luFactor, luSolve } from '../../engine/linalg.js';

/**
 * Bounded nonlinear least squares by Levenberg-Marquardt on transformed coordinates (log for rate constants and
 * EC50s, linear otherwise), with a forward-difference Jacobian since residuals come from simulations. Steps are
 * projected onto the bounds. Returns the fit with approximate standard errors from (J^T J)^-1 s^2.
 */

export interface FitParameter {
  readonly name: string;
  readonly initial: number;
  readonly lower: number;
  readonly upper: number;
  /** 'log' fits log(value) (requires lower > 0); default 'linear'. */
  readonly scale?: 'linear' | 'log';
}

export interface LeastSquaresOptions {
  readonly maxIterations?: number;
  /** Stop when the relative cost decrease of an accepted step falls below this (default 1e-10). */
  readonly costTolerance?: number;
  /** Stop when the step in transformed coordinates falls below this (default 1e-8). */
  readonly stepTolerance?: number;
  /** Called after each iteration with the iteration number and the cost. */
  readonly onIteration?: (iteration: number, cost: number) => void;
}

export interface LeastSquaresResult {
  readonly values: Readonly<Record<string, number>>;
  /** Half the sum of squared residuals at the optimum. */
  readonly cost: number;
  readonly residuals: Float64Array;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  /** No step lowered the cost while the projected gradient was not small: the fit stopped short of a minimum. */
  readonly stalled: boolean;
  /** Parameters that ended on a bound. */
  readonly atBounds: readonly string[];
  /** Approximate standard errors in the parameters' own units (NaN where J^T J is singular). */
  readonly standardErrors: Readonly<Record<string, number>>;
  /** The final Jacobian of the residuals in the transformed coordinates, row-major (residuals × parameters). */
  readonly jacobian: Float64Array;
}

/** Cosine between the residuals and any free parameter's Jacobian column below which a fit counts as converged. */
const GRADIENT_TOLERANCE = 1e-3;

export type ResidualFunction = (values: Readonly<Record<string, number>>) => Float64Array;
/** Residuals of many parameter sets at once (e.g. on a worker pool), in the order given. */
export type BatchResidualFunction = (sets: readonly Readonly<Record<string, number>>[]) => Promise<Float64Array[]>;

/** The fit with residuals evaluated one set at a time in this thread. */
export function leastSquares(parameters: readonly FitParameter[], residualsOf: ResidualFunction, options: LeastSquaresOptions = {}): LeastSquaresResult {
  const steps = leastSquaresSteps(parameters, options);
  let next = steps.next();
  while (!next.done) next = steps.next(next.value.map(residualsOf));
  return next.value;
}

/** The same fit with each batch of evaluations (the Jacobian's probes together) handed to `residualsOf` at once. */
export async function leastSquaresBatched(parameters: readonly FitParameter[], residualsOf: BatchResidualFunction, options: LeastSquaresOptions = {}): Promise<LeastSquaresResult> {
  const steps = leastSquaresSteps(parameters, options);
  let next = steps.next();
  while (!next.done) next = steps.next(await residualsOf(next.value));
  return next.value;
}

/**
 * The algorithm as a generator: it yields the parameter sets it needs residuals of and is resumed with them, so the
 * drivers above decide where simulations run. Probes of one Jacobian are yielded together.
 */
function* leastSquaresSteps(
  parameters: readonly FitParameter[],
  options: LeastSquaresOptions,
): Generator<Readonly<Record<string, number>>[], LeastSquaresResult, Float64Array[]> {
  if (parameters.length === 0) throw new Error('leastSquares: no parameters to fit');
  for (const p of parameters) {
    if (!(p.lower <= p.initial && p.initial <= p.upper)) {
      throw new Error(`leastSquares: parameter '${p.name}' starts at ${p.initial}, outside its bounds [${p.lower}, ${p.upper}]`);
    }
    if (p.scale === 'log' && !(p.lower > 0)) throw new Error(`leastSquares: parameter '${p.name}' on log scale needs a lower bound > 0`);
  }
  const maxIterations = options.maxIterations ?? 100;
  const costTol = options.costTolerance ?? 1e-10;
  const stepTol = options.stepTolerance ?? 1e-8;
  const n = parameters.length;
  const toZ = (p: FitParameter, v: number) => (p.scale === 'log' ? Math.log(v) : v);
  const fromZ = (p: FitParameter, z: number) => (p.scale === 'log' ? Math.exp(z) : z);
  const lo = parameters.map((p) => toZ(p, p.lower));
  const hi = parameters.map((p) => toZ(p, p.upper));
  const project = (z: Float64Array) => z.forEach((v, i) => (z[i] = Math.min(hi[i]!, Math.max(lo[i]!, v))));
  const valuesOf = (z: Float64Array): Record<string, number> => Object.fromEntries(parameters.map((p, i) => [p.name, fromZ(p, z[i]!)]));
  let evaluations = 0;
  const finite = (r: Float64Array): Float64Array => {
    for (const v of r) if (!Number.isFinite(v)) return r.map(() => Infinity);
    return r;
  };
  /** Residuals at many points: one yield. */
  function* evaluateAll(zs: readonly Float64Array[]): Generator<Readonly<Record<string, number>>[], Float64Array[], Float64Array[]> {
    if (zs.length === 0) return [];
    evaluations += zs.length;
    const rs = yield zs.map(valuesOf);
    return rs.map(finite);
  }
  function* evaluate(z: Float64Array): Generator<Readonly<Record<string, number>>[], Float64Array, Float64Array[]> {
    return (yield* evaluateAll([z]))[0]!;
  }
  const costOf = (r: Float64Array) => 0.5 * r.reduce((s, v) => s + v * v, 0);

  let z = Float64Array.from(parameters, (p) => toZ(p, p.initial));
  let r = yield* evaluate(z);
  let cost = costOf(r);
  if (!Number.isFinite(cost)) throw new Error('leastSquares: residuals are not finite at the initial values');
  /** A cost this small is an exact fit to working precision. */
  const exactFit = 1e-20 * Math.max(cost, 1e-280);
  const m = r.length;
  let J = new Float64Array(m * n);
  function* jacobian(): Generator<Readonly<Record<string, number>>[], void, Float64Array[]> {
    // Step inwards when at the upper bound so the probe stays feasible.
    const steps = Array.from({ length: n }, (_, j) => {
      const h = 1e-6 * Math.max(1, Math.abs(z[j]!));
      return z[j]! + h > hi[j]! ? -h : h;
    });
    const probe = (j: number): Float64Array => {
      const zp = z.slice();
      zp[j] = z[j]! + steps[j]!;
      return zp;
    };
    const rps = yield* evaluateAll(steps.map((_, j) => probe(j)));
    // A probe failed (a simulation error): try the other side before giving up on that column.
    const retry = steps.map((_, j) => j).filter((j) => !Number.isFinite(rps[j]![0]!) && z[j]! - steps[j]! >= lo[j]! && z[j]! - steps[j]! <= hi[j]!);
    for (const j of retry) steps[j] = -steps[j]!;
    const again = yield* evaluateAll(retry.map(probe));
    retry.forEach((j, k) => (rps[j] = again[k]!));
    for (let j = 0; j < n; j++) {
      const rp = rps[j]!;
      for (let i = 0; i < m; i++) J[i * n + j] = Number.isFinite(rp[i]!) ? (rp[i]! - r[i]!) / steps[j]! : 0;
    }
  }
  const JtJ = new Float64Array(n * n);
  const Jtr = new Float64Array(n);
  const A = new Float64Array(n * n);
  const piv = new Int32Array(n);
  let lambda = 1e-3;
  let converged = false;
  let iteration = 0;
  const active = new Uint8Array(n);
  /**
   * Active set: parameters on a bound whose gradient points out of the box are held for this step, so the step of
   * the others is not distorted by a component that projection would cut off.
   */
  const updateActiveSet = (): void => {
    for (let a = 0; a < n; a++) {
      const atLower = z[a]! <= lo[a]! && Jtr[a]! > 0;
      const atUpper = z[a]! >= hi[a]! && Jtr[a]! < 0;
      active[a] = atLower || atUpper ? 1 : 0;
    }
  };
  /** First-order optimality: the largest gradient component of the free parameters, relative to the cost. */
  const projectedGradient = (): number => {
    let g = 0;
    for (let a = 0; a < n; a++) if (!active[a]) g = Math.max(g, Math.abs(Jtr[a]!) * Math.max(1, Math.abs(z[a]!)));
    return g / Math.max(cost, 1e-300);
  };
  let stalled = false;
  for (; iteration < maxIterations && !converged; iteration++) {
    yield* jacobian();
    JtJ.fill(0);
    Jtr.fill(0);
    for (let i = 0; i < m; i++) {
      for (let a = 0; a < n; a++) {
        const Jia = J[i * n + a]!;
        Jtr[a]! += Jia * r[i]!;
        for (let b = 0; b < n; b++) JtJ[a * n + b]! += Jia * J[i * n + b]!;
      }
    }
    updateActiveSet();
    if (projectedGradient() < 1e-10 || cost <= exactFit) {
      converged = true;
      break;
    }
    let accepted = false;
    for (let attempt = 0; attempt < 30 && !accepted; attempt++) {
      A.set(JtJ);
      const dz = Jtr.map((v) => -v);
      for (let a = 0; a < n; a++) {
        A[a * n + a]! += lambda * Math.max(JtJ[a * n + a]!, 1e-12);
        if (active[a]) {
          // Decouple held parameters: identity row and column, zero right-hand side.
          for (let b = 0; b < n; b++) {
            A[a * n + b] = 0;
            A[b * n + a] = 0;
          }
          A[a * n + a] = 1;
          dz[a] = 0;
        }
      }
      if (!luFactor(A, n, piv)) {
        lambda *= 10;
        continue;
      }
      luSolve(A, n, piv, dz);
      const trial = z.map((v, i) => v + dz[i]!);
      project(trial);
      const rTrial = yield* evaluate(trial);
      const costTrial = costOf(rTrial);
      if (costTrial < cost) {
        const decrease = (cost - costTrial) / Math.max(cost, 1e-300);
        let stepNorm = 0;
        for (let i = 0; i < n; i++) stepNorm = Math.max(stepNorm, Math.abs(trial[i]! - z[i]!) / Math.max(1, Math.abs(z[i]!)));
        z = trial;
        r = rTrial;
        cost = costTrial;
        lambda = Math.max(lambda / 3, 1e-12);
        accepted = true;
        if (decrease < costTol || stepNorm < stepTol || cost <= exactFit) converged = true;
      } else {
        lambda *= 4;
      }
    }
    options.onIteration?.(iteration + 1, cost);
    if (!accepted) {
      // No trial step lowered the cost. That is a minimum only if the projected gradient is small; otherwise the
      // fit stalled (e.g. a simulation failed near the current point) and says so.
      converged = projectedGradient() < 1e-6;
      stalled = !converged;
      break;
    }
  }

  // Standard errors from the final Jacobian, mapped back through the transform (dx = x dz for log scale).
  yield* jacobian();
  JtJ.fill(0);
  for (let i = 0; i < m; i++) for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) JtJ[a * n + b]! += J[i * n + a]! * J[i * n + b]!;
  // Optimality as in MINPACK's gtol: the largest cosine between the residual vector and a free parameter's
  // Jacobian column. Cost-decrease and step-size stops can also trigger while creeping along a wall of failed
  // simulations; this test tells a minimum from such a stall.
  Jtr.fill(0);
  for (let i = 0; i < m; i++) for (let a = 0; a < n; a++) Jtr[a]! += J[i * n + a]! * r[i]!;
  updateActiveSet();
  const rNorm = Math.sqrt(2 * cost);
  let cosine = 0;
  for (let a = 0; a < n; a++) {
    if (active[a]) continue;
    let colNorm = 0;
    for (let i = 0; i < m; i++) colNorm += J[i * n + a]! ** 2;
    colNorm = Math.sqrt(colNorm);
    if (colNorm > 0 && rNorm > 0) cosine = Math.max(cosine, Math.abs(Jtr[a]!) / (colNorm * rNorm));
  }
  const optimal = cost <= exactFit || cosine < GRADIENT_TOLERANCE;
  stalled = stalled || (!optimal && iteration < maxIterations);
  converged = optimal;
  const s2 = m > n ? (2 * cost) / (m - n) : NaN;
  const standardErrors: Record<string, number> = {};
  const inverseOk = luFactor(JtJ, n, piv);
  parameters.forEach((p, k) => {
    let se = NaN;
    if (inverseOk) {
      const e = new Float64Array(n);
      e[k] = 1;
      luSolve(JtJ, n, piv, e);
      const varZ = e[k]! * s2;
      const x = fromZ(p, z[k]!);
      se = varZ >= 0 ? Math.sqrt(varZ) * (p.scale === 'log' ? x : 1) : NaN;
    }
    standardErrors[p.name] = se;
  });
  const values = valuesOf(z);
  const atBounds = parameters.filter((p, i) => Math.abs(z[i]! - lo[i]!) < 1e-9 * Math.max(1, Math.abs(lo[i]!)) || Math.abs(z[i]! - hi[i]!) < 1e-9 * Math.max(1, Math.abs(hi[i]!))).map((p) => p.name);
  return { values, cost, residuals: r, iterations: iteration, evaluations, converged, stalled, atBounds, standardErrors, jacobian: J };
}
