import { describe, expect, it } from 'vitest';
import { compileModel, scheduleEvents, simulate, type EngineEvent } from '../../src/engine/index.js';

const param = (value: number, unit: string) => ({ value, unit, source: 'test', evidence: 'assumed' as const });

/** One-compartment PK: amount A (mg) in volume V (L), first-order elimination k (1/h). */
const pk = compileModel('pk', [
  {
    name: 'pk',
    states: { A: { unit: 'mg', initial: 0 }, B: { unit: 'mg', initial: 0 } },
    parameters: { k: param(0.3, '1/h'), V: param(20, 'L') },
    derived: { C: { expr: 'A / V', unit: 'mg/L' } },
    rates: { A: '-k * A', B: '-k * B' },
  },
]);

const OPTS = { rtol: 1e-10, atol: 1e-12 };

/** Closed form for boluses D at times s_i: A(t) = sum over s_i <= t of D exp(-k (t - s_i)). */
const bolusAmount = (t: number, doses: number[], D: number, k: number): number =>
  doses.filter((s) => s <= t).reduce((sum, s) => sum + D * Math.exp(-k * (t - s)), 0);

/** Closed form for zero-order infusions of rate R and duration T starting at s_i. */
const infusionAmount = (t: number, starts: number[], R: number, T: number, k: number): number =>
  starts.reduce((sum, s) => {
    if (t <= s) return sum;
    if (t <= s + T) return sum + (R / k) * (1 - Math.exp(-k * (t - s)));
    return sum + (R / k) * (1 - Math.exp(-k * T)) * Math.exp(-k * (t - s - T));
  }, 0);

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('bolus dosing', () => {
  it('matches the closed form for repeated boluses, including at dose times and just before them', () => {
    const doses = [0, 12, 24, 36, 48];
    const times = [0, 1, 5, 11.999, 12, 12.5, 23.9, 24, 30, 36, 47.5, 48, 60, 72];
    const r = simulate(pk, {
      times,
      events: [{ kind: 'bolus', time: 0, state: 'A', amount: 100, interval: 12, count: 5 }],
      derived: ['C'],
      options: OPTS,
    });
    times.forEach((t, i) => {
      expect(relErr(r.state('A')[i]!, bolusAmount(t, doses, 100, 0.3))).toBeLessThan(1e-6);
      expect(relErr(r.derived('C')[i]!, bolusAmount(t, doses, 100, 0.3) / 20)).toBeLessThan(1e-6);
    });
  });

  it('applies a dose at t = 0 and a dose at the final time before recording', () => {
    const r = simulate(pk, {
      times: [0, 10],
      events: [
        { kind: 'bolus', time: 0, state: 'A', amount: 50 },
        { kind: 'bolus', time: 10, state: 'A', amount: 7 },
      ],
      options: OPTS,
    });
    expect(r.state('A')[0]).toBe(50);
    expect(relErr(r.state('A')[1]!, 50 * Math.exp(-3) + 7)).toBeLessThan(1e-8);
  });

  it('applies every dose given at the same time', () => {
    const r = simulate(pk, {
      times: [0, 5, 6],
      events: [
        { kind: 'bolus', time: 5, state: 'A', amount: 10 },
        { kind: 'bolus', time: 5, state: 'A', amount: 20 },
        { kind: 'bolus', time: 5, state: 'B', amount: 3 },
      ],
      options: OPTS,
    });
    expect(r.state('A')[1]).toBe(30);
    expect(r.state('B')[1]).toBe(3);
    expect(relErr(r.state('A')[2]!, 30 * Math.exp(-0.3))).toBeLessThan(1e-8);
  });

  it('ignores nothing: a dose between output times still shows at the next output', () => {
    const r = simulate(pk, { times: [0, 10], events: [{ kind: 'bolus', time: 3.3, state: 'B', amount: 1 }], options: OPTS });
    expect(relErr(r.state('B')[1]!, Math.exp(-0.3 * 6.7))).toBeLessThan(1e-8);
  });
});

