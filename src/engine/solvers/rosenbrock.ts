import { SolverError } from '../errors.js';
import { luFactor, luSolve } from '../linalg.js';
import { assertFiniteDerivative, clipStep, errorNorm, firstNonFinite, initialStep, worstComponent } from './common.js';
import { RODAS5P, type RosenbrockTableau } from './rodas5p-tableau.js';
import { emptyStats, type OdeSystem, type SolverStats, type Stepper, type StepperOptions } from './types.js';

const SAFETY = 0.9;
/** Largest step growth and shrink factors per step. */
const GROW_MAX = 6;
const SHRINK_MAX = 0.2;

/**
 * Linearly implicit Rosenbrock-Wanner stepper (default tableau Rodas5P) with an analytic Jacobian, embedded error
 * control with Gustafsson's predictive step-size controller, and dense output. One Jacobian and one LU per attempted
 * step; a rejected step reuses the Jacobian. All work arrays are allocated once.
 */
export class RosenbrockStepper implements Stepper {
  readonly name: string;
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: SolverStats = emptyStats();
  hNext = 0;

  private readonly n: number;
  private readonly s: number;
  private readonly aFlat: Float64Array;
  private readonly cFlat: Float64Array;
  private readonly k: Float64Array;
  private readonly f0: Float64Array;
  private readonly dT: Float64Array;
  private readonly J: Float64Array;
  private readonly W: Float64Array;
  private readonly pivots: Int32Array;
  private readonly u: Float64Array;
  private readonly fu: Float64Array;
  private readonly yNew: Float64Array;
  private readonly err: Float64Array;
  private readonly y0: Float64Array;
  private readonly dense: Float64Array;
  private readonly denseRows: number;
  private jacobianCurrent = false;
  private hAccepted = 0;
  private errAccepted = 0;
  private started = false;

  constructor(
    private readonly sys: OdeSystem,
    private readonly opts: StepperOptions,
    private readonly tab: RosenbrockTableau = RODAS5P,
  ) {
    const n = sys.n;
    const s = tab.stages;
    this.name = tab.name;
    this.n = n;
    this.s = s;
    this.aFlat = new Float64Array(s * s);
    this.cFlat = new Float64Array(s * s);
    for (let i = 0; i < s; i++) {
      for (let j = 0; j < i; j++) {
        this.aFlat[i * s + j] = tab.a[i]![j] ?? 0;
        this.cFlat[i * s + j] = tab.C[i]![j] ?? 0;
      }
    }
    this.k = new Float64Array(s * n);
    this.y = new Float64Array(n);
    this.f0 = new Float64Array(n);
    this.dT = new Float64Array(n);
    this.J = new Float64Array(n * n);
    this.W = new Float64Array(n * n);
    this.pivots = new Int32Array(n);
    this.u = new Float64Array(n);
    this.fu = new Float64Array(n);
    this.yNew = new Float64Array(n);
    this.err = new Float64Array(n);
    this.y0 = new Float64Array(n);
    this.denseRows = tab.H.length;
    this.dense = new Float64Array(this.denseRows * n);
  }

  reset(t: number, y: Float64Array, hGuess?: number): void {
    this.t = t;
    this.tPrev = t;
    this.y.set(y);
    this.y0.set(y);
    this.dense.fill(0);
    this.sys.rhs(t, this.y, this.f0);
    this.stats.rhs++;
    assertFiniteDerivative(this.sys, t, this.f0);
    this.jacobianCurrent = false;
    this.errAccepted = 0;
    this.started = true;
    if (this.opts.fixedStep !== undefined) this.hNext = this.opts.fixedStep;
    else if (this.opts.hInit !== undefined && !(hGuess! > 0)) this.hNext = this.opts.hInit;
    else {
      // After a jump (a dose, a trigger) the last step size may be far too long for the new state: take the smaller
      // of it and the starting-step estimate for the state after the jump.
      const estimate = initialStep(this.sys, t, this.y, this.f0, this.tab.embeddedOrder, this.opts, 1, this.u, this.fu);
      this.stats.rhs++;
      this.hNext = hGuess !== undefined && hGuess > 0 ? Math.min(hGuess, estimate, this.opts.hMax) : estimate;
    }
  }

