import { describe, expect, it } from 'vitest';
import { compileModel, simulate, type Method, type ModuleDef } from '../../src/engine/index.js';
import { significantDigits, STIFF_PROBLEMS } from '../../bench/stiff/problems.js';

const defined = (value: number) => ({ value, unit: '1', source: 'test problem', evidence: 'defined' as const, min: -Infinity });

const decay = compileModel('decay', [
  { name: 'decay', states: { A: { unit: 'mg', initial: 5 } }, parameters: { k: defined(0.7) }, rates: { A: '-k * A' } },
]);

/**
 * A stiff linear system with eigenvalues -1 and -1000 and a known solution:
 *   y1 = e^-t + e^-1000t, y2 = e^-t - e^-1000t  from  y1' = -500.5 y1 + 499.5 y2, y2' = 499.5 y1 - 500.5 y2.
 */
const stiffLinear = compileModel('stiff-linear', [
  {
    name: 'stiff-linear',
    states: { y1: { unit: '1', initial: 2 }, y2: { unit: '1', initial: 0 } },
    rates: { y1: '-500.5 * y1 + 499.5 * y2', y2: '499.5 * y1 - 500.5 * y2' },
  },
]);

/** Damped rotation: y1 = e^-0.1t cos t, y2 = e^-0.1t sin t. */
const rotation = compileModel('rotation', [
  {
    name: 'rotation',
    states: { y1: { unit: '1', initial: 1 }, y2: { unit: '1', initial: 0 } },
    rates: { y1: '-0.1 * y1 - y2', y2: 'y1 - 0.1 * y2' },
  },
]);

/** Non-autonomous scalar problem y' = -2 t y, y(0) = 1: y = exp(-t^2). Exercises df/dt in the Rosenbrock stages. */
const gaussian: ModuleDef = { name: 'gauss', states: { y: { unit: '1', initial: 1 } }, rates: { y: '-2 * t * y' } };
const gaussianModel = compileModel('gauss', [gaussian]);

const METHODS: Method[] = ['rodas5p', 'dopri5'];

describe.each(METHODS)('%s against analytic solutions', (method) => {
  it('solves exponential decay to within the tolerance at every output time', () => {
    const times = Array.from({ length: 21 }, (_, i) => i * 0.5);
    const r = simulate(decay, { times, options: { method, rtol: 1e-9, atol: 1e-12 } });
    const A = r.state('A');
    times.forEach((t, k) => expect(Math.abs(A[k]! - 5 * Math.exp(-0.7 * t)) / (5 * Math.exp(-0.7 * t))).toBeLessThan(1e-7));
  });

  it('solves a damped rotation with dense output between steps', () => {
    const times = Array.from({ length: 101 }, (_, i) => i * 0.2);
    const r = simulate(rotation, { times, options: { method, rtol: 1e-10, atol: 1e-12 } });
    const y1 = r.state('y1');
    const y2 = r.state('y2');
    let worst = 0;
    times.forEach((t, k) => {
      worst = Math.max(worst, Math.abs(y1[k]! - Math.exp(-0.1 * t) * Math.cos(t)), Math.abs(y2[k]! - Math.exp(-0.1 * t) * Math.sin(t)));
    });
    expect(worst).toBeLessThan(1e-8);
    // Outputs come from dense output: asking for 101 of them takes exactly the steps that asking for the end does.
    const endOnly = simulate(rotation, { times: [0, 20], options: { method, rtol: 1e-10, atol: 1e-12 } });
    expect(r.stats.steps).toBe(endOnly.stats.steps);
  });

  it('solves a non-autonomous problem', () => {
    const times = [0, 0.5, 1, 1.5, 2, 3];
    const r = simulate(gaussianModel, { times, options: { method, rtol: 1e-10, atol: 1e-14 } });
    times.forEach((t, k) => expect(Math.abs(r.state('y')[k]! - Math.exp(-t * t))).toBeLessThan(1e-9));
  });
});