describe('zero-order infusions', () => {
  it('matches the closed form for a single infusion', () => {
    const times = [0, 0.5, 1, 2, 2.5, 4, 10];
    const r = simulate(pk, { times, events: [{ kind: 'infusion', time: 0.5, state: 'A', rate: 40, duration: 2 }], options: OPTS });
    times.forEach((t, i) => {
      const expected = infusionAmount(t, [0.5], 40, 2, 0.3);
      if (expected === 0) expect(Math.abs(r.state('A')[i]!)).toBeLessThan(1e-14);
      else expect(relErr(r.state('A')[i]!, expected)).toBeLessThan(1e-6);
    });
  });

  it('matches the closed form for repeated and overlapping infusions', () => {
    const starts = [0, 8, 16, 24];
    const times = Array.from({ length: 81 }, (_, i) => i * 0.5);
    const r = simulate(pk, {
      times,
      events: [
        { kind: 'infusion', time: 0, state: 'A', rate: 25, duration: 3, interval: 8, count: 4 },
        { kind: 'infusion', time: 1, state: 'A', rate: 5, duration: 20 },
      ],
      options: OPTS,
    });
    times.forEach((t, i) => {
      const expected = infusionAmount(t, starts, 25, 3, 0.3) + infusionAmount(t, [1], 5, 20, 0.3);
      if (expected === 0) expect(r.state('A')[i]).toBe(0);
      else expect(relErr(r.state('A')[i]!, expected)).toBeLessThan(1e-6);
    });
    // After every infusion has ended, no round-off input remains: pure exponential decay.
    const late = simulate(pk, {
      times: [0, 40, 50],
      events: [{ kind: 'infusion', time: 0, state: 'A', rate: 0.1, duration: 0.3, interval: 0.7, count: 30 }],
      options: OPTS,
    });
    expect(relErr(late.state('A')[2]!, late.state('A')[1]! * Math.exp(-3))).toBeLessThan(1e-8);
  });
});

describe('parameter changes', () => {
  it('switches a rate constant at a given time', () => {
    const r = simulate(pk, {
      times: [0, 2, 5],
      initialState: { A: 10 },
      events: [{ kind: 'set-parameter', time: 2, parameter: 'k', value: 0.1 }],
      options: OPTS,
    });
    expect(relErr(r.state('A')[1]!, 10 * Math.exp(-0.6))).toBeLessThan(1e-8);
    expect(relErr(r.state('A')[2]!, 10 * Math.exp(-0.6 - 0.3))).toBeLessThan(1e-8);
    expect(r.finalParameters[pk.parameterIndex('k')]).toBe(0.1);
  });

  it('applies a parameter change and a bolus at the same time, rate changes first', () => {
    const actions = scheduleEvents(
      pk,
      [
        { kind: 'bolus', time: 1, state: 'A', amount: 1 },
        { kind: 'set-parameter', time: 1, parameter: 'k', value: 0.2 },
        { kind: 'infusion', time: 1, state: 'A', rate: 1, duration: 1 },
      ],
      0,
    );
    expect(actions.map((a) => a.type)).toEqual(['rate', 'parameter', 'bolus', 'rate']);
    expect(actions.map((a) => a.time)).toEqual([1, 1, 1, 2]);
  });
});

describe('state-triggered events', () => {
  const k = 0.3;
  const crossing = Math.log(5) / k; // A = 5 e^{-kt} falls to 1

  it('locates a falling crossing within the requested tolerance and applies its action', () => {
    const tol = 1e-9;
    const r = simulate(pk, {
      times: [0, 10],
      initialState: { A: 5 },
      events: [{ kind: 'trigger', label: 'redose', condition: 'A - 1', direction: 'falling', action: { kind: 'bolus', state: 'A', amount: 4 } }],
      options: { ...OPTS, eventTolerance: tol },
    });
    expect(r.triggers).toHaveLength(1);
    expect(r.triggers[0]!.label).toBe('redose');
    expect(Math.abs(r.triggers[0]!.time - crossing)).toBeLessThan(tol + 1e-9);
    expect(relErr(r.state('A')[1]!, 5 * Math.exp(-k * (10 - crossing)))).toBeLessThan(1e-7);
  });

  it('fires a repeating trigger at every crossing and a one-shot trigger once', () => {
    const events: EngineEvent[] = [
      { kind: 'trigger', condition: 'A - 1', direction: 'falling', repeat: true, action: { kind: 'set-state', state: 'A', value: 5 } },
      { kind: 'trigger', label: 'once', condition: 'C - 0.1', direction: 'either', action: { kind: 'bolus', state: 'B', amount: 1 } },
    ];
    const r = simulate(pk, { times: [0, 3.5 * crossing], initialState: { A: 5 }, events, options: { ...OPTS, eventTolerance: 1e-9 } });
    const repeats = r.triggers.filter((f) => f.label !== 'once');
    expect(repeats.map((f) => f.time)).toHaveLength(3);
    repeats.forEach((f, i) => expect(Math.abs(f.time - (i + 1) * crossing)).toBeLessThan(1e-7));
    expect(r.triggers.filter((f) => f.label === 'once')).toHaveLength(1);
  });

  it('respects the direction: a rising condition does not fire on a falling crossing', () => {
    const r = simulate(pk, {
      times: [0, 10],
      initialState: { A: 5 },
      events: [{ kind: 'trigger', condition: 'A - 1', direction: 'rising', action: { kind: 'bolus', state: 'B', amount: 1 } }],
      options: OPTS,
    });
    expect(r.triggers).toHaveLength(0);
  });
});
