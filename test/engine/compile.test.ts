import { describe, expect, it } from 'vitest';
import { compileModel, composeModel, ModelError, type CompiledModel, type ModuleDef, type ParameterDef } from '../../src/engine/index.js';
import { STIFF_PROBLEMS } from '../../bench/stiff/problems.js';

const param = (value: number, extra: Partial<ParameterDef> = {}): ParameterDef => ({
  value,
  unit: '1/day',
  source: 'test',
  evidence: 'assumed',
  ...extra,
});

/** A small model with chained derived quantities, hill functions, piecewise and explicit time dependence. */
const cells: ModuleDef = {
  name: 'cells',
  states: {
    B: { unit: 'cells', initial: 'B0' },
    C: { unit: 'cells', initial: 2 },
    S: { unit: 'ng/mL', initial: 0.5 },
  },
  parameters: {
    B0: param(1.5),
    kB: param(0.3),
    kC: param(0.2),
    K: param(0.7),
    n: param(2),
    kS: param(0.05),
    tOn: param(3),
  },
  derived: {
    signal: 'hill(S, K, n) * (1 + 0.5 * sin(0.2 * t))',
    drive: { expr: 'signal * C / (1 + B)', unit: '1/day' },
    switchOn: 'piecewise(1, t > tOn, 0.25)',
  },
  rates: {
    B: 'kB * drive - 0.1 * B * B',
    C: 'kC * switchOn - kC * C * hillr(B, K, 1)',
    S: 'kS * B - kS * S + max(S - 1, 0) * min(C, 1)',
  },
};

function jacobianByDifferences(m: CompiledModel, t: number, y: Float64Array, p: Float64Array): Float64Array {
  const n = m.n;
  const J = new Float64Array(n * n);
  const fp = new Float64Array(n);
  const fm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = 1e-6 * Math.max(1e-3, Math.abs(y[j]!));
    const yp = y.slice();
    const ym = y.slice();
    yp[j]! += h;
    ym[j]! -= h;
    m.rhs(t, yp, p, fp);
    m.rhs(t, ym, p, fm);
    for (let i = 0; i < n; i++) J[i * n + j] = (fp[i]! - fm[i]!) / (2 * h);
  }
  return J;
}

function expectJacobianMatches(m: CompiledModel, t: number, y: Float64Array, p: Float64Array): void {
  const J = new Float64Array(m.n * m.n);
  m.jacobian(t, y, p, J);
  const Jfd = jacobianByDifferences(m, t, y, p);
  let scale = 0;
  for (const v of Jfd) scale = Math.max(scale, Math.abs(v));
  for (let k = 0; k < J.length; k++) {
    expect(Math.abs(J[k]! - Jfd[k]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(Jfd[k]!)) + 1e-9 * scale);
  }
}

