import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS } from '../../../src/engine/index.js';
import { OSTEOSIM_MODULES, osteosimModel as m, SPECIES_PROFILES, youngSteadyState } from '../../../src/model/osteosim/index.js';

const p = m.defaultParameters();
const y0 = youngSteadyState(p);
const state = (name: string, y = y0): number => y[m.stateIndex(name)]!;
const derivedAt = (y: Float64Array, params = p): Record<string, number> => {
  const out = new Float64Array(m.derivedNames.length);
  m.derivedValues(0, y, params, out);
  return Object.fromEntries(m.derivedNames.map((name, i) => [name, out[i]!]));
};
const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('young steady state at 25 y, solved by the engine', () => {
  it('every state is at rest except bone density (Jörg’s inherent imbalance −4.28e-6 /d)', () => {
    const f = new Float64Array(m.n);
    m.rhs(0, y0, p, f);
    m.stateNames.forEach((name, i) => {
      if (name === 'rho_b') expect(f[i]).toBeCloseTo(-4.28416623e-6, 13);
      else if (name === 'rho_tb' || name === 'rho_ct') {
        const kappa = derivedAt(y0)[name === 'rho_tb' ? 'kappa_tb' : 'kappa_ct']!;
        expect(f[i]! / f[m.stateIndex('rho_b')]!).toBeCloseTo(kappa, 12);
      }
      else expect(Math.abs(f[i]!) / (Math.abs(y0[i]!) + 1e-12), name).toBeLessThan(1e-12);
    });
  });

  it('bone resorption b−(young) is 5.858 %/y of bone density (Jörg: "about 6 %")', () => {
    expect(derivedAt(y0).b_minus_young! * 365.25 * 100).toBeCloseTo(5.858, 3);
  });

  it('the cells equal Jörg’s closed form (research/jorg2022.md §3.1) and the prototype reference()', () => {
    const expected: Record<string, number> = {
      pB: 215.93901700786,
      B: 107.49898977824,
      Y: 612.44574514792,
      pC: 1723.9936825471,
      C: 41.986498499283,
      s: 11092.855927303,
      C_d: 41.986498499283,
    };
    for (const [name, v] of Object.entries(expected)) expect(relErr(state(name), v), name).toBeLessThan(1e-8);
    const d = derivedAt(y0);
    for (const [name, q] of [['B', 'B_young'], ['Y', 'Y_young'], ['pB', 'pB_young'], ['pC', 'pC_young'], ['C', 'C_young'], ['s', 's_young']] as const) {
      expect(relErr(state(name), d[q]!), `${name} = ${q}`).toBeLessThan(1e-10);
    }
  });

  it('every new factor is 1 there: MSC pool, adipocytes, Wnt, RANK occupancy, markers; no drug', () => {
    const d = derivedAt(y0);
    expect(state('M')).toBeCloseTo(1, 12);
    expect(state('A')).toBeCloseTo(1, 12);
    expect(state('K_w')).toBe(1);
    expect(state('rho_b')).toBe(1);
    expect(state('c_b')).toBeCloseTo(0.8, 12);
    expect(d.W).toBeCloseTo(1, 12);
    expect(d.J_ob).toBeCloseTo(1, 12);
    expect(d.pi_RANK).toBeCloseTo(0.041, 12);
    expect(d.MFF).toBeCloseTo(0.29, 12);
    expect(d.CTX).toBeCloseTo(1, 12);
    expect(d.P1NP).toBeCloseTo(1, 12);
    expect(d.RANKL_OPG).toBeCloseTo(1, 12);
    for (const drug of ['D_sc', 'D_tot', 'D_p', 'C_e', 'R_sc', 'R_c', 'R_p', 's_bound', 'psi_blo', 'BP_pl', 'BP_s', 'BP_d', 'T_sc', 'Ab_sc', 'A_pth', 'P_pth', 'A_HT', 'A_ral', 'G_odn', 'A_odn', 'X_iv', 'X_im', 'P']) {
      expect(state(drug), drug).toBe(0);
    }
    // The denosumab target pool of the TMDD model sits at its baseline, so no drug is free or bound.
    expect(state('R_tot')).toBeCloseTo(p[m.parameterIndex('R0_D')]!, 10);
    expect(d.D_c).toBe(0);
    expect(d.S_RANK).toBe(1);
  });

  it('follows the parameters (no hand-typed values): a faster osteoblast apoptosis lowers B as 1/(eta_B + omega_B)', () => {
    const q = m.parameters({ eta_B: 0.01 });
    const y = youngSteadyState(q);
    expect(relErr(state('B', y), 1 / (0.01 + p[m.parameterIndex('omega_B')]!))).toBeLessThan(1e-10);
    expect(derivedAt(y, q).CTX).toBeCloseTo(1, 10);
  });

  it('a rodent time scale leaves the young steady state unchanged', () => {
    for (const species of ['rat', 'mouse'] as const) {
      const y = youngSteadyState(m.parameters(SPECIES_PROFILES[species].parameters));
      for (const name of ['pB', 'B', 'Y', 'pC', 'C', 's', 'M', 'A']) expect(relErr(state(name, y), state(name)), `${species} ${name}`).toBeLessThan(1e-9);
    }
  });
});

describe('parameter tables', () => {
  const all = OSTEOSIM_MODULES.flatMap((mod) => Object.entries(mod.parameters ?? {}).map(([name, def]) => ({ module: mod.name, name, def })));

  it('every parameter has a value, unit, meaning, source and evidence kind', () => {
    expect(all.length).toBe(m.parameterNames.length);
    for (const { module, name, def } of all) {
      const where = `${module}.${name}`;
      expect(Number.isFinite(def.value), where).toBe(true);
      expect(def.unit.length, where).toBeGreaterThan(0);
      expect((def.meaning ?? '').length, where).toBeGreaterThan(3);
      expect(def.source.length, where).toBeGreaterThan(3);
      expect(EVIDENCE_KINDS, where).toContain(def.evidence);
    }
  });

  it('fitted parameters name what they were fitted to; assumed ones say so in their source', () => {
    for (const { module, name, def } of all) {
      if (def.evidence === 'fitted') expect(def.fittedTo?.length ?? 0, `${module}.${name}`).toBeGreaterThan(0);
      if (def.evidence === 'assumed') expect(def.source, `${module}.${name}`).toMatch(/assumed|Est\./);
    }
  });

  it('the v2 calibration values (and the issue-13 denosumab refit) are the ones in the tables', () => {
    const v = (name: string) => p[m.parameterIndex(name)]!;
    expect(v('beta_Le')).toBe(0.726802);
    expect(v('k_cpl')).toBe(0.0104926);
    expect(v('EC50_R')).toBe(24.8317);
    expect(v('h_OW')).toBe(0.0434777);
    expect(v('beta_CaD')).toBe(0.282817);
    expect(v('K_D')).toBe(8.657);
    expect(v('beta_C_RANK')).toBe(1.943);
  });
});
