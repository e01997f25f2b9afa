import { describe, expect, it } from 'vitest';
import { compileModel, SolverError, steadyState } from '../../src/engine/index.js';

const param = (value: number) => ({ value, unit: '1/day', source: 'test', evidence: 'assumed' as const });

describe('steady state', () => {
  it('finds the steady state of a linear cascade by Newton', () => {
    const m = compileModel('cascade', [
      {
        name: 'cascade',
        states: { X: { unit: 'cells', initial: 0 }, Y: { unit: 'cells', initial: 0 } },
        parameters: { a: param(2), b: param(0.5), c: param(3), d: param(0.25) },
        rates: { X: 'a - b * X', Y: 'c * X - d * Y' },
      },
    ]);
    const ss = steadyState(m, m.defaultParameters());
    expect(ss.method).toBe('newton');
    expect(ss.y[0]).toBeCloseTo(4, 12);
    expect(ss.y[1]).toBeCloseTo(48, 10);
    expect(ss.residual).toBeLessThan(1e-10);
  });

  it('finds the steady state of a nonlinear feedback model whose residual is then tiny', () => {
    const m = compileModel('feedback', [
      {
        name: 'feedback',
        states: { P: { unit: '1', initial: 1 }, Q: { unit: '1', initial: 1 } },
        parameters: { s: param(1), K: param(2), kP: param(0.3), kQ: param(0.7) },
        rates: { P: 's * hillr(Q, K, 4) - kP * P', Q: 'P - kQ * Q' },
      },
    ]);
    const p = m.defaultParameters();
    const ss = steadyState(m, p);
    const f = new Float64Array(2);
    m.rhs(0, ss.y, p, f);
    expect(Math.abs(f[0]!)).toBeLessThan(1e-9);
    expect(Math.abs(f[1]!)).toBeLessThan(1e-9);
    expect(ss.y[1]).toBeCloseTo(ss.y[0]! / 0.7, 10);
  });

  it('falls back to integration when Newton cannot start (singular Jacobian at the guess)', () => {
    const m = compileModel('cubic', [
      { name: 'cubic', states: { x: { unit: '1', initial: 0 } }, parameters: { r: param(1) }, rates: { x: 'r - x^3' } },
    ]);
    const ss = steadyState(m, m.defaultParameters());
    expect(ss.method).not.toBe('newton');
    expect(ss.y[0]).toBeCloseTo(1, 9);
  });

  it('freezes a time-dependent model at the requested time', () => {
    const m = compileModel('forced', [
      { name: 'forced', states: { x: { unit: '1', initial: 0 } }, parameters: { k: param(2) }, rates: { x: 'piecewise(1, t < 10, 3) - k * x' } },
    ]);
    expect(steadyState(m, m.defaultParameters(), undefined, { t: 0 }).y[0]).toBeCloseTo(0.5, 12);
    expect(steadyState(m, m.defaultParameters(), undefined, { t: 20 }).y[0]).toBeCloseTo(1.5, 12);
  });

  it('holds states that have no steady state of their own at their guess values', () => {
    // D integrates formation minus resorption, like a bone density: it has no steady state, the cells do.
    const m = compileModel('bone', [
      {
        name: 'bone',
        states: { B: { unit: 'cells', initial: 1 }, C: { unit: 'cells', initial: 1 }, D: { unit: '1', initial: 1 } },
        parameters: { kB: param(0.2), kC: param(0.1), f: param(0.03), r: param(0.02) },
        rates: { B: '1 - kB * B', C: '0.5 - kC * C', D: 'f * B - r * C' },
      },
    ]);
    const p = m.defaultParameters();
    expect(() => steadyState(m, p, undefined, { maxIntegrationTime: 1e3 })).toThrow(/no steady state found/);
    const ss = steadyState(m, p, Float64Array.of(0, 0, 0.7), { hold: ['D'] });
    expect(ss.method).toBe('newton');
    expect(ss.y[0]).toBeCloseTo(5, 12);
    expect(ss.y[1]).toBeCloseTo(5, 12);
    expect(ss.y[2]).toBe(0.7);
    expect(() => steadyState(m, p, undefined, { hold: ['DD'] })).toThrow(/hold: unknown state 'DD' \(did you mean 'D'\?\)/);
    expect(() => steadyState(m, p, undefined, { hold: ['B', 'C', 'D'] })).toThrow(/every state is held/);
  });

  it('reports a model without a steady state, naming the state', () => {
    const m = compileModel('growth', [
      { name: 'growth', states: { N: { unit: 'cells', initial: 1 } }, parameters: { g: param(0.1) }, rates: { N: 'g' } },
    ]);
    let error: unknown;
    try {
      steadyState(m, m.defaultParameters(), undefined, { maxIntegrationTime: 1e4 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).state).toBe('N');
    expect((error as Error).message).toMatch(/no steady state found .* state 'N'/);
  });
});
