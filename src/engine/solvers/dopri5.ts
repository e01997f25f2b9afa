import { SolverError } from '../errors.js';
import { assertFiniteDerivative, clipStep, errorNorm, initialStep, worstComponent } from './common.js';
import { emptyStats, type OdeSystem, type SolverStats, type Stepper, type StepperOptions } from './types.js';

/*
 * Dormand-Prince 5(4) coefficients (Dormand and Prince, J. Comput. Appl. Math. 6:19, 1980) with the order-4 dense
 * output of Shampine (Math. Comp. 46:135, 1986), as tabulated in Hairer, Norsett and Wanner, Solving ODEs I, II.5.
 */
const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

const SAFETY = 0.9;
const BETA = 0.04; // PI controller stabilisation (Hairer's dopri5 default)

/** Explicit Dormand-Prince 5(4) stepper with FSAL, PI step-size control and dense output. For non-stiff problems. */
export class DormandPrinceStepper implements Stepper {
  readonly name = 'dopri5';
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: SolverStats = emptyStats();
  hNext = 0;

  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly k5: Float64Array;
  private readonly k6: Float64Array;
  private readonly k7: Float64Array;
  private readonly u: Float64Array;
  private readonly yNew: Float64Array;
  private readonly err: Float64Array;
  private readonly r1: Float64Array;
  private readonly r2: Float64Array;
  private readonly r3: Float64Array;
  private readonly r4: Float64Array;
  private readonly r5: Float64Array;
  private facOld = 1e-4;
  private started = false;

  constructor(
    private readonly sys: OdeSystem,
    private readonly opts: StepperOptions,
  ) {
    const n = sys.n;
    const v = (): Float64Array => new Float64Array(n);
    this.y = v();
    this.k1 = v();
    this.k2 = v();
    this.k3 = v();
    this.k4 = v();
    this.k5 = v();
    this.k6 = v();
    this.k7 = v();
    this.u = v();
    this.yNew = v();
    this.err = v();
    this.r1 = v();
    this.r2 = v();
    this.r3 = v();
    this.r4 = v();
    this.r5 = v();
  }

  reset(t: number, y: Float64Array, hGuess?: number): void {
    this.t = t;
    this.tPrev = t;
    this.y.set(y);
    this.r1.set(y);
    this.r2.fill(0);
    this.r3.fill(0);
    this.r4.fill(0);
    this.r5.fill(0);
    this.sys.rhs(t, this.y, this.k1);
    this.stats.rhs++;
    assertFiniteDerivative(this.sys, t, this.k1);
    this.facOld = 1e-4;
    this.started = true;
    if (this.opts.fixedStep !== undefined) this.hNext = this.opts.fixedStep;
    else if (this.opts.hInit !== undefined && !(hGuess! > 0)) this.hNext = this.opts.hInit;
    else {
      // After a jump, the smaller of the last step size and the starting-step estimate (as the Rosenbrock stepper).
      const estimate = initialStep(this.sys, t, this.y, this.k1, 4, this.opts, 1, this.u, this.k2);
      this.stats.rhs++;
      this.hNext = hGuess !== undefined && hGuess > 0 ? Math.min(hGuess, estimate, this.opts.hMax) : estimate;
    }
  }