describe('rodas5p on stiff problems', () => {
  it('solves a stiff linear system accurately in few steps', () => {
    const times = [0, 1e-3, 0.01, 0.1, 1, 5];
    const r = simulate(stiffLinear, { times, options: { rtol: 1e-8, atol: 1e-12 } });
    times.forEach((t, k) => {
      expect(r.state('y1')[k]).toBeCloseTo(Math.exp(-t) + Math.exp(-1000 * t), 7);
      expect(r.state('y2')[k]).toBeCloseTo(Math.exp(-t) - Math.exp(-1000 * t), 7);
    });
    expect(r.stats.steps).toBeLessThan(200);
  });

  for (const pr of STIFF_PROBLEMS) {
    it(`reaches >= 5 significant correct digits on ${pr.name} at rtol 1e-8`, () => {
      const m = compileModel(pr.model);
      const r = simulate(m, { initialState: Float64Array.from(pr.y0), t0: 0, times: [pr.tEnd], options: { rtol: 1e-8, atol: 1e-12 } });
      expect(significantDigits(r.finalState, pr.reference)).toBeGreaterThanOrEqual(5);
    });
  }

  it('gains accuracy as the tolerance tightens (ROBER)', () => {
    const pr = STIFF_PROBLEMS.find((p) => p.name === 'rober')!;
    const m = compileModel(pr.model);
    const scd = (rtol: number) =>
      significantDigits(
        simulate(m, { initialState: Float64Array.from(pr.y0), t0: 0, times: [pr.tEnd], options: { rtol, atol: rtol * 1e-4 } }).finalState,
        pr.reference,
      );
    expect(scd(1e-9)).toBeGreaterThan(scd(1e-5) + 2);
  });
});

/** Error at t = 1 of y' = -2 t y with fixed steps h, and the observed order log2(e(h) / e(h/2)). */
function observedOrder(method: Method, h: number): number {
  const err = (step: number) => {
    const r = simulate(gaussianModel, { times: [0, 1], options: { method, fixedStep: step } });
    return Math.abs(r.finalState[0]! - Math.exp(-1));
  };
  return Math.log2(err(h) / err(h / 2));
}

describe('convergence order with fixed steps', () => {
  it('rodas5p is fifth order', () => {
    const p = observedOrder('rodas5p', 0.05);
    expect(p).toBeGreaterThan(4.6);
    expect(p).toBeLessThan(5.6);
  });

  it('dopri5 is fifth order', () => {
    const p = observedOrder('dopri5', 0.05);
    expect(p).toBeGreaterThan(4.6);
    expect(p).toBeLessThan(5.6);
  });

  it('rodas5p dense output is fourth order or better between steps', () => {
    const errAt = (step: number) => {
      const times = [0.37, 0.63];
      const r = simulate(gaussianModel, { times: [0, ...times, 1], options: { fixedStep: step } });
      return Math.max(...times.map((t, i) => Math.abs(r.state('y')[i + 1]! - Math.exp(-t * t))));
    };
    const order = Math.log2(errAt(0.2) / errAt(0.1));
    expect(order).toBeGreaterThan(3.6);
  });

  it('dopri5 dense output is fourth order or better between steps', () => {
    const errAt = (step: number) => {
      const times = [0.37, 0.63];
      const r = simulate(gaussianModel, { times: [0, ...times, 1], options: { method: 'dopri5', fixedStep: step } });
      return Math.max(...times.map((t, i) => Math.abs(r.state('y')[i + 1]! - Math.exp(-t * t))));
    };
    expect(Math.log2(errAt(0.2) / errAt(0.1))).toBeGreaterThan(3.6);
  });
});

describe('conservation and non-negativity', () => {
  it('conserves y1 + y2 + y3 on ROBER and keeps every state non-negative within tolerance', () => {
    const pr = STIFF_PROBLEMS.find((p) => p.name === 'rober')!;
    const m = compileModel(pr.model);
    const times = [0, 1e-5, 1e-3, 0.1, 1, 10, 1e3, 1e5, 1e7, 1e9, 1e11];
    const r = simulate(m, { initialState: Float64Array.from(pr.y0), t0: 0, times, options: { rtol: 1e-7, atol: 1e-12 } });
    for (let k = 0; k < times.length; k++) {
      const row = r.values.subarray(k * 3, k * 3 + 3);
      expect(Math.abs(row[0]! + row[1]! + row[2]! - 1)).toBeLessThan(1e-9);
      for (const v of row) expect(v).toBeGreaterThan(-1e-10);
    }
  });
});
