import type { CompiledModel } from './compile.js';
import { ModelError, SolverError } from './errors.js';
import { luFactor, luSolve } from './linalg.js';
import { RosenbrockStepper } from './solvers/rosenbrock.js';
import type { OdeSystem } from './solvers/types.js';

export interface SteadyStateOptions {
  /** Time at which the (possibly time-dependent) right-hand side is frozen (default 0). */
  readonly t?: number;
  /**
   * States held at their guess values: they are not solved for and their own rates are ignored. For states with no
   * steady state of their own, such as a bone density that only integrates formation minus resorption.
   */
  readonly hold?: readonly string[];
  /** Convergence: max_i |f_i| / (|y_i| + atol) below this, per unit time (default 1e-10). */
  readonly tolerance?: number;
  /** Scale below which a state counts as zero in the convergence test (default 1e-12). */
  readonly atol?: number;
  readonly maxNewtonIterations?: number;
  /** Clamp Newton iterates at zero: for models whose states are amounts or densities (default true). */
  readonly nonNegative?: boolean;
  /** Longest simulated time of the integration fallback (default 1e7 time units). */
  readonly maxIntegrationTime?: number;
}

export interface SteadyState {
  readonly y: Float64Array;
  /** max_i |f_i| / (|y_i| + atol) over the states solved for, at the returned state. */
  readonly residual: number;
  readonly method: 'newton' | 'integration+newton' | 'integration';
  readonly newtonIterations: number;
}

/**
 * Finds y with f(t, y) = 0 (over the states not held): damped Newton from the guess; if that fails, integrate
 * forward over growing spans and try Newton again from where the trajectory has settled; stop when the derivative
 * norm is small. A SolverError names the slowest state when neither converges.
 */
