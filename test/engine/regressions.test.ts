import { describe, expect, it } from 'vitest';
import { compileModel, simulate, SolverError, steadyState, type ModuleDef } from '../../src/engine/index.js';

/** Regression tests for defects found in review; each names the behaviour it pins. */

const param = (value: number) => ({ value, unit: '1/day', source: 'test', evidence: 'assumed' as const });

const decay = compileModel('decay-regression', [
  { name: 'decay', states: { A: { unit: 'mg', initial: 1 } }, parameters: { k: param(0.1) }, rates: { A: '-k * A' } },
]);

describe('events and triggers', () => {
  it('a falling trigger whose condition reaches exactly zero at a step end fires there, not earlier', () => {
    for (const direction of ['falling', 'either'] as const) {
      const r = simulate(decay, {
        times: [0, 5, 8],
        events: [{ kind: 'trigger', condition: '5 - t', direction, action: { kind: 'bolus', state: 'A', amount: 1 } }],
      });
      expect(r.triggers).toHaveLength(1);
      expect(r.triggers[0]!.time).toBeCloseTo(5, 8);
    }
  });

  it('an output at the time of a trigger that coincides with a dose shows the state after both', () => {
    const r = simulate(decay, {
      times: [0, 5, 10],
      events: [
        { kind: 'bolus', time: 5, state: 'A', amount: 1 },
        { kind: 'trigger', condition: 't - 5', direction: 'rising', action: { kind: 'bolus', state: 'A', amount: 10 } },
      ],
      options: { rtol: 1e-10, atol: 1e-12 },
    });
    expect(r.triggers).toHaveLength(1);
    expect(r.state('A')[1]).toBeCloseTo(Math.exp(-0.5) + 11, 8);
    expect(r.state('A')[2]).toBeCloseTo((Math.exp(-0.5) + 11) * Math.exp(-0.5), 7);
  });

  it('a dose that pushes a state across a trigger threshold fires the trigger', () => {
    const r = simulate(decay, {
      times: [0, 2, 4],
      initialState: { A: 0.8 },
      events: [
        { kind: 'bolus', time: 2, state: 'A', amount: 5 },
        { kind: 'trigger', label: 'high', condition: 'A - 3', direction: 'rising', action: { kind: 'set-parameter', parameter: 'k', value: 1 } },
      ],
    });
    expect(r.triggers.map((f) => [f.label, f.time])).toEqual([['high', 2]]);
    expect(r.finalParameters[decay.parameterIndex('k')]).toBe(1);
  });

  it('steps land exactly on dose times, even when t + (tLimit - t) rounds short', () => {
    // Found by random search: these dose times once ended in "step size underflow at t = 28.2".
    const r = simulate(
      compileModel('slow', [{ name: 'slow', states: { A: { unit: 'mg', initial: 1 } }, rates: { A: '-0.01 * A' } }]),
      {
        times: [0, 200],
        events: [
          { kind: 'bolus', time: 2.9, state: 'A', amount: 1 },
          { kind: 'bolus', time: 28.2, state: 'A', amount: 1 },
        ],
      },
    );
    expect(r.finalState[0]).toBeCloseTo(Math.exp(-2) + Math.exp(-0.01 * 197.1) + Math.exp(-0.01 * 171.8), 5);
    // And a sweep of awkward dose times.
    for (let k = 1; k <= 200; k++) {
      const time = (k * 0.37) % 50;
      expect(() => simulate(decay, { times: [0, 60], events: [{ kind: 'bolus', time, state: 'A', amount: 1 }] })).not.toThrow();
    }
  });

  it('counts maxSteps exactly', () => {
    let error: unknown;
    try {
      simulate(decay, { times: [0, 1000], options: { maxSteps: 3, fixedStep: 1 } });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatch(/too many steps \(more than 3\) at t = 3,/);
  });
});

describe('stiff solver robustness', () => {
  it('integrates a fast transient over a very long horizon (the minimum step does not grow with the end time)', () => {
    const m = compileModel('fast-slow', [
      {
        name: 'fs',
        states: { x: { unit: '1', initial: 0 }, z: { unit: '1', initial: 1 } },
        rates: { x: '1e8 * (z^2 - x)', z: '-1e-9 * z' },
      },
    ]);
    for (const T of [1e5, 1e9, 1e12]) {
      const r = simulate(m, { times: [0, T], options: { rtol: 1e-8, atol: 1e-12 } });
      const z = Math.exp(-1e-9 * T);
      expect(r.finalState[1]).toBeCloseTo(z, 6);
      expect(r.finalState[0]).toBeCloseTo(z * z, 6);
    }
  });

  it('repairs an infinite Jacobian entry (sqrt at zero) instead of failing at t0', () => {
    const m = compileModel('sqrt0', [
      { name: 's', states: { x: { unit: '1', initial: 0 }, y: { unit: '1', initial: 0 } }, rates: { x: '1 - x', y: 'sqrt(x) - y' } },
    ]);
    const rodas = simulate(m, { times: [0, 3], options: { rtol: 1e-8, atol: 1e-10 } });
    const dopri = simulate(m, { times: [0, 3], options: { method: 'dopri5', rtol: 1e-10, atol: 1e-12 } });
    expect(rodas.finalState[1]).toBeCloseTo(dopri.finalState[1]!, 5);
  });

  it('names the state when df/dt overflows (a steep logistic switch in time)', () => {
    // The rate stays finite (x / (1 + Infinity) = 0) while its time derivative is Infinity / Infinity.
    const m = compileModel('overflow', [
      { name: 'o', states: { x: { unit: '1', initial: 1 } }, rates: { x: '-x / (1 + exp(1000 * (t - 0.5)))' } },
    ]);
    let error: unknown;
    try {
      simulate(m, { times: [0, 2], options: { hMax: 0.1 } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverError);
    expect((error as Error).message).toMatch(/the time derivative of dx\/dt is NaN/);
    expect((error as SolverError).state).toBe('x');
  });

  it('is fifth order on a nonlinear, time-dependent problem (forced Van der Pol)', () => {
    const m = compileModel('forced-vdp', [
      {
        name: 'vdp',
        states: { u: { unit: '1', initial: 2 }, v: { unit: '1', initial: 0 } },
        rates: { u: 'v', v: '0.5 * (1 - u^2) * v - u + sin(t)' },
      },
    ]);
    const reference = simulate(m, { times: [0, 2], options: { rtol: 1e-13, atol: 1e-14 } }).finalState;
    const err = (h: number) => {
      const y = simulate(m, { times: [0, 2], options: { fixedStep: h } }).finalState;
      return Math.max(Math.abs(y[0]! - reference[0]!), Math.abs(y[1]! - reference[1]!));
    };
    const order = Math.log2(err(0.05) / err(0.025));
    expect(order).toBeGreaterThan(4.5);
    expect(order).toBeLessThan(5.8);
  });
});

describe('compiler caching and parameter checks', () => {
  it('caches compileModel(name, modules) on the modules array', () => {
    const modules: ModuleDef[] = [{ name: 'm', states: { X: { unit: '1', initial: 0 } }, rates: { X: '1' } }];
    expect(compileModel('cached', modules)).toBe(compileModel('cached', modules));
  });

  it('rejects infinite parameter values as bad input, not as a solver failure', () => {
    expect(() => decay.parameters({ k: Infinity })).toThrow(/parameter 'k' must be a finite number, got Infinity/);
  });

  it('holds states in the steady state without per-call allocation surprises (fallback path)', () => {
    const m = compileModel('hold-fallback', [
      {
        name: 'h',
        states: { x: { unit: '1', initial: 0 }, D: { unit: '1', initial: 2 } },
        parameters: { r: param(1) },
        rates: { x: 'r - x^3', D: 'x' },
      },
    ]);
    const ss = steadyState(m, m.defaultParameters(), undefined, { hold: ['D'] });
    expect(ss.y[0]).toBeCloseTo(1, 9);
    expect(ss.y[1]).toBe(2);
  });
});