/** Deterministic pseudo-random numbers for reproducible random states. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('model compiler', () => {
  it('computes the right-hand side with derived quantities in dependency order', () => {
    const m = compileModel('cells', [cells]);
    const p = m.defaultParameters();
    const y = m.initialState(p);
    expect(Array.from(y)).toEqual([1.5, 2, 0.5]);
    const dy = new Float64Array(3);
    const t = 4;
    m.rhs(t, y, p, dy);
    const signal = (0.5 ** 2 / (0.7 ** 2 + 0.5 ** 2)) * (1 + 0.5 * Math.sin(0.8));
    const drive = (signal * 2) / (1 + 1.5);
    expect(dy[0]).toBeCloseTo(0.3 * drive - 0.1 * 1.5 * 1.5, 14);
    expect(dy[1]).toBeCloseTo(0.2 * 1 - 0.2 * 2 * (0.7 / (0.7 + 1.5)), 14);
    expect(dy[2]).toBeCloseTo(0.05 * 1.5 - 0.05 * 0.5, 14);
    expect(m.timeDependent).toBe(true);
    expect(m.derivedNames.indexOf('signal')).toBeLessThan(m.derivedNames.indexOf('drive'));
  });

  it('has an analytic Jacobian that matches finite differences at random states', () => {
    const m = compileModel('cells', [cells]);
    const p = m.defaultParameters();
    const rand = lcg(7);
    for (let trial = 0; trial < 25; trial++) {
      const y = Float64Array.from({ length: m.n }, () => 0.05 + 3 * rand());
      expectJacobianMatches(m, 10 * rand(), y, p);
    }
  });

  it('has analytic Jacobians of the stiff test problems that match finite differences', () => {
    const rand = lcg(11);
    for (const pr of STIFF_PROBLEMS) {
      const m = compileModel(pr.model);
      const p = m.defaultParameters();
      for (let trial = 0; trial < 5; trial++) {
        const y = Float64Array.from(pr.y0, (v) => (v === 0 ? 0.01 : v) * (0.5 + rand()));
        expectJacobianMatches(m, 0, y, p);
      }
    }
  });

  it('has an analytic df/dt that matches a finite difference', () => {
    const m = compileModel('cells', [cells]);
    const p = m.defaultParameters();
    const y = Float64Array.from([0.8, 1.1, 1.4]);
    const t = 1.3;
    const d = new Float64Array(3);
    m.dfdt(t, y, p, d);
    const fp = new Float64Array(3);
    const fm = new Float64Array(3);
    const h = 1e-6;
    m.rhs(t + h, y, p, fp);
    m.rhs(t - h, y, p, fm);
    for (let i = 0; i < 3; i++) expect(d[i]).toBeCloseTo((fp[i]! - fm[i]!) / (2 * h), 7);
  });

  it('compiles once per model and changes parameters without recompiling', () => {
    const composed = composeModel('cells', [cells]);
    const a = compileModel(composed);
    const b = compileModel(composed);
    expect(b).toBe(a);
    expect(b.rhs).toBe(a.rhs);
    const y = a.initialState();
    const dy1 = new Float64Array(3);
    const dy2 = new Float64Array(3);
    a.rhs(0, y, a.parameters(), dy1);
    a.rhs(0, y, a.parameters({ kS: 0.5 }), dy2);
    expect(dy2[2]).toBeCloseTo(10 * dy1[2]!, 12);
    expect(dy2[0]).toBe(dy1[0]);
  });

  it('takes initial values from expressions of parameters', () => {
    const m = compileModel('cells', [cells]);
    expect(m.initialState(m.parameters({ B0: 4 }))[0]).toBe(4);
  });

  it('sums rate terms from several modules and applies overrides', () => {
    const drug: ModuleDef = {
      name: 'drug',
      parameters: { kD: param(0.1) },
      rates: { B: '-kD * B' },
      overrides: { switchOn: '0' },
    };
    const m = compileModel('cells+drug', [cells, drug]);
    const base = compileModel('cells-only', [cells]);
    const y = m.initialState();
    const t = 5;
    const dy = new Float64Array(3);
    const dyBase = new Float64Array(3);
    m.rhs(t, y, m.defaultParameters(), dy);
    base.rhs(t, y, base.defaultParameters(), dyBase);
    expect(dy[0]).toBeCloseTo(dyBase[0]! - 0.1 * 1.5, 14);
    expect(dy[1]).toBeCloseTo(dyBase[1]! - 0.2 * 1, 14); // switchOn overridden from 1 to 0
  });
});

describe('scaling derived quantities from several modules', () => {
  it('multiplies a derived quantity by every module factor, after overrides', () => {
    const drugA: ModuleDef = { name: 'drugA', parameters: { fA: param(0.5) }, scales: { drive: '1 - fA' } };
    const drugB: ModuleDef = { name: 'drugB', parameters: { fB: param(3) }, scales: { drive: 'fB' }, overrides: { switchOn: '2' } };
    const both = compileModel('scaled', [cells, drugA, drugB]);
    const base = compileModel('base', [cells]);
    const y = both.initialState();
    const t = 1;
    const values = (m: CompiledModel) => {
      const out = new Float64Array(m.derivedNames.length);
      m.derivedValues(t, y, m.defaultParameters(), out);
      return Object.fromEntries(m.derivedNames.map((d, i) => [d, out[i]!]));
    };
    expect(values(both).drive).toBeCloseTo(values(base).drive! * 0.5 * 3, 14);
    expect(values(both).switchOn).toBe(2);
    expectJacobianMatches(both, t, y, both.defaultParameters());
    expect(() => composeModel('m', [cells, { name: 'x', scales: { driv: '2' } }])).toThrow(/scales 'driv'.*did you mean 'drive'/);
  });
});

describe('model definition errors', () => {
  it('names duplicate declarations and both modules', () => {
    const other: ModuleDef = { name: 'other', parameters: { kB: param(1) } };
    expect(() => composeModel('m', [cells, other])).toThrow(
      "duplicate name 'kB': declared as parameter in module 'cells' and as parameter in module 'other'",
    );
    expect(() => composeModel('m', [cells, { name: 'cells' }])).toThrow("duplicate module name 'cells'");
  });

  it('names undefined names with a suggestion', () => {
    const bad: ModuleDef = { ...cells, name: 'bad', rates: { ...cells.rates, B: 'kb * drive' } };
    expect(() => compileModel('m', [bad])).toThrow(ModelError);
    expect(() => compileModel('m', [bad])).toThrow("rate of 'B' (module 'bad') uses undefined name 'kb' (did you mean 'kB'?)");
  });

  it('rejects rates for undeclared states and overrides of unknown quantities', () => {
    expect(() => composeModel('m', [cells, { name: 'x', rates: { Bx: '1' } }])).toThrow(/adds a rate to 'Bx', which is not a declared state \(did you mean 'B'\?\)/);
    expect(() => composeModel('m', [cells, { name: 'x', overrides: { signl: '1' } }])).toThrow(/overrides 'signl'.*did you mean 'signal'/);
  });

  it('names the cycle among derived quantities', () => {
    const cyclic: ModuleDef = {
      name: 'cyclic',
      states: { X: { unit: '1', initial: 1 } },
      derived: { a: 'b + 1', b: 'c * 2', c: 'a - X' },
      rates: { X: '-a' },
    };
    expect(() => compileModel('m', [cyclic])).toThrow('derived quantities form a cycle: a -> b -> c -> a');
  });

  it('rejects reserved and malformed names', () => {
    expect(() => composeModel('m', [{ name: 'x', parameters: { t: param(1) } }])).toThrow(/'t' .* is reserved/);
    expect(() => composeModel('m', [{ name: 'x', parameters: { exp: param(1) } }])).toThrow(/'exp' .* is reserved/);
    expect(() => composeModel('m', [{ name: 'x', states: { '2B': { unit: '1', initial: 0 } } }])).toThrow(/not a valid name/);
  });

  it('rejects negative, NaN and out-of-bounds parameter values', () => {
    const neg: ModuleDef = { ...cells, name: 'neg', parameters: { ...cells.parameters, kB: param(-0.3) } };
    expect(() => compileModel('m', [neg])).toThrow("parameter 'kB' = -0.3 is outside its allowed range 0 to Infinity 1/day");
    const nan: ModuleDef = { ...cells, name: 'nan', parameters: { ...cells.parameters, kB: param(NaN) } };
    expect(() => compileModel('m', [nan])).toThrow(/parameter 'kB' in module 'nan' has a non-finite value NaN/);
    const m = compileModel('cells', [cells]);
    expect(() => m.parameters({ kC: -1 })).toThrow("parameter 'kC' = -1 is outside its allowed range 0 to Infinity 1/day");
    expect(() => m.parameters({ kC: NaN })).toThrow(/parameter 'kC' must be a finite number, got NaN/);
    expect(() => m.parameters({ kCC: 1 })).toThrow("unknown parameter 'kCC' (did you mean 'kC'?)");
    const bounded: ModuleDef = { ...cells, name: 'b', parameters: { ...cells.parameters, n: param(2, { min: 1, max: 4 }) } };
    expect(() => compileModel('m', [bounded]).parameters({ n: 5 })).toThrow("parameter 'n' = 5 is outside its allowed range 1 to 4 1/day");
  });

  it('rejects initial values that read states', () => {
    const bad: ModuleDef = { ...cells, name: 'bad', states: { ...cells.states, C: { unit: 'cells', initial: 'B * 2' } } };
    expect(() => compileModel('m', [bad])).toThrow(/initial value of 'C' \(module 'bad'\) uses 'B', but initial values may use parameters only/);
  });

  it('rejects a model without states', () => {
    expect(() => compileModel('empty', [{ name: 'p', parameters: { a: param(1) } }])).toThrow("model 'empty' has no states");
  });
});