  step(tLimit: number): void {
    if (!this.started) throw new Error('DormandPrinceStepper.step called before reset');
    const { sys, opts, y, u, k1, k2, k3, k4, k5, k6, k7, yNew, err } = this;
    const n = sys.n;
    const t = this.t;
    const hMin = 16 * Number.EPSILON * Math.abs(t);
    let h = Math.min(this.hNext, opts.hMax);
    let rejectedBefore = false;
    for (let attempt = 0; ; attempt++) {
      h = clipStep(t, h, tLimit);
      if (attempt > 60 || h < hMin) {
        throw new SolverError('step size underflow', {
          time: t,
          state: sys.stateName(worstComponent(err, y, opts.rtol, opts.atol)),
          suggestion: `The step size fell to ${h.toExponential(2)}. The problem may be stiff (use the default stiff method 'rodas5p') or have a singularity near this time.`,
        });
      }
      for (let i = 0; i < n; i++) u[i] = y[i]! + h * A21 * k1[i]!;
      sys.rhs(t + C2 * h, u, k2);
      for (let i = 0; i < n; i++) u[i] = y[i]! + h * (A31 * k1[i]! + A32 * k2[i]!);
      sys.rhs(t + C3 * h, u, k3);
      for (let i = 0; i < n; i++) u[i] = y[i]! + h * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
      sys.rhs(t + C4 * h, u, k4);
      for (let i = 0; i < n; i++) u[i] = y[i]! + h * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
      sys.rhs(t + C5 * h, u, k5);
      for (let i = 0; i < n; i++) u[i] = y[i]! + h * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
      sys.rhs(t + h, u, k6);
      for (let i = 0; i < n; i++) yNew[i] = y[i]! + h * (A71 * k1[i]! + A73 * k3[i]! + A74 * k4[i]! + A75 * k5[i]! + A76 * k6[i]!);
      sys.rhs(t + h, yNew, k7);
      this.stats.rhs += 6;
      for (let i = 0; i < n; i++) {
        err[i] = h * (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!);
      }
      let e = opts.fixedStep !== undefined ? 0 : errorNorm(err, y, yNew, opts.rtol, opts.atol);
      let finite = true;
      for (let i = 0; i < n; i++) if (!Number.isFinite(yNew[i]!) || !Number.isFinite(k7[i]!)) finite = false;
      if (!finite) e = Infinity;
      if (e <= 1) {
        this.accept(t, h, h === tLimit - t ? tLimit : t + h, e, rejectedBefore);
        return;
      }
      if (opts.fixedStep !== undefined) {
        throw new SolverError('the fixed-step Dormand-Prince step produced a non-finite value', {
          time: t,
          state: undefined,
          suggestion: 'Use a smaller fixed step or the adaptive solver.',
        });
      }
      this.stats.rejected++;
      rejectedBefore = true;
      h *= Number.isFinite(e) ? Math.max(0.2, SAFETY * e ** -0.2) : 0.25;
    }
  }

  private accept(t: number, h: number, tNew: number, e: number, rejectedBefore: boolean): void {
    const { sys, y, yNew, k1, k3, k4, k5, k6, k7, r1, r2, r3, r4, r5, opts } = this;
    const n = sys.n;
    for (let i = 0; i < n; i++) {
      const ydiff = yNew[i]! - y[i]!;
      const bspl = h * k1[i]! - ydiff;
      r1[i] = y[i]!;
      r2[i] = ydiff;
      r3[i] = bspl;
      r4[i] = ydiff - h * k7[i]! - bspl;
      r5[i] = h * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
    }
    y.set(yNew);
    k1.set(k7); // first same as last
    assertFiniteDerivative(sys, tNew, k1);
    this.tPrev = t;
    // Land exactly on the limit when the step was clipped to it: t + (tLimit - t) can miss tLimit by one ulp.
    this.t = tNew;
    this.stats.steps++;
    if (opts.fixedStep !== undefined) {
      this.hNext = opts.fixedStep;
      return;
    }
    const eSafe = Math.max(e, 1e-10);
    const fac11 = eSafe ** (0.2 - BETA * 0.75);
    let fac = fac11 / this.facOld ** BETA / SAFETY;
    fac = Math.max(1 / 10, Math.min(5, fac)); // hNew = h / fac: grow at most 10x, shrink at most 5x
    let hNew = h / fac;
    if (rejectedBefore) hNew = Math.min(hNew, h);
    this.facOld = Math.max(e, 1e-4);
    this.hNext = Math.min(hNew, opts.hMax);
  }

  interpolate(tq: number, out: Float64Array): void {
    const h = this.t - this.tPrev;
    if (h === 0) {
      out.set(this.y);
      return;
    }
    const s = (tq - this.tPrev) / h;
    const s1 = 1 - s;
    const { r1, r2, r3, r4, r5 } = this;
    for (let i = 0; i < out.length; i++) {
      out[i] = r1[i]! + s * (r2[i]! + s1 * (r3[i]! + s * (r4[i]! + s1 * r5[i]!)));
    }
  }
}
