import { describe, expect, it } from 'vitest';
import { compileModel, simulate, type CompiledModel, type EngineEvent, type ModuleDef, type ParameterDef, type SimulateOptions } from '../../src/engine/index.js';
import { OSTEOSIM_SOLVER_OPTIONS, osteosimModel, prepareScenario } from '../../src/model/osteosim/index.js';
import { jorg2022 } from '../../src/model/reference/index.js';
import type { Scenario } from '../../src/model/scenario.js';
import { STIFF_PROBLEMS } from '../../bench/stiff/problems.js';

/**
 * The optimised generated code (parameter-only quantities hoisted into a per-parameter-vector cache, shared
 * subexpressions computed once, small integer powers as products) against the straightforward code of
 * compileModel(model, { optimize: false }).
 */

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Largest |a - b| / |b| (0 where both are equal, Infinity where only one is NaN). */
function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    worst = Math.max(worst, Math.abs(x - y) / Math.abs(y));
  }
  return worst;
}

const FUNCTIONS = ['rhs', 'jacobian', 'jacobianValues', 'dfdt', 'derivedValues'] as const;

/** Every generated function of the optimised model (plain and kernel form) against the reference at (t, y, p). */
function expectSameAsReference(m: CompiledModel, ref: CompiledModel, t: number, y: Float64Array, p: Float64Array, where: string): void {
  const cache = m.parameterCache(p);
  const sizes = { rhs: m.n, jacobian: m.n * m.n, jacobianValues: m.jacobianPattern.rowPtr[m.n]!, dfdt: m.n, derivedValues: m.derivedNames.length };
  for (const fn of FUNCTIONS) {
    const expected = new Float64Array(sizes[fn]);
    const plain = new Float64Array(sizes[fn]).fill(NaN);
    const kernel = new Float64Array(sizes[fn]).fill(NaN);
    ref[fn](t, y, p, expected);
    m[fn](t, y, p, plain);
    m.kernels[fn](t, y, p, cache, kernel);
    expect(maxRelDiff(plain, expected), `${where}: ${fn}`).toBeLessThanOrEqual(1e-12);
    expect(maxRelDiff(kernel, expected), `${where}: kernels.${fn}`).toBeLessThanOrEqual(1e-12);
  }
}

/** p with every non-zero value scaled by a random factor in [0.7, 1.3], clamped to the declared bounds. */
function perturbedParameters(m: CompiledModel, base: Float64Array, rand: () => number): Float64Array {
  const p = base.slice();
  m.parameterNames.forEach((name, i) => {
    const def = m.composed.parameters.get(name)!.def;
    const v = base[i]! * (0.7 + 0.6 * rand());
    p[i] = Math.min(def.max ?? Infinity, Math.max(def.min ?? 0, v));
  });
  return p;
}

const param = (value: number): ParameterDef => ({ value, unit: '1', source: 'test', evidence: 'assumed' });

/** Parameter-only derived quantities, a shared subexpression, squares of compound bases, hill functions. */
const hoistable: ModuleDef = {
  name: 'hoistable',
  states: { A: { unit: 'mg', initial: 1 }, B: { unit: 'mg', initial: 0.5 } },
  parameters: { k: param(0.4), K: param(2), n: param(3), w: param(1.5), kB: param(0.1) },
  derived: {
    kEff: 'k * exp(-w) / (1 + K ^ 2)',
    kYoung: 'kEff * hill(1, K, n) + log(1 + w)',
    drive: 'hill(A, K, n) * kYoung',
  },
  rates: {
    A: '-kEff * A + 0.01 * (A + B) ^ 2 + 0.001 * t',
    B: 'kEff * A - kB * B * (A + B) + drive + 0.2 * hill(B, K, 1)',
  },
};