export function steadyState(model: CompiledModel, p: Float64Array, guess?: Float64Array, options: SteadyStateOptions = {}): SteadyState {
  const t = options.t ?? 0;
  const tol = options.tolerance ?? 1e-10;
  const atol = options.atol ?? 1e-12;
  const maxIter = options.maxNewtonIterations ?? 50;
  const nonNegative = options.nonNegative ?? true;
  const maxTime = options.maxIntegrationTime ?? 1e7;
  if (!(tol > 0)) throw new ModelError(`steady state: tolerance must be > 0, got ${tol}`, { field: 'tolerance' });
  const n = model.n;
  const y0 = guess ? guess.slice() : model.initialState(p);
  if (y0.length !== n) throw new ModelError(`steady state: guess has ${y0.length} entries, the model has ${n} states`, { field: 'guess' });
  const held = new Set<number>();
  for (const name of options.hold ?? []) {
    try {
      held.add(model.stateIndex(name));
    } catch (e) {
      throw new ModelError(`steady state: hold: ${(e as Error).message}`, { field: 'hold' });
    }
  }
  const free = Int32Array.from({ length: n }, (_, i) => i).filter((i) => !held.has(i));
  const heldIndices = Int32Array.from(held);
  const nf = free.length;
  if (nf === 0) throw new ModelError('steady state: every state is held; nothing to solve for', { field: 'hold' });

  const f = new Float64Array(n);
  const cache = model.parameterCache(p);
  const { kernels } = model;
  /** Relative derivative of each free state; returns the largest (NaN counts as the largest). */
  const residual = (y: Float64Array): number => {
    kernels.rhs(t, y, p, cache, f);
    let r = 0;
    for (let k = 0; k < nf; k++) {
      const i = free[k]!;
      const v = Math.abs(f[i]!) / (Math.abs(y[i]!) + atol);
      if (!(v <= r)) r = v;
    }
    return r;
  };

  const newton = (start: Float64Array): { y: Float64Array; r: number; iterations: number; ok: boolean } => {
    const y = start.slice();
    const J = new Float64Array(n * n);
    const A = new Float64Array(nf * nf);
    const piv = new Int32Array(nf);
    const dx = new Float64Array(nf);
    const trial = new Float64Array(n);
    let r = residual(y);
    for (let it = 0; it < maxIter; it++) {
      if (r < tol) return { y, r, iterations: it, ok: true };
      kernels.jacobian(t, y, p, cache, J);
      kernels.rhs(t, y, p, cache, f);
      for (let a = 0; a < nf; a++) {
        dx[a] = -f[free[a]!]!;
        for (let b = 0; b < nf; b++) A[a * nf + b] = J[free[a]! * n + free[b]!]!;
      }
      if (!luFactor(A, nf, piv)) return { y, r, iterations: it, ok: false };
      luSolve(A, nf, piv, dx);
      // Backtracking on the scaled residual: accept the first damping that reduces it.
      let lambda = 1;
      let accepted = false;
      while (lambda >= 1 / 1024) {
        trial.set(y);
        for (let a = 0; a < nf; a++) {
          const i = free[a]!;
          const v = y[i]! + lambda * dx[a]!;
          trial[i] = nonNegative && v < 0 ? 0 : v;
        }
        const rt = residual(trial);
        if (rt < r) {
          y.set(trial);
          r = rt;
          accepted = true;
          break;
        }
        lambda /= 2;
      }
      if (!accepted) return { y, r, iterations: it, ok: false };
    }
    return { y, r, iterations: maxIter, ok: r < tol };
  };

  const first = newton(y0);
  if (first.ok) return { y: first.y, residual: first.r, method: 'newton', newtonIterations: first.iterations };

  // Fallback: integrate the system frozen at time t (held states fixed) over growing horizons, trying Newton from
  // each settled state.
  const frozen: OdeSystem = {
    n,
    autonomous: true,
    rhs: (_tt, yy, dy) => {
      kernels.rhs(t, yy, p, cache, dy);
      for (let k = 0; k < heldIndices.length; k++) dy[heldIndices[k]!] = 0;
    },
    jacobian: (_tt, yy, J) => {
      kernels.jacobian(t, yy, p, cache, J);
      for (let k = 0; k < heldIndices.length; k++) J.fill(0, heldIndices[k]! * n, (heldIndices[k]! + 1) * n);
    },
    dfdt: (_tt, _yy, out) => out.fill(0),
    stateName: (i) => model.stateNames[i]!,
  };
  const stepper = new RosenbrockStepper(frozen, { rtol: 1e-8, atol: 1e-12, hMax: Infinity, maxSteps: 1_000_000 });
  let y = y0;
  stepper.reset(0, y);
  let horizon = 1;
  let iterations = first.iterations;
  settle: while (stepper.t < maxTime) {
    const target = Math.min(horizon, maxTime);
    while (stepper.t < target) {
      if (stepper.stats.steps > 1_000_000) break settle;
      stepper.step(target);
    }
    y = stepper.y.slice();
    const r = residual(y);
    if (r < tol) return { y, residual: r, method: 'integration', newtonIterations: iterations };
    const polished = newton(y);
    iterations += polished.iterations;
    if (polished.ok) return { y: polished.y, residual: polished.r, method: 'integration+newton', newtonIterations: iterations };
    horizon *= 10;
  }
  const finalResidual = residual(y);
  let worst = free[0]!;
  for (const i of free) if (Math.abs(f[i]!) / (Math.abs(y[i]!) + atol) > Math.abs(f[worst]!) / (Math.abs(y[worst]!) + atol)) worst = i;
  throw new SolverError(`no steady state found (relative derivative ${finalResidual.toExponential(2)} > tolerance ${tol})`, {
    time: t,
    state: model.stateNames[worst],
    suggestion: `Neither Newton's method nor ${maxTime} time units of integration settled this state. The model may have no steady state for these parameters (it grows, decays to zero slowly, or oscillates); check its rates, hold states that have no steady state of their own (option 'hold'), or raise maxIntegrationTime.`,
  });
}