  step(tLimit: number): void {
    if (!this.started) throw new Error('RosenbrockStepper.step called before reset');
    const { n, s, sys, opts, tab } = this;
    const { k, u, fu, W, J, dT, pivots, aFlat, cFlat } = this;
    const t = this.t;
    const y = this.y;
    if (!this.jacobianCurrent) {
      sys.jacobian(t, y, J);
      if (!sys.autonomous) {
        sys.dfdt(t, y, dT);
        const bad = firstNonFinite(dT);
        if (bad >= 0) {
          throw new SolverError(`the time derivative of d${sys.stateName(bad)}/dt is ${dT[bad]}`, {
            time: t,
            state: sys.stateName(bad),
            suggestion: 'An expression of t in this rate overflows or is not differentiable here (check exp() of large arguments, also in piecewise branches that are not taken).',
          });
        }
      }
      this.stats.jac++;
      this.repairJacobian(t);
      this.jacobianCurrent = true;
    }
    const hMin = 16 * Number.EPSILON * Math.abs(t);
    let h = Math.min(this.hNext, opts.hMax);
    let attempts = 0;
    this.err.fill(0);
    for (;;) {
      h = clipStep(t, h, tLimit);
      if (attempts++ > 60 || h < hMin) {
        const worst = worstComponent(this.err, y, opts.rtol, opts.atol);
        throw new SolverError('step size underflow', {
          time: t,
          state: sys.stateName(worst),
          suggestion: `The step size fell to ${h.toExponential(2)}. This usually means a discontinuity or a singularity in the model near this time, or tolerances too tight for double precision (rtol ${opts.rtol}); loosen rtol/atol or check this state's rate law.`,
        });
      }
      // W = I / (h gamma) - J
      const diag = 1 / (h * tab.gamma);
      for (let i = 0; i < n * n; i++) W[i] = -J[i]!;
      for (let i = 0; i < n; i++) W[i * n + i]! += diag;
      this.stats.lu++;
      if (!luFactor(W, n, pivots)) {
        if (opts.fixedStep !== undefined) {
          throw new SolverError('the iteration matrix I/(h gamma) - J is singular at the fixed step', {
            time: t,
            state: undefined,
            suggestion: 'Use a different fixed step or the adaptive solver.',
          });
        }
        h *= 0.25;
        this.stats.rejected++;
        continue;
      }
      const invH = 1 / h;
      let finite = true;
      for (let i = 0; i < s; i++) {
        const ki = i * n;
        if (i === 0) {
          fu.set(this.f0);
        } else {
          for (let c = 0; c < n; c++) u[c] = y[c]!;
          for (let j = 0; j < i; j++) {
            const aij = aFlat[i * s + j]!;
            if (aij === 0) continue;
            const kj = j * n;
            for (let c = 0; c < n; c++) u[c]! += aij * k[kj + c]!;
          }
          sys.rhs(t + tab.c[i]! * h, u, fu);
          this.stats.rhs++;
        }
        const di = tab.d[i]! * h;
        if (di !== 0 && !sys.autonomous) for (let c = 0; c < n; c++) fu[c]! += di * dT[c]!;
        for (let j = 0; j < i; j++) {
          const cij = cFlat[i * s + j]! * invH;
          const kj = j * n;
          for (let c = 0; c < n; c++) fu[c]! += cij * k[kj + c]!;
        }
        luSolve(W, n, pivots, fu);
        for (let c = 0; c < n; c++) {
          const v = fu[c]!;
          if (v !== v || v === Infinity || v === -Infinity) finite = false;
          k[ki + c] = v;
        }
        if (!finite) break;
      }
      let errNorm = Infinity;
      if (finite) {
        const yNew = this.yNew;
        const err = this.err;
        yNew.set(y);
        err.fill(0);
        for (let j = 0; j < s; j++) {
          const bj = tab.b[j]!;
          const ej = tab.e[j]!;
          const kj = j * n;
          if (bj !== 0) for (let c = 0; c < n; c++) yNew[c]! += bj * k[kj + c]!;
          if (ej !== 0) for (let c = 0; c < n; c++) err[c]! += ej * k[kj + c]!;
        }
        errNorm = opts.fixedStep !== undefined ? 0 : errorNorm(err, y, yNew, opts.rtol, opts.atol);
        if (errNorm !== errNorm) errNorm = Infinity;
      }
      const q = tab.embeddedOrder + 1;
      if (errNorm <= 1) {
        this.accept(t, h, h === tLimit - t ? tLimit : t + h, errNorm, q, attempts > 1);
        return;
      }
      this.stats.rejected++;
      const shrink = Number.isFinite(errNorm) ? Math.max(SHRINK_MAX, SAFETY * errNorm ** (-1 / q)) : 0.25;
      h *= shrink;
      if (opts.fixedStep !== undefined) {
        throw new SolverError('the fixed-step Rosenbrock stage produced a non-finite value', {
          time: t,
          state: sys.stateName(worstComponent(this.err, y, opts.rtol, opts.atol)),
          suggestion: 'Use a smaller fixed step or the adaptive solver.',
        });
      }
    }
  }

