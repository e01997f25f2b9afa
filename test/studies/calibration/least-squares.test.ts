import { describe, expect, it } from 'vitest';
import { leastSquares } from '../../../src/studies/calibration/least-squares.js';
import { compileModel, simulate } from '../../../src/engine/index.js';

describe('bounded Levenberg-Marquardt', () => {
  it('finds the minimum of the Rosenbrock function written as residuals', () => {
    const fit = leastSquares(
      [
        { name: 'x', initial: -1.2, lower: -5, upper: 5 },
        { name: 'y', initial: 1, lower: -5, upper: 5 },
      ],
      ({ x, y }) => Float64Array.of(10 * (y! - x! * x!), 1 - x!),
    );
    expect(fit.converged).toBe(true);
    expect(fit.values.x).toBeCloseTo(1, 6);
    expect(fit.values.y).toBeCloseTo(1, 6);
    expect(fit.cost).toBeLessThan(1e-12);
  });

  it('recovers the rate and amplitude of an exponential from exact data, on log scale', () => {
    const ts = [0, 0.5, 1, 2, 4, 8];
    const data = ts.map((t) => 3 * Math.exp(-0.4 * t));
    const fit = leastSquares(
      [
        { name: 'A', initial: 1, lower: 0.01, upper: 100, scale: 'log' },
        { name: 'k', initial: 2, lower: 1e-4, upper: 10, scale: 'log' },
      ],
      ({ A, k }) => Float64Array.from(ts, (t, i) => A! * Math.exp(-k! * t) - data[i]!),
    );
    expect(fit.values.A).toBeCloseTo(3, 7);
    expect(fit.values.k).toBeCloseTo(0.4, 7);
  });

  it('stops on a bound when the unconstrained optimum lies outside it, and says so', () => {
    const fit = leastSquares([{ name: 'x', initial: 0.5, lower: 0, upper: 1 }], ({ x }) => Float64Array.of(x! - 3));
    expect(fit.values.x).toBe(1);
    expect(fit.atBounds).toEqual(['x']);
  });

  it('fits an ODE parameter through simulations and reports a standard error that shrinks with less noise', () => {
    const model = compileModel('decay-fit', [
      {
        name: 'decay',
        states: { A: { unit: 'mg', initial: 10 } },
        parameters: { k: { value: 1, unit: '1/h', source: 'fitted in this test', evidence: 'fitted' } },
        rates: { A: '-k * A' },
      },
    ]);
    const times = [0, 1, 2, 3, 4, 6, 8];
    const noise = [0.03, -0.02, 0.01, -0.04, 0.02, 0.01, -0.01];
    const fitWith = (scale: number) =>
      leastSquares([{ name: 'k', initial: 1, lower: 1e-3, upper: 10, scale: 'log' }], ({ k }) => {
        const run = simulate(model, { times, parameters: { k: k! }, options: { rtol: 1e-10, atol: 1e-12 } });
        const A = run.state('A');
        return Float64Array.from(times, (t, i) => A[i]! - (10 * Math.exp(-0.25 * t) + scale * noise[i]!));
      });
    const noisy = fitWith(1);
    const clean = fitWith(0.1);
    expect(noisy.values.k).toBeCloseTo(0.25, 2);
    expect(clean.values.k).toBeCloseTo(0.25, 3);
    expect(noisy.standardErrors.k).toBeGreaterThan(0);
    expect(clean.standardErrors.k!).toBeLessThan(noisy.standardErrors.k!);
  });

  it('rejects bad setups with clear messages', () => {
    expect(() => leastSquares([], () => Float64Array.of(1))).toThrow(/no parameters/);
    expect(() => leastSquares([{ name: 'k', initial: 5, lower: 0, upper: 1 }], () => Float64Array.of(1))).toThrow(
      "parameter 'k' starts at 5, outside its bounds [0, 1]",
    );
    expect(() => leastSquares([{ name: 'k', initial: 0.5, lower: 0, upper: 1, scale: 'log' }], () => Float64Array.of(1))).toThrow(
      /on log scale needs a lower bound > 0/,
    );
  });
});

describe('bounded Levenberg-Marquardt near bounds and failures', () => {
  it('converges for the free parameters while another sits on its bound', () => {
    // The optimum has x on its upper bound 1; then y minimises 100 (y - 1)^2 + 0.01 (y - 2)^2: y = 1.0000999...
    const fit = leastSquares(
      [
        { name: 'x', initial: 0.2, lower: 0, upper: 1 },
        { name: 'y', initial: 0, lower: -5, upper: 5 },
      ],
      ({ x, y }) => Float64Array.of(x! - 3, 10 * (y! - x!), 0.1 * (y! - 2)),
    );
    expect(fit.converged).toBe(true);
    expect(fit.values.x).toBe(1);
    expect(fit.values.y).toBeCloseTo(1 + 0.01 / 100.01, 8);
    expect(fit.atBounds).toEqual(['x']);
  });

  it('does not report convergence when it stalls because simulations fail near the start', () => {
    // Residuals fail (NaN) on the far side of x = 2.000001, where the optimum (x = 5) lies.
    const fit = leastSquares([{ name: 'x', initial: 2, lower: 0, upper: 10 }], ({ x }) =>
      Float64Array.of(x! > 2.000001 ? NaN : x! - 5),
    );
    expect(fit.converged).toBe(false);
    expect(fit.stalled).toBe(true);
  });
});
