import { SolverError } from '../errors.js';
import { luFactor, luSolve } from '../linalg.js';
import { denseIterationMatrix, densePattern, gatherPattern, sparseLu, type SparseLu, type SparsityPattern } from '../sparse.js';
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
 *
 * The iteration matrix W = I/(h gamma) - J is factored densely with partial pivoting, or, when the system gives its
 * Jacobian's sparsity pattern and the pattern makes it cheaper (options.linearSolver), by sparse LU in a fixed order
 * (sparse.ts): then only J's structural nonzeros are evaluated and stored, and a step whose pivots fail the threshold
 * test is factored densely instead (stats.luFallbacks).
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
  /** Stage values of the step being attempted, and of the last accepted step (for dense output); swapped on accept. */
  private k: Float64Array;
  private kAccepted: Float64Array;
  /** Stage i's input continues stage i - 1's (same a_ij for j < i - 1), so it needs only the new terms. */
  private readonly extendsPrevious: Uint8Array;
  /** The solution weights continue the last stage's input (b_j = a_sj for j < s - 1; stiffly accurate methods). */
  private readonly solutionExtendsLast: boolean;
  private readonly f0: Float64Array;
  private readonly dT: Float64Array;
  /** Dense Jacobian, iteration matrix and pivots: allocated on first use when the sparse path is taken. */
  private J: Float64Array;
  private W: Float64Array;
  private pivots: Int32Array;
  /** Which factorisation the stepper uses (the sparse one still falls back to dense for single steps). */
  readonly linearSolver: 'dense' | 'sparse';
  /** Sparse path: the plan, J's values in pattern order, the factors, a solve work vector. */
  private readonly plan: SparseLu | undefined;
  private readonly jacobianValues: ((t: number, y: Float64Array, values: Float64Array) => void) | undefined;
  private readonly jv: Float64Array;
  private readonly luValues: Float64Array;
  private readonly luWork: Float64Array;
  /** The current attempt's factors are dense (always on the dense path; after a failed pivot test on the sparse one). */
  private denseFactors = true;
  private readonly u: Float64Array;
  private readonly fu: Float64Array;
  private readonly yNew: Float64Array;
  private readonly err: Float64Array;
  private readonly y0: Float64Array;
  private readonly dense: Float64Array;
  private readonly denseRows: number;
  /** Dense output rows are computed from kAccepted on the first interpolation in a step, not at every step. */
  private denseCurrent = true;
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
    this.kAccepted = new Float64Array(s * n);
    const sameRow = (i: number, r: readonly number[], upTo: number): boolean => {
      for (let j = 0; j < upTo; j++) if ((tab.a[i]![j] ?? 0) !== (r[j] ?? 0)) return false;
      return true;
    };
    this.extendsPrevious = Uint8Array.from({ length: s }, (_, i) => (i >= 2 && sameRow(i, tab.a[i - 1]!, i - 1) ? 1 : 0));
    this.solutionExtendsLast = s >= 2 && sameRow(s - 1, tab.b, s - 1);
    this.y = new Float64Array(n);
    this.f0 = new Float64Array(n);
    this.dT = new Float64Array(n);
    const mode = opts.linearSolver ?? 'auto';
    if (mode !== 'dense' && (sys.sparseJacobian !== undefined || mode === 'sparse')) {
      const pattern: SparsityPattern = sys.sparseJacobian?.pattern ?? densePattern(n);
      const plan = sparseLu(pattern);
      if (mode === 'sparse' || plan.worthwhile) this.plan = plan;
    }
    this.linearSolver = this.plan ? 'sparse' : 'dense';
    const dense = this.plan ? 0 : n;
    this.J = new Float64Array(dense * dense);
    this.W = new Float64Array(dense * dense);
    this.pivots = new Int32Array(dense);
    if (this.plan) {
      const pattern = this.plan.pattern;
      this.jv = new Float64Array(pattern.rowPtr[n]!);
      this.luValues = new Float64Array(this.plan.nnz);
      this.luWork = new Float64Array(n);
      // A system without a pattern (forced sparse): its dense Jacobian, gathered.
      this.jacobianValues =
        sys.sparseJacobian !== undefined
          ? (tt, yy, values) => sys.sparseJacobian!.values(tt, yy, values)
          : (tt, yy, values) => {
              sys.jacobian(tt, yy, this.denseWork());
              gatherPattern(pattern, this.J, values);
            };
    } else {
      this.jv = this.luValues = this.luWork = new Float64Array(0);
    }
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
    this.denseCurrent = true;
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
    const { k, u, fu, dT, aFlat, cFlat, plan, jv, luValues, luWork } = this;
    const t = this.t;
    const y = this.y;
    if (!this.jacobianCurrent) {
      if (plan) this.jacobianValues!(t, y, jv);
      else sys.jacobian(t, y, this.J);
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
      if (plan) this.repairSparseJacobian(t);
      else this.repairJacobian(t);
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
      this.stats.lu++;
      let factored = true;
      if (plan) {
        this.denseFactors = plan.factor(jv, diag, luValues) >= 0;
        if (this.denseFactors) {
          this.stats.luFallbacks++;
          this.denseWork();
          denseIterationMatrix(plan.pattern, jv, diag, this.W);
          factored = luFactor(this.W, n, this.pivots);
        }
      } else {
        const { W, J } = this;
        for (let i = 0; i < n * n; i++) W[i] = -J[i]!;
        for (let i = 0; i < n; i++) W[i * n + i]! += diag;
        factored = luFactor(W, n, this.pivots);
      }
      if (!factored) {
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
          // u = y + sum_j a_ij k_j, in j order. When row i repeats row i - 1, u still holds stage i - 1's input (the
          // right-hand side only reads it): add the one new term, which gives the same floating-point result.
          let j0 = 0;
          if (this.extendsPrevious[i]) j0 = i - 1;
          else for (let c = 0; c < n; c++) u[c] = y[c]!;
          for (let j = j0; j < i; j++) {
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
        if (this.denseFactors) luSolve(this.W, n, this.pivots, fu);
        else plan!.solve(luValues, fu, luWork);
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
        // y1 = y0 + sum_j b_j k_j; for a stiffly accurate method that is the last stage's input (still in u) plus the
        // remaining terms, the same sum in the same order.
        const j0 = this.solutionExtendsLast ? s - 1 : 0;
        yNew.set(this.solutionExtendsLast ? u : y);
        err.fill(0);
        for (let j = 0; j < s; j++) {
          const bj = tab.b[j]!;
          const ej = tab.e[j]!;
          const kj = j * n;
          if (bj !== 0 && j >= j0) for (let c = 0; c < n; c++) yNew[c]! += bj * k[kj + c]!;
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

  /** Dense work arrays for the sparse path's fallback, allocated on first use; returns the dense Jacobian array. */
  private denseWork(): Float64Array {
    const n = this.n;
    if (this.J.length !== n * n) {
      this.J = new Float64Array(n * n);
      this.W = new Float64Array(n * n);
      this.pivots = new Int32Array(n);
    }
    return this.J;
  }

  /** repairJacobian for the sparse path: only when some value is not finite, through the dense Jacobian. */
  private repairSparseJacobian(t: number): void {
    const { jv } = this;
    let finite = true;
    for (let e = 0; e < jv.length; e++) {
      const v = jv[e]!;
      if (v !== v || v === Infinity || v === -Infinity) finite = false;
    }
    if (finite) return;
    this.sys.jacobian(t, this.y, this.denseWork());
    this.repairJacobian(t);
    gatherPattern(this.plan!.pattern, this.J, jv);
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
    const { y0, y, yNew, opts } = this;
    y0.set(y);
    // Keep this step's stages for dense output (computed when first asked for); the next step writes the other buffer.
    const kStep = this.k;
    this.k = this.kAccepted;
    this.kAccepted = kStep;
    this.denseCurrent = false;
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

  /** Dense output rows D_r = sum_j H[r][j] k_j of the last accepted step. */
  private denseOutput(): void {
    const { n, s, tab, dense, kAccepted: k } = this;
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
    this.denseCurrent = true;
  }

  interpolate(tq: number, out: Float64Array): void {
    const { n, y0, y, dense } = this;
    const h = this.t - this.tPrev;
    if (h === 0) {
      out.set(y);
      return;
    }
    if (!this.denseCurrent) this.denseOutput();
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