  /**
   * A Jacobian entry can be infinite where the model is not differentiable (sqrt(x) or hill(x, K, n < 1) at x = 0).
   * Replace each such column by a one-sided difference quotient; fail, naming the entry, if that is not finite either.
   */
  private repairJacobian(t: number): void {
    const { n, J, y, u, fu, f0, sys } = this;
    for (let j = 0; j < n; j++) {
      let finite = true;
      for (let i = 0; i < n; i++) if (!Number.isFinite(J[i * n + j]!)) finite = false;
      if (finite) continue;
      const delta = Math.sqrt(Number.EPSILON) * Math.max(Math.abs(y[j]!), 1e-8);
      u.set(y);
      u[j]! += delta;
      sys.rhs(t, u, fu);
      this.stats.rhs++;
      for (let i = 0; i < n; i++) {
        const d = (fu[i]! - f0[i]!) / delta;
        if (!Number.isFinite(d)) {
          throw new SolverError(`the Jacobian entry d(d${sys.stateName(i)}/dt)/d${sys.stateName(j)} is not finite`, {
            time: t,
            state: sys.stateName(i),
            suggestion: `The rate of '${sys.stateName(i)}' is not differentiable at ${sys.stateName(j)} = ${y[j]}; smooth it (e.g. add a small offset inside sqrt or a Hill function with n < 1), start away from that point, or use method 'dopri5'.`,
          });
        }
        J[i * n + j] = d;
      }
    }
  }

  private accept(t: number, h: number, tNew: number, errNorm: number, q: number, afterRejection: boolean): void {
    const { n, s, tab, k, dense, y0, y, yNew, opts } = this;
    y0.set(y);
    // Dense output rows D_r = sum_j H[r][j] k_j.
    for (let r = 0; r < this.denseRows; r++) {
      const row = tab.H[r]!;
      const off = r * n;
      for (let c = 0; c < n; c++) dense[off + c] = 0;
      for (let j = 0; j < s; j++) {
        const hrj = row[j]!;
        if (hrj === 0) continue;
        const kj = j * n;
        for (let c = 0; c < n; c++) dense[off + c]! += hrj * k[kj + c]!;
      }
    }
    y.set(yNew);
    this.tPrev = t;
    // Land exactly on the limit when the step was clipped to it: t + (tLimit - t) can miss tLimit by one ulp.
    this.t = tNew;
    this.stats.steps++;
    this.jacobianCurrent = false;
    this.sys.rhs(this.t, y, this.f0);
    this.stats.rhs++;
    assertFiniteDerivative(this.sys, this.t, this.f0);
    if (opts.fixedStep !== undefined) {
      this.hNext = opts.fixedStep;
      return;
    }
    // Standard controller, then Gustafsson's predictive correction using the previous accepted step.
    const err = Math.max(errNorm, 1e-10);
    let fac = Math.min(GROW_MAX, Math.max(SHRINK_MAX, SAFETY * err ** (-1 / q)));
    if (this.errAccepted > 0) {
      const facPred = (h / this.hAccepted) * ((this.errAccepted / err) ** (1 / q)) * SAFETY * err ** (-1 / q);
      fac = Math.min(fac, Math.min(GROW_MAX, Math.max(SHRINK_MAX, facPred)));
    }
    // After a rejection, do not grow the step straight away (Hairer and Wanner, IV.8).
    if (afterRejection) fac = Math.min(fac, 1);
    this.hAccepted = h;
    this.errAccepted = err;
    this.hNext = Math.min(h * fac, opts.hMax);
  }

  interpolate(tq: number, out: Float64Array): void {
    const { n, y0, y, dense } = this;
    const h = this.t - this.tPrev;
    if (h === 0) {
      out.set(y);
      return;
    }
    const theta = (tq - this.tPrev) / h;
    const theta1 = 1 - theta;
    const rows = this.denseRows;
    for (let c = 0; c < n; c++) {
      // Horner form of (1-θ) y0 + θ (y1 + (1-θ)(D0 + θ (D1 + θ D2)))
      let inner = dense[(rows - 1) * n + c]!;
      for (let r = rows - 2; r >= 0; r--) inner = dense[r * n + c]! + theta * inner;
      out[c] = theta1 * y0[c]! + theta * (y[c]! + theta1 * inner);
    }
  }
}
