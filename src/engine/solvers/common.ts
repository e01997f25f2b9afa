import { SolverError } from '../errors.js';
import type { OdeSystem, StepperOptions } from './types.js';

/** Weighted RMS norm of `e` with weights atol + rtol * max(|a|, |b|). */
export function errorNorm(e: Float64Array, a: Float64Array, b: Float64Array, rtol: number, atol: number | Float64Array): number {
  const n = e.length;
  let sum = 0;
  if (typeof atol === 'number') {
    for (let i = 0; i < n; i++) {
      const sc = atol + rtol * Math.max(Math.abs(a[i]!), Math.abs(b[i]!));
      const r = e[i]! / sc;
      sum += r * r;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const sc = atol[i]! + rtol * Math.max(Math.abs(a[i]!), Math.abs(b[i]!));
      const r = e[i]! / sc;
      sum += r * r;
    }
  }
  return Math.sqrt(sum / n);
}

/** Index of the component with the largest weighted error (for naming the culprit in failures). */
export function worstComponent(e: Float64Array, y: Float64Array, rtol: number, atol: number | Float64Array): number {
  let worst = 0;
  let max = -1;
  for (let i = 0; i < e.length; i++) {
    const sc = (typeof atol === 'number' ? atol : atol[i]!) + rtol * Math.abs(y[i]!);
    const r = Number.isFinite(e[i]!) ? Math.abs(e[i]!) / sc : Infinity;
    if (r > max) {
      max = r;
      worst = i;
    }
  }
  return worst;
}

/** First non-finite component, or -1. */
export function firstNonFinite(v: Float64Array): number {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) return i;
  return -1;
}

/**
 * Initial step size (Hairer, Norsett and Wanner, Solving ODEs I, II.4): balance an explicit Euler step's
 * change in f against the tolerance. Uses two evaluations of f.
 */
export function initialStep(
  sys: OdeSystem,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  order: number,
  opts: StepperOptions,
  direction: number,
  work: Float64Array,
  f1: Float64Array,
): number {
  const n = sys.n;
  let d0 = 0;
  let d1 = 0;
  for (let i = 0; i < n; i++) {
    const sc = (typeof opts.atol === 'number' ? opts.atol : opts.atol[i]!) + opts.rtol * Math.abs(y[i]!);
    d0 += (y[i]! / sc) ** 2;
    d1 += (f0[i]! / sc) ** 2;
  }
  d0 = Math.sqrt(d0 / n);
  d1 = Math.sqrt(d1 / n);
  let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
  h0 = Math.min(h0, opts.hMax);
  for (let i = 0; i < n; i++) work[i] = y[i]! + direction * h0 * f0[i]!;
  sys.rhs(t + direction * h0, work, f1);
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const sc = (typeof opts.atol === 'number' ? opts.atol : opts.atol[i]!) + opts.rtol * Math.abs(y[i]!);
    d2 += ((f1[i]! - f0[i]!) / sc) ** 2;
  }
  d2 = Math.sqrt(d2 / n) / h0;
  const dmax = Math.max(d1, d2);
  const h1 = dmax <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : (0.01 / dmax) ** (1 / (order + 1));
  const h = Math.min(100 * h0, h1, opts.hMax);
  return Number.isFinite(h) && h > 0 ? h : 1e-6;
}

/** Checks f(t, y) for non-finite values and throws a SolverError naming the state. */
export function assertFiniteDerivative(sys: OdeSystem, t: number, f: Float64Array): void {
  const bad = firstNonFinite(f);
  if (bad >= 0) {
    throw new SolverError(`the right-hand side is ${f[bad]} for d${sys.stateName(bad)}/dt`, {
      time: t,
      state: sys.stateName(bad),
      suggestion: 'Check the rate law of this state for a division by zero, a log or power of a negative value, or an overflow; check parameter values and the initial state.',
    });
  }
}

/** Next step for fixed-step runs: the fixed size, shortened only to land on tLimit. */
export function clipStep(t: number, h: number, tLimit: number): number {
  const remaining = tLimit - t;
  // Land exactly on tLimit rather than leave a sliver behind.
  return h >= remaining * (1 - 1e-12) || remaining - h < 1e-3 * h ? remaining : h;
}