describe('optimised generated code', () => {
  it('computes parameter-only quantities once per parameter vector, not in the per-call functions', () => {
    const m = compileModel('hoistable', [hoistable]);
    expect(m.cacheSize).toBeGreaterThan(0);
    expect(m.source.precompute).toMatch(/Math\.exp/);
    expect(m.source.precompute).toMatch(/Math\.log/);
    for (const fn of FUNCTIONS) {
      expect(m.source[fn], fn).not.toMatch(/Math\.exp|Math\.log/);
    }
    // (A + B) ^ 2 is a product of a local, and hill(B, K, 1) has no power at all; only hill(A, K, n) keeps Math.pow.
    expect(m.source.rhs.match(/Math\.pow/g)).toHaveLength(1);
    // The shared sum A + B is computed once.
    expect(m.source.rhs.match(/y0 \+ y1|y\[0\] \+ y\[1\]/g)).toHaveLength(1);
  });

  it('gives the reference values on a small model, the Jörg 2022 model and the stiff test problems', () => {
    const rand = rng(3);
    const models = [compileModel('hoistable', [hoistable]), jorg2022, ...STIFF_PROBLEMS.map((pr) => compileModel(pr.model))];
    for (const m of models) {
      const ref = compileModel(m.composed, { optimize: false });
      expect(ref.cacheSize).toBe(0);
      for (let trial = 0; trial < 10; trial++) {
        const p = trial === 0 ? m.defaultParameters() : perturbedParameters(m, m.defaultParameters(), rand);
        const y = m.initialState(p).map((v) => (v === 0 ? 0.01 : v) * (0.5 + rand()));
        expectSameAsReference(m, ref, 10 * rand(), y, p, `${m.name} #${trial}`);
      }
    }
  });

  it('gives exactly the reference values for parameter exponents 0, 1 and 2 (and 1 less in the Jacobian), which skip Math.pow', () => {
    const m = compileModel('hoistable', [hoistable]);
    const ref = compileModel(m.composed, { optimize: false });
    expect(m.source.rhs).toMatch(/=== 0\) \? 1 : /);
    const rand = rng(5);
    for (const n of [0, 1, 2, 0.5, 3]) {
      const p = m.parameters({ n });
      const cache = m.parameterCache(p);
      for (let trial = 0; trial < 5; trial++) {
        // Include A = 0 and B = 0, where x^(n - 1) is infinite for n < 1.
        const y = Float64Array.from({ length: m.n }, () => (rand() < 0.2 ? 0 : 3 * rand()));
        for (const fn of FUNCTIONS) {
          const size = fn === 'jacobian' ? m.n * m.n : fn === 'jacobianValues' ? m.jacobianPattern.rowPtr[m.n]! : fn === 'derivedValues' ? m.derivedNames.length : m.n;
          const a = new Float64Array(size);
          const b = new Float64Array(size);
          m.kernels[fn](2, y, p, cache, a);
          ref[fn](2, y, p, b);
          a.forEach((v, i) => expect(Object.is(v, b[i]), `n = ${n}, ${fn}[${i}]: ${v} vs ${b[i]}`).toBe(true));
        }
      }
    }
  });

  it('gives the reference values on osteosim at many states and parameter sets (to 1e-12 relative)', () => {
    const m = osteosimModel;
    const ref = compileModel(m.composed, { optimize: false });
    const woman = prepareScenario({
      patient: { species: 'woman', ageYears: 72 },
      regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 6 }],
      days: [0, 365],
    });
    const rand = rng(11);
    const parameterSets = [m.defaultParameters(), woman.parameters, ...Array.from({ length: 6 }, () => perturbedParameters(m, woman.parameters, rand))];
    parameterSets.forEach((p, k) => {
      for (let trial = 0; trial < 5; trial++) {
        // Around the young steady state, with drug and cell states switched on at random.
        const y = woman.initialState.map((v) => v * (0.5 + rand()) + (rand() < 0.3 ? rand() : 0));
        expectSameAsReference(m, ref, woman.tStart * 1.5 * rand(), y, p, `parameter set ${k}, state ${trial}`);
      }
    });
  });

  it('keeps the plain entry points usable with any parameter vector (the cache is filled per call)', () => {
    const m = compileModel('hoistable', [hoistable]);
    const y = m.initialState();
    const a = new Float64Array(m.n);
    const b = new Float64Array(m.n);
    m.rhs(1, y, m.parameters({ w: 0.5 }), a);
    m.rhs(1, y, m.parameters({ w: 2.5 }), b);
    expect(a[0]).not.toBe(b[0]);
    const c = m.parameterCache(m.parameters({ w: 0.5 }));
    m.kernels.rhs(1, y, m.parameters({ w: 0.5 }), c, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('parameter changes during a simulation refresh the parameter cache', () => {
  const opts: SimulateOptions = { rtol: 1e-10, atol: 1e-12 };

  it('a set-parameter event that feeds a hoisted quantity acts exactly as in the reference code', () => {
    const m = compileModel('hoistable', [hoistable]);
    const ref = compileModel(m.composed, { optimize: false });
    const events: EngineEvent[] = [{ kind: 'set-parameter', time: 4, parameter: 'w', value: 0.2 }];
    const input = { times: [0, 2, 4, 6, 10], events, derived: ['kEff', 'drive'], options: opts };
    const a = simulate(m, input);
    const b = simulate(ref, input);
    expect(maxRelDiff(a.values, b.values)).toBeLessThanOrEqual(1e-12);
    expect(maxRelDiff(a.derivedValues, b.derivedValues)).toBeLessThanOrEqual(1e-12);
    // The event matters: kEff (a cached quantity) changes at t = 4.
    expect(a.derived('kEff')[3]).toBeGreaterThan(2 * a.derived('kEff')[1]!);
    // And the run after the event equals one started there with the new value.
    const restarted = simulate(m, { parameters: { w: 0.2 }, initialState: a.values.slice(2 * m.n, 3 * m.n), t0: 4, times: [4, 6, 10], derived: ['kEff', 'drive'], options: opts });
    expect(maxRelDiff(a.values.slice(2 * m.n), restarted.values)).toBeLessThan(1e-8);
    expect(maxRelDiff(a.derivedValues.slice(2 * 2), restarted.derivedValues)).toBeLessThan(1e-8);
  });

  it('a trigger that sets a parameter acts exactly as in the reference code', () => {
    const m = compileModel('hoistable', [hoistable]);
    const ref = compileModel(m.composed, { optimize: false });
    const events: EngineEvent[] = [{ kind: 'trigger', condition: 'B - 0.8', direction: 'rising', action: { kind: 'set-parameter', parameter: 'k', value: 1.2 } }];
    const input = { times: [0, 5, 10, 20], events, derived: ['kEff'], options: opts };
    const a = simulate(m, input);
    const b = simulate(ref, input);
    expect(a.triggers).toHaveLength(1);
    expect(a.triggers).toEqual(b.triggers);
    expect(maxRelDiff(a.values, b.values)).toBeLessThanOrEqual(1e-12);
    expect(a.derived('kEff').at(-1)).toBeCloseTo(3 * a.derived('kEff')[0]!, 12);
  });

  it('osteosim: glucocorticoids switched on mid-run equal a run started at that time with them on', () => {
    const m = osteosimModel;
    const scenario: Scenario = { patient: { species: 'woman', ageYears: 65 }, days: [0] };
    const { parameters, initialState, t0, tStart } = prepareScenario(scenario);
    const iGc = m.parameterIndex('glucocorticoid');
    // The dose reaches the rates only through parameter-only quantities (the cache), never directly.
    expect(m.source.precompute).toContain(`p[${iGc}]`);
    expect(m.source.rhs).not.toContain(`p[${iGc}]`);
    const times = [t0, tStart, tStart + 365, tStart + 730];
    const derived = ['BMD_TH', 'CTX'];
    const options = { ...OSTEOSIM_SOLVER_OPTIONS, rtol: 1e-10 };
    const events: EngineEvent[] = [{ kind: 'set-parameter', time: tStart, parameter: 'glucocorticoid', value: 7.5 }];
    const run = simulate(m, { parameters, initialState, t0, times, events, derived, options });
    const reference = simulate(compileModel(m.composed, { optimize: false }), { parameters, initialState, t0, times, events, derived, options });
    expect(maxRelDiff(run.values, reference.values)).toBeLessThanOrEqual(1e-12);
    expect(maxRelDiff(run.derivedValues, reference.derivedValues)).toBeLessThanOrEqual(1e-12);

    const onFromStart = parameters.slice();
    onFromStart[iGc] = 7.5;
    const restarted = simulate(m, { parameters: onFromStart, initialState: run.values.slice(m.n, 2 * m.n), t0: tStart, times: times.slice(1), derived, options });
    expect(maxRelDiff(run.values.slice(m.n), restarted.values)).toBeLessThan(1e-6);
    expect(maxRelDiff(run.derivedValues.slice(derived.length), restarted.derivedValues)).toBeLessThan(1e-6);
    // Glucocorticoids lower hip BMD over two years: the event is not ignored.
    const bmd = run.derived('BMD_TH');
    const untreated = simulate(m, { parameters, initialState, t0, times, derived, options }).derived('BMD_TH');
    expect(bmd[3]! / bmd[1]!).toBeLessThan(untreated[3]! / untreated[1]! - 0.005);
  });
});
