import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../../src/model/bone-model.js';
import { osteosim } from '../../../src/model/osteosim/index.js';
import type { Scenario } from '../../../src/model/scenario.js';
import { bmtSamp6Study, cellDose, ovxScenario } from '../../../src/therapies/msc/index.js';

/**
 * The review's MSC biology switched on (issue 16): estrogen-deficiency T-cell inflammation, FasL-mediated T-cell
 * apoptosis by transplanted MSCs, the named commitment signals, SDF-1/CXCR4 homing and marrow conditioning with
 * bone marrow transplantation in SAMP6 mice.
 */

const q = (s: Scenario, names: readonly string[]) => simulateScenario(osteosim, s, { quantities: names }).quantities;
const WEEK = 7;

describe('estrogen-deficiency inflammation', () => {
  const young: Scenario = { patient: { species: 'woman', ageYears: 25 }, days: [0] };

  it('every new signal is 1 at the young steady state', () => {
    const names = ['T_infl', 'tnf_alpha', 'il17', 'il6', 'il11', 'wnt_signal', 'bmp2_signal', 'ppar_gamma', 'sdf1_signal'];
    const v = q(young, names);
    for (const n of names) expect(v[n]![0], n).toBeCloseTo(1, 9);
    expect(q(young, ['H_T', 'cond_injury', 'fas_signal']).H_T![0]).toBeCloseTo(0, 12);
  });

  it('ovariectomy doubles TNF/IL-17-producing T cells within weeks and H_T catches up with H_e', () => {
    const s = ovxScenario({ species: 'rat', weeksAfterOvx: 0, readoutWeeks: [1, 4] }, []);
    const v = q(s, ['tnf_alpha', 'il17', 'H_T', 'H_e']);
    const k4 = s.days.indexOf(4 * WEEK);
    expect(v.tnf_alpha![k4]).toBeGreaterThan(1.9); // 1 + beta_Te H_e, beta_Te = 1
    expect(v.il17![k4]).toBe(v.tnf_alpha![k4]);
    expect(Math.abs(v.H_T![k4]! - v.H_e![k4]!)).toBeLessThan(5e-3);
    expect(v.H_T![s.days.indexOf(1 * WEEK)]!).toBeLessThan(v.H_e![s.days.indexOf(1 * WEEK)]!); // the T cells lag
  });

  it('splitting the RANKL rise between direct and T-cell paths leaves the untreated OVX course (compensation by construction)', () => {
    const s = ovxScenario({ species: 'rat', weeksAfterOvx: 0, readoutWeeks: [8, 24] }, []);
    const bmd = (chi: number) => simulateScenario(osteosim, { ...s, parameters: { chi_T: chi } }).outputs.bmdTotalHip!;
    const a = bmd(0);
    const b = bmd(1);
    const k = s.days.indexOf(24 * WEEK);
    expect(a[k]!).toBeLessThan(0.95); // OVX loses bone
    expect(Math.abs(b[k]! - a[k]!)).toBeLessThan(2e-3);
  });
});

describe('MSC immunomodulation (FasL/Fas T-cell apoptosis)', () => {
  const protocol = { species: 'mouse' as const, weeksAfterOvx: 4, readoutWeeks: [1, 8] };
  const iv = ovxScenario(protocol, [cellDose('BM', 'intravenous', 1e6)]);
  const ovx = ovxScenario(protocol, []);

  it('IV MSCs lower marrow TNF-α transiently; without FasL (k_Fas = 0 or fas_MSC = 0) they do not', () => {
    const day1 = [...iv.days, 1].sort((x, y) => x - y);
    const withCells = q({ ...iv, days: day1 }, ['tnf_alpha']).tnf_alpha!;
    const control = q({ ...ovx, days: day1 }, ['tnf_alpha']).tnf_alpha!;
    const k1 = day1.indexOf(1);
    expect(withCells[k1]! / control[k1]!).toBeLessThan(0.8);
    for (const off of [{ k_Fas: 0 }, { fas_MSC: 0 }] as Record<string, number>[]) {
      const none = q({ ...iv, days: day1, parameters: off }, ['tnf_alpha']).tnf_alpha!;
      expect(none[k1]! / control[k1]!).toBeCloseTo(1, 6);
    }
  });

  it('on its own the immune path raises BMD of OVX mice, more when T cells carry more of the RANKL rise', () => {
    const k = iv.days.indexOf(8 * WEEK);
    const effect = (p: Record<string, number>) => {
      const t = simulateScenario(osteosim, { ...iv, parameters: p }).outputs.bmdTotalHip![k]!;
      const c = simulateScenario(osteosim, { ...ovx, parameters: p }).outputs.bmdTotalHip![k]!;
      return t / c - 1;
    };
    const noParacrine = { beta_RP: 0, beta_LP: 0, beta_AP: 0 };
    const immune = (chi: number) => effect({ ...noParacrine, chi_T: chi }) - effect({ ...noParacrine, chi_T: chi, k_Fas: 0 });
    expect(immune(0.5)).toBeGreaterThan(0.003);
    expect(immune(1)).toBeGreaterThan(1.5 * immune(0.5));
    expect(immune(0)).toBeLessThan(0.001);
  });
});

