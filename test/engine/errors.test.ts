import { describe, expect, it } from 'vitest';
import { compileModel, ModelError, simulate, SolverError, type EngineEvent, type SimulateInput } from '../../src/engine/index.js';
import { STIFF_PROBLEMS } from '../../bench/stiff/problems.js';

const param = (value: number) => ({ value, unit: '1/h', source: 'test', evidence: 'assumed' as const });

const pk = compileModel('pk-errors', [
  {
    name: 'pk',
    states: { Agut: { unit: 'mg', initial: 0 }, A: { unit: 'mg', initial: 0 } },
    parameters: { ka: param(1), k: param(0.3) },
    derived: { C: 'A / 10' },
    rates: { Agut: '-ka * Agut', A: 'ka * Agut - k * A' },
  },
]);

function failure(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('solver failures name the time, the state and a remedy', () => {
  it('finite-time blow-up gives a SolverError near the singularity', () => {
    const m = compileModel('blowup', [{ name: 'b', states: { y: { unit: '1', initial: 1 } }, rates: { y: 'y^2' } }]);
    const e = failure(() => simulate(m, { times: [0, 2] }));
    expect(e).toBeInstanceOf(SolverError);
    const se = e as SolverError;
    expect(se.state).toBe('y');
    expect(se.time).toBeGreaterThan(0.99);
    expect(se.time).toBeLessThan(1.0001);
    expect(se.message).toMatch(/at t = 0\.99\d*|at t = 1/);
    expect(se.suggestion.length).toBeGreaterThan(20);
  });

  it('a NaN right-hand side is reported with the state whose rate produced it', () => {
    const m = compileModel('nan', [
      { name: 'n', states: { ok: { unit: '1', initial: 1 }, bad: { unit: '1', initial: 1 } }, rates: { ok: '-ok', bad: 'log(bad - 2)' } },
    ]);
    const e = failure(() => simulate(m, { times: [0, 1] }));
    expect(e).toBeInstanceOf(SolverError);
    expect(e.message).toMatch(/the right-hand side is NaN for dbad\/dt at t = 0, state 'bad'/);
    expect(e.message).toMatch(/division by zero, a log or power of a negative value/);
  });

  it('too many steps names the limit and suggests the stiff method when an explicit one is used', () => {
    const rober = STIFF_PROBLEMS.find((p) => p.name === 'rober')!;
    const m = compileModel(rober.model);
    const e = failure(() =>
      simulate(m, { initialState: Float64Array.from(rober.y0), t0: 0, times: [1e5], options: { method: 'dopri5', maxSteps: 2000 } }),
    );
    expect(e).toBeInstanceOf(SolverError);
    expect(e.message).toMatch(/too many steps \(more than 2000\) at t = /);
    expect(e.message).toMatch(/use the default method 'rodas5p'/);
  });
});

describe('bad simulation input gives a ModelError naming the field', () => {
  const run = (input: Partial<SimulateInput>) => () => simulate(pk, { times: [0, 10], ...input });
  const withEvent = (ev: Record<string, unknown>) => run({ events: [ev as unknown as EngineEvent] });

  const cases: [string, () => unknown, RegExp][] = [
    ['negative dose', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: -5 }), /events\[0\]\.amount must be >= 0, got -5/],
    ['NaN dose', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: NaN }), /events\[0\]\.amount must be a finite number/],
    ['fractional count', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: 5, interval: 1, count: 2.5 }), /events\[0\]\.count must be a whole number >= 1, got 2.5/],
    ['zero interval', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: 5, interval: 0, count: 3 }), /events\[0\]\.interval must be > 0 when count > 1, got 0/],
    ['negative interval', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: 5, interval: -7, count: 3 }), /events\[0\]\.interval must be > 0/],
    ['missing interval', withEvent({ kind: 'bolus', time: 1, state: 'Agut', amount: 5, count: 3 }), /events\[0\]\.interval must be a finite number/],
    ['dose before start', run({ t0: 5, times: [5, 10], events: [{ kind: 'bolus', time: 1, state: 'Agut', amount: 1 }] }), /events\[0\]\.time = 1 is before the start of the simulation \(5\)/],
    ['unknown state', withEvent({ kind: 'bolus', time: 1, state: 'Agt', amount: 5 }), /events\[0\]\.state: unknown state 'Agt' \(did you mean 'Agut'\?\)/],
    ['zero infusion duration', withEvent({ kind: 'infusion', time: 1, state: 'A', rate: 1, duration: 0 }), /events\[0\]\.duration must be > 0, got 0/],
    ['negative infusion rate', withEvent({ kind: 'infusion', time: 1, state: 'A', rate: -1, duration: 1 }), /events\[0\]\.rate must be >= 0/],
    ['unknown parameter', withEvent({ kind: 'set-parameter', time: 1, parameter: 'K', value: 1 }), /events\[0\]\.parameter: unknown parameter 'K' \(did you mean 'k'\?\)/],
    ['parameter out of bounds', withEvent({ kind: 'set-parameter', time: 1, parameter: 'k', value: -1 }), /events\[0\]\.value: parameter 'k' = -1 is outside its allowed range 0 to Infinity 1\/h/],
    ['unknown event kind', withEvent({ kind: 'dose', time: 1 }), /events\[0\]\.kind 'dose' is not an event kind/],
    ['bad trigger direction', withEvent({ kind: 'trigger', condition: 'A - 1', direction: 'up', action: { kind: 'bolus', state: 'A', amount: 1 } }), /events\[0\]\.direction must be 'rising', 'falling' or 'either'/],
    ['bad trigger condition', withEvent({ kind: 'trigger', condition: 'Ax - 1', direction: 'rising', action: { kind: 'bolus', state: 'A', amount: 1 } }), /events\[0\]\.condition uses undefined name 'Ax' \(did you mean 'A'\?\)/],
    ['unsorted times', run({ times: [0, 5, 2] }), /times must be non-decreasing, but times\[2\] = 2 < times\[1\] = 5/],
    ['no times', run({ times: [] }), /at least one output time/],
    ['unknown method', run({ options: { method: 'euler' as never } }), /options\.method 'euler' is not a method \(known: rodas5p, dopri5\)/],
    ['negative rtol', run({ options: { rtol: -1 } }), /options\.rtol must be a positive finite number, got -1/],
    ['atol of the wrong length', run({ options: { atol: [1e-8] } }), /options\.atol has 1 entries but the model has 2 states/],
    ['unknown derived output', run({ derived: ['CC'] }), /derived: unknown derived quantity 'CC'/],
    ['unknown parameter override', run({ parameters: { ka2: 1 } }), /parameters\.ka2: unknown parameter 'ka2' \(did you mean 'ka'\?\)/],
    ['NaN initial state', run({ initialState: { A: NaN } }), /initialState\.A must be a finite number, got NaN/],
  ];
  for (const [what, fn, message] of cases) {
    it(what, () => {
      const e = failure(fn);
      expect(e).toBeInstanceOf(ModelError);
      expect(e.message).toMatch(message);
    });
  }
});
