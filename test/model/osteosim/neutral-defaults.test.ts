import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { compileModel, composeModel, type ModuleDef } from '../../../src/engine/index.js';
import {
  endogenousPth,
  glucocorticoids,
  mechanicalLoading,
  OSTEOSIM_MODULES,
  osteosim,
  osteosimModel as m,
  tgfBeta,
  youngSteadyState,
} from '../../../src/model/osteosim/index.js';
import type { OutputName, Scenario } from '../../../src/model/scenario.js';

/**
 * The loading, endogenous-PTH, TGF-β and glucocorticoid modules are neutral at their defaults: the calibrated model
 * is unchanged. The proof is structural: the right-hand side, Jacobian and derived quantities equal those of the model
 * composed without the four modules, at any state (the prototype tests then pin the calibrated numbers themselves).
 */

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('neutral defaults: the defaults given explicitly change nothing', () => {
  it('the onset event at day 0 only restarts the solver', () => {
    const scenario: Scenario = {
      patient: { species: 'woman', ageYears: 70 },
      regimens: [
        { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 },
        { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 4 },
      ],
      days: [0, 91, 365, 730, 1095],
    };
    const plain = simulateScenario(osteosim, scenario);
    const explicit = simulateScenario(osteosim, { ...scenario, parameters: { loading: 1, vitamin_D: 30, calcium_intake: 1000, glucocorticoid: 0 } });
    for (const [name, expected] of Object.entries(plain.outputs)) {
      const actual = explicit.outputs[name as OutputName]!;
      expected!.forEach((v, k) => expect(relErr(actual[k]!, v), `${name}[${k}]`).toBeLessThan(1e-7));
    }
  });
});

describe('neutral defaults: the same equations as the model without the four modules', () => {
  const added: readonly ModuleDef[] = [tgfBeta, mechanicalLoading, endogenousPth, glucocorticoids];
  const base = compileModel(composeModel('osteosim without the conditions', OSTEOSIM_MODULES.filter((mod) => !added.includes(mod))));

  it('adds no states; every quantity of the base model keeps its name', () => {
    expect(m.stateNames).toEqual(base.stateNames);
    for (const name of base.parameterNames) expect(m.parameterNames).toContain(name);
    for (const name of base.derivedNames) expect(m.derivedNames).toContain(name);
    for (const mod of added) expect(mod.states ?? {}).toEqual({});
  });

  it('rhs, Jacobian and derived quantities agree exactly at the young state and at perturbed states and ages', () => {
    const p = m.defaultParameters();
    const q = base.parameters(Object.fromEntries(base.parameterNames.map((name) => [name, p[m.parameterIndex(name)]!])));
    const y0 = youngSteadyState(p);
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const states = [y0, ...Array.from({ length: 4 }, () => y0.map((v) => v * (0.5 + random()) + (v === 0 ? random() : 0)))];
    const n = m.n;
    for (const [k, y] of states.entries()) {
      for (const t of [0, 26 * 365.25, 45 * 365.25]) {
        const where = `state ${k}, t = ${t}`;
        const f = new Float64Array(n);
        const g = new Float64Array(n);
        m.rhs(t, y, p, f);
        base.rhs(t, y, q, g);
        f.forEach((v, i) => expect(v - g[i]!, `${where}: d${m.stateNames[i]}/dt`).toBe(0));
        const J = new Float64Array(n * n);
        const K = new Float64Array(n * n);
        m.jacobian(t, y, p, J);
        base.jacobian(t, y, q, K);
        J.forEach((v, i) => expect(v - K[i]!, `${where}: J[${Math.floor(i / n)}][${i % n}]`).toBe(0));
        const d = new Float64Array(m.derivedNames.length);
        const e = new Float64Array(base.derivedNames.length);
        m.derivedValues(t, y, p, d);
        base.derivedValues(t, y, q, e);
        base.derivedNames.forEach((name, i) => expect(d[m.derivedNames.indexOf(name)]! - e[i]!, `${where}: ${name}`).toBe(0));
      }
    }
  });
});