describe('commitment signals and homing', () => {
  it('after menopause Wnt falls and PPAR-γ rises', () => {
    const s: Scenario = { patient: { species: 'woman', ageYears: 45 }, days: [0, 20 * 365.25] };
    const v = q(s, ['wnt_signal', 'ppar_gamma']);
    expect(v.wnt_signal![1]!).toBeLessThan(v.wnt_signal![0]!);
    expect(v.ppar_gamma![1]!).toBeGreaterThan(v.ppar_gamma![0]! + 0.5);
  });

  it('IV homing follows marrow SDF-1: higher after conditioning, halved for MSCs from ovariectomized donors', () => {
    const days = [0, 1 / 24];
    const base: Scenario = { patient: { species: 'mouse', ageYears: 0.4 }, days, regimens: [cellDose('BM', 'intravenous', 5e5, { product: { donor: 'autologous' } })] };
    const homed = (s: Scenario) => q(s, ['X_hm']).X_hm![1]!;
    const plain = homed(base);
    expect(plain).toBeGreaterThan(0);
    expect(homed({ ...base, parameters: { marrow_conditioning: 1 } }) / plain).toBeGreaterThan(2.5); // (1 + beta_SDF_cond) × a pool still near 1
    const ovxDonor: Scenario = { ...base, regimens: [cellDose('BM', 'intravenous', 5e5, { product: { donor: 'autologous', donorState: 'ovariectomized' } })] };
    expect(homed(ovxDonor) / plain).toBeCloseTo(0.5, 6);
  });
});

describe('bone marrow transplantation in SAMP6 mice', () => {
  const study = bmtSamp6Study();
  const at = 35 * WEEK;
  const k = study.bmt!.days.indexOf(at);
  const run = (s: Scenario) => simulateScenario(osteosim, s, { quantities: ['M', 'M_d', 'il11'] });

  it('conditioning lets the donor marrow take over the MSC pool and bone follows', () => {
    const bmt = run(study.bmt!);
    const untreated = run(study.untreated!);
    const normal = run(study.normal!);
    const share = bmt.quantities.M_d![k]! / (bmt.quantities.M![k]! + bmt.quantities.M_d![k]!);
    expect(share).toBeGreaterThan(0.5);
    expect(bmt.quantities.il11![k]!).toBeGreaterThan(2 * untreated.quantities.il11![k]!);
    const ratio = bmt.outputs.bmdTotalHip![k]! / normal.outputs.bmdTotalHip![k]!;
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    expect(bmt.outputs.bmdTotalHip![k]!).toBeGreaterThan(untreated.outputs.bmdTotalHip![k]! * 1.2);
  });

  it('without conditioning the same graft stays a minority of the pool', () => {
    const noConditioning = run({ ...study.bmt!, parameters: { ...study.bmt!.parameters, marrow_conditioning: 0 } });
    const share = noConditioning.quantities.M_d![k]! / (noConditioning.quantities.M![k]! + noConditioning.quantities.M_d![k]!);
    expect(share).toBeLessThan(0.1);
  });
});
