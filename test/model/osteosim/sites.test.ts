import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../../src/model/index.js';
import { osteosim, osteosimModel as m, youngSteadyState } from '../../../src/model/osteosim/index.js';
import { percentChange, type DrugRegimen, type Scenario } from '../../../src/model/scenario.js';

const YEAR = 365.25;
const p = m.defaultParameters();
const par = (name: string): number => p[m.parameterIndex(name)]!;
const derivedAt = (y: Float64Array, params: Float64Array): Record<string, number> => {
  const out = new Float64Array(m.derivedNames.length);
  m.derivedValues(0, y, params, out);
  return Object.fromEntries(m.derivedNames.map((name, i) => [name, out[i]!]));
};
const denosumab = (count: number): DrugRegimen => ({ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count });
const ON = { mineralization: 1 };

describe('skeletal sites as trabecular/cortical mixes (sites.ts)', () => {
  it('envelope turnover keeps the trabecular/cortical ratio and mixes to the calibrated unit at the total hip', () => {
    const d = derivedAt(youngSteadyState(p), p);
    expect(d.kappa_tb! / d.kappa_ct!).toBeCloseTo(par('R_tc'), 12);
    expect(par('f_tb_TH') * d.kappa_tb! + (1 - par('f_tb_TH')) * d.kappa_ct!).toBeCloseTo(1, 12);
  });

  it('without secondary mineralization the total hip follows the calibrated remodeling unit over a life and a drug', () => {
    const s: Scenario = { patient: { species: 'woman', ageYears: 45 }, regimens: [{ ...denosumab(6), start: 25 * YEAR }], days: [0, 5 * YEAR, 15 * YEAR, 28 * YEAR] };
    const r = simulateScenario(osteosim, s, { quantities: ['BMD_BRU'] });
    const th = percentChange(r.outputs.bmdTotalHip!);
    const unit = percentChange(r.quantities.BMD_BRU!);
    th.forEach((v, k) => expect(v).toBeCloseTo(unit[k]!, 6));
    expect(th[2]!).toBeLessThan(-8);
  });

  it('with secondary mineralization, cortical bone (slow turnover) is more mineralized than trabecular bone at the young steady state', () => {
    const q = m.parameters(ON);
    const y = youngSteadyState(q);
    const d = derivedAt(y, q);
    expect(y[m.stateIndex('m_tb')]!).toBeCloseTo(d.m_tb_young!, 10);
    expect(d.m_tb_young!).toBeGreaterThan(par('m_prim'));
    expect(d.m_ct_young!).toBeGreaterThan(d.m_tb_young! + 0.1);
    expect(d.m_ct_young!).toBeLessThan(1);
  });

  it('with secondary mineralization the spine keeps gaining between years 3 and 5 of denosumab, more than without', () => {
    const s: Scenario = { patient: { species: 'woman', ageYears: 72 }, regimens: [denosumab(10)], days: [0, 3 * YEAR, 5 * YEAR] };
    const gain = (parameters?: Record<string, number>): number[] => Array.from(percentChange(simulateScenario(osteosim, { ...s, ...(parameters && { parameters }) }).outputs.bmdLumbarSpine!));
    const off = gain();
    const on = gain(ON);
    expect(on[2]! - on[1]!).toBeGreaterThan(off[2]! - off[1]! + 0.5);
    expect(on[2]!).toBeGreaterThan(off[2]! + 2);
  });

  it('higher turnover at the menopause lowers the mean mineral content of trabecular bone', () => {
    const s: Scenario = { patient: { species: 'woman', ageYears: 45 }, days: [0, 10 * YEAR], parameters: ON };
    const m_tb = simulateScenario(osteosim, s, { quantities: ['m_tb'] }).quantities.m_tb!;
    expect(m_tb[1]!).toBeLessThan(m_tb[0]! - 0.005);
  });

  it('modeling-based formation under teriparatide adds trabecular bone only, so the spine gains more than the hip, and none without the drug', () => {
    const tptd: DrugRegimen = { kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 540 };
    const s: Scenario = { patient: { species: 'woman', ageYears: 69 }, regimens: [tptd], days: [0, 540] };
    const run = (parameters: Record<string, number>) => simulateScenario(osteosim, { ...s, parameters }, { quantities: ['rho_tb', 'rho_ct', 'b_mbf'] });
    const on = run({});
    const off = run({ beta_mbf_pth: 0 });
    const last = (x: ArrayLike<number>) => x[x.length - 1]!;
    expect(last(on.quantities.rho_tb!) - last(off.quantities.rho_tb!)).toBeGreaterThan(0.02);
    expect(last(on.quantities.rho_ct!)).toBeCloseTo(last(off.quantities.rho_ct!), 12);
    const extra = (out: 'bmdLumbarSpine' | 'bmdTotalHip') => last(percentChange(on.outputs[out]!)) - last(percentChange(off.outputs[out]!));
    expect(extra('bmdLumbarSpine')).toBeGreaterThan(extra('bmdTotalHip') * (par('f_tb_LS') / par('f_tb_TH')) * 0.99);
    expect(extra('bmdTotalHip')).toBeGreaterThan(0.5);
    const untreated = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 69 }, days: [0, 540] }, { quantities: ['b_mbf'] });
    expect(Math.max(...untreated.quantities.b_mbf!)).toBe(0);
  });
});
